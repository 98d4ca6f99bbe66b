// Arbitraries of whole inputs for the parse fuzzers: fully random values, loosely shaped documents
// that reach the framework's rule checks, and mutants of the Meixi files.
import fc from 'fast-check';
import { mutatedJson, nastyString, nastyValue } from './mutate.js';
import { seeds } from './meixi.js';

/** Any value at all: JSON, and what JSON cannot hold (undefined, NaN, symbols, dates, sparse arrays…). */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({
    maxDepth: 3,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withDate: true,
    withSparseArray: true,
  }),
  nastyValue,
);

/** A few ids, so that random entities collide (duplicates), refer to each other (references) and loop (cycles). */
const smallId = fc.constantFrom('a', 'b', 'c', 'gov', '东区', 'a b', '');
const looseLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: smallId, weight: 3 },
  { arbitrary: nastyValue, weight: 2 },
  fc.array(smallId, { maxLength: 3 }),
);
const entityKeys = [
  'id',
  'parent',
  'area',
  'unit',
  'goal',
  'lead',
  'responsible',
  'weight',
  'points',
  'polarity',
  'band',
  'baseline',
  'target',
  'period',
  'owner',
  'doer',
  'checker',
  'cooperating',
  'indicators',
  'nodes',
  'due',
  'grade',
  'maxGrade',
  'when',
  'areas',
  'title',
  'name',
  'kind',
  'tags',
] as const;
const looseEntity: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  entity: fc.dictionary(
    fc.constantFrom(...entityKeys),
    fc.oneof({ arbitrary: looseLeaf, weight: 4 }, { arbitrary: tie('entity'), weight: 1 }),
    { maxKeys: 6, depthIdentifier: 'entity' },
  ),
})).entity;
const looseList = fc.oneof(
  { arbitrary: fc.array(looseEntity, { maxLength: 3 }), weight: 4 },
  { arbitrary: nastyValue, weight: 1 },
);

/**
 * Objects with a framework's keys holding random entities: shapes fail, so the rule checks (which
 * read the document defensively) meet every kind of half-valid input.
 */
export const looseFramework: fc.Arbitrary<unknown> = fc.record(
  {
    id: looseLeaf,
    version: looseLeaf,
    title: looseLeaf,
    jurisdiction: looseLeaf,
    period: fc.oneof(
      fc.record({
        start: fc.oneof(looseLeaf, fc.constantFrom('2024', '2024-Q1')),
        end: fc.oneof(looseLeaf, fc.constantFrom('2026', '2026-12-31')),
      }),
      nastyValue,
    ),
    areas: looseList,
    goals: looseList,
    indicators: looseList,
    measures: looseList,
    units: looseList,
    redLines: looseList,
    scheme: fc.oneof(
      fc.record(
        { grades: looseList, rules: looseList, weightsSumTo: fc.oneof(fc.double(), nastyValue) },
        { requiredKeys: [] },
      ),
      nastyValue,
    ),
  },
  { requiredKeys: [] },
);

/** A list of loosely shaped observations or reports. */
export const looseRecords = (keys: ReadonlyArray<string>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(
      fc.dictionary(
        fc.constantFrom(...keys),
        fc.oneof(nastyValue, fc.constantFrom('2025', '2025-06-30', 'pm25', 'xihu', 50)),
        { maxKeys: keys.length },
      ),
      { maxLength: 6 },
    ),
    nastyValue,
  );

/** The years the downstream checks assess: inside and around the Meixi data. */
export const year = fc.constantFrom(2024, 2025, 2026);

// Mutants of the Meixi files. The JSON observations keep 2024 and 2025 (240 of 720), the bundle
// 2025 (120): the same shapes at a fraction of the parse time.
const since = (period: string) =>
  (seeds.bundle.observations as Array<{ period: string }>).filter((o) => o.period >= period);
export const mutatedFramework = mutatedJson(seeds.framework);
export const mutatedReports = mutatedJson(seeds.reports);
export const mutatedObservations = mutatedJson(since('2024'));
export const mutatedBundle = mutatedJson({ ...seeds.bundle, observations: since('2025') });

/** A string key that is not a period, or one that is. */
export const periodLike = fc.oneof(nastyString, fc.stringMatching(/^\d{4}(-(Q\d|\d{2}(-\d{2})?))?$/));
