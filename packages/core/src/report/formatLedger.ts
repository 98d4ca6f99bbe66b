import { csvFormatRows } from 'd3-dsv';
import type { LedgerEntry } from '../ledger/ledgerEntry.js';
import type { Lang, LocalizedLabel } from '../vocabulary/lang.js';
import { ledgerLabels } from '../vocabulary/ledgerLabels.js';
import { textTable } from '../_lib/textTable.js';

/**
 * Options of {@link formatLedger}.
 *
 * @category I/O
 * @example
 * const options: FormatLedgerOptions = { format: 'md', lang: 'en', units: { dongcheng: { zh: '东城区', en: 'Dongcheng District' } } };
 */
export interface FormatLedgerOptions {
  format: 'table' | 'csv' | 'md' | 'json';
  /** Language of headers and labels; default *zh-CN*. */
  lang?: Lang;
  /** Unit id → name, to print names beside the ids (e.g. from the framework's units). */
  units?: Readonly<Record<string, LocalizedLabel>>;
}

/**
 * Writes ledger entries (from `ledgerStateAt`, overdue first) for people or machines: `table`
 * (aligned text), `md` (Markdown), `csv` (RFC 4180; evidence as `sha256sum` lines, both
 * languages' titles) or `json` (the entries as they are, with history and evidence). The
 * columns: days overdue, state, source, id, unit, what, due date, days late, evidence files.
 *
 * @category I/O
 * @param entries - The entries, in the order to print.
 * @param options - **format**, **lang**, **units**.
 * @returns The text, ending with a newline.
 * @example
 * formatLedger(ledgerStateAt(ledgers, '2025-12-31'), { format: 'csv', lang: 'en' }).split('\n')[1]
 * //=> '61,open,provincialInspection,p-2025-03,dongcheng,,Five black and odorous urban water bodies: clean-up behind schedule,…' (Meixi)
 */
export function formatLedger(
  entries: ReadonlyArray<LedgerEntry>,
  { format, lang = 'zh-CN', units = {} }: FormatLedgerOptions,
): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel): string => (zh ? l.zh : l.en);
  const unitName = (id: string): string => (Object.hasOwn(units, id) ? t(units[id]!) : '');
  if (format === 'csv') {
    const header = [
      'overdue_days',
      'state',
      'source',
      'id',
      'unit',
      'unit_name',
      'title_zh',
      'title_en',
      'document',
      'opened',
      'due',
      'late_days',
      'listed',
      'evidence',
    ];
    const rows = entries.map((e) => [
      String(e.overdueDays),
      e.state,
      e.source,
      e.id,
      e.unit,
      unitName(e.unit),
      e.title.zh,
      e.title.en,
      e.document ?? '',
      e.opened,
      e.due,
      String(e.lateDays),
      e.listed ? 'true' : '',
      e.evidence.map((x) => `${x.sha256}  ${x.ref}`).join('\n'),
    ]);
    return `${csvFormatRows([header, ...rows])}\n`;
  }
  const header = zh
    ? ['逾期天数', '状态', '来源', '编号', '单位', '事项', '时限', '超期办结天数', '佐证材料']
    : ['days overdue', 'state', 'source', 'id', 'unit', 'what', 'due', 'days late', 'evidence'];
  const rows = entries.map((e) => [
    e.overdueDays > 0 ? String(e.overdueDays) : '',
    t(ledgerLabels.state[e.state]),
    `${t(ledgerLabels.source[e.source])}${e.listed ? (zh ? '（挂牌）' : ' (listed)') : ''}`,
    e.id,
    unitName(e.unit) || e.unit,
    t(e.title),
    e.due,
    e.lateDays > 0 ? String(e.lateDays) : '',
    String(e.evidence.length || ''),
  ]);
  return textTable([header, ...rows], format);
}
