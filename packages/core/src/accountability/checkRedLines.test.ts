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
    expect(breachesByUnit(findings)).toEqual({ nanshan: ['nanshan-forest'] });
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
});
