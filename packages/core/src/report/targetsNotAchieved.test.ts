import { describe, expect, it } from 'vitest';
import { targetsNotAchieved } from './targetsNotAchieved.js';
import { assessBundle } from '../accountability/assessBundle.js';
import { parseFramework } from '../model/parseFramework.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example city must parse');
const assessment = assessBundle({ framework: f.value, observations: o.value }, { period: '2025' });

describe('targetsNotAchieved', () => {
  it('names each target Gangkou did not achieve in 2025 with value, target and gap in cellWording’s words', () => {
    const en = targetsNotAchieved(assessment, 'gangkou', f.value.indicators, 'en');
    expect(en).toMatch(/^Targets not achieved: .*\.$/);
    expect(en).toContain(
      'PM2.5 annual mean 42.8\u00a0µg/m³ (target at most\u00a032\u00a0µg/m³, 10.8\u00a0µg/m³ above the ceiling)',
    );
    const zh = targetsNotAchieved(assessment, 'gangkou', f.value.indicators, 'zh-CN');
    expect(zh).toContain(
      '细颗粒物（PM2.5）年均浓度 42.8\u00a0微克/立方米（目标不高于\u00a032\u00a0微克/立方米，超出上限\u00a010.8\u00a0微克/立方米）',
    );
  });

  it('lists exactly the cells whose status is neither achieved nor without data', () => {
    const m = assessment.indicators.length;
    const u = assessment.units.findIndex((x) => x.id === 'gangkou');
    const missed = assessment.indicators.filter(
      (_, i) => !['achieved', 'noData'].includes(assessment.cells.status[u * m + i]!),
    );
    const en = targetsNotAchieved(assessment, 'gangkou', f.value.indicators, 'en');
    expect(en.split('; ')).toHaveLength(missed.length);
  });

  it('says nothing for a unit not in the assessment', () => {
    expect(targetsNotAchieved(assessment, 'nowhere', f.value.indicators, 'en')).toBe('');
  });
});
