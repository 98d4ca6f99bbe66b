import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assessBundle, cityHeadline, parseBundle, type Assessment } from '@eco-reform/core';
import { headlineLayout } from './headline.layout.js';

const parsed = parseBundle(
  JSON.parse(readFileSync(new URL('../../../../../examples/meixi/bundle.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error('the example bundle must parse');
const bundle = parsed.value;
const y2025 = assessBundle(bundle, { period: '2025' });
const y2024 = assessBundle(bundle, { period: '2024' });
const h = cityHeadline(y2025, y2024);

describe('headlineLayout', () => {
  it('names the city by its jurisdiction and shows the core’s figure out of the scheme’s maximum, in Chinese', () => {
    const v = headlineLayout({ assessment: y2025, previous: y2024, bundle }, { lang: 'zh-CN' });
    expect(v.title).toBe('美溪市 · 2025年考核');
    expect(v.scoreText).toBe(h.score!.toFixed(1));
    expect(v.outOf).toBe('/ 100');
    expect(v.basis).toBe('6 个单位考核总分的平均值，各单位权重相同');
    expect(v.withoutTotal).toBeNull();
  });

  it('says the change since the previous period in words, with its direction, never a bare signed number', () => {
    const v = headlineLayout({ assessment: y2025, previous: y2024, bundle }, { lang: 'en' });
    const d = Math.abs(h.change!).toFixed(1);
    expect(v.direction).toBe(h.change! > 0 ? 'up' : h.change! < 0 ? 'down' : 'same');
    if (v.direction !== 'same') expect(v.changeText).toBe(`${v.direction} ${d} points on 2024`);
    expect(v.changeText).not.toMatch(/[+−-]\d/);
  });

  it('says there is nothing to compare with when there is no previous period', () => {
    const v = headlineLayout({ assessment: y2025, previous: null, bundle }, { lang: 'zh-CN' });
    expect([v.direction, v.changeText]).toEqual(['none', '无上期数据，无法比较']);
  });

  it('gives the grade its place among the bands (its colour and icon) and its words', () => {
    const v = headlineLayout({ assessment: y2025, previous: null, bundle }, { lang: 'zh-CN' });
    const label = y2025.scheme.grades.find((g) => g.id === h.grade)!.label.zh;
    expect(v.gradeText).toBe(`等次：${label}`);
    const order = [...y2025.scheme.grades].sort((a, b) => b.min - a.min).map((g) => g.id);
    const k = order.indexOf(h.grade!);
    expect(v.level).toBe(k === 0 ? 'top' : k === order.length - 1 ? 'bottom' : 'middle');
  });

  it('lists every grade with how many units got it, counts without decimals', () => {
    const v = headlineLayout({ assessment: y2025, previous: null, bundle }, { lang: 'en' });
    expect(v.grades.map((g) => g.label)).toEqual(['Excellent', 'Good', 'Pass', 'Fail']);
    expect(v.grades.map((g) => g.count)).toEqual(h.grades.map((g) => String(g.count)));
  });

  it('names a precomputed assessment’s city by its framework’s title, and the units left out by name', () => {
    const cut: Assessment = {
      ...y2025,
      results: y2025.results.map((r) => (r.unit === 'gangkou' ? { ...r, total: null, grade: null } : r)),
    };
    const v = headlineLayout({ assessment: cut, previous: null, bundle: null }, { lang: 'zh-CN' });
    expect(v.title.startsWith(y2025.framework.title.zh)).toBe(true);
    expect(v.withoutTotal).toBe('未计入（无总分）：港口区');
    expect(v.basis).toContain('5 个单位');
  });
});
