// Generation-based fuzzing: small random frameworks that are valid by construction, using every
// scoring method, aggregation, missing-data policy and rule kind, with random observations and
// progress reports. They reach the corners of `assess` that Meixi's own framework never uses, and
// their numbers (goalposts, weights, p, total points, observations…) span every finite double.
import fc from 'fast-check';
import { nextDouble } from './numbers.js';
import { compensatedSum } from '../../packages/core/src/_lib/compensatedSum.js';

/** Numbers on a grid of hundredths within ±1000, where real frameworks live and two draws often coincide. */
const grid = fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100);
const nonNegativeGrid = fc.integer({ min: 0, max: 100_000 }).map((k) => k / 100);
/**
 * Any finite double: subnormals and ±1.8e308 included, but not −0, which JSON writes as 0 (a
 * framework's own JSON round trip is checked to the bit; the assessment's −0s are another matter).
 */
const anyDouble = (min?: number) =>
  fc.double({ min, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
/** Goalposts, baselines, targets, band edges and points, floors, grade edges: the grid, or any double. */
const num = fc.oneof({ arbitrary: grid, weight: 3 }, { arbitrary: anyDouble(), weight: 1 });
const nonNegativeNum = fc.oneof({ arbitrary: nonNegativeGrid, weight: 3 }, { arbitrary: anyDouble(0), weight: 1 });
/** Positive numbers (total points, full points): hundredths up to 1000, or any positive double. */
const positiveNum = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 100_000 }).map((k) => k / 100), weight: 3 },
  { arbitrary: anyDouble(Number.MIN_VALUE), weight: 1 },
);
/** Two different numbers: any two, or neighbouring doubles (spans down to 5e-324; + 0 turns a −0 into 0). */
const distinct = fc
  .oneof(
    fc.tuple(num, num),
    fc
      .tuple(
        num,
        fc.integer({ min: -2, max: 2 }).filter((k) => k !== 0),
      )
      .map(([a, k]) => [a, nextDouble(a, k) + 0] as [number, number]),
  )
  .filter(([a, b]) => a !== b && Number.isFinite(b));
/** Observed values: the grid, any double (subnormals, ±1.8e308 and −0 included), booleans, missing. */
const observed = fc.oneof(
  { arbitrary: grid, weight: 4 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);
/** Weights: 0, the grid, or any non-negative double (subnormal ones, and ones whose sum overflows). */
const weight = fc.oneof(nonNegativeGrid, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), anyDouble(0));
const pick = <T>(list: ReadonlyArray<T>): fc.Arbitrary<T> => fc.constantFrom(...list);
/** `fc.record` with ordinary objects only (fast-check also makes objects without a prototype, which JSON never does). */
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
const text = fc.oneof(
  record({ zh: fc.string({ maxLength: 6 }), en: fc.string({ maxLength: 6 }) }),
  record({ zh: fc.string({ maxLength: 6 }) }),
  record({ en: fc.string({ maxLength: 6 }) }),
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is `undefined`, as JSON would. */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const tags = ['t1', 't2', 'region:A', 'region:B'];
const flags = ['f1', 'f2'];
const periods = ['2024', '2025'];

/**
 * Floors within 0–100, declared above the minimum: validation judges a floor on the scale of the
 * method it replaces (0–100 for the bounded methods, 60–100 for efficacy, unbounded for z-scores),
 * and a floor outside it, or above its lowest score undeclared, is refused.
 */
const floorValue = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((k) => k / 100),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
);
const missing = fc.oneof(
  fc.constant({ policy: 'exclude' }),
  floorValue.map((value) => ({ policy: 'floor', value, aboveMinimum: true })),
  fc.constant({ policy: 'zero', aboveMinimum: true }),
  maybe(pick(['region', 't1'])).map((tag) => clean({ policy: 'peerMean', tag })),
  fc.constant({ policy: 'carryForward' }),
  fc.constant({ policy: 'error' }),
);

const aggregation = fc.oneof(
  fc.constant({ method: 'weightedSum' }),
  fc.constant({ method: 'weightedMean' }),
  fc.constant({ method: 'geometricMean' }),
  fc.constant({ method: 'harmonicMean' }),
  // p on a grid of hundredths within ±5, tiny (subnormals included: where xᵖ rounds to 1), or any double.
  fc
    .oneof(
      fc.integer({ min: -500, max: 500 }).map((k) => k / 100),
      fc.double({ min: -1e-3, max: 1e-3, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      anyDouble(),
    )
    .map((p) => ({ method: 'generalizedMean', p })),
);

/**
 * Threshold bands that tile the line between their edges (validation refuses gaps and overlaps):
 * 1–3 edges, each shared edge included in the band above or the one below, the outermost bands
 * sometimes left out (values beyond them earn 0), listed in any order.
 */
const bands = record({
  edges: fc.uniqueArray(num, { minLength: 1, maxLength: 3 }),
  points: fc.array(num, { minLength: 4, maxLength: 4 }),
  upperIncludes: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  open: fc.tuple(fc.boolean(), fc.boolean()),
  reversed: fc.boolean(),
}).map(({ edges, points, upperIncludes, open, reversed }) => {
  const e = [...edges].sort((a, b) => a - b);
  const all = Array.from({ length: e.length + 1 }, (_, j) =>
    clean({
      min: j > 0 ? e[j - 1] : undefined,
      max: j < e.length ? e[j] : undefined,
      minInclusive: j > 0 ? upperIncludes[j - 1] : undefined,
      maxInclusive: j < e.length ? !upperIncludes[j] : undefined,
      points: points[j]!,
    }),
  );
  const kept = all.slice(open[0] ? 1 : 0, open[1] && all.length > 2 ? -1 : undefined);
  return reversed ? kept.reverse() : kept;
});

const scoring = fc.oneof(
  fc
    .tuple(distinct, maybe(fc.boolean()))
    .map(([[lower, upper], clamp]) => clean({ method: 'goalposts', lower, upper, clamp })),
  fc.constant({ method: 'minMax' }),
  maybe(fc.boolean()).map((cap) => clean({ method: 'distanceToTarget', cap })),
  ...['efficacy', 'zScore', 'rank', 'percentRank', 'borda', 'value'].map((method) => fc.constant({ method })),
  bands.map((list) => ({ method: 'bands', bands: list })),
  positiveNum.map((points) => ({ method: 'boolean', points })),
  fc.tuple(positiveNum, nonNegativeNum).map(([full, ratePerUnit]) => ({ method: 'deduction', full, ratePerUnit })),
);

const targetValue = fc.oneof({ arbitrary: num, weight: 5 }, { arbitrary: fc.boolean(), weight: 1 });

/** A valid framework of 1–5 units, 1–4 areas (a tree), 1–6 indicators, 0–2 measures and red-line zones, and a full scheme. */
export const generatedFramework = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 5 }),
    areaParents: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    areaHasParent: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    areaDetails: fc.array(
      record({
        weight: maybe(weight),
        points: maybe(weight),
        aggregation: maybe(aggregation),
        missing: maybe(missing),
        minIndicators: maybe(fc.integer({ min: 1, max: 3 })),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    indicators: fc.array(
      record({
        area: fc.nat(),
        title: text,
        polarity: pick(['higher', 'lower', 'band', 'notDecrease', 'boolean']),
        band: fc.tuple(num, num),
        attribute: pick(['binding', 'expected', 'reference']),
        baseline: targetValue,
        target: targetValue,
        comparator: pick(['>=', '<=', '=', '~']),
        cumulative: maybe(fc.boolean()),
        milestone: maybe(targetValue),
        classTarget: maybe(fc.tuple(pick(tags), targetValue)),
        trajectory: maybe(pick(['linear', 'compound'])),
        weight: maybe(weight),
        points: maybe(weight),
        scoring,
        missing: maybe(missing),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    unitDetails: fc.array(
      record({
        kind: pick(['department', 'district', 'county', 'town', 'enterprise', 'group']),
        tags: fc.subarray(tags),
        name: text,
      }),
      { minLength: 5, maxLength: 5 },
    ),
    measures: fc.array(
      record({
        lead: fc.nat(),
        dues: fc.array(
          fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 2 },
    ),
    redLines: fc.array(
      record({
        unit: fc.nat(),
        area: nonNegativeNum,
        functionIndex: num,
        seen: fc.array(
          record({ period: pick(periods), area: nonNegativeNum, functionIndex: num, nature: pick(['forest', 'farm']) }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
    scheme: record({
      totalPoints: positiveNum,
      grades: fc.uniqueArray(num, { minLength: 1, maxLength: 4 }),
      inclusive: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      digits: fc.integer({ min: 0, max: 12 }),
      mode: pick(['halfUp', 'halfEven']),
      missing,
      aggregation: maybe(aggregation),
      rules: fc.array(
        record({
          kind: pick(['deduction', 'bonus', 'veto', 'gradeCap', 'bindingUnmet', 'minOf']),
          points: nonNegativeNum,
          max: maybe(nonNegativeNum),
          event: pick(['redLineBreach', 'flag', 'indicatorBelowTarget']),
          flag: pick(flags),
          indicator: fc.nat(),
          grade: fc.nat(),
          effect: pick(['fail', 'cap']),
          tag: pick(tags),
          areas: fc.tuple(fc.nat(), fc.nat()),
        }),
        { maxLength: 4 },
      ),
      thresholds: maybe(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))),
      escalation: maybe(
        fc.array(
          record({
            action: pick(['reminder', 'warning', 'interview', 'accountability']),
            status: pick(['notStarted', 'onTrack', 'atRisk', 'lagging', 'overdue', 'done']),
            consecutive: maybe(fc.integer({ min: 1, max: 4 })),
            overdueDays: maybe(fc.integer({ min: 0, max: 400 })),
          }).map(({ action, ...when }) => ({ action, when: clean(when) })),
          { maxLength: 3 },
        ),
      ),
    }),
  })
  .map((g) => {
    const units = Array.from({ length: g.unitCount }, (_, k) =>
      k === 0
        ? { id: 'u0', name: { zh: '市', en: 'City' }, kind: 'government', tags: [] as string[] }
        : clean({ id: `u${k}`, parent: 'u0', ...g.unitDetails[k]! }),
    );
    const A = g.areaParents.length;
    const areas = g.areaParents.map((p, k) =>
      clean({
        id: `a${k}`,
        title: { en: `area ${k}` },
        // A parent with a lower index: a tree, never a cycle.
        parent: k > 0 && g.areaHasParent[k] ? `a${p % k}` : undefined,
        ...g.areaDetails[k]!,
      }),
    );
    const unit = (k: number): string => `u${k % g.unitCount}`;
    const indicators = g.indicators.map((ind, k) =>
      clean({
        id: `i${k}`,
        title: ind.title,
        area: `a${ind.area % A}`,
        unitOfMeasure: { en: '%' },
        polarity: ind.polarity,
        band: ind.polarity === 'band' ? { min: Math.min(...ind.band), max: Math.max(...ind.band) } : undefined,
        attribute: ind.attribute,
        baseline: { value: ind.baseline, period: '2020' },
        target: clean({ value: ind.target, period: '2026', comparator: ind.comparator, cumulative: ind.cumulative }),
        milestones: ind.milestone === undefined ? undefined : [{ period: '2025', value: ind.milestone }],
        classTargets:
          ind.classTarget === undefined ? undefined : [{ tag: ind.classTarget[0], value: ind.classTarget[1] }],
        trajectory: ind.trajectory,
        weight: ind.weight,
        points: ind.points,
        scoring: ind.scoring,
        missing: ind.missing,
        responsible: 'u0',
      }),
    );
    // Validation refuses an area that could never be scored: drop those left without an indicator or
    // sub-area (children have higher indexes, so one pass from the last settles chains of them).
    const children = new Map(areas.map((a) => [a.id, 0]));
    for (const ind of indicators) children.set(ind.area, children.get(ind.area)! + 1);
    for (const a of areas) if (a.parent !== undefined) children.set(a.parent, children.get(a.parent)! + 1);
    for (let k = areas.length - 1; k >= 0; k--) {
      const a = areas[k]!;
      if (children.get(a.id) === 0 && a.parent !== undefined) children.set(a.parent, children.get(a.parent)! - 1);
    }
    const kept = areas.filter((a) => children.get(a.id)! > 0);
    // …and an area that asks for more indicators with data than it has.
    for (const a of kept) {
      const has = indicators.filter((ind) => ind.area === a.id).length;
      if (a.minIndicators !== undefined && a.minIndicators > has) delete a.minIndicators;
    }
    const areaId = (k: number): string => kept[k % kept.length]!.id;
    // Weights declared for a whole set of siblings or none, and not all 0 (each refused otherwise).
    type Weighed = { weight?: number | undefined; points?: number | undefined };
    const siblings = new Map<string, Weighed[]>();
    const join = (key: string, o: Weighed): void => void siblings.set(key, [...(siblings.get(key) ?? []), o]);
    for (const a of kept) join(a.parent ?? '', a);
    for (const ind of indicators) join(ind.area, ind);
    for (const set of siblings.values()) {
      const declared = (o: Weighed): boolean => o.weight !== undefined || o.points !== undefined;
      if (set.some(declared)) for (const o of set) if (!declared(o)) o.weight = 1;
      if (set.every((o) => (o.weight ?? o.points ?? 1) === 0)) set[0]!.weight = 1;
    }
    // A scheme in points is a tree (checkPoints): no set mixes weights and points, the top-level set
    // (whose points would have to add up to the total points) is weighted, and an area in points
    // whose children are all in points takes their sum, children first (a sum beyond the doubles:
    // the children are weighted instead).
    const inPoints = (o: Weighed): boolean => o.weight === undefined && o.points !== undefined;
    const toWeights = (set: Weighed[]): void => {
      for (const o of set) {
        if (!inPoints(o)) continue;
        o.weight = o.points;
        delete o.points;
      }
    };
    for (const [key, set] of siblings) if (key === '' || set.some((o) => o.weight !== undefined)) toWeights(set);
    for (const a of [...kept].reverse()) {
      const set = siblings.get(a.id);
      if (set === undefined || !inPoints(a) || !set.every(inPoints)) continue;
      const sum = compensatedSum(set.map((o) => o.points!));
      if (Number.isFinite(sum)) a.points = sum;
      else toWeights(set);
    }
    const person = { unit: 'u0', position: { zh: '负责人' } };
    const measures = g.measures.map((m, k) => ({
      id: `m${k}`,
      title: { en: `measure ${k}` },
      goal: 'g0',
      lead: unit(m.lead),
      cooperating: [],
      owner: person,
      doer: person,
      checker: person,
      nodes: m.dues.map((d, j) => ({ id: `n${j}`, title: { en: `node ${j}` }, due: d.toISOString().slice(0, 10) })),
      indicators: [],
    }));
    const redLines = g.redLines.map((z, k) => ({
      id: `z${k}`,
      name: { en: `zone ${k}` },
      unit: unit(z.unit),
      grade: 'I',
      baseline: { area: z.area, functionIndex: z.functionIndex, nature: 'forest' },
      observations: z.seen,
    }));
    const s = g.scheme;
    // Every grade reachable (validation refuses edges above the total points and shared edges): an
    // edge above the total is reflected below it, which stays finite, and a repeat dropped.
    const total = s.totalPoints;
    const edges = new Set<number>();
    const grades = s.grades.flatMap((edge, k) => {
      const min = edge > total ? total - (edge - total) : edge;
      if (edges.has(min)) return [];
      edges.add(min);
      return [{ id: `g${k}`, label: { en: `grade ${k}` }, min, inclusive: min === total || s.inclusive[k]! }];
    });
    const grade = (k: number): string => grades[k % grades.length]!.id;
    const rules = s.rules.map((r, k) => {
      const id = `r${k}`;
      const reason = { en: `rule ${k}` };
      const when =
        r.event === 'flag'
          ? { event: 'flag', flag: r.flag }
          : r.event === 'indicatorBelowTarget'
            ? { event: r.event, indicator: `i${r.indicator % indicators.length}` }
            : { event: r.event };
      switch (r.kind) {
        case 'deduction':
          return { kind: r.kind, id, points: r.points, reason, when };
        case 'bonus':
          return clean({ kind: r.kind, id, points: r.points, max: r.max, reason, when });
        case 'veto':
          return { kind: r.kind, id, reason, when, grade: grade(r.grade) };
        case 'gradeCap':
          return { kind: r.kind, id, reason, when, maxGrade: grade(r.grade) };
        case 'bindingUnmet':
          return clean({
            kind: r.kind,
            id,
            reason,
            effect: r.effect,
            maxGrade: r.effect === 'cap' ? grade(r.grade) : undefined,
          });
        default:
          return { kind: 'minOf', id, reason, tag: r.tag, areas: [areaId(r.areas[0]), areaId(r.areas[1])] };
      }
    });
    const framework = {
      id: 'fuzz',
      version: '1',
      title: { en: 'Fuzz' },
      jurisdiction: { zh: '某市' },
      period: { start: '2024', end: '2026' },
      areas: kept,
      goals: [{ id: 'g0', title: { en: 'goal' }, area: kept[0]!.id, targetPeriod: '2026', indicators: [] }],
      indicators,
      measures,
      units,
      redLines,
      scheme: clean({
        version: '1',
        totalPoints: s.totalPoints,
        grades,
        rounding: { digits: s.digits, mode: s.mode },
        missing: s.missing,
        aggregation: s.aggregation,
        rules,
        measureThresholds:
          s.thresholds === undefined
            ? undefined
            : { atRisk: Math.max(...s.thresholds) / 100, lagging: Math.min(...s.thresholds) / 100 },
        escalation: s.escalation,
      }),
    };
    return framework;
  });

/** Observations for the first `units` units and `indicators` indicators of a generated framework, with the odd duplicate revision. */
export const generatedObservations = (units: number, indicators: number) =>
  fc
    .array(
      record({
        u: fc.nat({ max: units - 1 }),
        i: fc.nat({ max: indicators - 1 }),
        period: pick(periods),
        value: observed,
        revision: maybe(fc.nat({ max: 3 })),
      }),
      { maxLength: 40 },
    )
    .map((list) =>
      list.map((o) =>
        clean({ indicator: `i${o.i}`, unit: `u${o.u}`, period: o.period, value: o.value, revision: o.revision }),
      ),
    );

/** Progress reports on a generated framework's measures. */
export const generatedReports = (measures: ReadonlyArray<{ id: string; nodes: ReadonlyArray<{ id: string }> }>) =>
  measures.length === 0
    ? fc.constant([])
    : fc
        .array(
          record({
            m: fc.nat(),
            node: fc.nat(),
            date: fc.date({
              min: new Date(Date.UTC(2024, 0, 1)),
              max: new Date(Date.UTC(2026, 11, 31)),
              noInvalidDate: true,
            }),
            percent: fc.integer({ min: 0, max: 100 }),
            status: maybe(pick(['notStarted', 'onTrack', 'atRisk', 'lagging', 'overdue', 'done'])),
          }),
          { maxLength: 6 },
        )
        .map((list) =>
          list.map((r) => {
            const m = measures[r.m % measures.length]!;
            return clean({
              measure: m.id,
              node: m.nodes.length ? m.nodes[r.node % m.nodes.length]!.id : undefined,
              date: r.date.toISOString().slice(0, 10),
              percent: r.percent,
              status: r.status,
            });
          }),
        );

/** A generated framework with observations, reports and per-unit flags. */
export const generatedCase = generatedFramework.chain((framework) =>
  record({
    framework: fc.constant(framework),
    observations: generatedObservations(framework.units.length, framework.indicators.length),
    reports: generatedReports(framework.measures),
    flags: fc.dictionary(fc.constantFrom(...framework.units.map((u) => u.id)), fc.subarray(flags)),
    weights: fc.dictionary(
      fc.constantFrom(...framework.areas.map((a) => a.id), ...framework.indicators.map((i) => i.id)),
      weight,
    ),
  }),
);
