import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import type { ObservationTable } from '../../observation/observationTable.js';
import type { ObservationCube } from '../../observation/observationCube.js';
import { nearestId, type IdCandidate } from '../../model/nearestId.js';
import { indexOfEach } from './indexOfEach.js';
import { idCandidates } from '../../model/idCandidates.js';
import type { Diagnostic } from '../assess/assessment.js';
import { strayTally, type StrayTally } from './strayTally.js';

type Kind = 'unit' | 'indicator' | 'period';

/**
 * The errors for what an assessment was given but cannot score, which would otherwise vanish
 * without a word: observations of the period naming a unit or indicator the framework does not
 * declare (`unknown_unit`, `unknown_indicator`, with the declared id meant), observations labelled
 * with a shorter period inside the assessed one (`2025-Q4` when assessing `2025`:
 * `unassessed_period`), and `units` the framework does not declare (`unknown_unit`). One per
 * distinct name, with how many observations carry it. A table or cube is judged by its lists of
 * names, so a clean one costs nothing per row; objects take one pass, or none when `tally` comes
 * from the pass that selected them ({@link strayTally}).
 */
export function unknownIdDiagnostics(
  framework: Framework,
  observations: ReadonlyArray<Observation> | ObservationTable | ObservationCube,
  period: string,
  units: ReadonlyArray<string> | undefined,
  tally?: StrayTally,
): Diagnostic[] {
  const counts = tally ?? strayTally(framework, period);
  const add = (kind: Kind, name: string, n = 1): void => void counts[kind].set(name, (counts[kind].get(name) ?? 0) + n);
  if (Array.isArray(observations)) {
    // Objects are counted by the selection's own pass when it was given the tally.
    if (tally === undefined) {
      for (const o of observations as ReadonlyArray<Observation>) {
        if (o.period !== period) {
          if (counts.within(o.period)) counts.addPeriod(o.period);
        } else counts.unplaced(o.unit, o.indicator);
      }
    }
  } else {
    const t = observations as Partial<ObservationTable> &
      Partial<ObservationCube> & { units: string[]; indicators: string[]; periods: string[] };
    // Lists in framework order (the usual case) are matched without a map of thousands of names.
    const unitAt = indexOfEach(
      framework.units.map((u) => u.id),
      t.units,
    );
    const indicatorAt = indexOfEach(
      framework.indicators.map((i) => i.id),
      t.indicators,
    );
    const badUnit = Array.from(unitAt, (k) => k < 0);
    const badIndicator = Array.from(indicatorAt, (k) => k < 0);
    const badPeriod = t.periods.map((q) => counts.within(q));
    const p = t.periods.indexOf(period);
    if (t.values !== undefined) {
      // A cube: a foreign name is reported when the assessed period holds a value for it.
      const U = t.units.length;
      const M = t.indicators.length;
      const any = (u: number, i: number): boolean => p >= 0 && !Number.isNaN(t.values![(p * U + u) * M + i]!);
      badUnit.forEach((bad, u) => bad && t.indicators.some((_, i) => any(u, i)) && add('unit', t.units[u]!, 0));
      badIndicator.forEach(
        (bad, i) => bad && t.units.some((_, u) => any(u, i)) && add('indicator', t.indicators[i]!, 0),
      );
      badPeriod.forEach((bad, q) => bad && add('period', t.periods[q]!, 0));
    } else if (badUnit.includes(true) || badIndicator.includes(true) || badPeriod.includes(true)) {
      for (let r = 0; r < t.value!.length; r++) {
        const q = t.period![r]!;
        if (badPeriod[q]) add('period', t.periods[q]!);
        if (q !== p) continue;
        if (badUnit[t.unit![r]!]) add('unit', t.units[t.unit![r]!]!);
        if (badIndicator[t.indicator![r]!]) add('indicator', t.indicators[t.indicator![r]!]!);
      }
    }
  }
  const out: Diagnostic[] = [];
  const rows = (n: number): [string, string] =>
    n === 0 ? ['', ''] : [` (${n} observation${n === 1 ? '' : 's'})`, `（${n} 条观测）`];
  // Built only when there is a name to check or to match.
  let unitCandidates: IdCandidate[] | undefined;
  let indicatorCandidates: IdCandidate[] | undefined;
  let declared: Set<string> | undefined;
  const meant = (guess: string | null): [string, string] =>
    guess === null ? ['', ''] : [`; did you mean "${guess}"?`, `；是否应为“${guess}”？`];
  for (const [name, n] of counts.unit) {
    const [inEn, inZh] = rows(n);
    const [en, zh] = meant(nearestId(name, (unitCandidates ??= idCandidates(framework, 'unit'))));
    out.push({
      severity: 'error',
      code: 'unknown_unit',
      unit: name,
      message: {
        en: `observations of ${period} name the unit "${name}"${inEn}, which the framework does not declare; they are not scored${en}`,
        zh: `${period} 的观测数据含有方案未声明的单位“${name}”${inZh}，未计入考核${zh}`,
      },
    });
  }
  for (const [name, n] of counts.indicator) {
    const [inEn, inZh] = rows(n);
    const [en, zh] = meant(nearestId(name, (indicatorCandidates ??= idCandidates(framework, 'indicator'))));
    out.push({
      severity: 'error',
      code: 'unknown_indicator',
      indicator: name,
      message: {
        en: `observations of ${period} name the indicator "${name}"${inEn}, which the framework does not declare; they are not scored${en}`,
        zh: `${period} 的观测数据含有方案未声明的指标“${name}”${inZh}，未计入考核${zh}`,
      },
    });
  }
  for (const [name, n] of counts.period) {
    const [inEn, inZh] = rows(n);
    out.push({
      severity: 'error',
      code: 'unassessed_period',
      message: {
        en: `observations labelled "${name}"${inEn} fall within ${period} but are not scored: only observations labelled "${period}" are`,
        zh: `标注为“${name}”的观测${inZh}属于 ${period}，但未计入考核：只计入标注为“${period}”的观测`,
      },
    });
  }
  for (const id of units ?? []) {
    if ((declared ??= new Set(framework.units.map((u) => u.id))).has(id)) continue;
    const [en, zh] = meant(nearestId(id, (unitCandidates ??= idCandidates(framework, 'unit'))));
    out.push({
      severity: 'error',
      code: 'unknown_unit',
      unit: id,
      message: {
        en: `the unit "${id}" asked for is not declared by the framework, so it is not assessed${en}`,
        zh: `要求考核的单位“${id}”未在方案中声明，无法考核${zh}`,
      },
    });
  }
  return out;
}
