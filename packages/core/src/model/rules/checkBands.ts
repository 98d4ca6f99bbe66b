import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { ScoringMethodSchema } from '../method.schema.js';
import { bandCoverage } from '../bandCoverage.js';
import { entries, str } from './loose.js';

const show = (x: number): string => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : String(x));

/**
 * Threshold bands (`scoring.method: 'bands'`) must tile the values between their outermost edges:
 * a value in a gap matches no band and would score 0 with no flag, and a value two bands claim
 * takes the points of whichever is listed first. Empty bands are refused too. Values below or above
 * every band earning 0 is the documented reading ("below 80 earns nothing") and is not reported.
 */
export function checkBands(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [ind, i] of entries(doc, 'indicators')) {
    const method = ScoringMethodSchema.safeParse(ind['scoring']);
    if (!method.success || method.data.method !== 'bands') continue;
    const id = str(ind, 'id') ?? String(i);
    const at = (band: number): Array<string | number> => ['indicators', i, 'scoring', 'bands', band];
    const { gaps, overlaps, empty } = bandCoverage(method.data.bands);
    for (const k of empty) {
      issues.push(
        makeIssue(
          at(k),
          'empty_band',
          `band ${k} of "${id}" contains no value: check its min, max and which edges it includes`,
          `指标“${id}”的第 ${k} 个分档不含任何数值：请检查其下限、上限及是否含端点`,
        ),
      );
    }
    for (const g of gaps) {
      issues.push(
        makeIssue(
          [...at(g.band), 'min'],
          'band_gap',
          `values from ${show(g.from)} to ${show(g.to)} of "${id}" match no band and would score 0 unflagged: make band ${g.band} start where the band below ends`,
          `指标“${id}”在 ${show(g.from)} 至 ${show(g.to)} 之间的数值不属于任何分档，将被计 0 分且无提示：请让第 ${g.band} 档从下一档的上限开始`,
        ),
      );
    }
    for (const o of overlaps) {
      issues.push(
        makeIssue(
          [...at(o.band), 'min'],
          'band_overlap',
          `bands ${o.with} and ${o.band} of "${id}" both claim some values, which then take the points of the one listed first: make their edges meet (one of them excluding the shared edge)`,
          `指标“${id}”的第 ${o.with} 档与第 ${o.band} 档有重叠，重叠部分按先列出的一档计分：请让两档首尾相接（共用端点只归一档）`,
        ),
      );
    }
  }
  return issues;
}
