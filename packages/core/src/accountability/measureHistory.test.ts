import { describe, expect, it } from 'vitest';
import { measureHistory } from './measureHistory.js';
import { measureStatus } from './measureStatus.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { parseReports } from '../model/parseReports.js';
import { parseFramework } from '../model/parseFramework.js';

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

describe('measureHistory', () => {
  it('checks every measure at the quarter ends of the year up to and including the as-of date', () => {
    const records = measureHistory(framework, meixiReports(), '2025-09-30');
    expect(records).toHaveLength(framework.measures.length * 3);
    expect([...new Set(records.map((r) => r.date))]).toEqual(['2025-03-31', '2025-06-30', '2025-09-30']);
    expect(records.slice(0, 3).map((r) => r.measure)).toEqual([
      framework.measures[0]!.id,
      framework.measures[0]!.id,
      framework.measures[0]!.id,
    ]);
  });

  it('records what measureStatus says on each date, with the lead unit and the owner in Chinese', () => {
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
    });
  });

  it('takes no check before the first quarter end', () => {
    expect(measureHistory(framework, meixiReports(), '2025-03-30')).toEqual([]);
  });
});
