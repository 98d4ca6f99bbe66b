// The SDSN SDG Index 2025 as the example framework examples/sdg-index-2025/framework.json declares it,
// with the observations and published results of the SDR files (parsed JSON): the indicator scores of
// every country the framework lists, and the published index scores and ranks. Pure, so Node and
// Chromium tests share it.
import { parseFramework, type Framework, type Observation } from '../../packages/core/src/index.js';

interface CountryScores {
  iso3: string;
  country: string;
  indicators: Record<string, number | null>;
}
interface OverviewRow {
  Country: string;
  SDG_Index_Score_2025: number | string | null;
  SDG_Index_Rank_2025: number | string | null;
}

export interface Sdr2025 {
  framework: Framework;
  observations: Observation[];
  published: Map<string, { score: number; rank: number }>;
}

/** The example framework with the SDR 2025 scores and published results (usable in a browser too). */
export function buildSdr2025(frameworkJson: unknown, scores: unknown, overviewRows: unknown): Sdr2025 {
  const parsed = parseFramework(frameworkJson);
  if (!parsed.ok) throw new Error(`examples/sdg-index-2025/framework.json: ${JSON.stringify(parsed.issues)}`);
  const framework = parsed.value;
  const units = new Set(framework.units.map((u) => u.id));
  const countries = (scores as CountryScores[]).filter((c) => units.has(c.iso3));
  const observations: Observation[] = [];
  for (const c of countries) {
    for (const ind of framework.indicators) {
      const v = c.indicators[ind.id];
      if (v !== undefined) observations.push({ indicator: ind.id, unit: c.iso3, period: '2025', value: v ?? null });
    }
  }
  const iso = new Map(countries.map((c) => [c.country, c.iso3]));
  const published = new Map<string, { score: number; rank: number }>();
  for (const o of overviewRows as OverviewRow[]) {
    const score = o.SDG_Index_Score_2025;
    const rank = o.SDG_Index_Rank_2025;
    if (typeof score === 'number' && Number.isFinite(score) && rank !== null && rank !== '') {
      published.set(iso.get(o.Country)!, { score, rank: Number(rank) });
    }
  }
  return { framework, observations, published };
}
