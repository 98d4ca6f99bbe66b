import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { ScoringMethodSchema } from '../method.schema.js';
import { scoreScale, type ScoreScale } from '../scoreScale.js';
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

type Declared = { policy: MissingPolicy; at: Path };
const hull = (a: ScoreScale | undefined, b: ScoreScale): ScoreScale =>
  a ? { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : b;

/**
 * Each area's scale: the hull of its own indicators' and its sub-areas' scales, children first, in
 * one pass over the tree (iteratively: area chains can be thousands deep). Areas in a parent cycle
 * (reported by `checkCycles`) are never reached and get none.
 */
function areaScales(
  areas: ReadonlyArray<[Record<string, unknown>, number]>,
  areaIndex: ReadonlyMap<string, number>,
  direct: ReadonlyMap<number, ScoreScale>,
): Map<number, ScoreScale> {
  const kids = new Map<number, number[]>();
  const roots: number[] = [];
  for (const [a, k] of areas) {
    const name = str(a, 'parent');
    const parent = name === undefined ? undefined : areaIndex.get(name);
    if (parent === undefined) roots.push(k);
    else {
      const list = kids.get(parent);
      if (list) list.push(k);
      else kids.set(parent, [k]);
    }
  }
  const out = new Map<number, ScoreScale>();
  const entered = new Set<number>();
  for (const root of roots) {
    const stack: Array<[number, boolean]> = [[root, false]];
    while (stack.length > 0) {
      const [k, childrenDone] = stack.pop()!;
      if (childrenDone) {
        let scale = direct.get(k);
        for (const c of kids.get(k) ?? []) {
          const s = out.get(c);
          if (s) scale = hull(scale, s);
        }
        if (scale) out.set(k, scale);
        continue;
      }
      if (entered.has(k)) continue;
      entered.add(k);
      stack.push([k, true]);
      for (const c of kids.get(k) ?? []) stack.push([c, false]);
    }
  }
  return out;
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
  const policyAt = (owner: unknown, at: Path): Declared | undefined => {
    const parsed = MissingPolicySchema.safeParse(isObject(owner) ? owner['missing'] : undefined);
    return parsed.success ? { policy: parsed.data, at: [...at, 'missing'] } : undefined;
  };
  const schemePolicy = isObject(scheme) && scheme['missing'] !== undefined ? policyAt(scheme, ['scheme']) : undefined;
  const areas = entries(doc, 'areas');
  const areaIndex = new Map<string, number>();
  for (const [a, k] of areas) {
    const id = str(a, 'id');
    if (id !== undefined && !areaIndex.has(id)) areaIndex.set(id, k);
  }
  // Each area's policy (its own, else the scheme's; an invalid one of its own is reported by the
  // type checks and judged no further) and the scale hull of the indicators directly in it.
  const areaPolicy = new Map<number, Declared | undefined>();
  const direct = new Map<number, ScoreScale>();
  for (const [a, k] of areas) areaPolicy.set(k, a['missing'] !== undefined ? policyAt(a, ['areas', k]) : schemePolicy);
  const governed: Governed[] = [];
  for (const [ind, i] of entries(doc, 'indicators')) {
    const method = ScoringMethodSchema.safeParse(ind['scoring']);
    if (!method.success) continue;
    const scale = scoreScale(method.data);
    const k = areaIndex.get(str(ind, 'area') ?? '');
    if (k !== undefined) direct.set(k, hull(direct.get(k), scale));
    const policy =
      ind['missing'] !== undefined
        ? policyAt(ind, ['indicators', i])
        : k === undefined
          ? schemePolicy
          : areaPolicy.get(k);
    const id = str(ind, 'id') ?? String(i);
    if (policy)
      governed.push({
        policy: policy.policy,
        at: policy.at,
        subject: { en: `indicator "${id}"`, zh: `指标“${id}”` },
        method: method.data.method,
        scale,
      });
  }
  const scales = areaScales(areas, areaIndex, direct);
  for (const [a, k] of areas) {
    const scale = scales.get(k);
    const policy = areaPolicy.get(k);
    const id = str(a, 'id') ?? String(k);
    if (scale && policy)
      governed.push({
        policy: policy.policy,
        at: policy.at,
        subject: { en: `area "${id}"`, zh: `领域“${id}”` },
        method: 'its indicators',
        scale,
      });
  }
  // One issue per policy and kind: the message is written for the first case only.
  const found = new Map<string, { issue: Issue; more: number }>();
  for (const g of governed) {
    const code = verdict(g);
    if (code === undefined) continue;
    const key = `${g.at.join('\u0000')} ${code}`;
    const seen = found.get(key);
    if (seen) seen.more++;
    else found.set(key, { issue: describe(g, code), more: 0 });
  }
  return [...found.values()].map(({ issue, more }) =>
    more === 0
      ? issue
      : {
          ...issue,
          message: { en: `${issue.message.en} (and ${more} more)`, zh: `${issue.message.zh}（另有 ${more} 处）` },
        },
  );
}

type Verdict = 'floor_out_of_scale' | 'floor_above_minimum';

/** What is wrong with a floor or zero policy on one indicator or area, if anything. */
function verdict({ policy, scale }: Governed): Verdict | undefined {
  if (policy.policy !== 'floor' && policy.policy !== 'zero') return undefined;
  const value = policy.policy === 'floor' ? policy.value : 0;
  if (policy.policy === 'floor' && (value > scale.max || value < Math.min(0, scale.min))) return 'floor_out_of_scale';
  if (value > scale.min && policy.aboveMinimum !== true) return 'floor_above_minimum';
  return undefined;
}

/** The issue for a verdict, with the numbers and a hint. */
function describe({ policy, at, subject, method, scale }: Governed, code: Verdict): Issue {
  const value = policy.policy === 'floor' ? policy.value : 0;
  const where = policy.policy === 'floor' ? [...at, 'value'] : [...at, 'policy'];
  const range = `${show(scale.min)}–${show(scale.max)}`;
  if (code === 'floor_out_of_scale') {
    return makeIssue(
      where,
      'floor_out_of_scale',
      `a missing value would score ${value} on ${subject.en}, outside the scale of ${method} (${range}): set a floor within it, usually ${show(Math.max(0, scale.min))}`,
      `缺失值将按 ${value} 分计入${subject.zh}，超出${method === 'its indicators' ? '其指标' : ` ${method} `}的计分范围（${range}）：请在该范围内设定，通常为 ${show(Math.max(0, scale.min))}`,
    );
  }
  {
    const bounded = scale.min !== -Infinity;
    const hint = bounded
      ? [`set the floor to ${show(scale.min)} or below, or declare`, `请将兜底分设为不高于 ${show(scale.min)}，或声明`]
      : ['declare', '请声明'];
    const declared =
      policy.policy === 'floor'
        ? '{ "policy": "floor", "value": …, "aboveMinimum": true }'
        : '{ "policy": "zero", "aboveMinimum": true }';
    return makeIssue(
      where,
      'floor_above_minimum',
      `a missing value would score ${value} on ${subject.en}, where a reported value can score ${show(scale.min)} (${method}: ${range}), so a gap in the data would outscore a report: ${hint[0]} ${declared} if the scheme means it`,
      `缺失值将按 ${value} 分计入${subject.zh}，而已报送数据最低可得 ${show(scale.min)} 分（${method}：${range}），未报送反而得分更高：${hint[1]} ${declared}（确属考核办法规定时）`,
    );
  }
}
