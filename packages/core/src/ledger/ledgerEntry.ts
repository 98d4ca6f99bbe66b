import type { LocalizedLabel } from '../vocabulary/lang.js';
import type { Evidence } from './evidence.schema.js';
import type { LedgerRole } from './ledgerRole.schema.js';
import type { LedgerState } from './ledgerState.schema.js';
import type { ProblemSource } from './problemSource.schema.js';

/**
 * What a ledger entry is: a problem, one addressee's part of a supervision order, an item assigned
 * at a dispatch meeting, or one unit's report for one period of a reporting duty.
 *
 * @category Ledgers
 * @example
 * const kind: LedgerKind = 'submission';
 */
export type LedgerKind = 'problem' | 'order' | 'assignment' | 'submission';

/**
 * Where an entry comes from, for filtering: a problem's source kind, or the ledger it stands in.
 *
 * @category Ledgers
 * @example
 * const source: LedgerSource = 'provincialInspection';
 */
export type LedgerSource = ProblemSource['kind'] | 'order' | 'dispatch' | 'duty';

/**
 * One dated event in an entry's history, up to the date asked for.
 *
 * @category Ledgers
 * @example
 * const e: LedgerEvent = { date: '2025-08-30', action: 'apply', unit: 'nanshan', role: 'responsible', evidence: [] };
 */
export interface LedgerEvent {
  date: string;
  /** `open` for a problem opened, an order issued, an item assigned or a period ended; then the lifecycle's actions, `reply`, `done` or `submit`. */
  action: 'open' | 'apply' | 'verify' | 'close' | 'return' | 'reply' | 'done' | 'submit';
  unit?: string;
  role?: LedgerRole;
  person?: string;
  note?: LocalizedLabel;
  evidence: Evidence[];
}

/**
 * A ledger item as it stands at a date (`ledgerStateAt`): what and whose it is, when it was due,
 * its state, how many days it is overdue (`overdueDays`: past the due date with the unit's part
 * still outstanding, else 0) or was late (`lateDays`: the unit's part — application, reply,
 * completion, submission — came that many days after the due date, else 0), its history and all
 * its evidence so far.
 *
 * @category Ledgers
 * @example
 * ledgerStateAt(ledgers, '2025-12-31')[0]
 * //=> { kind: 'submission', id: 'r-monthly/qingxi/2025-11', source: 'duty', unit: 'qingxi', due: '2025-12-05', state: 'open', overdueDays: 26, … } (Meixi)
 */
export interface LedgerEntry {
  kind: LedgerKind;
  /** Unique among the entries: a problem's or item's id; `order/unit` for an order; `duty/unit/period` for a report. */
  id: string;
  source: LedgerSource;
  /** The document it stems from: the inspection feedback, the order's number, the meeting or the duty's id. */
  document?: string;
  unit: string;
  /** The person answerable, as their name or position. */
  person?: LocalizedLabel;
  title: LocalizedLabel;
  /** What was found and the measures (problems), or what the order asks. */
  detail?: LocalizedLabel;
  opened: string;
  due: string;
  state: LedgerState;
  overdueDays: number;
  lateDays: number;
  /** A publicly listed order (挂牌督办). */
  listed?: boolean;
  history: LedgerEvent[];
  evidence: Evidence[];
}
