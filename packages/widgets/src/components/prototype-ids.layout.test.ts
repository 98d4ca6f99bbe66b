import { describe, expect, it } from 'vitest';
import '../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessBundle } from '@eco-reform/core';
import { assessmentParser } from '../shared/assessment-data.js';
import { scorecardLayout } from './scorecard/scorecard.layout.js';
import { breakdownLayout } from './breakdown/breakdown.layout.js';
import { rankingParser, rankingLayout } from './ranking/ranking.layout.js';
import { redlineParser, redlineLayout } from './redline/redline.layout.js';
import { taskBoardParser, taskBoardLayout } from './task-board/task-board.layout.js';
import { weightsParser, weightsLayout } from './weights/weights.layout.js';
import { progressSeries } from './progress-chart/progress-chart.layout.js';
import { renameIds } from '../../../core/src/model/_fixtures/renameIds.js';

// The example city's districts, an area and an indicator renamed after members of Object.prototype.
const rename = new Map([
  ['xihu', 'constructor'],
  ['dongcheng', '__proto__'],
  ['nanshan', 'toString'],
  ['beiling', 'hasOwnProperty'],
  ['qingxi', 'valueOf'],
  ['space', 'isPrototypeOf'],
  ['pm25', 'propertyIsEnumerable'],
]);
const input = renameIds(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../../examples/meixi/bundle.json', import.meta.url)), 'utf8')),
  rename,
);

describe('widgets over ids named like members of Object.prototype', () => {
  it('score, break down, rank, show red lines, tasks, weights and progress instead of hanging on loading', () => {
    const card = assessmentParser(() => '2025')(input);
    if (!card.ok) throw new Error(card.details.join('; '));
    expect(card.value.assessment.results.map((r) => r.unit).sort()).toEqual([
      '__proto__',
      'constructor',
      'gangkou',
      'hasOwnProperty',
      'toString',
      'valueOf',
    ]);
    expect(card.value.assessment.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const unit of ['constructor', '__proto__', 'toString']) {
      expect(scorecardLayout(card.value, { unit, lang: 'en', expanded: new Set(['isPrototypeOf']) })).not.toBeNull();
      expect(breakdownLayout(card.value, { unit, lang: 'en' })).not.toBeNull();
    }
    const ranking = rankingParser(() => '2025')(input);
    if (!ranking.ok) throw new Error(ranking.details.join('; '));
    expect(rankingLayout(ranking.value, { lang: 'en', unit: '__proto__' }).rows.length).toBe(6);
    const redline = redlineParser(input);
    if (!redline.ok) throw new Error(redline.details.join('; '));
    expect(redlineLayout(redline.value, { lang: 'en', unit: 'toString' })).toBeTruthy();
    const tasks = taskBoardParser(input);
    if (!tasks.ok) throw new Error(tasks.details.join('; '));
    expect(taskBoardLayout(tasks.value, { lang: 'en', unit: 'constructor' })).toBeTruthy();
    const weights = weightsParser(() => '2025')(input);
    if (!weights.ok) throw new Error(weights.details.join('; '));
    const w = weights.value;
    const current = assessBundle(
      { framework: w.bundle.framework, observations: w.observations, flags: w.bundle.flags },
      { period: w.period, detail: 'results' },
    );
    expect(
      weightsLayout(
        { official: w.official, current, areas: w.areas, weights: null },
        { lang: 'en', rows: 10, unit: 'valueOf' },
      ).sliders.map((s) => s.id),
    ).toEqual(['isPrototypeOf', 'env', 'industry']);
    expect(progressSeries(tasks.value, { indicator: 'propertyIsEnumerable', unit: 'constructor' }).ok).toBe(true);
  });
});
