/** Builds the SDG Index framework from the three parsed SDR files (usable in a browser too). */
export function buildSdr2025(codebookRows, scores, overviewRows) {
    const codebook = codebookRows.filter((c) => c.Global === 'yes');
    const countries = scores;
    const overview = overviewRows;
    const goals = Array.from({ length: 17 }, (_, k) => k + 1);
    const framework = {
        id: 'sdr-2025', version: '2025', title: { en: 'SDG Index 2025 (SDSN Sustainable Development Report)' },
        jurisdiction: { en: 'World' }, period: { start: '2015', end: '2030' },
        areas: goals.map((g) => ({
            id: `sdg${g}`, title: { en: `SDG ${g}` }, weight: 1,
            aggregation: { method: 'weightedMean' },
            missing: { policy: 'peerMean', tag: 'region' },
            ...(g === 14 ? { minIndicators: 2 } : {}),
        })),
        goals: [],
        indicators: codebook.map((c) => ({
            id: c.IndCode, title: { en: c.Indicator }, area: `sdg${c.SDG}`, unitOfMeasure: { en: 'score (0–100)' },
            polarity: 'higher', attribute: 'reference',
            baseline: { value: 0, period: '2015' }, target: { value: 100, period: '2030', comparator: '>=' },
            weight: 1, scoring: { method: 'value' }, missing: { policy: 'exclude' }, responsible: 'sdsn',
        })),
        measures: [],
        units: [
            { id: 'sdsn', name: { en: 'SDSN' }, kind: 'group', tags: [] },
            ...countries.map((c) => ({ id: c.iso3, name: { en: c.country }, kind: 'group', tags: [`region:${c.region}`] })),
        ],
        redLines: [],
        scheme: {
            version: 'SDR 2025', totalPoints: 100,
            grades: [{ id: 'scored', label: { en: 'Scored' }, min: 0, inclusive: true }],
            rounding: { digits: 12, mode: 'halfEven' },
            missing: { policy: 'exclude' }, rules: [],
        },
    };
    const observations = [];
    for (const c of countries) {
        for (const ind of codebook) {
            const v = c.indicators[ind.IndCode];
            if (v !== undefined)
                observations.push({ indicator: ind.IndCode, unit: c.iso3, period: '2025', value: v ?? null });
        }
    }
    const iso = new Map(countries.map((c) => [c.country, c.iso3]));
    const published = new Map();
    for (const o of overview) {
        const score = o.SDG_Index_Score_2025;
        const rank = o.SDG_Index_Rank_2025;
        if (typeof score === 'number' && Number.isFinite(score) && rank !== null && rank !== '') {
            published.set(iso.get(o.Country), { score, rank: Number(rank) });
        }
    }
    return { framework, observations, published };
}
