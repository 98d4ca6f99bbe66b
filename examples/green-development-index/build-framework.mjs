// Writes framework.json from the source tables categories.csv and indicators.csv (and the six
// illustrative provinces of illustrative-units.csv):
//   node examples/green-development-index/build-framework.mjs
// The test imports buildFramework() and checks framework.json is what the tables give.
// Every figure comes from a row of the tables, each row naming its source (README.md lists what is
// verified and what is not); the only rule applied here is the indicator weights' rule, stated below.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';

const dir = fileURLToPath(new URL('.', import.meta.url));
/** The rows of a source table, each an object keyed by the header (d3-dsv). */
const readTable = (name) => csvParse(readFileSync(`${dir}${name}`, 'utf8'));

const SOURCES = {
  GDI2016: {
    zh: '《绿色发展指标体系》（国家发展改革委、国家统计局、环境保护部、中央组织部，2016 年 12 月）',
    en: 'Green Development Indicator System (NDRC, NBS, MEP, Organization Department, December 2016)',
  },
  B2016: {
    zh: '《2016年生态文明建设年度评价结果公报》附注（国家统计局等，2017-12-26）',
    en: '2016 Ecological Civilization Annual Evaluation Bulletin, notes (NBS et al., 2017-12-26)',
  },
  IDX365: { zh: 'idx365.com《绿色发展指数》评论（引公报权数）', en: 'idx365.com commentary quoting the weights' },
  FYP13: {
    zh: '《国民经济和社会发展第十三个五年规划纲要》专栏1（约束性指标，标★）',
    en: '13th Five-Year Plan outline, box 1 (binding indicators, marked ★)',
  },
};
const sourceOf = (codes) => {
  const parts = codes.split(';').map((c) => SOURCES[c.trim()]);
  if (parts.some((p) => p === undefined)) throw new Error(`unknown source in "${codes}"`);
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
};

// The weight rule of the indicator system: ★ : ◆ : others = 3 : 2 : 1, the 55 indicators of the
// index adding up to 100 %, each weight published to two decimals (2.75 / 1.83 / 0.92).
const PARTS = { '★': 3, '◆': 2, '△': 1 };

/** The framework the tables describe. */
export function buildFramework() {
  const categories = readTable('categories.csv');
  const rows = readTable('indicators.csv');
  const indexed = rows.filter((r) => r.class !== '');
  const totalParts = indexed.reduce((s, r) => s + PARTS[r.class], 0);
  const weightOf = (cls) => Math.round((PARTS[cls] * 100 * 100) / totalParts) / 100;

  return {
    id: 'green-development-index',
    version: '2016',
    title: {
      zh: '绿色发展指标体系（绿色发展指数）',
      en: 'Green Development Indicator System (Green Development Index)',
    },
    description: {
      zh: '生态文明建设年度评价的绿色发展指数：55 项指标按功效系数法（60–100）计算个体指数，按权数加权汇总为 6 个分类指数和总指数；无数据的指标个体指数取 60、权数不变；地区不涉及的地域性指标不参与计算、权数分摊。公众满意程度单独评价，不计入指数。所列省份为虚构示例。',
      en: 'The Green Development Index of the annual ecological-civilization evaluation: 55 indicators scored by the efficacy coefficient (60–100), weighted into 6 category indices and the index; an indicator without data scores 60 with its weight kept; a regional indicator a province does not have is left out and its weight spread. Public satisfaction is evaluated separately, outside the index. The provinces are illustrative.',
    },
    jurisdiction: { zh: '全国（省、自治区、直辖市）', en: 'China (provinces)' },
    period: { start: '2016', end: '2020' },
    areas: categories.map((c) => ({
      id: c.id,
      title: { zh: c.name_zh, en: c.name_en },
      points: Number(c.weight),
      // Public satisfaction is reported beside the index (weight 0): without data it is simply absent.
      ...(c.id === 'satisfaction' ? { missing: { policy: 'exclude' } } : {}),
    })),
    goals: [],
    indicators: rows.map((r) => ({
      id: r.id,
      title: { zh: r.name_zh, en: r.name_en },
      area: r.category,
      unitOfMeasure: { zh: r.unit_zh, en: r.unit_en },
      polarity: r.direction,
      // The index judges no indicator against a target, so none binds here (a binding indicator needs
      // the target it binds to); the class (★ binding in the plan, ◆, others) is the weight's.
      attribute: 'reference',
      ...(r.applies_to ? { appliesTo: r.applies_to.split(';') } : {}),
      ...(r.class === ''
        ? // The survey's share of satisfied respondents, reported as it is (0–100), outside the index.
          { weight: 1, scoring: { method: 'value' }, missing: { policy: 'exclude' } }
        : { points: weightOf(r.class), scoring: { method: 'efficacy' } }),
      source: sourceOf(r.source),
    })),
    measures: [],
    units: readTable('illustrative-units.csv').map((u) => ({
      id: u.id,
      name: { zh: u.name_zh, en: u.name_en },
      kind: 'province',
      tags: u.tags.split(';'),
    })),
    redLines: [],
    scheme: {
      version: '2016',
      totalPoints: 100,
      // Category weights are published to one decimal, indicator weights to two: 环境质量's ten
      // indicators add up to 19.25 against 19.3, the largest gap in the table.
      pointsTolerance: 0.06,
      grades: [],
      rounding: { digits: 2, mode: 'halfUp' },
      responsibleUnits: 'none',
      missing: { policy: 'floor', value: 60 },
      rules: [],
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  writeFileSync(`${dir}framework.json`, `${JSON.stringify(buildFramework(), null, 2)}\n`);
