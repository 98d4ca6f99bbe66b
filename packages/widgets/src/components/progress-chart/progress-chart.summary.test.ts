import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundle, type Bundle } from '@eco-reform/core';
import { formatPeriod, formatValue } from './progress-chart.format.js';
import { loadEngine } from '../../internal/load-engine.js';
import { progressSeries, type ProgressSeries } from './progress-chart.series.js';
import { describePoint, progressSummary } from './progress-chart.summary.js';

let meixi: Bundle;
beforeAll(async () => {
  // The chart's statuses come from the engine, which the element's data controller fetches before
  // it reads a bundle; these tests call the series directly, so they fetch it first.
  await loadEngine();
  const parsed = parseBundle(await (await fetch('/examples/meixi/bundle.json')).json());
  if (!parsed.ok) throw new Error('the example bundle must parse');
  meixi = parsed.value;
});
function series(indicator: string, unit: string, bundle = meixi): ProgressSeries {
  const r = progressSeries(bundle, { indicator, unit });
  if (!r.ok) throw new Error('no series');
  return r.value;
}

describe('progressSummary', () => {
  it('says the latest value, plan, target, status, trend and where the growth rate so far leads, in English', () => {
    expect(progressSummary(series('pm25', 'gangkou'), 'en')).toBe(
      'PM2.5 annual mean, Gangkou District: 42.8 µg/m³ in 2025 (plan: 32 µg/m³). Target: at most 30 µg/m³ by 2026. ' +
        'Status: Deteriorating. Trend: unchanged since 2022. At the growth rate since 2020, it would be 42.5 µg/m³ by 2026, missing the target.',
    );
  });

  it('says the same in Chinese', () => {
    expect(progressSummary(series('pm25', 'xihu'), 'zh-CN')).toBe(
      '西湖区 · 细颗粒物（PM2.5）年均浓度：2025年为 30.5 微克/立方米（计划 32 微克/立方米）。目标：2026年不高于 30 微克/立方米。' +
        '状态：已达成。趋势：连续 5 期改善（2020年至2025年）。按2020年以来的年均增速，2026年将为 28.7 微克/立方米，可以达到目标。',
    );
  });

  it('names the periods without a value and copes with no values at all', () => {
    const holed = {
      ...meixi,
      observations: meixi.observations.filter(
        (o) => !(o.indicator === 'pm25' && o.unit === 'xihu' && o.period === '2023'),
      ),
    };
    expect(progressSummary(series('pm25', 'xihu', holed), 'en')).toMatch(/No value for 2023\.$/);
    expect(progressSummary(series('pm25', 'xihu', holed), 'zh-CN')).toMatch(/2023年无数据。$/);
    const empty = progressSummary(series('pm25', 'xihu', { ...meixi, observations: [] }), 'en');
    expect(empty).toBe(
      'PM2.5 annual mean, Xihu District: no values reported yet. Target: at most 30 µg/m³ by 2026. Status: No data. Trend: not enough values to tell.',
    );
  });

  it('speaks of yes/no indicators in words', () => {
    expect(progressSummary(series('backup-water', 'gangkou'), 'en')).toContain('Target: yes by 2026.');
    expect(progressSummary(series('backup-water', 'gangkou'), 'zh-CN')).toContain('目标：2026年是。');
  });
});

describe('describePoint', () => {
  it('gives the period, value, plan and note as lines', () => {
    expect(describePoint(series('pm25', 'gangkou'), 4, 'en', true)).toEqual([
      '2024 · Gangkou District',
      'Value: 42.8 µg/m³',
      'Plan: 34 µg/m³',
      'Note: 港区扩建影响 / port expansion',
    ]);
    expect(describePoint(series('pm25', 'gangkou'), 99, 'en')).toEqual([]);
  });
});

describe('formatValue and formatPeriod', () => {
  it('format numbers with Intl and periods in either language, in UTC', () => {
    const s = series('pm25', 'gangkou');
    expect(formatValue(12345.67, s, 'en', true)).toBe('12,345.7 µg/m³');
    expect(formatValue(12345.67, s, 'zh-CN')).toBe('12,345.7');
    expect(formatValue(null, s, 'en')).toBe('—');
    expect(formatValue(81.5, series('good-air-days', 'xihu'), 'en', true)).toBe('81.5%');
    expect(formatPeriod('2025-Q3', 'en')).toBe('Q3 2025');
    expect(formatPeriod('2025-Q3', 'zh-CN')).toBe('2025年第3季度');
    expect(formatPeriod('2025-01', 'en')).toBe('Jan 2025');
    expect(formatPeriod('2025-01', 'zh-CN')).toBe('2025年1月');
    expect(formatPeriod('2025-01-01', 'en')).toBe('Jan 1, 2025');
    expect(formatPeriod('2025-01-31', 'zh-CN')).toBe('2025年1月31日');
    expect(formatPeriod('soon', 'en')).toBe('soon');
  });
});
