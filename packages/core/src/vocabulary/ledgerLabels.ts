import type { LocalizedLabel } from './lang.js';
import type { LedgerState } from '../ledger/ledgerState.schema.js';
import type { LedgerKind, LedgerSource } from '../ledger/ledgerEntry.js';

/**
 * The zh-CN and en labels of the ledgers' words, defined once for the CLI and `<eco-ledger>`: each
 * entry's state (`state`), where it comes from (`source`), and what it is (`kind`).
 *
 * @category Ledgers
 * @example
 * ledgerLabels.state.returned //=> { zh: '已退回', en: 'Returned' }
 * ledgerLabels.source.provincialInspection.zh //=> '省级督察反馈'
 */
export const ledgerLabels = {
  state: {
    open: { zh: '办理中', en: 'Open' },
    applied: { zh: '已申请销号', en: 'Applied for closure' },
    verified: { zh: '已验收', en: 'Verified' },
    returned: { zh: '已退回', en: 'Returned' },
    closed: { zh: '已销号', en: 'Closed' },
    done: { zh: '已办结', en: 'Done' },
  },
  source: {
    centralInspection: { zh: '中央督察反馈', en: 'Central inspection' },
    provincialInspection: { zh: '省级督察反馈', en: 'Provincial inspection' },
    redLine: { zh: '生态红线监测', en: 'Red-line monitoring' },
    complaint: { zh: '群众投诉', en: 'Complaint' },
    audit: { zh: '审计发现', en: 'Audit finding' },
    cityInspection: { zh: '市级督查', en: 'City inspection' },
    order: { zh: '督办单', en: 'Supervision order' },
    dispatch: { zh: '调度交办', en: 'Dispatch meeting' },
    duty: { zh: '信息报送', en: 'Reporting duty' },
  },
  kind: {
    problem: { zh: '问题', en: 'Problem' },
    order: { zh: '督办', en: 'Order' },
    assignment: { zh: '交办事项', en: 'Assigned item' },
    submission: { zh: '报送', en: 'Report' },
  },
} as const satisfies {
  state: Record<LedgerState, LocalizedLabel>;
  source: Record<LedgerSource, LocalizedLabel>;
  kind: Record<LedgerKind, LocalizedLabel>;
};
