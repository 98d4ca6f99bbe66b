// Random valid frameworks (every scoring method, aggregation, missing-data policy and rule kind)
// through parseFramework, assess, explain, annualAssessment and reweight: they parse, nothing
// throws, every number is finite, and bounded methods give bounded totals.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  annualAssessment,
  assess,
  parseFramework,
  parseObservations,
  parseReports,
  reweight,
  type Framework,
  type MissingPolicy,
  type Observation,
} from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { check, expectExplainable, expectFinite, expectSoundAssessment } from './checks.js';
import { generatedCase } from './frameworks.js';

/** Relative slack for sums of scores that should stay within [0, 100]: a few ulps of compensated sums and divisions. */
const EPS = 1e-12;

const show = (issues: ReadonlyArray<{ at: string; message: { en: string } }>): string =>
  issues.map((i) => `${i.at}: ${i.message.en}`).join('; ');

/**
 * Whether every indicator is scored onto [0, 100] and every imputed score lies there too, so that
 * every area score lies in [0, 100] and every total in [0, totalPoints]. Ranks, Borda counts,
 * z-scores, `value`, open goalposts, uncapped distance to target and negative band points are not.
 */
function bounded(f: Framework): boolean {
  const policyOk = (p: MissingPolicy | undefined): boolean => p?.policy !== 'floor' || (p.value >= 0 && p.value <= 100);
  return (
    f.indicators.every((i) => {
      const s = i.scoring;
      const method =
        (s.method === 'goalposts' && s.clamp !== false) ||
        (s.method === 'distanceToTarget' && s.cap !== false) ||
        (s.method === 'bands' && s.bands.every((b) => b.points >= 0)) ||
        ['minMax', 'efficacy', 'percentRank', 'boolean', 'deduction'].includes(s.method);
      return method && policyOk(i.missing);
    }) &&
    f.areas.every((a) => policyOk(a.missing)) &&
    policyOk(f.scheme.missing)
  );
}

describe('assess on random valid frameworks', () => {
  it(
    'parses them, and assesses, explains, annually assesses and reweights them with finite numbers only',
    () => {
      fc.assert(
        fc.property(generatedCase, fc.boolean(), (c, someUnits) => {
          const f = parseFramework(c.framework);
          check(f.ok, () => `a generated framework was rejected: ${f.ok ? '' : show(f.issues)}`);
          // The parser refuses conflicting duplicates (two values for one cell and revision); assess
          // is still given them, as an API caller may, and must read them whatever their order.
          const parsed = parseObservations(c.observations);
          check(
            parsed.ok || parsed.issues.every((i) => i.code === 'conflicting_observation'),
            () => `generated observations were rejected: ${parsed.ok ? '' : show(parsed.issues)}`,
          );
          const o = { value: parsed.ok ? parsed.value : (c.observations as Observation[]) };
          const r = parseReports(c.reports);
          check(r.ok, () => `generated reports were rejected: ${r.ok ? '' : show(r.issues)}`);
          const framework = f.value;

          const { assessment, ...rest } = annualAssessment(framework, o.value, r.value, { year: 2025, flags: c.flags });
          expectSoundAssessment(assessment);
          expectExplainable(assessment);
          expectFinite(rest, 'the annual assessment');
          if (bounded(framework)) {
            const top = framework.scheme.totalPoints * (1 + EPS);
            for (const u of assessment.results) {
              check(
                u.totalUnrounded === null || (u.totalUnrounded >= 0 && u.totalUnrounded <= top),
                () => `${u.unit}: total ${u.totalUnrounded} outside [0, ${framework.scheme.totalPoints}]`,
              );
              for (const a of u.areas)
                check(
                  a.score === null || (a.score >= 0 && a.score <= 100 * (1 + EPS)),
                  () => `${u.unit}: area ${a.area} scored ${a.score}`,
                );
            }
          }

          const units = someUnits ? framework.units.filter((_, k) => k % 2 === 1).map((u) => u.id) : undefined;
          const subset = assess(framework, o.value, { period: '2024', ...(units ? { units } : {}), flags: c.flags });
          expectSoundAssessment(subset);
          if (units)
            check(
              subset.units.every((u) => units.includes(u.id)),
              () => 'assess({ units }) assessed another unit',
            );

          expectSoundAssessment(assess(reweight(framework, c.weights), o.value, { period: '2025' }));
        }),
        params('heavy'),
      );
    },
    timeout,
  );

  it(
    'does not depend on the order of the observations',
    () => {
      const shuffled = generatedCase.chain((c) =>
        fc
          .shuffledSubarray(c.observations, { minLength: c.observations.length, maxLength: c.observations.length })
          .map((o) => ({ c, o })),
      );
      fc.assert(
        fc.property(shuffled, ({ c, o }) => {
          const f = parseFramework(c.framework);
          check(f.ok, () => 'a generated framework was rejected');
          const a = JSON.stringify(
            assess(f.value, c.observations as Observation[], { period: '2025', flags: c.flags }),
          );
          const b = JSON.stringify(assess(f.value, o as Observation[], { period: '2025', flags: c.flags }));
          check(a === b, () => 'the order of the observations changed the assessment');
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});
