import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBundle, type Bundle, type Ledgers } from '@eco-reform/core';
import { ledgerLayout, type LedgerLayoutOptions } from './ledger.layout.js';
import { ledgerTable } from './ledger.table.js';
import { ledgerParser, LEDGER_NEEDS_BUNDLE, LEDGER_NEEDS_LEDGERS } from './ledger.layout.js';
import { renameIds } from '../../../../core/src/model/_fixtures/renameIds.js';

const json = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../examples/meixi/bundle.json', import.meta.url)), 'utf8'),
);
const parsed = parseBundle(json);
if (!parsed.ok || !parsed.value.ledgers) throw new Error('the example bundle must parse and carry ledgers');
const meixi = parsed.value as Bundle & { ledgers: Ledgers };
const all: LedgerLayoutOptions = { lang: 'en', asOf: '2025-12-31', source: null, unit: null, state: null };

describe('ledgerLayout', () => {
  it('shows every item at the date, overdue first, with the counts', () => {
    const view = ledgerLayout(meixi, all);
    expect(view.rows.slice(0, 3).map((r) => [r.id, r.overdueText, r.stateText, r.sourceText, r.listed])).toEqual([
      ['p-2025-03', '61 days overdue', 'Open', 'Provincial inspection', false],
      ['o-2025-11/dongcheng', '31 days overdue', 'Open', 'Supervision order', true],
      ['r-monthly/qingxi/2025-11', '26 days overdue', 'Open', 'Reporting duty', false],
    ]);
    expect(view.count).toBe('30 of 30 items');
    expect(view.summary).toBe('3 overdue, 9 not finished');
    expect(view.asOfText).toBe('December 31, 2025');
  });

  it('filters by source, unit and state, offering only the choices present', () => {
    expect(
      ledgerLayout(meixi, { ...all, unit: 'qingxi', source: 'provincialInspection' }).rows.map((r) => r.id),
    ).toEqual(['p-2025-02']);
    expect(ledgerLayout(meixi, { ...all, state: 'closed' }).rows.map((r) => r.id)).toEqual([
      'p-2025-01',
      'redline-nanshan-forest-2025',
    ]);
    const view = ledgerLayout(meixi, all);
    expect(view.options.states.map((o) => o.value)).toEqual(['', 'open', 'applied', 'done', 'closed']);
    expect(view.options.sources[0]).toEqual({ value: '', label: 'All' });
    expect(view.options.units.find((o) => o.value === 'hurd')?.label).toBe(
      'Housing and Urban-Rural Development Bureau',
    );
  });

  it('gives each item its history in words, with who acted and the evidence', () => {
    const r = ledgerLayout(meixi, all).rows.find((x) => x.id === 'p-2025-02')!;
    expect(r.history.map((h) => [h.dateText, h.action, h.by])).toEqual([
      ['April 25, 2025', 'Opened', 'Qingxi County'],
      ['September 25, 2025', 'Applied for closure', 'Qingxi County'],
      ['October 10, 2025', 'Returned', 'Ecology and Environment Bureau'],
      ['November 20, 2025', 'Applied for closure', 'Qingxi County'],
    ]);
    expect(r.history[2]!.note).toMatch(/returned for further rectification$/);
    expect(r.lateText).toBe('done 51 days late');
  });

  it('speaks Chinese, and defaults the date to the latest one the ledgers record', () => {
    const view = ledgerLayout(meixi, { ...all, lang: 'zh-CN', asOf: null });
    expect(view.asOf).toBe('2025-12-18');
    expect(view.rows[0]!.stateText).toBe('办理中');
    expect(view.rows[0]!.overdueText).toBe('逾期 48 天');
    expect(view.count).toMatch(/^显示 \d+ 项，共 \d+ 项$/);
  });
});

describe('ledgerTable', () => {
  it('lists the shown rows with the evidence as sha256sum lines', () => {
    const twin = ledgerTable(ledgerLayout(meixi, { ...all, state: 'closed' }), 'en');
    expect(twin.caption).toBe('Supervision ledgers · as of December 31, 2025');
    expect(twin.head).toEqual([
      'Id',
      'What',
      'State',
      'Source',
      'Unit',
      'Due',
      'Days overdue',
      'Days late',
      'Evidence',
    ]);
    expect(twin.rows[1]![8]).toBe(
      [
        '27d703b358a23a5a7985642a91a5ce743a29d81b1426d6d2630ea3e2e127b903  evidence/nanshan-replanting.md',
        '97f00de2e8a2436cf01c7bb8903ce4f8f2e96fb4cb0e39c1c4447cf6e32442f0  evidence/nanshan-acceptance.md',
        'a69e9f0a5cec14f35ba6398b655889af6fd130a15086a82592fff8e538c7a105  evidence/nanshan-closure-approval.md',
      ].join('\n'),
    );
  });
});

describe('ledgerParser', () => {
  it('refuses an assessment and a bundle without ledgers, each with its own detail', () => {
    expect(ledgerParser({ format: 'eco-reform.assessment/2', results: [] })).toEqual({
      ok: false,
      details: [LEDGER_NEEDS_BUNDLE],
    });
    const { ledgers: _, ...bare } = json;
    expect(ledgerParser(bare)).toEqual({ ok: false, details: [LEDGER_NEEDS_LEDGERS] });
  });

  it('reports invalid ledgers with their paths', () => {
    const broken = structuredClone(json);
    broken.ledgers.problems[0].history[2].evidence = [];
    const r = ledgerParser(broken);
    expect(r.ok ? [] : r.details).toEqual([
      '✖ a closure needs evidence: at least one file with its SHA-256',
      '  → at ledgers.problems[0].history[2].evidence',
    ]);
  });
});

describe('ledgerLayout over ids named like members of Object.prototype', () => {
  it('shows and filters the units renamed __proto__ and valueOf like any other', () => {
    const renamed = ledgerParser(
      renameIds(
        json,
        new Map([
          ['dongcheng', '__proto__'],
          ['qingxi', 'valueOf'],
        ]),
      ),
    );
    if (!renamed.ok) throw new Error(renamed.details.join('; '));
    const view = ledgerLayout(renamed.value, { ...all, unit: '__proto__' });
    expect(view.rows.map((r) => [r.id, r.unitName]).slice(0, 2)).toEqual([
      ['p-2025-03', 'Dongcheng District'],
      ['o-2025-11/__proto__', 'Dongcheng District'],
    ]);
    expect(ledgerLayout(renamed.value, all).options.units.map((o) => o.value)).toContain('valueOf');
  });
});
