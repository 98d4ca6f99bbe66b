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
      {
        post: 'river-chief-meixi',
        unit: 'meixi',
        title: { zh: '梅溪市级河长', en: 'City-level river chief, Meixi River' },
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

  describe('the chief systems (河长制, 林长制)', () => {
    const river = f.value.chiefAreas!.find((a) => a.id === 'meixi-river')!;
    const ledgersWithRiverProblem = () => {
      const ledgers = meixiLedgers();
      // A problem bound to the river chief's post, found under Li Ming and closed under Wang Fang.
      const base = ledgers.problems[0]!;
      ledgers.problems.push({
        ...base,
        id: 'p-river',
        unit: 'gangkou',
        person: { unit: 'meixi', position: { zh: '梅溪市级河长' }, post: 'river-chief-meixi' },
        opened: '2025-05-10',
        deadline: '2025-09-30',
        history: base.history.map((t) => ({ ...t, date: t.action === 'close' ? '2025-08-20' : t.date })),
      });
      return ledgers;
    };

    it('names the river chief answerable on each day: Li Ming on 30 June 2025, Wang Fang from 1 July', () => {
      expect(river.post).toBe('river-chief-meixi');
      expect(holderOf(f.value, river.post, '2025-06-30')).toBe('li-ming');
      expect(holderOf(f.value, river.post, '2025-07-01')).toBe('wang-fang');
    });

    it('has nobody answerable for the river before the first tenure began (2021-03-01), and starts the view then', () => {
      expect(holderOf(f.value, river.post, '2021-02-28')).toBeNull();
      const v = tenureView(f.value, o.value, r.value, { person: 'li-ming', from: '2020-01-01', to: '2021-12-31' })!;
      expect(v.chiefAreas.map((a) => [a.area, a.from, a.to])).toEqual([['meixi-river', '2021-03-01', '2021-12-31']]);
    });

    it("clips the river to Li Ming's days when the view runs past the handover, with its indicator in every district it runs through", () => {
      const v = tenureView(f.value, o.value, r.value, { person: 'li-ming', from: '2024-01-01', to: '2025-12-31' })!;
      expect(v.chiefAreas).toEqual([
        {
          area: 'meixi-river',
          kind: 'river',
          name: { zh: '梅溪干流', en: 'Meixi River main stream' },
          post: 'river-chief-meixi',
          from: '2024-01-01',
          to: '2025-06-30',
          // water-class3 in the observations' order of units; the 2025 figure is the year's, as for the view's own indicators.
          indicators: [
            {
              unit: 'xihu',
              indicator: 'water-class3',
              first: { period: '2024', value: 80.8 },
              last: { period: '2025', value: 84.6 },
            },
            {
              unit: 'dongcheng',
              indicator: 'water-class3',
              first: { period: '2024', value: 81.9 },
              last: { period: '2025', value: 84 },
            },
            {
              unit: 'nanshan',
              indicator: 'water-class3',
              first: { period: '2024', value: 80.3 },
              last: { period: '2025', value: 83.8 },
            },
            {
              unit: 'gangkou',
              indicator: 'water-class3',
              first: { period: '2024', value: 70.4 },
              last: { period: '2025', value: 70.4 },
            },
          ],
        },
      ]);
    });

    it("gives the river to Wang Fang from the handover, and not to Li Ming's view ending the day before it", () => {
      const v = tenureView(f.value, o.value, r.value, { person: 'wang-fang', from: '2025-01-01', to: '2025-12-31' })!;
      expect(v.chiefAreas.map((a) => [a.area, a.from, a.to, a.indicators.map((i) => i.first.period)])).toEqual([
        ['meixi-river', '2025-07-01', '2025-12-31', ['2025', '2025', '2025', '2025']],
      ]);
      const before = tenureView(f.value, o.value, r.value, {
        person: 'wang-fang',
        from: '2025-07-01',
        to: '2025-07-01',
      })!;
      expect(before.chiefAreas.map((a) => [a.from, a.to])).toEqual([['2025-07-01', '2025-07-01']]);
    });

    it("shows a county's river under its county head and the city's forest under the mayor as 总林长", () => {
      const county = tenureView(f.value, o.value, r.value, {
        person: 'chen-jing',
        from: '2024-01-01',
        to: '2025-12-31',
      })!;
      expect(
        county.chiefAreas.map((a) => [a.area, a.kind, a.indicators.map((i) => [i.unit, i.first.value, i.last.value])]),
      ).toEqual([['qingxi-stream', 'river', [['qingxi', 81.5, 83.9]]]]);
      const mayor = tenureView(f.value, o.value, r.value, {
        person: 'chen-hua',
        from: '2023-01-01',
        to: '2025-12-31',
      })!;
      expect(
        mayor.chiefAreas.map((a) => [a.area, a.kind, a.indicators.map((i) => [i.unit, i.first.value, i.last.value])]),
      ).toEqual([
        [
          'southern-hills-forest',
          'forest',
          [
            ['nanshan', 52.8, 62.6],
            ['beiling', 52.6, 61.1],
          ],
        ],
      ]);
    });

    it('leaves the chief areas empty for a person who is no chief', () => {
      const v = tenureView(f.value, o.value, r.value, { person: 'zhao-lei', from: '2024-01-01', to: '2025-12-31' })!;
      expect(v.chiefAreas).toEqual([]);
    });

    it("puts a problem bound to the river chief's post under whoever held it while it was open", () => {
      const ledgers = ledgersWithRiverProblem();
      const ids = (person: string, from: string, to: string) =>
        tenureView(f.value, o.value, r.value, { person, from, to, ledgers })!.problems.map((p) => [p.id, p.state]);
      expect(ids('li-ming', '2025-01-01', '2025-12-31')).toEqual([['p-river', 'applied']]);
      expect(ids('wang-fang', '2025-07-01', '2025-12-31')).toEqual([['p-river', 'closed']]);
      // Closed on 20 August: not under her in a view that begins after it.
      expect(ids('wang-fang', '2025-09-01', '2025-12-31')).toEqual([]);
    });
  });
});
