import type { Rule } from '../../model/rule.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { RuleFired } from '../assess/assessment.js';
import type { PeriodGrades } from '../assess/periodGrades.js';
import { previousPeriod } from '../../observation/previousPeriod.js';
import { localized } from './localized.js';

/** The per-unit columns the rules across units read and write (by unit index). */
export interface AcrossUnits {
  unrounded: ReadonlyArray<number | null>;
  rank: ReadonlyArray<number | null>;
  /** Written: a grade quota demotes. */
  grade: Array<string | null>;
  /** Written: each rule that fires is appended to its unit's list. */
  fired: RuleFired[][];
}

type Across = Extract<Rule, { kind: 'gradeQuota' | 'rankBottom' | 'consecutiveGrade' }>;
const isAcross = (r: Rule): r is Across =>
  r.kind === 'gradeQuota' || r.kind === 'rankBottom' || r.kind === 'consecutiveGrade';

/**
 * The rules that look across units and periods, in declared order, after every unit's own rules,
 * grade and rank:
 * - `gradeQuota`: at most `maxPercent` % of the graded units, rounded down, keep `grade`; the others
 *   in it, lowest ranked first, go to `demoteTo` (effect `capped`). Units sharing the rank at the
 *   quota's edge are all kept (`ties: 'keep'`, the quota may be exceeded) or all demoted (`demote`).
 * - `rankBottom`: the `count` last-ranked units (those with fewer than `count` ranked units below
 *   them, so ties with the last of them are included; `ties: 'exclude'` leaves out all units tied
 *   across the edge) are called to `action`.
 * - `consecutiveGrade`: a unit with `grade` now and in each of the `periods − 1` periods just before
 *   (`previousPeriod`, read from `history`) is called to `action`.
 * Units without a total take part in none. Reads and writes `columns` in place.
 */
export function applyAcrossUnits(
  rules: ReadonlyArray<Rule>,
  units: ReadonlyArray<Unit>,
  columns: AcrossUnits,
  period: string,
  history: ReadonlyArray<PeriodGrades>,
): void {
  for (const rule of rules) {
    if (!isAcross(rule)) continue;
    switch (rule.kind) {
      case 'gradeQuota':
        gradeQuota(rule, columns);
        break;
      case 'rankBottom':
        rankBottom(rule, columns);
        break;
      case 'consecutiveGrade':
        consecutiveGrade(rule, units, columns, period, history);
        break;
    }
  }
}

function record(columns: AcrossUnits, u: number, step: Omit<RuleFired, 'totalBefore' | 'totalAfter'>): void {
  const t = columns.unrounded[u] ?? null;
  columns.fired[u]!.push({ ...step, totalBefore: t, totalAfter: t });
}

function gradeQuota(rule: Extract<Rule, { kind: 'gradeQuota' }>, columns: AcrossUnits): void {
  const { grade, rank } = columns;
  const graded = grade.filter((g) => g !== null).length;
  // Whole percents times whole units are exact; the quota never rounds up.
  const allowed = Math.floor((rule.maxPercent * graded) / 100);
  const inGrade = grade.flatMap((g, u) => (g === rule.grade && rank[u] !== null ? [u] : []));
  if (inGrade.length <= allowed) return;
  inGrade.sort((a, b) => rank[a]! - rank[b]! || a - b);
  const edge = rank[inGrade[allowed]!]!;
  const straddles = allowed > 0 && rank[inGrade[allowed - 1]!] === edge;
  const keep = (u: number): boolean => rank[u]! < edge || (rank[u] === edge && straddles && rule.ties === 'keep');
  const en = `${rule.grade} limited to ${rule.maxPercent}% of ${graded} graded units, ${allowed}`;
  const zh = `${rule.grade} 不超过参评单位 ${graded} 个的 ${rule.maxPercent}%，即 ${allowed} 个`;
  for (const u of inGrade) {
    if (keep(u)) continue;
    grade[u] = rule.demoteTo;
    record(columns, u, {
      rule: rule.id,
      kind: 'gradeQuota',
      reason: localized(rule.reason),
      points: 0,
      grade: rule.demoteTo,
      evidence: `${en}; ranked ${rank[u]}`,
      evidenceText: { en: `${en}; ranked ${rank[u]}`, zh: `${zh}；排名第 ${rank[u]}` },
      effect: 'capped',
      gradeBefore: rule.grade,
      gradeAfter: rule.demoteTo,
    });
  }
}

function rankBottom(rule: Extract<Rule, { kind: 'rankBottom' }>, columns: AcrossUnits): void {
  const { rank } = columns;
  const ranked = rank.filter((r): r is number => r !== null);
  const n = ranked.length;
  rank.forEach((r, u) => {
    if (r === null) return;
    const below = ranked.filter((x) => x > r).length;
    if (below >= rule.count) return;
    // Tied units across the edge: those sharing this rank number more than the places left.
    const tied = ranked.filter((x) => x === r).length;
    if (rule.ties === 'exclude' && below + tied > rule.count) return;
    const en = `ranked ${r} of ${n}, among the last ${rule.count}`;
    const zh = `排名第 ${r}/${n}，位列后 ${rule.count} 名`;
    recordAction(columns, u, rule, en, zh);
  });
}

function consecutiveGrade(
  rule: Extract<Rule, { kind: 'consecutiveGrade' }>,
  units: ReadonlyArray<Unit>,
  columns: AcrossUnits,
  period: string,
  history: ReadonlyArray<PeriodGrades>,
): void {
  // The periods before, nearest first; a gap in the history (or a period with no "before") stops the run.
  const before: Array<PeriodGrades | undefined> = [];
  let p: string | null = period;
  for (let k = 1; k < rule.periods; k++) {
    p = p === null ? null : previousPeriod(p);
    before.push(p === null ? undefined : history.find((h) => h.period === p));
  }
  columns.grade.forEach((g, u) => {
    if (g !== rule.grade || columns.unrounded[u] === null) return;
    const id = units[u]!.id;
    if (!before.every((h) => h !== undefined && Object.hasOwn(h.grades, id) && h.grades[id] === rule.grade)) return;
    const periods = [...before.map((h) => h!.period).reverse(), period];
    const en = `${rule.grade} in ${periods.join(', ')}`;
    const zh = `${periods.join('、')} 连续 ${rule.periods} 期为 ${rule.grade}`;
    recordAction(columns, u, rule, en, zh);
  });
}

/** Records a rule that calls for an accountability action: it moves neither the total nor the grade. */
function recordAction(
  columns: AcrossUnits,
  u: number,
  rule: Extract<Rule, { kind: 'rankBottom' | 'consecutiveGrade' }>,
  en: string,
  zh: string,
): void {
  record(columns, u, {
    rule: rule.id,
    kind: rule.kind,
    reason: localized(rule.reason),
    points: 0,
    evidence: en,
    evidenceText: { en, zh },
    effect: 'action',
    gradeBefore: null,
    gradeAfter: null,
    action: rule.action,
  });
}
