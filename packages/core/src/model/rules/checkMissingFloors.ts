import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { ScoringMethodSchema } from '../../scoring/method.schema.js';
import { scoreScale, type ScoreScale } from '../../scoring/scoreScale.js';
import { MissingPolicySchema, type MissingPolicy } from '../missingPolicy.schema.js';
import { entries, isObject, str } from './loose.js';

type Path = Array<string | number>;
interface Governed {
  policy: MissingPolicy;
  at: Path;
  subject: { en: string; zh: string };
  method: string;
  scale: ScoreScale;
}

const show = (x: number): string => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : String(x));

/**
 * A missing value never scores better than a reported one unless the scheme says so: a `floor`
 * must lie within the scale of every indicator and area it applies to (between
 * nothing — 0, or the scale's bottom if lower — and the scale's top), and not above the lowest
 * score a reported value can get (`scoreScale`), nor may `zero`, unless the policy declares
 * `aboveMinimum: true`.
 * An area's scale spans its indicators'. One issue per declared policy, at its path, naming the
 * first indicator or area it fails for.
 */
export function checkMissingFloors(doc: unknown): Issue[] {
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const policyAt = (owner: unknown, at: Path): { policy: MissingPolicy; at: Path } | undefined => {
    const parsed = MissingPolicySchema.safeParse(isObject(owner) ? owner['missing'] : undefined);
    return parsed.success ? { policy: parsed.data, at: [...at, 'missing'] } : undefined;
  };
  const schemePolicy = isObject(scheme) && scheme['missing'] !== undefined ? policyAt(scheme, ['scheme']) : undefined;
  const areas = entries(doc, 'areas');
  const areaIndex = new Map<string, number>();
  const areaAt = new Map<number, Record<string, unknown>>();
  for (const [a, k] of areas) {
    const id = str(a, 'id');
    if (id !== undefined && !areaIndex.has(id)) areaIndex.set(id, k);
    areaAt.set(k, a);
  }
  const governed: Governed[] = [];
  const areaScale = new Map<number, ScoreScale>();
  const widen = (k: number, s: ScoreScale): void => {
    const old = areaScale.get(k);
    areaScale.set(k, old ? { min: Math.min(old.min, s.min), max: Math.max(old.max, s.max) } : s);
  };
  for (const [ind, i] of entries(doc, 'indicators')) {
    const method = ScoringMethodSchema.safeParse(ind['scoring']);
    if (!method.success) continue;
    const scale = scoreScale(method.data);
    const k = areaIndex.get(str(ind, 'area') ?? '');
    const area = k === undefined ? undefined : areaAt.get(k);
    const own = ind['missing'] !== undefined ? policyAt(ind, ['indicators', i]) : undefined;
    const inherited = area !== undefined && area['missing'] !== undefined ? policyAt(area, ['areas', k!]) : schemePolicy;
    const policy = own ?? inherited;
    const id = str(ind, 'id') ?? String(i);
    if (policy) governed.push({ ...policy, subject: { en: `indicator "${id}"`, zh: `指标“${id}”` }, method: method.data.method, scale });
    // The indicator's scale widens every area above it (guarded against cycles, reported elsewhere).
    const seen = new Set<number>();
    for (let up = k; up !== undefined && !seen.has(up); up = areaIndex.get(str(areaAt.get(up), 'parent') ?? '')) {
      seen.add(up);
      widen(up, scale);
    }
  }
  for (const [a, k] of areas) {
    const scale = areaScale.get(k);
    const policy = a['missing'] !== undefined ? policyAt(a, ['areas', k]) : schemePolicy;
    const id = str(a, 'id') ?? String(k);
    if (scale && policy) governed.push({ ...policy, subject: { en: `area "${id}"`, zh: `领域“${id}”` }, method: 'its indicators', scale });
  }
  const found = new Map<string, { issue: Issue; more: number }>();
  for (const g of governed) {
    const issue = judge(g);
    if (!issue) continue;
    const key = `${issue.at} ${issue.code}`;
    const seen = found.get(key);
    if (seen) seen.more++;
    else found.set(key, { issue, more: 0 });
  }
  return [...found.values()].map(({ issue, more }) =>
    more === 0 ? issue : { ...issue, message: { en: `${issue.message.en} (and ${more} more)`, zh: `${issue.message.zh}（另有 ${more} 处）` } },
  );
}

function judge({ policy, at, subject, method, scale }: Governed): Issue | undefined {
  if (policy.policy !== 'floor' && policy.policy !== 'zero') return undefined;
  const value = policy.policy === 'floor' ? policy.value : 0;
  const where = policy.policy === 'floor' ? [...at, 'value'] : [...at, 'policy'];
  const range = `${show(scale.min)}–${show(scale.max)}`;
  if (policy.policy === 'floor' && (value > scale.max || value < Math.min(0, scale.min))) {
    return makeIssue(where, 'floor_out_of_scale',
      `a missing value would score ${value} on ${subject.en}, outside the scale of ${method} (${range}): set a floor within it, usually ${show(Math.max(0, scale.min))}`,
      `缺失值将按 ${value} 分计入${subject.zh}，超出${method === 'its indicators' ? '其指标' : ` ${method} `}的计分范围（${range}）：请在该范围内设定，通常为 ${show(Math.max(0, scale.min))}`);
  }
  if (value > scale.min && policy.aboveMinimum !== true) {
    const bounded = scale.min !== -Infinity;
    const hint = bounded
      ? [`set the floor to ${show(scale.min)} or below, or declare`, `请将兜底分设为不高于 ${show(scale.min)}，或声明`]
      : ['declare', '请声明'];
    const declared = policy.policy === 'floor' ? '{ "policy": "floor", "value": …, "aboveMinimum": true }' : '{ "policy": "zero", "aboveMinimum": true }';
    return makeIssue(where, 'floor_above_minimum',
      `a missing value would score ${value} on ${subject.en}, where a reported value can score ${show(scale.min)} (${method}: ${range}), so a gap in the data would outscore a report: ${hint[0]} ${declared} if the scheme means it`,
      `缺失值将按 ${value} 分计入${subject.zh}，而已报送数据最低可得 ${show(scale.min)} 分（${method}：${range}），未报送反而得分更高：${hint[1]} ${declared}（确属考核办法规定时）`);
  }
  return undefined;
}
