import type { Bundle, Ledgers } from '@eco-reform/core';
import { bundleOnly } from '../../internal/bundle-data.js';
import type { DataParser } from '../../internal/data-source.js';

/**
 * The first detail of the error a ledger board reports for a precomputed assessment: it has no
 * ledgers. The component shows its own localised sentence for it.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => { if (e.detail.details?.[0] === LEDGER_NEEDS_BUNDLE) showHelp(); });
 */
export const LEDGER_NEEDS_BUNDLE = 'an assessment has no ledgers: give a bundle with ledgers';

/**
 * The first detail of the error a ledger board reports for a bundle without `ledgers`.
 *
 * @category Widgets
 * @example
 * ledgerParser({ framework, observations: [], reports: [] }) //=> { ok: false, details: [LEDGER_NEEDS_LEDGERS] }
 */
export const LEDGER_NEEDS_LEDGERS = 'the bundle has no ledgers';

/**
 * Reads a ledger board's data: a bundle with `ledgers`, validated with the core's `parseBundle`
 * (the ledgers' lifecycle, evidence and units included; at most five problems listed with their
 * paths). An assessment or a bundle without ledgers is refused with its own detail.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The bundle with its ledgers, or the problems.
 * @example
 * ledgerParser({ format: 'eco-reform.assessment/2', results: [] }) //=> { ok: false, details: [LEDGER_NEEDS_BUNDLE] }
 */
export const ledgerParser: DataParser<Bundle & { ledgers: Ledgers }> = (input) => {
  const r = bundleOnly(input, LEDGER_NEEDS_BUNDLE);
  if (!r.ok) return r;
  return r.value.ledgers
    ? { ok: true, value: r.value as Bundle & { ledgers: Ledgers } }
    : { ok: false, details: [LEDGER_NEEDS_LEDGERS] };
};
