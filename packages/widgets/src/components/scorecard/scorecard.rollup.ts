import {
  IndicatorProgressStatusSchema,
  statusLabels,
  type Assessment,
  type Bundle,
  type Lang,
  type Status,
} from '@eco-reform/core/display';
import type { GoalSummary } from './scorecard.layout.js';

/** Worst first: the order of the `status` sort and of every roll-up. */
const SEVERITY: readonly Status[] = [
  'overdue',
  'deteriorating',
  'lagging',
  'limited',
  'atRisk',
  'moderate',
  'notStarted',
  'onTrack',
  'achieved',
  'done',
  'noData',
];

/** A status's place in {@link SEVERITY}: smaller is worse. */
export const severity = (s: Status): number => SEVERITY.indexOf(s);

/** The worst of some statuses, ignoring `noData`; `noData` when nothing else is there. */
export function worstStatus(statuses: ReadonlyArray<Status>): Status {
  let worst: Status = 'noData';
  for (const s of statuses) if (s !== 'noData' && (worst === 'noData' || severity(s) < severity(worst))) worst = s;
  return worst;
}

/** Each goal's progress for unit `u`: its indicators' worst status and how many are in each. */
export function goalSummaries(
  framework: Bundle['framework'],
  assessment: Assessment,
  u: number,
  lang: Lang,
  t: (l: { zh?: string | undefined; en?: string | undefined }) => string,
): GoalSummary[] {
  const m = assessment.indicators.length;
  const key = lang === 'zh-CN' ? 'zh' : 'en';
  return framework.goals.map((g) => {
    const statuses = g.indicators.flatMap((id) => {
      const i = assessment.indicators.findIndex((x) => x.id === id);
      return i < 0 ? [] : [assessment.cells.status[u * m + i] ?? 'noData'];
    });
    const counts = IndicatorProgressStatusSchema.options
      .map((s) => [s, statuses.filter((x) => x === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${statusLabels[s][key]}`);
    return { id: g.id, title: t(g.title), status: worstStatus(statuses), counts: counts.join(' · ') || '—' };
  });
}
