import { describe, expect, it } from 'vitest';
import { annualAssessment } from './annualAssessment.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');
const annual = annualAssessment(f.value, o.value, r.value, { year: 2025 });

describe('annualAssessment() of Meixi City, 2025', () => {
  it('refuses a year that is not a four-digit whole number, instead of NaN dates (fuzzing found 12345, 999, 0)', () => {
    for (const year of [12345, 999, 0, -1, 2025.5, Number.NaN]) {
      expect(() => annualAssessment(f.value, o.value, r.value, { year })).toThrow(RangeError);
    }
  });

  it('shows the lagging district and the red-line breach with the actions that follow', () => {
    const of = (unit: string) => annual.actions.filter((a) => a.unit === unit).map((a) => `${a.action}:${a.source}`);
    expect(of('gangkou')).toEqual(['interview:grade']);
    expect(of('nanshan')).toEqual(['interview:grade', 'accountability:redLine']);
    expect(of('xihu')).toEqual(['commendation:grade']);
  });

  it('reports the tasks by status: one overdue, one lagging, one at risk, the rest on track or done', () => {
    const by = (s: string) => annual.measures.filter((m) => m.status === s).map((m) => m.measure);
    expect(by('overdue')).toEqual(['backward-capacity']);
    expect(by('lagging')).toEqual(['polluters']);
    expect(by('atRisk')).toEqual(['sewage']);
    expect(by('onTrack').length + by('done').length).toBe(11);
  });

  it('escalates by the ladder: a warning after two lagging quarters, accountability for a node 30+ days late', () => {
    expect(annual.escalations.map((e) => [e.measure, e.action, e.unit])).toEqual([
      ['backward-capacity', 'accountability', 'miit'],
      ['polluters', 'warning', 'eeb'],
    ]);
    expect(annual.escalations[1]!.evidence).toEqual(['2025-09-30', '2025-12-31']);
  });
});
