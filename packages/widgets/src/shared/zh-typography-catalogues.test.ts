import { describe, expect, it } from 'vitest';
import { zhTypographyProblems } from '@eco-reform/core';
import { breakdownText } from '../components/breakdown/breakdown.text.js';
import { progressChartText } from '../components/progress-chart/progress-chart.text.js';
import { rankingText } from '../components/ranking/ranking.text.js';
import { redlineText } from '../components/redline/redline.text.js';
import { scorecardText } from '../components/scorecard/scorecard.text.js';
import { taskBoardText } from '../components/task-board/task-board.text.js';
import { weightsText } from '../components/weights/weights.text.js';

/**
 * Every string a catalogue can produce, with its key path: strings as they are, functions called
 * with a year, a count and a name for each of their parameters, so a template such as
 * `${n} 年` shows the space it would put on screen.
 */
function texts(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const samples = [2025, 3, 6, 12, 1].slice(0, Math.max(value.length, 1));
    const out: Array<[string, string]> = [];
    for (const args of [samples, samples.map(String), samples.map((x) => `单位${x}`)]) {
      try {
        const r: unknown = value(...args);
        for (const x of Array.isArray(r) ? r : [r])
          if (typeof x === 'string') out.push([`${path}(${args.join(', ')})`, x]);
      } catch {
        // A template whose parameters are not numbers or names (an object, say) is read through its other calls.
      }
    }
    return out;
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

const CATALOGUES = {
  breakdownText,
  progressChartText,
  rankingText,
  redlineText,
  scorecardText,
  taskBoardText,
  weightsText,
};

describe('the widgets’ zh-CN text catalogues', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name} keeps the Chinese typography rules in every string and template`, () => {
      const problems = texts(catalogue['zh-CN'], name).flatMap(([path, s]) =>
        zhTypographyProblems(s).map((p) => `${path}: ${p}`),
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

describe('the example pages’ Chinese', () => {
  for (const page of ['/examples/portal/index.html', '/examples/gallery/index.html']) {
    it(`${page} keeps the Chinese typography rules`, async () => {
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      const chinese = [
        ...[...doc.querySelectorAll('[data-zh]')].map((e) => e.getAttribute('data-zh')!),
        ...[...doc.querySelectorAll('[lang|="zh"]')].map((e) => e.textContent!),
      ];
      expect(chinese.length).toBeGreaterThan(0);
      const problems = chinese.flatMap((s) => zhTypographyProblems(s).map((p) => `${p} in "${s.trim().slice(0, 40)}"`));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
