// Builds a Framework and observations from the three SDSN SDR 2025 files (parsed JSON), with the
// SDG Index's rules as data: goals are areas averaging their available indicator scores; SDG 14
// needs at least 2 indicators (landlocked countries carry only a spillover indicator); a missing
// goal takes the mean of that goal's score over the countries of the same SDR region (tag
// `region:…`); the index is the mean of the 17 goals. Pure, so Node and Chromium tests share it.
import type { Framework, Observation } from '../../packages/core/src/index.js';

interface CodebookRow {
  IndCode: string;
  SDG: number;
  Global: string;
  Indicator: string;
  'Optimum (= 100)': number;
  'Lower Bound (=0)': number;
}
interface CountryScores {
  iso3: string;
  country: string;
  region: string;
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

/** Builds the SDG Index framework from the three parsed SDR files (usable in a browser too). */
export function buildSdr2025(codebookRows: unknown, scores: unknown, overviewRows: unknown): Sdr2025 {
  const codebook = (codebookRows as CodebookRow[]).filter((c) => c.Global === 'yes');
  const countries = scores as CountryScores[];
  const overview = overviewRows as OverviewRow[];
  const goals = Array.from({ length: 17 }, (_, k) => k + 1);
  const framework = {
    id: 'sdr-2025',
    version: '2025',
    title: { en: 'SDG Index 2025 (SDSN Sustainable Development Report)' },
    jurisdiction: { en: 'World' },
    period: { start: '2015', end: '2030' },
    areas: goals.map((g) => ({
      id: `sdg${g}`,
      title: { en: `SDG ${g}` },
      weight: 1,
      aggregation: { method: 'weightedMean' as const },
      missing: { policy: 'peerMean' as const, tag: 'region' },
      ...(g === 14 ? { minIndicators: 2 } : {}),
    })),
    goals: [],
    indicators: codebook.map((c) => ({
      id: c.IndCode,
      title: { en: c.Indicator },
      area: `sdg${c.SDG}`,
      unitOfMeasure: { en: 'score (0–100)' },
      polarity: 'higher' as const,
      attribute: 'reference' as const,
      baseline: { value: 0, period: '2015' },
      target: { value: 100, period: '2030', comparator: '>=' as const },
      weight: 1,
      scoring: { method: 'value' as const },
      missing: { policy: 'exclude' as const },
      responsible: 'sdsn',
    })),
    measures: [],
    units: [
      { id: 'sdsn', name: { en: 'SDSN' }, kind: 'group' as const, tags: [] },
      ...countries.map((c) => ({
        id: c.iso3,
        name: { en: c.country },
        kind: 'group' as const,
        tags: [`region:${c.region}`],
      })),
    ],
    redLines: [],
    scheme: {
      version: 'SDR 2025',
      totalPoints: 100,
      grades: [{ id: 'scored', label: { en: 'Scored' }, min: 0, inclusive: true }],
      rounding: { digits: 12, mode: 'halfEven' as const },
      missing: { policy: 'exclude' as const },
      rules: [],
    },
  } as unknown as Framework;
  const observations: Observation[] = [];
  for (const c of countries) {
    for (const ind of codebook) {
      const v = c.indicators[ind.IndCode];
      if (v !== undefined)
        observations.push({ indicator: ind.IndCode, unit: c.iso3, period: '2025', value: v ?? null });
    }
  }
  const iso = new Map(countries.map((c) => [c.country, c.iso3]));
  const published = new Map<string, { score: number; rank: number }>();
  for (const o of overview) {
    const score = o.SDG_Index_Score_2025;
    const rank = o.SDG_Index_Rank_2025;
    if (typeof score === 'number' && Number.isFinite(score) && rank !== null && rank !== '') {
      published.set(iso.get(o.Country)!, { score, rank: Number(rank) });
    }
  }
  return { framework, observations, published };
}
