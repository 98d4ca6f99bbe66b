import { describe, expect, it } from 'vitest';
import { checkRedLines } from '../accountability/checkRedLines.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import type { RedLineZone } from '../model/redLineZone.schema.js';
import { problemsFromRedLines } from './problemsFromRedLines.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';

const zones = meixiFramework().redLines as RedLineZone[];
const options = { opened: '2025-09-15', deadline: '2025-12-15', checker: 'nrpb' };

describe('problemsFromRedLines', () => {
  it('opens one problem per breaching finding, with the zone, period, unit and the finding in both languages', () => {
    const problems = problemsFromRedLines(checkRedLines(zones), options);
    expect(problems).toEqual([
      {
        id: 'redline-nanshan-forest-2025',
        source: { kind: 'redLine', zone: 'nanshan-forest', period: '2025' },
        unit: 'nanshan',
        found: {
          zh: '南山水源涵养红线区（I 级管控）2025年：面积 12.05 平方公里，低于基数 12.4 平方公里',
          en: 'Nanshan water-conservation forest (grade I), 2025: area 12.05 km² below the baseline 12.4 km²',
        },
        ...options,
        history: [],
      },
    ]);
  });

  it("is where the example city's red-line problem comes from", () => {
    const [opened] = problemsFromRedLines(checkRedLines(zones, '2025'), options);
    const kept = meixiLedgers().problems.find((p) => p.id === opened!.id)!;
    expect({ ...kept, measures: undefined, history: [] }).toEqual({ ...opened, measures: undefined });
  });

  it('opens nothing for findings without a breach', () => {
    expect(problemsFromRedLines(checkRedLines(zones, '2024'), options)).toEqual([]);
  });
});
