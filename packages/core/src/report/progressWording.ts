import type { Lang, LocalizedLabel } from '../vocabulary/lang.js';
import type { MeasureStatus } from '../vocabulary/measureStatus.schema.js';
import type { PaceBand } from '../vocabulary/paceBand.schema.js';
import { statusLabels } from '../vocabulary/statusLabels.js';
import { paceBandLabels } from '../vocabulary/paceBandLabels.js';

/**
 * A task's progress as a published report words it (序时进度): 已完成 when done, the status's reason
 * when overdue, else the share of the node's time gone and the share done, with the scheme's
 * 序时进度 band when it has bands. The annual report and the tenure view both word tasks here.
 *
 * @category I/O
 * @param task - The task's status, reason, expected and reported percents and band (`null`: the scheme has no bands).
 * @param lang - The language.
 * @returns The wording.
 * @example
 * progressWording({ status: 'lagging', reason, expected: 50, reported: 20, band: 'behind' }, 'zh-CN') //=> '序时进度 50%，完成 20%，滞后序时'
 */
export function progressWording(
  task: { status: MeasureStatus; reason: LocalizedLabel; expected: number; reported: number; band: PaceBand | null },
  lang: Lang,
): string {
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel): string => (zh ? l.zh : l.en);
  const pct = (x: number): string => `${Math.round(x)}%`;
  if (task.status === 'done') return t(statusLabels.done);
  if (task.status === 'overdue') return t(task.reason);
  const band = task.band
    ? zh
      ? `，${t(paceBandLabels[task.band])}`
      : `, ${t(paceBandLabels[task.band]).toLowerCase()}`
    : '';
  return zh
    ? `序时进度 ${pct(task.expected)}，完成 ${pct(task.reported)}${band}`
    : `schedule ${pct(task.expected)}, done ${pct(task.reported)}${band}`;
}
