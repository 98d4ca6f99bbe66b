import { describe, expect, it } from 'vitest';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { parseFramework } from '../model/parseFramework.js';
import type { Framework } from '../model/framework.schema.js';
import { parseLedgers } from './parseLedgers.js';
import { parseBundle } from '../model/parseBundle.js';

const framework = parseFramework(meixiFramework());
const meixi = (framework as { ok: true; value: Framework }).value;
// biome-ignore lint/suspicious/noExplicitAny: a JSON document the tests edit freely, field by field
const ledgers = (): Record<string, any> => JSON.parse(readMeixi('ledgers.json'));
const issues = (input: unknown) => {
  const r = parseLedgers(input, meixi);
  return r.ok ? [] : r.issues.map((i) => [i.at, i.code]);
};

describe('parseLedgers', () => {
  it("accepts the example city's ledgers against its framework", () => {
    const r = parseLedgers(ledgers(), meixi);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect([
        r.value.problems.length,
        r.value.orders.length,
        r.value.dispatches.length,
        r.value.duties.length,
      ]).toEqual([5, 2, 1, 1]);
  });

  it('refuses evidence whose hash is not 64 hex digits, at the hash, in both languages', () => {
    const l = ledgers();
    l.problems[0].history[0].evidence[0].sha256 = 'd6a2232';
    const r = parseLedgers(l, meixi);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.at)).toEqual(['problems[0].history[0].evidence[0].sha256']);
    expect(r.issues[0]!.message.en).toMatch(/^a SHA-256 is 64 hex digits/);
    expect(r.issues[0]!.message.zh).toMatch(/^SHA-256 应为 64 位十六进制数字/);
  });

  it('refuses evidence without its hash', () => {
    const l = ledgers();
    delete l.problems[0].history[0].evidence[0].sha256;
    expect(issues(l)).toEqual([['problems[0].history[0].evidence[0].sha256', 'invalid_type']]);
  });

  it('refuses a closure before its application and a closure without evidence', () => {
    const l = ledgers();
    l.problems[3].history = [{ action: 'close', date: '2025-12-01', by: { role: 'supervisor', unit: 'supervision' } }];
    expect(issues(l)).toEqual([
      ['problems[3].history[0].action', 'invalid_transition'],
      ['problems[3].history[0].evidence', 'missing_evidence'],
    ]);
  });

  it('refuses a transition by a role that may not make it, and by a unit that does not hold the role', () => {
    const l = ledgers();
    l.problems[0].history[1].by = { role: 'responsible', unit: 'gangkou' };
    l.problems[0].history[2].by = { role: 'supervisor', unit: 'eeb' };
    const r = parseLedgers(l, meixi);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([
      ['problems[0].history[1].by.role', 'role_not_allowed'],
      ['problems[0].history[2].by.unit', 'role_not_allowed'],
    ]);
    expect(r.issues[0]!.message).toEqual({
      en: 'the responsible unit may not make a verification; only the checker may',
      zh: '责任单位无权进行验收；只有验收单位可以',
    });
    expect(r.issues[1]!.message.en).toBe(
      '"eeb" acts as the supervision office, which for this problem is "supervision"',
    );
  });

  it('refuses a return without its reason and a history written out of order', () => {
    const l = ledgers();
    delete l.problems[1].history[1].note;
    l.problems[1].history[2].date = '2025-10-01';
    expect(issues(l)).toEqual([
      ['problems[1].history[1].note', 'missing_reason'],
      ['problems[1].history[2].date', 'date_order'],
    ]);
  });

  it('refuses an order to an unknown unit, naming the nearest declared one', () => {
    const l = ledgers();
    l.orders[1].to[0].unit = 'dongchen';
    const r = parseLedgers(l, meixi);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.at, i.message.en])).toEqual([
      ['orders[1].to[0].unit', 'unknown unit "dongchen"; did you mean "dongcheng"?'],
    ]);
  });

  it('refuses a reply from a unit the order does not go to, an unknown red-line zone and a submission for another duty period kind', () => {
    const l = ledgers();
    l.orders[0].replies[1].unit = 'xihu';
    l.problems[4].source.zone = 'nanshan-wood';
    l.duties[0].submissions[0].period = '2025-Q3';
    expect(issues(l)).toEqual([
      ['orders[0].replies[1].unit', 'unknown_reference'],
      ['duties[0].submissions[0].period', 'invalid_period'],
      ['problems[4].source.zone', 'unknown_reference'],
    ]);
  });

  it('reports ids used twice and every problem at once, under a prefix', () => {
    const l = ledgers();
    l.problems[1].id = 'p-2025-01';
    l.dispatches[0].assignments[1].id = 'd-2025-05-1';
    const r = parseLedgers(l, meixi, ['ledgers']);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code])).toEqual([
      ['ledgers.problems[1].id', 'duplicate_id'],
      ['ledgers.dispatches[0].assignments[1].id', 'duplicate_id'],
    ]);
  });

  it('checks shapes without the framework, and never throws', () => {
    expect(parseLedgers(ledgers()).ok).toBe(true);
    expect(parseLedgers(null).ok).toBe(false);
    expect(parseLedgers({ office: 'x' }).ok).toBe(false);
  });

  it("is how a bundle's optional ledgers are checked, at paths under ledgers", () => {
    const bundle = { framework: meixiFramework(), observations: [], reports: [], ledgers: ledgers() };
    expect(parseBundle(bundle).ok).toBe(true);
    bundle.ledgers.problems[4].history[2].evidence = [];
    bundle.ledgers.orders[1].to[0].unit = 'dongchen';
    const r = parseBundle(bundle);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code])).toEqual([
      ['ledgers.problems[4].history[2].evidence', 'missing_evidence'],
      ['ledgers.orders[1].to[0].unit', 'unknown_reference'],
    ]);
  });
});
