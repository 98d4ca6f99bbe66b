import { describe, expect, it } from 'vitest';
import { parseBundle } from './parseBundle.js';
import { parseFramework } from './parseFramework.js';
import { parseReports } from './parseReports.js';
import { meixiFramework, readMeixi } from './_fixtures/meixi.js';

describe('reports naming what the framework does not declare', () => {
  const reports = JSON.parse(readMeixi('reports.json'));
  it("are refused in a bundle, with the measure meant or the measure's nodes", () => {
    const bad = [
      ...reports,
      { measure: 'backward-capacty', date: '2025-06-30', percent: 50 },
      { measure: 'backward-capacity', node: 'halfway', date: '2025-06-30', percent: 100 },
    ];
    const r = parseBundle({ framework: meixiFramework(), observations: [], reports: bad });
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.message.en}`)).toEqual([
      `reports[${reports.length}].measure unknown measure "backward-capacty"; did you mean "backward-capacity"?`,
      `reports[${reports.length + 1}].node measure "backward-capacity" has no time node "halfway" (its nodes: list, half, all)`,
    ]);
  });

  it('are refused by parseReports given the framework, and only checked for shape without it', () => {
    const bad = [{ measure: 'atlantis', date: '2025-06-30', percent: 50 }];
    const f = parseFramework(meixiFramework());
    if (!f.ok) throw new Error('the example city must parse');
    const r = parseReports(bad, f.value);
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.message.zh}`)).toEqual([
      '[0].measure 未知任务“atlantis”；方案中没有这项任务',
    ]);
    expect(parseReports(bad).ok).toBe(true);
    expect(parseReports(reports, f.value).ok).toBe(true);
  });
});
