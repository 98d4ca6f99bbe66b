// Fuzzing the CSV readers and the period parser with random text and mutants of Meixi's
// observations.csv (truncated lines, extra columns, BOMs, stray quotes, other line ends, renamed
// headers, nasty cells): they never throw; a rejection points at a line and column of the text
// with a message in both languages; what they accept assesses with finite numbers only.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  PeriodSchema,
  assess,
  comparePeriods,
  parsePeriod,
  periodInterval,
  readObservationTableCsv,
  readObservationsCsv,
  readWideObservationsCsv,
  type Assessment,
  type ObservationTable,
} from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { meixi, seeds } from './meixi.js';
import { check, expectAssessed, expectCsvRejection, expectFinite } from './checks.js';
import { applyCsvMutations, csvCell, csvMutation, nastyString } from './mutate.js';
import { periodLike, year } from './inputs.js';

const columns = ['indicator', 'unit', 'period', 'value', 'note', 'source', 'revision'];
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** Random CSV: a header of known and unknown column names, then rows of nasty cells; or any text at all. */
const randomCsv: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...columns), nastyString), { minLength: 1, maxLength: 8 }),
      fc.array(
        fc.array(fc.oneof(csvCell, fc.constantFrom('pm25', 'xihu', '2025', '2025-Q3', '31.2')), { maxLength: 9 }),
        { maxLength: 6 },
      ),
      eol,
      fc.boolean(),
    )
    .map(([header, rows, end, bom]) => (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.join(',')).join(end)),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', 'a', '1', ' ', '\uFEFF'), maxLength: 40 }),
);

// The header and the 2024 and 2025 rows of observations.csv (241 of 721 lines): the same layout and
// cells at a third of the parse time.
const meixiLines = seeds.observationsCsv.split('\n').filter((line, k) => k === 0 || line.split(',')[2]! >= '2024');
const mutatedCsv = fc
  .array(csvMutation(meixiLines.length), { minLength: 1, maxLength: 4 })
  .map((ms) => applyCsvMutations(meixiLines, ms));

// Meixi's 2025 observations in the wide layout: one row per unit, one column per indicator.
const wide2025 = (() => {
  const ids = meixi.framework.indicators.map((i) => i.id);
  const byUnit = new Map<string, Map<string, string>>();
  for (const o of meixi.observations) {
    if (o.period !== '2025') continue;
    if (!byUnit.has(o.unit)) byUnit.set(o.unit, new Map());
    byUnit.get(o.unit)!.set(o.indicator, o.value === null ? '' : String(o.value));
  }
  return [
    ['unit', ...ids].join(','),
    ...[...byUnit].map(([u, row]) => [u, ...ids.map((i) => row.get(i) ?? '')].join(',')),
  ];
})();
const mutatedWide = fc
  .array(csvMutation(wide2025.length), { minLength: 1, maxLength: 4 })
  .map((ms) => applyCsvMutations(wide2025, ms));

/** A table holds finite values or NaN (missing), and indexes into its name lists. */
function expectSoundTable(t: ObservationTable): void {
  const n = t.value.length;
  check(
    [t.indicator, t.unit, t.period, t.isBoolean].every((c) => c.length === n),
    () => 'columns of different lengths',
  );
  for (let k = 0; k < n; k++) {
    const x = t.value[k]!;
    check(x !== Number.POSITIVE_INFINITY && x !== Number.NEGATIVE_INFINITY, () => `value[${k}] is ${x}`);
    check(
      t.indicator[k]! < t.indicators.length && t.unit[k]! < t.units.length && t.period[k]! < t.periods.length,
      () => `row ${k} indexes past a name list`,
    );
  }
  for (const p of t.periods) check(parsePeriod(p) !== null, () => `period ${p} was accepted`);
}

describe('readObservationsCsv', () => {
  it(
    'reads or rejects random text with issues at a line and column, never throwing',
    () => {
      fc.assert(
        fc.property(randomCsv, (text) => {
          const r = readObservationsCsv(text);
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectFinite(r.value, 'the observations');
          for (const o of r.value)
            check(
              o.indicator !== '' && o.unit !== '' && parsePeriod(o.period) !== null,
              () => `accepted ${JSON.stringify(o)}`,
            );
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  it(
    "handles mutants of Meixi's observations.csv: issues at a line and column, or observations that assess cleanly",
    () => {
      fc.assert(
        fc.property(mutatedCsv, year, (text, y) => {
          const r = readObservationsCsv(text);
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectFinite(r.value, 'the observations');
          expectAssessed(meixi.framework, r.value, y);
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('readObservationTableCsv', () => {
  it(
    'reads or rejects random text with issues at a line and column, never throwing',
    () => {
      fc.assert(
        fc.property(randomCsv, (text) => {
          const r = readObservationTableCsv(text);
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectSoundTable(r.value);
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  // Both readers trim the indicator, unit and period cells and refuse empty names, so a text that
  // both accept gives the same assessment; one only the table reader accepts (a bad revision, which
  // it ignores) is still assessed.
  it(
    "handles mutants of Meixi's observations.csv: issues at a line and column, or a table that assesses exactly like the observations",
    () => {
      fc.assert(
        fc.property(mutatedCsv, year, (text, y) => {
          const r = readObservationTableCsv(text);
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectSoundTable(r.value);
          const objects = readObservationsCsv(text);
          if (!objects.ok) return expectAssessed(meixi.framework, r.value, y);
          const trace = (a: Assessment): string => JSON.stringify([a.units, a.results, a.cells, a.diagnostics]);
          const period = String(y);
          check(
            trace(assess(meixi.framework, r.value, { period })) ===
              trace(assess(meixi.framework, objects.value, { period })),
            () => 'the table assesses differently',
          );
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('readWideObservationsCsv', () => {
  it(
    'reads or rejects random text and options with issues at a line and column, never throwing',
    () => {
      const unitColumn = fc.option(fc.oneof(nastyString, fc.constantFrom('unit', 'name')), { nil: undefined });
      fc.assert(
        fc.property(randomCsv, periodLike, unitColumn, (text, period, column) => {
          const r = readWideObservationsCsv(text, column === undefined ? { period } : { period, unitColumn: column });
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectFinite(r.value, 'the observations');
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  it(
    "handles mutants of Meixi's 2025 data laid out wide: issues at a line and column, or observations that assess cleanly",
    () => {
      fc.assert(
        fc.property(mutatedWide, (text) => {
          const r = readWideObservationsCsv(text, { period: '2025', unitColumn: 'unit' });
          if (!r.ok) return expectCsvRejection(r.issues, text);
          expectFinite(r.value, 'the observations');
          expectAssessed(meixi.framework, r.value, 2025);
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('parsePeriod', () => {
  it(
    'never throws, agrees with PeriodSchema and periodInterval, and orders periods consistently',
    () => {
      fc.assert(
        fc.property(periodLike, periodLike, (a, b) => {
          const p = parsePeriod(a);
          check(
            (p !== null) === PeriodSchema.safeParse(a).success,
            () => `parsePeriod and PeriodSchema disagree on ${JSON.stringify(a)}`,
          );
          const interval = periodInterval(a);
          check(
            (p !== null) === (interval !== null),
            () => `parsePeriod and periodInterval disagree on ${JSON.stringify(a)}`,
          );
          if (interval)
            check(
              /^\d{4}-\d{2}-\d{2}$/.test(interval.start) && interval.start <= interval.end,
              () => `interval ${JSON.stringify(interval)}`,
            );
          check(
            Math.sign(comparePeriods(a, b)) === -Math.sign(comparePeriods(b, a)),
            () => `comparePeriods is not antisymmetric on ${a}, ${b}`,
          );
          check(comparePeriods(a, a) === 0, () => `comparePeriods(${a}, ${a}) is not 0`);
        }),
        params('cheap'),
      );
    },
    timeout,
  );
});
