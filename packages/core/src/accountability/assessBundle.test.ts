import { describe, expect, it } from 'vitest';
import { assessBundle } from './assessBundle.js';
import { assess } from '../scoring/assess/assess.js';
import { breachesByUnit } from './breachesByUnit.js';
import { checkRedLines } from './checkRedLines.js';
import type { AssessmentResults } from '../scoring/assess/assessment.js';
import { parseFramework } from '../model/parseFramework.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example city must parse');
const framework = f.value;
const observations = o.value;
const grade = (a: AssessmentResults, unit: string) => a.results.find((r) => r.unit === unit)?.grade;

describe('assessBundle(): red lines → flags → assess, in one place', () => {
  it("gives the same bytes, fingerprint included, as assess with the period's breaches and flags written out by hand", () => {
    const flags = [{ unit: 'xihu', period: '2025', flag: 'majorIncident' }];
    const byHand = assess(framework, observations, {
      period: '2025',
      breaches: {
        nanshan: [
          { zone: 'nanshan-forest', grade: 'I', kinds: ['areaReduced'], areaLoss: 12.4 - 12.05, functionLoss: 0 },
        ],
      },
      flags: { xihu: ['majorIncident'] },
    });
    expect(JSON.stringify(assessBundle({ framework, observations, flags }, { period: '2025' }))).toBe(
      JSON.stringify(byHand),
    );
  });

  it('applies the red-line veto of the period without being told about it', () => {
    expect(grade(assessBundle({ framework, observations }, { period: '2025' }), 'nanshan')).toBe('fail');
  });

  it('counts only the flags of the assessed period', () => {
    const flags = [{ unit: 'xihu', period: '2024', flag: 'majorIncident' }];
    expect(grade(assessBundle({ framework, observations, flags }, { period: '2025' }), 'xihu')).toBe('excellent');
    expect(
      grade(
        assessBundle({ framework, observations, flags: [{ ...flags[0]!, period: '2025' }] }, { period: '2025' }),
        'xihu',
      ),
    ).toBe('good');
  });

  it("uses the flags option instead of the bundle's own flags when it is given", () => {
    const flags = [{ unit: 'xihu', period: '2025', flag: 'majorIncident' }];
    expect(grade(assessBundle({ framework, observations, flags }, { period: '2025', flags: {} }), 'xihu')).toBe(
      'excellent',
    );
    expect(
      grade(assessBundle({ framework, observations }, { period: '2025', flags: { xihu: ['majorIncident'] } }), 'xihu'),
    ).toBe('good');
  });

  it('hashes no flags and an empty flags option alike, so callers that pass {} keep their fingerprints', () => {
    const a = assessBundle({ framework, observations }, { period: '2025' });
    const b = assessBundle({ framework, observations, flags: [] }, { period: '2025', flags: {} });
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});

describe('assessBundle() with detail: results', () => {
  it('builds the same results without the per-cell trace and the fingerprint', () => {
    const full = assessBundle({ framework, observations }, { period: '2025' });
    const lean = assessBundle({ framework, observations }, { period: '2025', detail: 'results' });
    const { cells: _cells, fingerprint: _fingerprint, ...rest } = full;
    expect(JSON.stringify(lean)).toBe(JSON.stringify(rest));
  });
});

describe('assessBundle() with units', () => {
  it('assesses only the units given, with the red-line veto of the period still applied, as assess does', () => {
    const some = assessBundle({ framework, observations }, { period: '2025', units: ['nanshan', 'xihu'] });
    expect(some.results.map((r) => r.unit).sort()).toEqual(['nanshan', 'xihu']);
    expect(grade(some, 'nanshan')).toBe('fail');
    const byHand = assess(framework, observations, {
      period: '2025',
      // The breach as checkRedLines finds it (zone, grade, kinds, losses), which the fingerprint records.
      breaches: breachesByUnit(checkRedLines(framework.redLines, '2025')),
      flags: {},
      units: ['nanshan', 'xihu'],
    });
    expect(JSON.stringify(some)).toBe(JSON.stringify(byHand));
  });
});
