import { describe, expect, it } from 'vitest';
import { checkRedLines } from './checkRedLines.js';
import { breachesByUnit } from './breachesByUnit.js';
import type { RedLineZone } from '../model/redLineZone.schema.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';

const zone = (observations: RedLineZone['observations']): RedLineZone => ({
  id: 'z',
  name: { zh: '区' },
  unit: 'u',
  grade: 'I',
  baseline: { area: 10, functionIndex: 0.8, nature: 'forest' },
  observations,
});

describe('checkRedLines', () => {
  it('finds the Meixi breach: Nanshan loses area in 2025 and nothing else breaks', () => {
    const findings = checkRedLines(meixiFramework().redLines as RedLineZone[]);
    const breaches = findings.filter((f) => f.breaches.length > 0);
    expect(breaches.map((f) => [f.zone, f.period, f.breaches])).toEqual([['nanshan-forest', '2025', ['areaReduced']]]);
    expect(breachesByUnit(findings)).toEqual({
      nanshan: [
        { zone: 'nanshan-forest', grade: 'I', kinds: ['areaReduced'], areaLoss: 12.4 - 12.05, functionLoss: 0 },
      ],
    });
    const nanshan = breaches[0]!;
    expect([nanshan.observed, nanshan.baseline]).toEqual([
      { area: 12.05, functionIndex: 0.87, nature: 'forest' },
      { area: 12.4, functionIndex: 0.86, nature: 'forest' },
    ]);
    expect(nanshan.message.zh).toMatch(/^南山.*（I 级管控）2025年：面积 12\.05 平方公里，低于基数 12\.4 平方公里$/);
    expect(nanshan.message.en).toMatch(/^Nanshan .* \(grade I\), 2025: area 12\.05 km² below the baseline 12\.4 km²$/);
  });

  it('names the zone by its name in each language, falling back to the other language and then the id; periods other than years stay as written', () => {
    const obs = [{ period: '2025-Q3', area: 10, functionIndex: 0.8, nature: 'forest' }];
    expect(checkRedLines([zone(obs)])[0]!.message).toEqual({
      en: '区 (grade I), 2025-Q3: area, function and nature kept',
      zh: '区（I 级管控）2025-Q3：面积、功能、性质均保持',
    });
    expect(checkRedLines([{ ...zone(obs), name: {} }])[0]!.message.en).toBe(
      'z (grade I), 2025-Q3: area, function and nature kept',
    );
  });

  it('checks area, function and nature separately, each against the baseline', () => {
    const [f] = checkRedLines([zone([{ period: '2025', area: 9.9, functionIndex: 0.7, nature: 'farmland' }])]);
    expect(f!.breaches).toEqual(['areaReduced', 'functionDegraded', 'natureChanged']);
    expect(f!.message.zh).toContain('面积 9.9');
  });

  it('keeps a zone that holds its baseline, and a zone that grows', () => {
    const findings = checkRedLines([
      zone([
        { period: '2024', area: 10, functionIndex: 0.8, nature: 'forest' },
        { period: '2025', area: 10.5, functionIndex: 0.9, nature: 'forest' },
      ]),
    ]);
    expect(findings.every((f) => f.breaches.length === 0)).toBe(true);
  });

  it('checks one period when asked', () => {
    expect(checkRedLines(meixiFramework().redLines as RedLineZone[], '2024').every((f) => f.period === '2024')).toBe(
      true,
    );
  });
});

describe('checkRedLines(zones, observations)', () => {
  it('checks observations from a monitoring feed against the zones’ baselines, ignoring unknown zones', () => {
    const findings = checkRedLines(
      [zone([])],
      [
        { zone: 'z', period: '2026', area: 10, functionIndex: 0.75, nature: 'forest' },
        { zone: 'elsewhere', period: '2026', area: 0, functionIndex: 0, nature: 'x' },
      ],
    );
    expect(findings.map((f) => [f.zone, f.period, f.breaches])).toEqual([['z', '2026', ['functionDegraded']]]);
  });

  it('reads a loss within the survey tolerance as no breach, the zone’s own tolerance before the framework’s', () => {
    const obs = [{ period: '2025', area: 9.995, functionIndex: 0.7995, nature: 'forest' }];
    expect(checkRedLines([zone(obs)])[0]!.breaches).toEqual(['areaReduced', 'functionDegraded']);
    const within = checkRedLines([zone(obs)], '2025', { tolerance: { area: 0.01, functionIndex: 0.001 } })[0]!;
    expect(within).toMatchObject({ breaches: [], withinTolerance: ['areaReduced', 'functionDegraded'] });
    expect(within.loss.area).toBeCloseTo(0.005, 12);
    const own = checkRedLines([{ ...zone(obs), tolerance: { area: 0.001 } }], '2025', {
      tolerance: { area: 0.01 },
    })[0]!;
    expect(own.breaches).toEqual(['areaReduced', 'functionDegraded']);
  });

  it('counts a loss of exactly the tolerance as within it, decimal noise included (12.4 − 12.39 against 0.01)', () => {
    const z = {
      ...zone([{ period: '2025', area: 12.39, functionIndex: 0.8, nature: 'forest' }]),
      baseline: { area: 12.4, functionIndex: 0.8, nature: 'forest' },
    };
    expect(checkRedLines([z], '2025', { tolerance: { area: 0.01 } })[0]!.breaches).toEqual([]);
  });

  it('checks against the baseline as revised by an approved adjustment from its period on, and records the approval', () => {
    const z: RedLineZone = {
      ...zone([
        { period: '2024', area: 9.5, functionIndex: 0.8, nature: 'forest' },
        { period: '2025', area: 9.5, functionIndex: 0.8, nature: 'forest' },
      ]),
      adjustments: [{ period: '2025', area: 9.5, approval: { number: '国函〔2025〕12号', date: '2025-03-01' } }],
    };
    const [y2024, y2025] = checkRedLines([z]).sort((a, b) => (a.period < b.period ? -1 : 1));
    expect(y2024).toMatchObject({ breaches: ['areaReduced'], adjustment: null, baseline: { area: 10 } });
    expect(y2025).toMatchObject({
      breaches: [],
      baseline: { area: 9.5, functionIndex: 0.8, nature: 'forest' },
      adjustment: { period: '2025', number: '国函〔2025〕12号', date: '2025-03-01' },
    });
    expect(y2025!.message.zh).toContain('基数按 2025-03-01 批准的调整（国函〔2025〕12号）');
  });

  it('always counts a change of nature, whatever the tolerance', () => {
    const obs = [{ period: '2025', area: 10, functionIndex: 0.8, nature: 'farmland' }];
    expect(checkRedLines([zone(obs)], '2025', { tolerance: { area: 1, functionIndex: 1 } })[0]!.breaches).toEqual([
      'natureChanged',
    ]);
  });
});
