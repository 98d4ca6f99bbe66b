import { describe, expect, it } from 'vitest';
import { zhTypographyProblems } from './zhTypographyProblems.js';
import { annualAssessment } from '../accountability/annualAssessment.js';
import { assessBundle } from '../accountability/assessBundle.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { parseLedgers } from '../ledger/parseLedgers.js';
import { ledgerStateAt } from '../ledger/ledgerStateAt.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { explain } from '../scoring/assess/explain.js';
import { formatAnnualReport } from '../report/formatAnnualReport.js';
import { formatAssessment } from '../report/formatAssessment.js';
import { formatLedger } from '../report/formatLedger.js';
import { cellWording } from '../report/cellWording.js';
import { targetsNotAchieved } from '../report/targetsNotAchieved.js';
import { indicatorResults } from '../scoring/assess/indicatorResults.js';

describe('zhTypographyProblems', () => {
  it('finds a space before 年, an ASCII colon after Chinese and a comparator split from its number', () => {
    expect(zhTypographyProblems('2025 年度考核')).toEqual(['year: "2025 年"']);
    expect(zhTypographyProblems('责任单位: 市生态环境局')).toEqual(['colon: "位:"']);
    expect(zhTypographyProblems('目标 ≥ 90')).toEqual(['comparator: "≥ 9"']);
  });

  it('accepts the same text set the Chinese way', () => {
    expect(
      zhTypographyProblems('2025年度考核；PM2.5 年均浓度；责任单位：市生态环境局；目标 ≥\u00a090，≤80；时间 12:30'),
    ).toEqual([]);
  });
});

describe('the core’s Chinese, as the example city publishes it', () => {
  const f = parseFramework(meixiFramework());
  const o = readObservationsCsv(readMeixi('observations.csv'));
  const r = parseReports(JSON.parse(readMeixi('reports.json')));
  const l = parseLedgers(JSON.parse(readMeixi('ledgers.json')), f.ok ? f.value : undefined);
  if (!f.ok || !o.ok || !r.ok || !l.ok) throw new Error('the example city must parse');
  const assessment = assessBundle({ framework: f.value, observations: o.value }, { period: '2025' });
  const problems = (texts: ReadonlyArray<string>): string[] =>
    texts.flatMap((s) => zhTypographyProblems(s).map((p) => `${p} in "${s.slice(0, 60)}"`));

  it('keeps the rules in every unit’s explanation', () => {
    const texts = assessment.units.flatMap((u) => [
      explain(assessment, { unit: u.id, lang: 'zh-CN' })!.text,
      targetsNotAchieved(assessment, u.id, f.value.indicators, 'zh-CN'),
    ]);
    expect(texts.some((t) => t.startsWith('未达目标的指标：'))).toBe(true);
    expect(texts.length).toBe(12);
    expect(problems(texts)).toEqual([]);
  });

  it('keeps the rules in the published report, the ranking table and the ledger report', () => {
    const annual = annualAssessment(f.value, o.value, r.value, { year: 2025 });
    const texts = [
      formatAnnualReport(annual, { format: 'md', lang: 'zh-CN' }),
      formatAssessment(assessment, { format: 'table', lang: 'zh-CN' }),
      formatLedger(ledgerStateAt(l.value, '2025-12-31'), { format: 'md', lang: 'zh-CN' }),
    ];
    expect(problems(texts)).toEqual([]);
  });

  it('keeps the rules in every cell’s wording and every diagnostic', () => {
    const texts = assessment.units.flatMap((u) =>
      indicatorResults(assessment, u.id).flatMap((c) => {
        const w = cellWording(
          {
            indicator: f.value.indicators.find((i) => i.id === c.indicator)!,
            value: c.raw,
            target: c.target,
          },
          'zh-CN',
        );
        return [w.value, w.target, w.gap, w.completion];
      }),
    );
    texts.push(...assessment.diagnostics.map((d) => d.message.zh));
    expect(problems(texts)).toEqual([]);
  });
});
