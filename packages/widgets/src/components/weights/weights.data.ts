import { engine } from '../../internal/load-engine.js';
import type { Assessment, Bundle, ObservationInput } from '@eco-reform/core';
import { assessBundleShared, bundleOnly, latestPeriod } from '../../internal/bundle-data.js';
import type { DataParser } from '../../internal/data-source.js';
import { weightAreas, type WeightArea } from './weights.areas.js';

/**
 * Everything a re-weighting needs, prepared once when the data arrives: the validated bundle, the
 * period, the observations in the fastest form `assess` takes, the official assessment and the
 * areas that can be weighted. A weight change then only runs `reweight` and the core's `assessBundle`.
 *
 * @category Widgets
 * @example
 * const data = weightsParser(() => null)(bundle); // Meixi
 * if (data.ok) data.value.official.results[0] //=> { unit: 'xihu', total: 98.2, rank: 1, … }
 */
export interface WeightsData {
  bundle: Bundle;
  period: string;
  /** The observations as `assess` reads them fastest: a cube, or the objects when a cell is in conflict. */
  observations: ObservationInput;
  /** The assessment with the framework's own weights. */
  official: Assessment;
  areas: WeightArea[];
}

/**
 * The detail the parser gives when the data is an assessment: the widget shows it in the reader's
 * language.
 *
 * @category Widgets
 * @example
 * if (state.error.details?.[0] === ASSESSMENT_ONLY) showWhy();
 */
export const ASSESSMENT_ONLY =
  'an assessment alone cannot be re-weighted: give the bundle { framework, observations, reports } it was computed from';

/**
 * Reads the weighting widget's data: a bundle `{ framework, observations, reports }`, validated
 * once with the core's `parseBundle` (the check the CLI and `<eco-scorecard>` run) and scored with
 * the official weights for `period`, or the latest year observed, red-line breaches included. An
 * assessment is refused with {@link ASSESSMENT_ONLY}: re-weighting needs the framework and the
 * observations.
 *
 * @category Widgets
 * @param period - Reads the `period` the element asks for (`null`: the latest year observed).
 * @returns The parser the element's `DataController` uses.
 * @example
 * weightsParser(() => '2024')({ nope: true }).ok //=> false
 */
export function weightsParser(period: () => string | null): DataParser<WeightsData> {
  return (input) => {
    const parsed = bundleOnly(input, ASSESSMENT_ONLY);
    if (!parsed.ok) return parsed;
    const bundle = parsed.value;
    const chosen = period() ?? latestPeriod(bundle);
    if (!chosen) return { ok: false, details: ['the bundle has no observations'] };
    const observations =
      engine().toObservationCube(bundle.framework, bundle.observations, chosen) ?? bundle.observations;
    // The official ranking is the one the scorecard and the ranking on the page already scored.
    const official = assessBundleShared(bundle, chosen);
    return { ok: true, value: { bundle, period: chosen, observations, official, areas: weightAreas(official) } };
  };
}
