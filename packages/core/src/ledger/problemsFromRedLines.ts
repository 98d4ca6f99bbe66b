import type { RedLineFinding } from '../accountability/checkRedLines.js';
import type { Problem } from './problem.schema.js';

/**
 * Options of {@link problemsFromRedLines}: the date the problems are opened, their rectification
 * deadline, and the unit that verifies them (e.g. the natural-resources bureau). All three are the
 * office's decision, so none has a default.
 *
 * @category Ledgers
 * @example
 * const options: ProblemsFromRedLinesOptions = { opened: '2026-01-15', deadline: '2026-06-30', checker: 'nrpb' };
 */
export interface ProblemsFromRedLinesOptions {
  opened: string;
  deadline: string;
  checker: string;
}

/**
 * Opens a problem for each red-line finding with a breach (`checkRedLines`): id
 * `redline-<zone>-<period>`, source `{ kind: 'redLine', zone, period }`, the zone's unit answerable,
 * the finding's message as what was found, and an empty history. Findings without a breach open
 * nothing. A pure function: the office adds the returned problems to its ledger (a problem already
 * there, by id, is the office's to keep or replace).
 *
 * @category Ledgers
 * @param findings - Findings from `checkRedLines`.
 * @param options - **opened**, **deadline**, **checker**.
 * @returns One problem per breaching finding, in the findings' order.
 * @example
 * problemsFromRedLines(checkRedLines(framework.redLines, '2025'), { opened: '2026-01-15', deadline: '2026-06-30', checker: 'nrpb' })
 * //=> [{ id: 'redline-nanshan-forest-2025', source: { kind: 'redLine', zone: 'nanshan-forest', period: '2025' }, unit: 'nanshan', … }] (Meixi)
 */
export function problemsFromRedLines(
  findings: ReadonlyArray<RedLineFinding>,
  { opened, deadline, checker }: ProblemsFromRedLinesOptions,
): Problem[] {
  return findings
    .filter((f) => f.breaches.length > 0)
    .map((f) => ({
      id: `redline-${f.zone}-${f.period}`,
      source: { kind: 'redLine', zone: f.zone, period: f.period },
      unit: f.unit,
      found: { zh: f.message.zh, en: f.message.en },
      opened,
      deadline,
      checker,
      history: [],
    }));
}
