// Writes framework.json from the source tables categories.csv and items.csv, with the six
// illustrative provinces (illustrative-units.csv) and their illustrative own targets
// (illustrative-unit-targets.csv, written by make-illustrative.mjs):
//   node examples/13th-fyp-assessment/build-framework.mjs
// Every figure comes from a row of the tables or from the scheme below, each with its source
// (README.md lists what is verified and what is not). The test checks framework.json is what the
// tables give.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';

const dir = fileURLToPath(new URL('.', import.meta.url));
/** The rows of a source table, each an object keyed by the header (d3-dsv). */
const readTable = (name) => csvParse(readFileSync(`${dir}${name}`, 'utf8'));

const SOURCES = {
  KHTX: {
    zh: '《生态文明建设考核目标体系》（国家发展改革委、环境保护部、中央组织部等，2016 年 12 月）',
    en: 'Ecological Civilization Assessment Target System (NDRC, MEP, Organization Department et al., December 2016)',
  },
  KHBF: {
    zh: '《生态文明建设目标评价考核办法》（中共中央办公厅、国务院办公厅，2016-12-22）',
    en: 'Measures for Evaluating and Assessing Ecological Civilization Targets (CPC Central Committee and State Council General Offices, 2016-12-22)',
  },
  FYP13: {
    zh: '《国民经济和社会发展第十三个五年规划纲要》专栏1（约束性指标，标★；2015 年基数与 2020 年目标）',
    en: '13th Five-Year Plan outline, box 1 (binding indicators, marked ★; 2015 base and 2020 target)',
  },
  EP13: {
    zh: '《“十三五”生态环境保护规划》专栏1（2015 年基数与 2020 年目标）',
    en: '13th Five-Year Plan for Ecological and Environmental Protection, box 1 (2015 base and 2020 target)',
  },
  EN13: {
    zh: '《能源发展“十三五”规划》（能源消费总量控制在 50 亿吨标准煤以内）',
    en: '13th Five-Year Plan for Energy Development (total energy consumption within 5 billion tce)',
  },
  WR2012: {
    zh: '《国务院关于实行最严格水资源管理制度的意见》（国发〔2012〕3号，2020 年用水总量控制在 6700 亿立方米以内）',
    en: 'State Council opinion on the strictest water resources management (2012; total water use within 670 billion m³ by 2020)',
  },
};
const sourceOf = (codes) => {
  const parts = codes.split(';').map((c) => SOURCES[c.trim()]);
  if (parts.some((p) => p === undefined)) throw new Error(`unknown source in "${codes}"`);
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
};

/** The framework the tables describe. */
export function buildFramework() {
  const targets = readTable('illustrative-unit-targets.csv');
  return {
    id: '13th-fyp-assessment',
    version: '2016',
    title: {
      zh: '生态文明建设考核目标体系（“十三五”）',
      en: 'Ecological Civilization Assessment Target System (13th Five-Year Plan)',
    },
    description: {
      zh: '“十三五”生态文明建设目标考核：资源利用 30 分、生态环境保护 40 分、年度评价结果 20 分、公众满意程度 10 分，共 22 项；各项完成本地区目标得满分、未完成不得分；生态环境事件为扣分项；约束性目标未完成或数据造假的，考核等级为不合格。所列省份及其分解目标为虚构示例。',
      en: 'The five-year ecological-civilization target assessment of the 13th Five-Year Plan: resource use 30 points, ecological and environmental protection 40, annual evaluation results 20, public satisfaction 10, 22 items; an item earns its full points when the province meets its own target and none otherwise; environmental incidents are deducted; a missed binding target or falsified data grades the province 不合格 (fail). The provinces and their assigned targets are illustrative.',
    },
    jurisdiction: { zh: '全国（省、自治区、直辖市）', en: 'China (provinces)' },
    period: { start: '2016', end: '2020' },
    areas: readTable('categories.csv').map((c) => ({
      id: c.id,
      title: { zh: c.name_zh, en: c.name_en },
      points: Number(c.points),
    })),
    goals: [],
    indicators: readTable('items.csv').map((r) => {
      const own = targets.filter((t) => t.indicator === r.id);
      return {
        id: r.id,
        title: { zh: r.name_zh, en: r.name_en },
        area: r.category,
        unitOfMeasure: { zh: r.unit_zh, en: r.unit_en },
        polarity: r.direction,
        attribute: r.star === '★' ? 'binding' : r.method === 'value' ? 'reference' : 'expected',
        ...(r.baseline_2015 === '' ? {} : { baseline: { value: Number(r.baseline_2015), period: '2015' } }),
        ...(r.target_2020 === ''
          ? {}
          : {
              target: {
                value: Number(r.target_2020),
                period: '2020',
                comparator: r.comparator,
                ...(r.cumulative === 'yes' ? { cumulative: true } : {}),
              },
            }),
        ...(r.applies_to ? { appliesTo: r.applies_to.split(';') } : {}),
        ...(own.length > 0
          ? { unitTargets: own.map((t) => ({ unit: t.unit, period: t.period, value: Number(t.target) })) }
          : {}),
        points: Number(r.points),
        scoring: { method: r.method },
        source: sourceOf(r.source),
      };
    }),
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
      grades: [
        { id: 'excellent', label: { zh: '优秀', en: 'Excellent' }, min: 90, inclusive: true },
        { id: 'good', label: { zh: '良好', en: 'Good' }, min: 80, inclusive: true },
        { id: 'pass', label: { zh: '合格', en: 'Pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { zh: '不合格', en: 'Fail' }, min: 0, inclusive: true },
      ],
      rounding: { digits: 2, mode: 'halfUp' },
      responsibleUnits: 'none',
      // An item without a reported value earns nothing: it cannot be shown to be met.
      missing: { policy: 'zero' },
      rules: [
        {
          kind: 'deduction',
          id: 'eco-incidents',
          points: 5,
          perOccurrence: true,
          max: 20,
          reason: {
            zh: '生态环境事件（扣分项）：每发生一起重特大突发环境事件、造成恶劣社会影响的其他环境污染责任事件或严重生态破坏责任事件扣 5 分，该项最多扣 20 分',
            en: 'Environmental incidents (deduction item): 5 points for each major sudden environmental incident, pollution incident with grave social impact or serious ecological damage, at most 20',
          },
          when: { event: 'flag', flag: 'ecoIncident' },
        },
        {
          kind: 'veto',
          id: 'data-falsified',
          reason: {
            zh: '篡改、伪造或指使篡改、伪造相关统计和监测数据，经查实的，考核等级确定为不合格',
            en: 'Statistics or monitoring data falsified, or falsification ordered, and found so: graded 不合格 (fail)',
          },
          when: { event: 'flag', flag: 'dataFalsified' },
          grade: 'fail',
        },
        {
          kind: 'bindingUnmet',
          id: 'binding-unmet',
          reason: {
            zh: '约束性目标（标★）未完成的，考核等级为不合格',
            en: 'A binding target (marked ★) not met: graded 不合格 (fail)',
          },
          effect: 'fail',
        },
      ],
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  writeFileSync(`${dir}framework.json`, `${JSON.stringify(buildFramework(), null, 2)}\n`);
