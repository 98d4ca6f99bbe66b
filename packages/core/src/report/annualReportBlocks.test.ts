import { describe, expect, it } from 'vitest';
import { annualReportBlocks } from './annualReportBlocks.js';
import { annualAssessment } from '../accountability/annualAssessment.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import type { ReportBlock } from './reportBlock.js';

/** The expected text with the no-break spaces cellWording puts after a number and before one. */
const nb = (s: string): string =>
  s.replace(/(\d) (?=\S)/g, '$1\u00a0').replace(/(at least|at most|exactly|about|[\u4e00-\u9fff]) (?=\d)/g, '$1\u00a0');

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');
const annual = annualAssessment(f.value, o.value, r.value, { year: 2025 });

const tableAfter = (blocks: ReportBlock[], heading: string) => {
  const k = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return blocks[k + 1];
};

describe('annualReportBlocks', () => {
  it('lists the binding indicators a unit did not achieve, with value, target and gap in words (Meixi 2025)', () => {
    const zh = tableAfter(annualReportBlocks(annual, 'zh-CN'), '约束性指标未达标情况');
    expect(zh?.kind).toBe('table');
    if (zh?.kind !== 'table') return;
    expect(zh.head).toEqual(['单位', '指标', '实际值', '目标', '差距']);
    expect(zh.rows).toContainEqual([
      '港口区',
      '细颗粒物（PM2.5）年均浓度',
      ...['42.8 微克/立方米', '不高于 32 微克/立方米', '超出上限 10.8 微克/立方米'].map(nb),
    ]);
    const en = tableAfter(annualReportBlocks(annual, 'en'), 'Binding indicators not achieved');
    if (en?.kind !== 'table') throw new Error('a table');
    // A percentage of something is still a percentage: its gap is in percentage points.
    expect(en.rows).toContainEqual([
      'Gangkou District',
      'National eco-town coverage',
      ...['80% of towns', 'at least 100% of towns', '20 percentage points short of the target'].map(nb),
    ]);
    expect(en.rows).toContainEqual([
      'Gangkou District',
      'PM2.5 annual mean',
      ...['42.8 µg/m³', 'at most 32 µg/m³', '10.8 µg/m³ above the ceiling'].map(nb),
    ]);
    // Every row is a binding indicator the assessment did not call achieved.
    const binding = new Set(annual.indicators.filter((i) => i.attribute === 'binding').map((i) => i.title.zh));
    for (const row of zh.rows) expect(binding.has(row[1])).toBe(true);
  });
});
