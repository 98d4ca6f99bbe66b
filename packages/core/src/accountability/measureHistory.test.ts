import { describe, expect, it } from 'vitest';
import { measureHistory } from './measureHistory.js';
import { measureStatus } from './measureStatus.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { parseReports } from '../model/parseReports.js';
import { parseFramework } from '../model/parseFramework.js';
import { escalate } from './escalate.js';
import type { Measure } from '../model/measure.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';

const reports = (() => {
  const r = parseReports(JSON.parse(readMeixi('reports.json')));
  if (!r.ok) throw new Error('fixture must parse');
  return r.value;
})();
const meixiReports = () => reports;
const framework = (() => {
  const f = parseFramework(meixiFramework());
  if (!f.ok) throw new Error('fixture must parse');
  return f.value;
})();

// A task whose second node (window 2025-06-30 → 2026-06-30, 365 days) is reported 5 % done:
// at 2025-09-30 92 days have gone (25.2 % expected), at 2025-12-31 184 (50.4 %), at 2026-03-31
// 274 (75.1 %): 5 % is below 0.7 of each, so lagging three checks running, across the new year.
const slow: Measure = {
  id: 'slow',
  title: { zh: '慢任务', en: 'Slow task' },
  goal: 'reform',
  lead: 'eeb',
  cooperating: [],
  nodes: [
    { id: 'a', title: { zh: '甲', en: 'A' }, due: '2025-06-30' },
    { id: 'b', title: { zh: '乙', en: 'B' }, due: '2026-06-30' },
  ],
  indicators: [],
};
const slowReports: ProgressReport[] = [
  { measure: 'slow', node: 'a', date: '2025-06-30', percent: 100 },
  { measure: 'slow', node: 'b', date: '2025-09-01', percent: 5 },
];

describe('measureHistory', () => {
  it("checks every measure at every quarter end from the programme's first year up to and including the as-of date", () => {
    const records = measureHistory(framework, meixiReports(), '2025-09-30');
    // Meixi runs 2024–2026: four checks in 2024 and three in 2025 up to 30 September.
    expect(records).toHaveLength(framework.measures.length * 7);
    expect([...new Set(records.map((r) => r.date))]).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
    ]);
    expect(records.slice(0, 3).map((r) => r.measure)).toEqual([
      framework.measures[0]!.id,
      framework.measures[0]!.id,
      framework.measures[0]!.id,
    ]);
  });

  it("records what measureStatus says on each date, with the lead unit, the owner in Chinese and the owner's post", () => {
    const m = framework.measures.find((x) => x.owner)!;
    const record = measureHistory(framework, meixiReports(), '2025-12-31').find(
      (r) => r.measure === m.id && r.date === '2025-06-30',
    )!;
    const s = measureStatus(m, meixiReports(), '2025-06-30', framework.scheme.measureThresholds);
    expect(record).toEqual({
      measure: m.id,
      date: '2025-06-30',
      status: s.status,
      overdueDays: s.overdueDays,
      unit: m.lead,
      leader: m.owner!.position.zh,
      post: m.owner!.post,
    });
    expect(m.owner!.post).toBe('mayor');
  });

  it('takes no check before the first quarter end of the programme', () => {
    expect(measureHistory(framework, meixiReports(), '2024-03-30')).toEqual([]);
  });

  it("runs across the new year: lagging at 2025 Q3, Q4 and 2026 Q1 reaches the ladder's third step (约谈), not 提醒 again", () => {
    const f = { ...framework, measures: [slow] };
    const records = measureHistory(f, slowReports, '2026-03-31');
    expect(records.map((r) => `${r.date}:${r.status}`).slice(4)).toEqual([
      '2025-03-31:notStarted',
      '2025-06-30:onTrack',
      '2025-09-30:lagging',
      '2025-12-31:lagging',
      '2026-03-31:lagging',
    ]);
    const [e] = escalate(records, framework.scheme.escalation ?? [], '2026-03-31');
    expect(e?.action).toBe('interview');
    expect(e?.evidence).toEqual(['2025-09-30', '2025-12-31', '2026-03-31']);
  });
});
