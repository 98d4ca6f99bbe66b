import type { Lang, RedLineBreachKind, RedLineZone } from '@eco-reform/core';
import type { RedlineZoneView } from './redline.layout.js';

/**
 * The red-line widget's own words (its chrome and the sentences it builds), in both languages.
 * Zone and unit names come from the bundle.
 *
 * @category Layout
 * @example
 * redlineText.en.states.breached //=> 'Breached'
 */
export const redlineText = {
  'zh-CN': {
    loading: '正在加载生态保护红线数据…',
    error: '无法显示生态保护红线',
    empty: '没有数据',
    needsBundle: '这是考核结果，不含生态保护红线：请提供数据包 { framework, observations, reports }',
    noRedLines: '该考核框架未划定生态保护红线。',
    noZones: '所选单位没有生态保护红线区。',
    title: '生态保护红线',
    rule: '面积不减少、功能不降低、性质不改变',
    period: '年度',
    unit: '责任单位',
    allUnits: '全部单位',
    grade: (g: string) => `${g} 级管控`,
    gradeHead: '管控级别',
    zone: '红线区',
    status: '状态',
    check: '管控要求',
    baseline: '基数',
    current: '现状',
    change: '变化',
    unchanged: '未变化',
    explanation: '说明',
    zoneChecks: (name: string) => `${name}：面积、功能、性质对照基数`,
    marker: '突破红线',
    states: { held: '守住', breached: '突破', unobserved: '无监测数据' },
    zoneStates: { held: '守住红线', breached: '突破红线', unobserved: '无监测数据' },
    checks: { area: '面积', function: '功能指数', nature: '用地性质' },
    rules: { area: '面积不减少', function: '功能不降低', nature: '性质不改变' },
    kinds: { areaReduced: '面积减少', functionDegraded: '功能降低', natureChanged: '性质改变' },
    km2: '平方公里',
    showTable: '以表格查看全部数据',
    tableCaption: (period: string) => `生态保护红线 · ${period}年`,
    chartLabel: (period: string) => [`基数`, `${period}年`] as const,
    noObservation: (period: string) => `${period}年无监测`,
    natures: {
      forest: '林地',
      wetland: '湿地',
      river: '河流',
      lake: '湖泊',
      grassland: '草地',
      farmland: '耕地',
      cropland: '耕地',
      construction: '建设用地',
      urban: '城镇建设用地',
      water: '水域',
      coast: '海岸带',
      shrubland: '灌木林地',
      desert: '荒漠',
    } as Record<string, string>,
  },
  en: {
    loading: 'Loading the red-line data…',
    error: 'The red lines cannot be shown',
    empty: 'No data',
    needsBundle: 'this is an assessment, which has no red lines: give a bundle { framework, observations, reports }',
    noRedLines: 'The framework declares no ecological red-line zones.',
    noZones: 'The selected unit has no red-line zone.',
    title: 'Ecological red lines',
    rule: 'area not reduced, function not degraded, nature not changed',
    period: 'Year',
    unit: 'Unit',
    allUnits: 'All units',
    grade: (g: string) => `Grade ${g} control`,
    gradeHead: 'Control grade',
    zone: 'Zone',
    status: 'Status',
    check: 'Rule',
    baseline: 'Baseline',
    current: 'Now',
    change: 'Change',
    unchanged: 'unchanged',
    explanation: 'Explanation',
    zoneChecks: (name: string) => `${name}: area, function and nature against the baseline`,
    marker: 'Red line breached',
    states: { held: 'Held', breached: 'Breached', unobserved: 'Not observed' },
    zoneStates: { held: 'Red line held', breached: 'Red line breached', unobserved: 'Not observed' },
    checks: { area: 'Area', function: 'Function index', nature: 'Land-use nature' },
    rules: { area: 'area must not decrease', function: 'function must not decline', nature: 'nature must not change' },
    kinds: { areaReduced: 'Area reduced', functionDegraded: 'Function degraded', natureChanged: 'Nature changed' },
    km2: 'km²',
    showTable: 'Show all the data as a table',
    tableCaption: (period: string) => `Ecological red lines · ${period}`,
    chartLabel: (period: string) => ['Baseline', period] as const,
    noObservation: (period: string) => `not observed in ${period}`,
    natures: {} as Record<string, string>,
  },
} as const;

/**
 * The red-line widget's number and label formatters for one language, built once per layout
 * (an `Intl.NumberFormat` costs far more to build than to use).
 *
 * @category Layout
 * @example
 * const f: RedlineFormats = redlineFormats('en');
 * f.signed(-0.35000000000000053) //=> '-0.35'
 */
export interface RedlineFormats {
  /** Up to 3 decimals: `12.05`, `0.86`. */
  number: (x: number) => string;
  /** Signed, zero unsigned: `+0.01`, `-0.35`, `0`. */
  signed: (x: number) => string;
  /** Up to 1 decimal: `2.8%`. */
  percent: (x: number) => string;
  /** An area with its unit of measure: `12.4 km²`, `12.4 平方公里`. */
  area: (x: number) => string;
  /** A land-use nature code in words where known (`forest` → `林地` in Chinese), else the code. */
  nature: (code: string) => string;
}

/**
 * Builds the formatters of {@link RedlineFormats} for a language.
 *
 * @category Layout
 * @param lang - `zh-CN` or `en`.
 * @returns The formatters.
 * @example
 * redlineFormats('zh-CN').area(12.05) //=> '12.05 平方公里'
 */
export function redlineFormats(lang: Lang): RedlineFormats {
  const s = redlineText[lang];
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (x) => number.format(x),
    signed: (x) => signed.format(x),
    percent: (x) => percent.format(x),
    area: (x) => `${number.format(x)} ${s.km2}`,
    nature: (code) => s.natures[code] ?? code,
  };
}

/**
 * A breach in words: `full` names the kind, the rule it breaks and by how much; `brief` is the
 * clause the summary uses.
 *
 * @category Layout
 * @example
 * const b: BreachText = { kind: 'areaReduced', full: 'Area reduced — rule: area must not decrease. …', brief: 'area 0.35 km² below the baseline' };
 */
export interface BreachText {
  kind: RedLineBreachKind;
  full: string;
  brief: string;
}

/** What a zone was observed at in a period. */
type Observed = RedLineZone['observations'][number];

/**
 * Explains one breach the core's `checkRedLines` found: the kind, the rule (面积不减少 /
 * 功能不降低 / 性质不改变) and the gap between the observation and the baseline, in the
 * language asked for, numbers with `Intl.NumberFormat`.
 *
 * @category Layout
 * @param kind - From the finding's `breaches`.
 * @param zone - The zone, for its baseline.
 * @param observed - The zone's observation in the period.
 * @param lang - `zh-CN` or `en`.
 * @param f - The formatters (`redlineFormats(lang)`).
 * @returns The explanation.
 * @example
 * breachText('areaReduced', nanshan, { period: '2025', area: 12.05, functionIndex: 0.87, nature: 'forest' }, 'en', redlineFormats('en')).full
 * //=> 'Area reduced — rule: area must not decrease. 12.05 km² against the baseline 12.4 km²: 0.35 km² (2.8%) less.'
 */
export function breachText(
  kind: RedLineBreachKind,
  zone: RedLineZone,
  observed: Observed,
  lang: Lang,
  f: RedlineFormats,
): BreachText {
  const s = redlineText[lang];
  const zh = lang === 'zh-CN';
  const b = zone.baseline;
  const share = (gap: number, base: number): string =>
    base > 0 ? (zh ? `（${f.percent(gap / base)}）` : ` (${f.percent(gap / base)})`) : '';
  const head = (rule: string): string =>
    zh ? `${s.kinds[kind]}——违反“${rule}”：` : `${s.kinds[kind]} — rule: ${rule}. `;
  switch (kind) {
    case 'areaReduced': {
      const gap = b.area - observed.area;
      return {
        kind,
        full: zh
          ? `${head(s.rules.area)}现状 ${f.area(observed.area)}，基数 ${f.area(b.area)}，减少 ${f.area(gap)}${share(gap, b.area)}。`
          : `${head(s.rules.area)}${f.area(observed.area)} against the baseline ${f.area(b.area)}: ${f.area(gap)}${share(gap, b.area)} less.`,
        brief: zh ? `面积比基数减少 ${f.area(gap)}` : `area ${f.area(gap)} below the baseline`,
      };
    }
    case 'functionDegraded': {
      const gap = b.functionIndex - observed.functionIndex;
      return {
        kind,
        full: zh
          ? `${head(s.rules.function)}功能指数现状 ${f.number(observed.functionIndex)}，基数 ${f.number(b.functionIndex)}，降低 ${f.number(gap)}${share(gap, b.functionIndex)}。`
          : `${head(s.rules.function)}Function index ${f.number(observed.functionIndex)} against the baseline ${f.number(b.functionIndex)}: ${f.number(gap)}${share(gap, b.functionIndex)} lower.`,
        brief: zh ? `功能指数比基数低 ${f.number(gap)}` : `function index ${f.number(gap)} below the baseline`,
      };
    }
    case 'natureChanged':
      return {
        kind,
        full: zh
          ? `${head(s.rules.nature)}用地性质由${f.nature(b.nature)}变为${f.nature(observed.nature)}。`
          : `${head(s.rules.nature)}Land use was ${f.nature(b.nature)}, is now ${f.nature(observed.nature)}.`,
        brief: zh
          ? `用地性质由${f.nature(b.nature)}变为${f.nature(observed.nature)}`
          : `nature changed from ${f.nature(b.nature)} to ${f.nature(observed.nature)}`,
      };
  }
}

/**
 * The red lines in words, shown above the zones and read by screen readers: how many zones, how
 * many breached and which (with what was breached), how many held and how many not observed.
 *
 * @category Layout
 * @param zones - The zones shown, in the order shown.
 * @param period - The period checked.
 * @param lang - `zh-CN` or `en`.
 * @returns One sentence.
 * @example
 * redlineSummary(view.groups.flatMap((g) => g.zones), '2025', 'zh-CN')
 * //=> '2025年共 5 个生态保护红线区；1 个突破红线：南山水源涵养红线区（面积比基数减少 0.35 平方公里）；4 个守住红线。'
 */
export function redlineSummary(zones: ReadonlyArray<RedlineZoneView>, period: string, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const breached = zones.filter((z) => z.state === 'breached');
  const held = zones.filter((z) => z.state === 'held').length;
  const unobserved = zones.filter((z) => z.state === 'unobserved').length;
  const n = zones.length;
  if (zh) {
    const parts = [`${period ? `${period}年` : ''}共 ${n} 个生态保护红线区`];
    parts.push(
      breached.length === 0
        ? '无一突破红线'
        : `${breached.length} 个突破红线：${breached.map((z) => `${z.name}（${z.briefs.join('，')}）`).join('、')}`,
    );
    if (held > 0) parts.push(`${held} 个守住红线`);
    if (unobserved > 0) parts.push(`${unobserved} 个无${period ? `${period}年` : ''}监测数据`);
    return `${parts.join('；')}。`;
  }
  const parts = [`${n} red-line ${n === 1 ? 'zone' : 'zones'}${period ? ` in ${period}` : ''}`];
  parts.push(
    breached.length === 0
      ? 'none breached'
      : `${breached.length} breached: ${breached.map((z) => `${z.name} (${z.briefs.join(', ')})`).join(', ')}`,
  );
  if (held > 0) parts.push(`${held} held`);
  if (unobserved > 0) parts.push(`${unobserved} not observed${period ? ` in ${period}` : ''}`);
  return `${parts.join('; ')}.`;
}
