import { problemCsvColumns } from '../problemCsvColumns.js';
import { problemLifecycle } from '../problemLifecycle.js';
import type { LedgerCsvLayout } from './ledgerCsvLayout.js';

const problemStep = ['date', 'role', 'by_unit', 'by_person', 'note_zh', 'note_en', 'evidence'] as const;

/**
 * The CSV layout of each ledger: one row per event, the item's id first, then `action`; each action
 * fills its own columns (the others stay empty). Written in this column order by the writers, read
 * by name in any order.
 */
export const ledgerCsvLayouts = {
  problems: {
    columns: problemCsvColumns,
    actions: {
      // What a problem is opened with: the columns from `date` to `checker`, as the ledger's own list orders them.
      open: problemCsvColumns.slice(problemCsvColumns.indexOf('date'), problemCsvColumns.indexOf('checker') + 1),
      // Every step of the lifecycle, and only those: the table that decides what may follow what.
      ...(Object.fromEntries(Object.keys(problemLifecycle).map((step) => [step, problemStep])) as Record<
        keyof typeof problemLifecycle,
        typeof problemStep
      >),
    },
  },
  orders: {
    columns: [
      'order',
      'action',
      'date',
      'number',
      'to',
      'listed',
      'asks_zh',
      'asks_en',
      'reply_due',
      'unit',
      'text_zh',
      'text_en',
      'evidence',
    ],
    actions: {
      issue: ['date', 'number', 'to', 'listed', 'asks_zh', 'asks_en', 'reply_due'],
      reply: ['date', 'unit', 'text_zh', 'text_en', 'evidence'],
    },
  },
  dispatches: {
    columns: [
      'dispatch',
      'action',
      'date',
      'item',
      'meeting_zh',
      'meeting_en',
      'attendees',
      'decisions_zh',
      'decisions_en',
      'task_zh',
      'task_en',
      'unit',
      'person_position_zh',
      'person_position_en',
      'due',
      'note_zh',
      'note_en',
      'evidence',
    ],
    actions: {
      meet: ['date', 'meeting_zh', 'meeting_en', 'attendees', 'decisions_zh', 'decisions_en'],
      assign: ['item', 'task_zh', 'task_en', 'unit', 'person_position_zh', 'person_position_en', 'due'],
      done: ['item', 'date', 'note_zh', 'note_en', 'evidence'],
    },
  },
  duties: {
    columns: [
      'duty',
      'action',
      'date',
      'what_zh',
      'what_en',
      'units',
      'every',
      'due_day',
      'from',
      'until',
      'unit',
      'period',
      'evidence',
    ],
    actions: {
      require: ['what_zh', 'what_en', 'units', 'every', 'due_day', 'from', 'until'],
      submit: ['date', 'unit', 'period', 'evidence'],
    },
  },
} as const satisfies Record<'problems' | 'orders' | 'dispatches' | 'duties', LedgerCsvLayout>;
