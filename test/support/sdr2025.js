import { parseFramework } from '../../packages/core/src/index.js';

/** The example framework with the SDR 2025 scores and published results (usable in a browser too). */
export function buildSdr2025(frameworkJson, scores, overviewRows) {
    const parsed = parseFramework(frameworkJson);
    if (!parsed.ok)
        throw new Error(`examples/sdg-index-2025/framework.json: ${JSON.stringify(parsed.issues)}`);
    const framework = parsed.value;
    const units = new Set(framework.units.map((u) => u.id));
    const countries = scores.filter((c) => units.has(c.iso3));
    const observations = [];
    for (const c of countries) {
        for (const ind of framework.indicators) {
            const v = c.indicators[ind.id];
            if (v !== undefined)
                observations.push({ indicator: ind.id, unit: c.iso3, period: '2025', value: v ?? null });
        }
    }
    const iso = new Map(countries.map((c) => [c.country, c.iso3]));
    const published = new Map();
    for (const o of overviewRows) {
        const score = o.SDG_Index_Score_2025;
        const rank = o.SDG_Index_Rank_2025;
        if (typeof score === 'number' && Number.isFinite(score) && rank !== null && rank !== '') {
            published.set(iso.get(o.Country), { score, rank: Number(rank) });
        }
    }
    return { framework, observations, published };
}
