import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import type { ObservationCube } from '../../observation/observationCube.js';
import { normalizeMinMax } from '../normalize/normalizeMinMax.js';

const parsed = parseFramework(meixiFramework());
const read = readObservationsCsv(readMeixi('observations.csv'));
if (!parsed.ok || !read.ok) throw new Error('the example city must parse');
const framework: Framework = parsed.value;
const observations: Observation[] = read.value;

/** A cube of the observations with units and indicators in the given orders (latest revision wins). */
function cubeOf(list: ReadonlyArray<Observation>, units: string[], indicators: string[]): ObservationCube {
  const periods = [...new Set(list.map((o) => o.period))].sort();
  const values = new Float64Array(periods.length * units.length * indicators.length).fill(Number.NaN);
  const isBoolean = new Uint8Array(values.length);
  const revision = new Map<number, number>();
  for (const o of list) {
    const at =
      (periods.indexOf(o.period) * units.length + units.indexOf(o.unit)) * indicators.length +
      indicators.indexOf(o.indicator);
    if (o.value === null || (revision.get(at) ?? -1) > (o.revision ?? 0)) continue;
    revision.set(at, o.revision ?? 0);
    values[at] = typeof o.value === 'boolean' ? (o.value ? 1 : 0) : o.value;
    isBoolean[at] = typeof o.value === 'boolean' ? 1 : 0;
  }
  return { periods, units, indicators, values, isBoolean };
}

const unitIds = framework.units.map((u) => u.id);
const indicatorIds = framework.indicators.map((i) => i.id);

describe('assess() on an ObservationCube', () => {
  it('gives the same bytes as observation objects, in framework order and in any other order', () => {
    for (const period of ['2021', '2025']) {
      const expected = JSON.stringify(assess(framework, observations, { period }));
      expect(JSON.stringify(assess(framework, cubeOf(observations, unitIds, indicatorIds), { period }))).toBe(expected);
      const shuffled = cubeOf(observations, [...unitIds].reverse(), [...indicatorIds].reverse());
      expect(JSON.stringify(assess(framework, shuffled, { period }))).toBe(expected);
    }
  });

  it('carries the last earlier value forward from a cube as from objects', () => {
    const carrying = {
      ...framework,
      indicators: framework.indicators.map((i) => ({ ...i, missing: { policy: 'carryForward' as const } })),
    };
    const sparse = observations.filter((o) => !(o.period === '2025' && o.unit === 'beiling'));
    const fromObjects = assess(carrying, sparse, { period: '2025', units: unitIds });
    const fromCube = assess(carrying, cubeOf(sparse, unitIds, indicatorIds), { period: '2025', units: unitIds });
    expect(JSON.stringify(fromCube)).toBe(JSON.stringify(fromObjects));
    expect(fromCube.cells.flags[unitIds.indexOf('beiling') * indicatorIds.length]).toContain('imputed');
  });

  it('rejects a cube whose values do not match its dimensions, or hold an infinity, naming the cell', () => {
    const cube = cubeOf(observations, unitIds, indicatorIds);
    expect(() => assess(framework, { ...cube, values: cube.values.subarray(1) }, { period: '2025' })).toThrow(
      /need \d+/,
    );
    const values = cube.values.slice();
    values[(cube.periods.indexOf('2025') * unitIds.length + 1) * indicatorIds.length + 2] = Infinity;
    expect(() => assess(framework, { ...cube, values }, { period: '2025' })).toThrow(
      `the value of ${indicatorIds[2]} for ${unitIds[1]} in 2025 is Infinity`,
    );
  });

  it('assesses nobody for a period the cube does not hold', () => {
    const a = assess(framework, cubeOf(observations, unitIds, indicatorIds), { period: '2031' });
    expect(a.results).toEqual([]);
  });
});

describe('the assessment trace, expanded on demand', () => {
  it('reads the same whether or not it was read before serialising, and survives structuredClone', () => {
    const a = assess(framework, observations, { period: '2025' });
    const b = assess(framework, observations, { period: '2025' });
    void b.cells.points[3];
    void b.fingerprint;
    void b.results[2]!.areas[0]!.points;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(structuredClone(a)).toEqual(JSON.parse(JSON.stringify(a)));
    expect(Object.keys(a)).toEqual([
      'format',
      'library',
      'framework',
      'scheme',
      'period',
      'fingerprint',
      'units',
      'indicators',
      'areas',
      'results',
      'cells',
      'diagnostics',
    ]);
  });

  it('lets a caller overwrite a field like any plain object', () => {
    const a = assess(framework, observations, { period: '2025' });
    a.results = a.results.slice(0, 1);
    expect(a.results).toHaveLength(1);
    a.fingerprint = 'mine';
    a.cells.status = [];
    expect(a.fingerprint).toBe('mine');
    expect(a.cells.status).toEqual([]);
  });
});

describe('the row-wise path for min–max and value indicators', () => {
  it('gives every cell the bits of normalizeMinMax and the missing-data policy (property)', () => {
    // Moderate values, and any double: spreads beyond the doubles are taken on halves by both.
    const cell = fc.option(
      fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
      { nil: null, freq: 5 },
    );
    const input = fc.record({
      rows: fc.integer({ min: 1, max: 7 }),
      columns: fc.array(
        fc.record({
          method: fc.constantFrom('minMax' as const, 'value' as const),
          polarity: fc.constantFrom('higher' as const, 'lower' as const),
          policy: fc.constantFrom('exclude' as const, 'floor' as const, 'zero' as const),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      seed: fc.array(cell, { minLength: 35, maxLength: 35 }),
    });
    fc.assert(
      fc.property(input, ({ rows, columns, seed }) => {
        const f = structuredClone(framework);
        const base = f.indicators[0]!;
        f.indicators = columns.map((c, i) => ({
          ...base,
          id: `x${i}`,
          area: f.areas[0]!.id,
          polarity: c.polarity,
          scoring: { method: c.method },
          missing: c.policy === 'floor' ? { policy: 'floor' as const, value: 60 } : { policy: c.policy },
        })) as Framework['indicators'];
        f.goals = [];
        f.measures = f.measures.map((x) => ({ ...x, indicators: [] }));
        f.scheme = { ...f.scheme, rules: [] };
        const units = f.units.slice(0, rows).map((u) => u.id);
        const observations = units.flatMap((unit, u) =>
          columns.map((_, i) => ({ indicator: `x${i}`, unit, period: '2025', value: seed[(u * 5 + i) % 35] ?? null })),
        );
        const a = assess(f, observations, { period: '2025', units });
        const m = columns.length;
        columns.forEach((c, i) => {
          const raw = a.units.map((_, u) => a.cells.raw[u * m + i] as number | null);
          const expected =
            c.method === 'minMax' ? normalizeMinMax(raw, { direction: c.polarity === 'lower' ? -1 : 1 }) : raw;
          a.units.forEach((_, u) => {
            const want = expected[u] ?? (c.policy === 'floor' ? 60 : c.policy === 'zero' ? 0 : null);
            expect(Object.is(a.cells.normalized[u * m + i], want)).toBe(true);
            expect(a.cells.flags[u * m + i]).toEqual(
              raw[u] !== null ? [] : c.policy === 'exclude' ? ['missing', 'excluded'] : ['missing', 'imputed'],
            );
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
