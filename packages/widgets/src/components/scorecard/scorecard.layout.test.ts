import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, breachesByUnit, checkRedLines, parseFramework, readObservationsCsv } from '@eco-reform/core';
import { scorecardLayout } from './scorecard.layout.js';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../../examples/meixi/${name}`, import.meta.url)), 'utf8');
const f = parseFramework(JSON.parse(read('framework.json')));
const o = readObservationsCsv(read('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example must parse');
const assessment = assess(f.value, o.value, { period: '2025', breaches: breachesByUnit(checkRedLines(f.value.redLines, '2025')) });

describe('scorecardLayout', () => {
  it('shows a unit’s total, grade and rank formatted for Chinese', () => {
    const view = scorecardLayout(assessment, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })!;
    expect(view).toMatchObject({ unit: 'gangkou', name: '港口区', period: '2025', total: '54.1', grade: '不合格', rank: '第 6 / 6 名' });
    expect(view.rows.map((r) => [r.id, r.kind, r.status])).toEqual([
      ['space', 'area', 'limited'], ['env', 'area', 'deteriorating'], ['industry', 'area', 'moderate'],
    ]);
    expect(view.rows.find((r) => r.id === 'env')!.score).toBe('27.8');
  });

  it('lists an expanded area’s indicators right after it, with values and statuses', () => {
    const view = scorecardLayout(assessment, { unit: 'gangkou', lang: 'en', expanded: new Set(['env']) })!;
    const ids = view.rows.map((r) => r.id);
    expect(ids.slice(ids.indexOf('env'), ids.indexOf('env') + 3)).toEqual(['env', 'eia-rate', 'polluting-firms-closed']);
    const pm25 = view.rows.find((r) => r.id === 'pm25')!;
    expect(pm25).toMatchObject({ kind: 'indicator', depth: 1, value: '42.8' });
    expect(view.rows.find((r) => r.id === 'backup-water')!.value).toBe('no');
    expect(view.rank).toBe('6 of 6');
  });

  it('gives an area the worst status of its indicators and falls back to the first unit', () => {
    const view = scorecardLayout(assessment, { unit: 'nowhere', lang: 'en', expanded: new Set() })!;
    expect(view.unit).toBe('xihu');
    const statuses = ['deteriorating', 'limited', 'moderate', 'onTrack', 'achieved', 'noData'];
    for (const r of view.rows) expect(statuses).toContain(r.status);
  });
});
