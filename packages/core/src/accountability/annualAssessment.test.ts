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

  it('proposes what the scheme attaches to the lagging district and the red-line breach, each with its clause', () => {
    const of = (unit: string) =>
      annual.proposals.filter((a) => a.unit === unit).map((a) => `${a.action}:${a.basis.source}`);
    expect(of('gangkou')).toEqual(['criticism:grade', 'interview:grade', 'rectification:grade', 'warning:ladder']);
    expect(of('nanshan')).toEqual([
      'criticism:grade',
      'interview:grade',
      'rectification:grade',
      'accountability:redLine',
    ]);
    expect(of('xihu')).toEqual(['commendation:grade']);
    const breach = annual.proposals.find((p) => p.unit === 'nanshan' && p.action === 'accountability')!;
    expect(breach.basis.clause?.zh).toMatch(/^考核办法第十三条/);
    expect(breach.evidence.zone).toBe('nanshan-forest');
    expect(breach.text.zh).toBe('建议对南山区予以问责（由纪检监察和组织部门依规依纪处理）');
  });

  it('publishes every district and department in its group, Nanshan vetoed and placed last', () => {
    const rows = (group: string) => annual.units.filter((u) => u.group === group).map((u) => [u.unit, u.rank, u.grade]);
    expect(rows('districts')).toEqual([
      ['xihu', 1, 'excellent'],
      ['dongcheng', 2, 'excellent'],
      ['nanshan', 6, 'fail'],
      ['beiling', 4, 'good'],
      ['qingxi', 3, 'excellent'],
      ['gangkou', 5, 'fail'],
    ]);
    expect(rows('departments').map(([unit]) => unit)).toEqual([
      'eeb',
      'nrpb',
      'drc',
      'hurd',
      'wrb',
      'miit',
      'arab',
      'edu',
    ]);
    // Gangkou's sewage survey was done 46 days late: 60 % of its 20 task points.
    expect(annual.units.find((u) => u.unit === 'gangkou')!.tasks!.points).toBeCloseTo(12, 12);
  });

  it('records late completion and the on-time completion rate of the nodes due in 2025', () => {
    const survey = annual.measures.find((m) => m.measure === 'rural-sewage-gangkou')!.nodes[0]!;
    expect(survey).toMatchObject({ node: 'survey', completed: '2025-08-15', daysLate: 46, timing: 'late' });
    expect(annual.onTime).toEqual({ due: 20, onTime: 18, late: 1, notDone: 1, rate: 0.9 });
  });

  it('reports the tasks by status: one overdue, two lagging, one at risk, the rest on track or done', () => {
    const by = (s: string) => annual.measures.filter((m) => m.status === s).map((m) => m.measure);
    expect(by('overdue')).toEqual(['backward-capacity']);
    expect(by('lagging')).toEqual(['polluters', 'rural-sewage-gangkou']);
    expect(by('atRisk')).toEqual(['sewage']);
    expect(by('onTrack').length + by('done').length).toBe(17);
  });

  it('escalates by the ladder: a warning after two lagging quarters, accountability for a node 30+ days late', () => {
    expect(annual.escalations.map((e) => [e.measure, e.action, e.unit])).toEqual([
      ['backward-capacity', 'accountability', 'miit'],
      ['polluters', 'warning', 'eeb'],
      ['rural-sewage-gangkou', 'warning', 'gangkou'],
    ]);
    expect(annual.escalations[1]!.evidence).toEqual(['2025-09-30', '2025-12-31']);
  });
});
