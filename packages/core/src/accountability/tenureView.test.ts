import { describe, expect, it } from 'vitest';
import { tenureView } from './tenureView.js';
import { holderOf } from './holderOf.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { meixiLedgers } from '../ledger/meixiLedgers.fixture.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');

describe('holderOf', () => {
  it('names whoever held the post on the date, both tenure ends inclusive, and nobody before the first', () => {
    expect(holderOf(f.value, 'deputy-mayor-env', '2025-06-30')).toBe('li-ming');
    expect(holderOf(f.value, 'deputy-mayor-env', '2025-07-01')).toBe('wang-fang');
    expect(holderOf(f.value, 'deputy-mayor-env', '2021-02-28')).toBeNull();
    expect(holderOf(f.value, 'no-such-post', '2025-07-01')).toBeNull();
  });
});

describe('tenureView', () => {
  it('ends the view on the day the person left: Li Ming handed over on 30 June 2025', () => {
    const v = tenureView(f.value, o.value, r.value, { person: 'li-ming', from: '2024-01-01', to: '2025-12-31' })!;
    expect(v.until).toBe('2025-06-30');
    expect(v.positions).toEqual([
      {
        post: 'deputy-mayor-env',
        unit: 'meixi',
        title: { zh: '分管生态环境的副市长', en: 'Deputy mayor for ecology and environment' },
        start: '2021-03-01',
        end: '2025-06-30',
      },
    ]);
    // The tasks whose owner is the deputy mayor's post, judged on his last day.
    expect(v.tasks.map((t) => [t.measure, t.roles])).toEqual([
      ['redline', ['owner']],
      ['polluters', ['owner']],
      ['eco-creation', ['owner']],
      ['green-campus', ['owner']],
      ['rural-environment', ['owner']],
    ]);
    expect(v.tasks[1]!.status.status).toBe('onTrack');
    expect(v.problems).toEqual([]);
  });

  it('gives the successor the escalation that came under her: polluters lagging at 2025 Q3 and Q4 → 预警', () => {
    const v = tenureView(f.value, o.value, r.value, { person: 'wang-fang', from: '2025-07-01', to: '2025-12-31' })!;
    expect(v.until).toBe('2025-12-31');
    expect(v.actions.map((a) => [a.measure, a.action, a.evidence])).toEqual([
      ['polluters', 'warning', ['2025-09-30', '2025-12-31']],
    ]);
  });

  it("shows a district head's indicator changes, red-line findings and own task", () => {
    const v = tenureView(f.value, o.value, r.value, { person: 'zheng-qiang', from: '2024-01-01', to: '2025-12-31' })!;
    const area = v.indicators.find((i) => i.indicator === 'redline-area')!;
    expect(area).toEqual({
      unit: 'nanshan',
      indicator: 'redline-area',
      first: { period: '2024', value: 100 },
      last: { period: '2025', value: 97.2 },
    });
    expect(v.redLines.filter((z) => z.breaches.length > 0).map((z) => [z.zone, z.period])).toEqual([
      ['nanshan-forest', '2025'],
    ]);
    expect(v.tasks.map((t) => t.measure)).toEqual(['rural-sewage-nanshan']);
  });

  it('is null for an unknown person or one who held no post in the period', () => {
    expect(
      tenureView(f.value, o.value, r.value, { person: 'nobody', from: '2024-01-01', to: '2025-12-31' }),
    ).toBeNull();
    expect(
      tenureView(f.value, o.value, r.value, { person: 'wang-fang', from: '2024-01-01', to: '2025-06-30' }),
    ).toBeNull();
  });

  it("lists the ledgers' problems of the person's units open at some time in the period, as on its end, and none without ledgers", () => {
    const ledgers = meixiLedgers();
    const problems = (from: string, to: string) =>
      tenureView(f.value, o.value, r.value, { person: 'liu-yang', from, to, ledgers })!.problems.map((p) => [
        p.id,
        p.state,
      ]);
    // Gangkou's yard problem: opened 2025-04-25, closed 2025-07-15 (销号).
    expect(problems('2025-01-01', '2025-06-30')).toEqual([['p-2025-01', 'applied']]);
    expect(problems('2025-01-01', '2025-12-31')).toEqual([['p-2025-01', 'closed']]);
    // Closed before the period began: not under the person in it; found after it ended: not yet.
    expect(problems('2025-08-01', '2025-12-31')).toEqual([]);
    expect(problems('2024-01-01', '2024-12-31')).toEqual([]);
    expect(
      tenureView(f.value, o.value, r.value, { person: 'liu-yang', from: '2025-01-01', to: '2025-12-31' })!.problems,
    ).toEqual([]);
  });
});
