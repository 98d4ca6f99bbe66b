// Writes framework.json from the SDSN SDR 2025 codebook and country list in ../datasets/sdr2025/.
// Run from the repository root after `npm run build`: node examples/sdg-index-2025/build-framework.mjs
// Every value comes from the codebook or from the SDR 2025 methodology (see README.md); nothing is
// invented. The thresholds are normalised with each indicator's own goalposts, as the dashboards do.
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeGoalposts } from '@eco-reform/core';

const dir = 'examples/datasets/sdr2025/';
const read = (name) => JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
const codebook = read('sdr2025_codebook.json').filter((c) => c.Global === 'yes');
// Countries only: the file's regional and income-group aggregates (ids starting with "_") are not units.
const countries = read('sdr2025_indicator_scores.json').filter((c) => !c.iso3.startsWith('_'));

const goals = [
  ['No poverty', '无贫穷'],
  ['Zero hunger', '零饥饿'],
  ['Good health and well-being', '良好健康与福祉'],
  ['Quality education', '优质教育'],
  ['Gender equality', '性别平等'],
  ['Clean water and sanitation', '清洁饮水和卫生设施'],
  ['Affordable and clean energy', '经济适用的清洁能源'],
  ['Decent work and economic growth', '体面工作和经济增长'],
  ['Industry, innovation and infrastructure', '产业、创新和基础设施'],
  ['Reduced inequalities', '减少不平等'],
  ['Sustainable cities and communities', '可持续城市和社区'],
  ['Responsible consumption and production', '负责任消费和生产'],
  ['Climate action', '气候行动'],
  ['Life below water', '水下生物'],
  ['Life on land', '陆地生物'],
  ['Peace, justice and strong institutions', '和平、正义与强大机构'],
  ['Partnerships for the goals', '促进目标实现的伙伴关系'],
];

const framework = {
  id: 'sdg-index-2025',
  version: '2025',
  title: {
    en: 'SDG Index 2025 (SDSN Sustainable Development Report 2025)',
    zh: '可持续发展目标指数 2025（SDSN《可持续发展报告 2025》）',
  },
  description: {
    en: 'The SDG Index as published: each goal is the mean of its available indicator scores (0–100, normalised by SDSN between the lower bound and the optimum); SDG 14 needs 2 indicators; a goal without a score takes the mean of that goal over the countries of the same SDR region; the index is the mean of the 17 goals, ranked on the unrounded score.',
    zh: '按公布方法计算的可持续发展目标指数：各目标为其已有指标得分（0–100，由 SDSN 在下限与最优值之间标准化）的平均；目标 14 至少需要 2 项指标；无得分的目标取同一 SDR 区域各国该目标的平均；指数为 17 个目标的平均，按未舍入得分排名。',
  },
  jurisdiction: { en: 'World', zh: '全球' },
  period: { start: '2015', end: '2030' },
  areas: goals.map(([en, zh], k) => ({
    id: `sdg${k + 1}`,
    title: { en: `SDG ${k + 1}: ${en}`, zh: `目标 ${k + 1}：${zh}` },
    weight: 1,
    aggregation: { method: 'weightedMean' },
    missing: { policy: 'peerMean', tag: 'region' },
    ...(k + 1 === 14 ? { minIndicators: 2 } : {}),
  })),
  goals: [],
  indicators: codebook.map((c) => {
    const goalposts = { lower: c['Lower Bound (=0)'], upper: c['Optimum (= 100)'] };
    return {
      id: c.IndCode,
      title: { en: c.Indicator },
      area: `sdg${c.SDG}`,
      unitOfMeasure: { en: 'score (0–100)', zh: '得分（0–100）' },
      polarity: 'higher',
      attribute: 'reference',
      thresholds: {
        green: normalizeGoalposts(c['Green threshold'], goalposts),
        red: normalizeGoalposts(c['Red threshold'], goalposts),
      },
      weight: 1,
      scoring: { method: 'value' },
      missing: { policy: 'exclude' },
      source: { en: String(c.Source).trim() },
    };
  }),
  measures: [],
  units: countries.map((c) => ({ id: c.iso3, name: { en: c.country }, kind: 'country', tags: [`region:${c.region}`] })),
  redLines: [],
  scheme: {
    version: 'SDR 2025',
    totalPoints: 100,
    grades: [],
    rounding: { digits: 2, mode: 'halfUp' },
    rankOn: 'totalUnrounded',
    responsibleUnits: 'none',
    missing: { policy: 'exclude' },
    rules: [],
  },
};
writeFileSync('examples/sdg-index-2025/framework.json', `${JSON.stringify(framework, null, 2)}\n`);
