// Writes the example city's data: framework.json, observations.csv, reports.json, and bundle.json (with ledgers.json).
// Everything is deterministic (a seeded mulberry32 generator), so running it again gives the
// same bytes. Run: node examples/meixi/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../scripts/lib/mulberry32.mjs';

const out = (name) => fileURLToPath(new URL(name, import.meta.url));
const random = mulberry32(20241);
const t = (zh, en) => ({ zh, en });

const districts = [
  { id: 'xihu', name: t('西湖区', 'Xihu District'), kind: 'district', tags: ['plain', 'keyRegion'], perf: 1.05 },
  { id: 'dongcheng', name: t('东城区', 'Dongcheng District'), kind: 'district', tags: ['plain'], perf: 0.95 },
  { id: 'nanshan', name: t('南山区', 'Nanshan District'), kind: 'district', tags: ['mountainous'], perf: 1.0 },
  { id: 'beiling', name: t('北岭县', 'Beiling County'), kind: 'county', tags: ['mountainous'], perf: 0.9 },
  { id: 'qingxi', name: t('清溪县', 'Qingxi County'), kind: 'county', tags: ['hilly'], perf: 0.85 },
  {
    id: 'gangkou',
    name: t('港口区', 'Gangkou District'),
    kind: 'district',
    tags: ['hilly', 'keyRegion', 'industrial'],
    perf: 0.35,
  },
];
const departments = [
  ['eeb', '市生态环境局', 'Ecology and Environment Bureau'],
  ['nrpb', '市自然资源和规划局', 'Natural Resources and Planning Bureau'],
  ['drc', '市发展和改革委员会', 'Development and Reform Commission'],
  ['hurd', '市住房和城乡建设局', 'Housing and Urban-Rural Development Bureau'],
  ['wrb', '市水利局', 'Water Resources Bureau'],
  ['miit', '市经济和信息化局', 'Economy and Information Technology Bureau'],
  ['arab', '市农业农村局', 'Agriculture and Rural Affairs Bureau'],
  ['edu', '市教育局', 'Education Bureau'],
];
const units = [
  { id: 'meixi', name: t('美溪市人民政府', 'Meixi Municipal Government'), kind: 'government', tags: [], head: 'mayor' },
  // A district's head (区长 / 县长) is its principal (主要负责人): the person a proposal to the district names.
  ...districts.map(({ perf, ...d }) => ({ ...d, parent: 'meixi', head: `head-${d.id}` })),
  ...departments.map(([id, zh, en]) => ({ id, name: t(zh, en), kind: 'department', parent: 'meixi', tags: [] })),
  {
    id: 'supervision',
    name: t('市委市政府督查室', 'Supervision Office of the Municipal Party Committee and Government'),
    kind: 'group',
    parent: 'meixi',
    tags: [],
  },
];

// [id, zh, en, area, unit of measure zh/en, polarity, attribute, baseline 2020, target 2026, method, responsible, weight, extra]
const I = (id, zh, en, area, uom, polarity, attribute, base, target, scoring, responsible, weight, extra = {}) => ({
  id,
  title: t(zh, en),
  area,
  unitOfMeasure: t(uom[0], uom[1]),
  polarity,
  attribute,
  baseline: { value: base, period: '2020' },
  target: { value: target, period: '2026', comparator: polarity === 'lower' ? '<=' : '>=' },
  weight,
  scoring,
  responsible,
  source: t('美溪市统计局、各主管部门', 'Meixi Statistics Bureau and the departments in charge'),
  ...extra,
});
const dtt = { method: 'distanceToTarget' };
const indicators = [
  I(
    'redline-area',
    '生态保护红线面积保有率（以2020年为基数）',
    'Red-line area kept (share of the 2020 area)',
    'space',
    ['%', '%'],
    'notDecrease',
    'binding',
    100,
    100,
    {
      method: 'bands',
      bands: [
        { min: 100, points: 1 },
        { max: 100, points: 0 },
      ],
    },
    'nrpb',
    0.125,
  ),
  I(
    'redline-share',
    '生态保护红线占国土面积比例',
    'Red-line share of land area',
    'space',
    ['%', '%'],
    'higher',
    'expected',
    24,
    26,
    dtt,
    'nrpb',
    0.125,
  ),
  I(
    'eco-villages',
    '国家级、省级生态村数量',
    'National and provincial eco-villages',
    'space',
    ['个', 'villages'],
    'higher',
    'expected',
    6,
    18,
    dtt,
    'arab',
    0.125,
  ),
  I(
    'green-schools',
    '绿色学校数量',
    'Green schools',
    'space',
    ['所', 'schools'],
    'higher',
    'expected',
    8,
    20,
    dtt,
    'edu',
    0.125,
  ),
  I(
    'green-communities',
    '绿色社区数量',
    'Green communities',
    'space',
    ['个', 'communities'],
    'higher',
    'expected',
    5,
    16,
    dtt,
    'hurd',
    0.125,
  ),
  I(
    'eco-town-coverage',
    '国家级生态乡镇覆盖率',
    'National eco-town coverage',
    'space',
    ['%', '% of towns'],
    'higher',
    'binding',
    60,
    100,
    {
      method: 'bands',
      bands: [
        { min: 100, points: 5 },
        { min: 90, max: 100, points: 4 },
        { min: 80, max: 90, points: 3 },
        { max: 80, points: 1 },
      ],
    },
    'eeb',
    0.125,
  ),
  I(
    'forest-coverage',
    '森林覆盖率',
    'Forest coverage',
    'space',
    ['%', '%'],
    'higher',
    'expected',
    40,
    45,
    dtt,
    'nrpb',
    0.125,
    {
      classTargets: [
        { tag: 'mountainous', value: 68 },
        { tag: 'plain', value: 28 },
      ],
    },
  ),
  I(
    'eco-park',
    '省级生态工业园区建成',
    'Provincial eco-industrial park established',
    'space',
    ['是/否', 'yes/no'],
    'boolean',
    'expected',
    false,
    true,
    { method: 'boolean', points: 1 },
    'miit',
    0.125,
  ),
  I(
    'eia-rate',
    '环评执行率',
    'Environmental impact assessment execution rate',
    'env',
    ['%', '%'],
    'higher',
    'binding',
    96,
    100,
    {
      method: 'bands',
      bands: [
        { min: 100, points: 5 },
        { min: 98, max: 100, points: 3 },
        { max: 98, points: 0 },
      ],
    },
    'eeb',
    0.125,
  ),
  I(
    'polluting-firms-closed',
    '关停搬迁污染企业数（累计）',
    'Polluting firms closed or relocated (cumulative)',
    'env',
    ['家', 'firms'],
    'higher',
    'expected',
    0,
    40,
    dtt,
    'eeb',
    0.125,
  ),
  I(
    'sewage-capacity',
    '污水处理能力',
    'Sewage treatment capacity',
    'env',
    ['万吨/日', '10k t/day'],
    'higher',
    'expected',
    8,
    14,
    dtt,
    'hurd',
    0.125,
  ),
  I(
    'backup-water',
    '应急备用水源建成',
    'Backup drinking-water source built',
    'env',
    ['是/否', 'yes/no'],
    'boolean',
    'expected',
    false,
    true,
    { method: 'boolean', points: 1 },
    'wrb',
    0.125,
  ),
  I(
    'urban-green',
    '城市建成区绿化覆盖率',
    'Urban green coverage rate',
    'env',
    ['%', '%'],
    'higher',
    'expected',
    38,
    43,
    dtt,
    'hurd',
    0.125,
    { classTargets: [{ tag: 'mountainous', value: 45 }] },
  ),
  I(
    'pm25',
    '细颗粒物（PM2.5）年均浓度',
    'PM2.5 annual mean',
    'env',
    ['微克/立方米', 'µg/m³'],
    'lower',
    'binding',
    42,
    30,
    { method: 'deduction', full: 3, ratePerUnit: 0.5 },
    'eeb',
    0.125,
  ),
  I(
    'good-air-days',
    '空气质量优良天数比例',
    'Share of days with good air quality',
    'env',
    ['%', '%'],
    'higher',
    'binding',
    82,
    90,
    dtt,
    'eeb',
    0.125,
  ),
  I(
    'water-class3',
    '地表水达到或好于Ⅲ类水体比例',
    'Surface water at or better than class III',
    'env',
    ['%', '%'],
    'higher',
    'binding',
    70,
    85,
    dtt,
    'wrb',
    0.125,
  ),
  I(
    'industrial-clusters',
    '规划产业集群数量',
    'Planned industrial clusters',
    'industry',
    ['个', 'clusters'],
    'higher',
    'expected',
    1,
    3,
    dtt,
    'drc',
    0.25,
  ),
  I(
    'cluster-share',
    '集群园区产值占经济总量比重',
    'Cluster parks’ share of the economy',
    'industry',
    ['%', '%'],
    'higher',
    'expected',
    30,
    45,
    dtt,
    'miit',
    0.25,
  ),
  I(
    'service-share',
    '服务业增加值占GDP比重',
    'Service-sector value added share of GDP',
    'industry',
    ['%', '%'],
    'higher',
    'expected',
    42,
    50,
    dtt,
    'drc',
    0.25,
  ),
  I(
    'backward-capacity',
    '淘汰落后产能（累计）',
    'Backward capacity phased out (cumulative)',
    'industry',
    ['万吨', '10k t'],
    'higher',
    'reference',
    0,
    120,
    dtt,
    'miit',
    0.25,
  ),
];
// Counts are published as whole numbers (decimals: 0): a fractional milestone, such as 33.33 firms
// closed by 2025, is read and worded as the whole count that meets it (34).
const counts = new Set([
  'eco-villages',
  'green-schools',
  'green-communities',
  'polluting-firms-closed',
  'industrial-clusters',
]);
for (const ind of indicators) if (counts.has(ind.id)) ind.decimals = 0;
// Annual milestones for the linear indicators: the assessment of a year compares with its milestone.
for (const ind of indicators) {
  if (typeof ind.baseline.value !== 'number' || ind.scoring.method === 'bands' || ind.classTargets) continue;
  const step = (ind.target.value - ind.baseline.value) / 6;
  ind.milestones = [2024, 2025].map((y) => ({
    period: String(y),
    value: Math.round((ind.baseline.value + step * (y - 2020)) * 100) / 100,
  }));
}
// Targets assigned to a district (目标分解): Xihu's 2025 responsibility letter holds it to 31 µg/m³ of
// PM2.5, stricter than the city's milestone of 32; its 30.5 meets both, so no published figure moves.
indicators.find((ind) => ind.id === 'pm25').unitTargets = [{ unit: 'xihu', period: '2025', value: 31 }];

const areas = [
  { id: 'space', title: t('生态空间优化', 'Ecological space'), weight: 0.35 },
  { id: 'env', title: t('生态环境优化', 'Ecological environment'), weight: 0.4 },
  { id: 'industry', title: t('产业结构优化', 'Industrial structure'), weight: 0.25 },
];
const goals = [
  {
    id: 'design',
    title: t('加强顶层设计', 'Top-level design'),
    statement: t(
      '制定实施方案，明确时间表、路线图和责任分工，建立评价考核体系。',
      'An implementation plan with timetable, roadmap and division of responsibilities, and an evaluation and assessment system.',
    ),
    area: 'industry',
    targetPeriod: '2024',
    indicators: ['industrial-clusters', 'cluster-share'],
  },
  {
    id: 'reform',
    title: t('推进重点领域改革', 'Key-field reforms'),
    statement: t(
      '生态空间、环境治理、生态产业三大领域改革取得突破，生态保护红线面积不减少、功能不降低、性质不改变。',
      'Breakthroughs in ecological space, environmental governance and ecological industry; red-line zones keep their area, function and nature.',
    ),
    area: 'env',
    targetPeriod: '2026',
    indicators: [
      'redline-area',
      'redline-share',
      'eia-rate',
      'polluting-firms-closed',
      'pm25',
      'good-air-days',
      'water-class3',
      'backward-capacity',
      'service-share',
    ],
  },
  {
    id: 'infrastructure',
    title: t('完善基础设施', 'Infrastructure'),
    statement: t(
      '推进绿化、污水和垃圾处理、城乡一体化和农村环境整治。',
      'Greening, sewage and refuse treatment, urban–rural integration and the rural environment.',
    ),
    area: 'env',
    targetPeriod: '2026',
    indicators: ['sewage-capacity', 'backup-water', 'urban-green', 'forest-coverage'],
  },
  {
    id: 'publicity',
    title: t('加大宣传力度', 'Publicity'),
    statement: t(
      '开展生态创建和宣传活动，提高全民参与度。',
      'Eco-creation campaigns and publicity that bring everyone in.',
    ),
    area: 'space',
    targetPeriod: '2026',
    indicators: ['eco-villages', 'green-schools', 'green-communities', 'eco-town-coverage', 'eco-park'],
  },
];
const leader = (zh, en, post) => ({ unit: 'meixi', position: t(zh, en), post });
const checker = { unit: 'supervision', position: t('市委市政府督查室', 'Supervision Office') };
const head = (unit, zh, en) => ({ unit, position: t(zh, en) });
const M = (id, zh, en, goal, lead, cooperating, owner, doer, nodes, inds) => ({
  id,
  title: t(zh, en),
  goal,
  lead,
  cooperating,
  owner,
  doer,
  checker,
  nodes: nodes.map(([nid, due, nzh, nen]) => ({ id: nid, title: t(nzh, nen), due, deliverable: t(nzh, nen) })),
  indicators: inds,
});
const mayor = leader('市长', 'Mayor', 'mayor');
const deputyEnv = leader('分管生态环境的副市长', 'Deputy mayor for ecology and environment', 'deputy-mayor-env');
const deputyEcon = leader('分管经济的副市长', 'Deputy mayor for the economy', 'deputy-mayor-econ');
const deputyCity = leader('分管城建的副市长', 'Deputy mayor for urban development', 'deputy-mayor-city');
const measures = [
  M(
    'plan',
    '制定生态文明建设综合改革实施方案',
    'Implementation plan for the comprehensive reform',
    'design',
    'drc',
    ['eeb', 'nrpb'],
    mayor,
    head('drc', '市发改委主任', 'Director, Development and Reform Commission'),
    [
      ['draft', '2024-03-31', '形成方案初稿', 'Draft plan'],
      [
        'issue',
        '2024-06-30',
        '印发实施方案（含时间表、路线图、责任分工）',
        'Plan issued with timetable, roadmap and responsibilities',
      ],
    ],
    [],
  ),
  M(
    'assessment-system',
    '建立生态文明建设评价考核体系',
    'Evaluation and assessment system',
    'design',
    'drc',
    ['eeb'],
    mayor,
    head('drc', '市发改委主任', 'Director, Development and Reform Commission'),
    [
      ['rules', '2024-09-30', '出台考核办法', 'Assessment rules issued'],
      ['first-run', '2025-03-31', '完成首次年度考核', 'First annual assessment done'],
    ],
    [],
  ),
  M(
    'redline',
    '划定并严守生态保护红线，实行分级管控',
    'Delineate and hold the red lines with graded control',
    'reform',
    'nrpb',
    ['eeb', 'arab'],
    deputyEnv,
    head('nrpb', '市自然资源和规划局局长', 'Director, Natural Resources and Planning Bureau'),
    [
      ['delineate', '2024-06-30', '完成红线勘界定标', 'Boundaries surveyed and marked'],
      ['monitor', '2024-12-31', '建成红线监管平台', 'Red-line monitoring platform'],
      ['review', '2025-12-31', '完成红线年度评估', 'Annual red-line review'],
    ],
    ['redline-area', 'redline-share'],
  ),
  M(
    'backward-capacity',
    '淘汰落后产能',
    'Phase out backward capacity',
    'reform',
    'miit',
    ['eeb', 'drc'],
    deputyEcon,
    head('miit', '市经信局局长', 'Director, Economy and IT Bureau'),
    [
      ['list', '2024-04-30', '公布淘汰名单', 'Phase-out list published'],
      ['half', '2025-06-30', '完成淘汰任务的50%', 'Half of the phase-out done'],
      ['all', '2026-06-30', '全面完成淘汰任务', 'Phase-out complete'],
    ],
    ['backward-capacity'],
  ),
  M(
    'polluters',
    '关停搬迁污染企业',
    'Close or relocate polluting firms',
    'reform',
    'eeb',
    ['miit', 'nrpb'],
    deputyEnv,
    head('eeb', '市生态环境局局长', 'Director, Ecology and Environment Bureau'),
    [
      ['survey', '2024-05-31', '完成污染企业排查', 'Survey of polluting firms'],
      ['first-batch', '2025-06-30', '完成第一批关停搬迁', 'First batch closed or relocated'],
      ['second-batch', '2026-09-30', '完成第二批关停搬迁', 'Second batch closed or relocated'],
    ],
    ['polluting-firms-closed'],
  ),
  M(
    'sewage',
    '污水处理厂扩容提标',
    'Expand and upgrade sewage plants',
    'infrastructure',
    'hurd',
    ['wrb', 'eeb'],
    deputyCity,
    head('hurd', '市住建局局长', 'Director, Housing and Urban-Rural Development Bureau'),
    [
      ['design', '2024-06-30', '完成扩容工程设计', 'Expansion designed'],
      ['build', '2025-09-30', '主体工程完工', 'Main works finished'],
      ['operate', '2026-03-31', '通水运行', 'In operation'],
    ],
    ['sewage-capacity'],
  ),
  M(
    'backup-water',
    '建设应急备用水源',
    'Build the backup drinking-water source',
    'infrastructure',
    'wrb',
    ['hurd', 'nrpb'],
    deputyCity,
    head('wrb', '市水利局局长', 'Director, Water Resources Bureau'),
    [
      ['approve', '2024-03-31', '项目立项', 'Project approved'],
      ['reservoir', '2025-06-30', '水源工程完工', 'Source works finished'],
      ['supply', '2025-12-31', '具备应急供水能力', 'Ready for emergency supply'],
    ],
    ['backup-water'],
  ),
  M(
    'greening',
    '城乡绿化提升行动',
    'Urban and rural greening',
    'infrastructure',
    'hurd',
    ['nrpb', 'arab'],
    deputyCity,
    head('hurd', '市住建局局长', 'Director, Housing and Urban-Rural Development Bureau'),
    [
      ['plan', '2024-03-31', '印发绿化提升方案', 'Greening plan issued'],
      ['parks', '2025-10-31', '新建口袋公园30个', '30 pocket parks built'],
    ],
    ['urban-green', 'forest-coverage'],
  ),
  M(
    'eco-creation',
    '生态村、生态乡镇创建',
    'Eco-village and eco-town creation',
    'publicity',
    'eeb',
    ['arab'],
    deputyEnv,
    head('eeb', '市生态环境局局长', 'Director, Ecology and Environment Bureau'),
    [
      ['apply', '2024-06-30', '完成创建申报', 'Applications submitted'],
      ['accept', '2025-11-30', '通过省级验收', 'Provincial acceptance'],
      ['full', '2026-11-30', '国家级生态乡镇全覆盖', 'Full national eco-town coverage'],
    ],
    ['eco-villages', 'eco-town-coverage'],
  ),
  M(
    'clusters',
    '建设产业集群园区',
    'Build industrial cluster parks',
    'design',
    'drc',
    ['miit', 'nrpb'],
    deputyEcon,
    head('drc', '市发改委主任', 'Director, Development and Reform Commission'),
    [
      ['plan', '2024-06-30', '编制集群发展规划', 'Cluster plan'],
      ['park', '2025-12-31', '建成省级生态工业园区', 'Provincial eco-industrial park'],
      ['third', '2026-10-31', '第三个集群成型', 'Third cluster formed'],
    ],
    ['industrial-clusters', 'cluster-share', 'eco-park'],
  ),
  M(
    'green-campus',
    '绿色学校、绿色社区创建',
    'Green schools and green communities',
    'publicity',
    'edu',
    ['hurd', 'eeb'],
    deputyEnv,
    head('edu', '市教育局局长', 'Director, Education Bureau'),
    [
      ['criteria', '2024-04-30', '出台创建标准', 'Criteria issued'],
      ['batch1', '2024-12-31', '首批命名', 'First batch named'],
      ['batch2', '2025-12-31', '第二批命名', 'Second batch named'],
    ],
    ['green-schools', 'green-communities'],
  ),
  M(
    'rural-environment',
    '农村人居环境整治',
    'Rural living-environment improvement',
    'infrastructure',
    'arab',
    ['hurd', 'eeb'],
    deputyEnv,
    head('arab', '市农业农村局局长', 'Director, Agriculture and Rural Affairs Bureau'),
    [
      ['survey', '2024-05-31', '完成村庄摸底', 'Villages surveyed'],
      ['refuse', '2025-08-31', '农村垃圾收运体系全覆盖', 'Rural refuse collection everywhere'],
    ],
    [],
  ),
  M(
    'publicity',
    '生态文明宣传教育活动',
    'Ecological-civilization publicity campaign',
    'publicity',
    'edu',
    ['eeb'],
    mayor,
    head('edu', '市教育局局长', 'Director, Education Bureau'),
    [
      ['launch', '2024-06-05', '六五环境日启动宣传月', 'Campaign month launched on Environment Day'],
      ['review', '2025-06-05', '年度宣传成效评估', 'Annual campaign review'],
    ],
    [],
  ),
  M(
    'leading-group',
    '建立领导小组协调机制',
    'Leading-group coordination mechanism',
    'design',
    'drc',
    ['eeb', 'nrpb', 'supervision'],
    mayor,
    head('drc', '市发改委主任', 'Director, Development and Reform Commission'),
    [
      ['set-up', '2024-02-29', '成立领导小组', 'Leading group set up'],
      ['meetings', '2024-12-31', '建立季度调度会制度', 'Quarterly coordination meetings'],
    ],
    [],
  ),
];
// A city task decomposed to every district and county (区县分解): the agriculture bureau leads the
// city-wide task, each district or county leads its own share, with its head answerable for it.
measures.push(
  M(
    'rural-sewage',
    '农村生活污水治理全覆盖',
    'Rural sewage treatment in every village',
    'infrastructure',
    'arab',
    ['eeb', 'hurd'],
    deputyCity,
    head('arab', '市农业农村局局长', 'Director, Agriculture and Rural Affairs Bureau'),
    [
      ['plan', '2025-03-31', '印发区县分解方案', 'Decomposition to districts issued'],
      ['acceptance', '2026-12-31', '完成全市验收', 'City-wide acceptance'],
    ],
    [],
  ),
  ...districts.map((d) => ({
    ...M(
      `rural-sewage-${d.id}`,
      `${d.name.zh}农村生活污水治理`,
      `Rural sewage treatment, ${d.name.en}`,
      'infrastructure',
      d.id,
      ['arab'],
      {
        ...head(d.id, `${d.name.zh}${d.kind === 'county' ? '县长' : '区长'}`, `Head of ${d.name.en}`),
        post: `head-${d.id}`,
      },
      head(d.id, `${d.name.zh}农业农村局局长`, `Director of agriculture, ${d.name.en}`),
      [
        ['survey', '2025-06-30', '完成村庄污水现状排查', 'Village sewage survey'],
        ['cover', '2026-06-30', '治理设施覆盖全部行政村', 'Every village covered'],
      ],
      [],
    ),
    partOf: 'rural-sewage',
  })),
);

const redLines = [
  ['xihu-wetland', '西湖湿地红线区', 'Xihu wetland zone', 'xihu', 'II', 8.6, 0.78, 'wetland'],
  ['nanshan-forest', '南山水源涵养红线区', 'Nanshan water-conservation forest', 'nanshan', 'I', 12.4, 0.86, 'forest'],
  ['beiling-forest', '北岭生物多样性红线区', 'Beiling biodiversity zone', 'beiling', 'I', 21.3, 0.9, 'forest'],
  ['qingxi-river', '清溪河岸带红线区', 'Qingxi riparian zone', 'qingxi', 'II', 5.2, 0.74, 'river'],
  ['gangkou-coast', '港口滨海湿地红线区', 'Gangkou coastal wetland', 'gangkou', 'II', 3.9, 0.7, 'wetland'],
].map(([id, zh, en, unit, grade, area, fi, nature]) => ({
  id,
  name: t(zh, en),
  unit,
  grade,
  // The district's or county's head answers for its zones.
  post: `head-${unit}`,
  baseline: { area, functionIndex: fi, nature },
  observations: ['2023', '2024', '2025'].map((period) => ({
    period,
    // The one breach: a road project takes 0.35 km² of the Nanshan zone in 2025.
    area: id === 'nanshan-forest' && period === '2025' ? 12.05 : area,
    functionIndex: Math.round((fi + (period === '2025' ? 0.01 : 0)) * 100) / 100,
    nature,
  })),
}));

// The people holding the posts that measures, zones and the chief systems' areas name, with their
// tenures. The deputy mayor for ecology and environment changes on 1 July 2025: 李明 hands over to
// 王芳, and with the office the city-level river chief of the Meixi (市级河长), as is usual.
const P = (id, zh, en, positions) => ({
  id,
  name: t(zh, en),
  positions: positions.map(([post, unit, tzh, ten, start, end]) => ({
    post,
    unit,
    title: t(tzh, ten),
    start,
    ...(end ? { end } : {}),
  })),
});
const riverChief = ['river-chief-meixi', 'meixi', '梅溪市级河长', 'City-level river chief, Meixi River'];
const people = [
  P('chen-hua', '陈华', 'Chen Hua', [
    ['mayor', 'meixi', '市长', 'Mayor', '2021-01-15'],
    ['forest-chief-city', 'meixi', '美溪市总林长', 'Chief forest chief of Meixi', '2021-01-15'],
  ]),
  P('li-ming', '李明', 'Li Ming', [
    [
      'deputy-mayor-env',
      'meixi',
      '分管生态环境的副市长',
      'Deputy mayor for ecology and environment',
      '2021-03-01',
      '2025-06-30',
    ],
    [...riverChief, '2021-03-01', '2025-06-30'],
  ]),
  P('wang-fang', '王芳', 'Wang Fang', [
    ['deputy-mayor-env', 'meixi', '分管生态环境的副市长', 'Deputy mayor for ecology and environment', '2025-07-01'],
    [...riverChief, '2025-07-01'],
  ]),
  P('zhao-lei', '赵磊', 'Zhao Lei', [
    ['deputy-mayor-econ', 'meixi', '分管经济的副市长', 'Deputy mayor for the economy', '2022-05-01'],
  ]),
  P('sun-li', '孙丽', 'Sun Li', [
    ['deputy-mayor-city', 'meixi', '分管城建的副市长', 'Deputy mayor for urban development', '2023-02-01'],
  ]),
  ...[
    ['zhou-jie', '周杰', 'Zhou Jie', 'xihu'],
    ['wu-min', '吴敏', 'Wu Min', 'dongcheng'],
    ['zheng-qiang', '郑强', 'Zheng Qiang', 'nanshan'],
    ['feng-tao', '冯涛', 'Feng Tao', 'beiling'],
    ['chen-jing', '陈静', 'Chen Jing', 'qingxi'],
    ['liu-yang', '刘洋', 'Liu Yang', 'gangkou'],
  ].map(([id, zh, en, unit]) => {
    const d = districts.find((x) => x.id === unit);
    const title = d.kind === 'county' ? ['县长', 'County head'] : ['区长', 'District head'];
    return P(id, zh, en, [
      [`head-${unit}`, unit, `${d.name.zh}${title[0]}`, `${title[1]}, ${d.name.en}`, '2022-01-01'],
      // The county head of Qingxi is also the county-level river chief of the Qingxi River.
      ...(unit === 'qingxi'
        ? [['river-chief-qingxi', unit, '清溪河县级河长', 'County-level river chief, Qingxi River', '2022-01-01']]
        : []),
    ]);
  }),
];

// The areas under the chief systems (河长制, 林长制), each with its chief's post, the units it runs
// through and the indicators that measure it there.
const chiefAreas = [
  {
    id: 'meixi-river',
    kind: 'river',
    name: t('梅溪干流', 'Meixi River main stream'),
    post: 'river-chief-meixi',
    units: ['nanshan', 'xihu', 'dongcheng', 'gangkou'],
    indicators: ['water-class3'],
  },
  {
    id: 'qingxi-stream',
    kind: 'river',
    name: t('清溪河', 'Qingxi River'),
    post: 'river-chief-qingxi',
    units: ['qingxi'],
    indicators: ['water-class3'],
  },
  {
    id: 'southern-hills-forest',
    kind: 'forest',
    name: t('南部山区林区', 'Southern hills forest'),
    post: 'forest-chief-city',
    units: ['nanshan', 'beiling'],
    indicators: ['forest-coverage'],
  },
];

const scheme = {
  version: '2024.1',
  totalPoints: 100,
  grades: [
    { id: 'excellent', label: t('优秀', 'Excellent'), min: 90, inclusive: true },
    { id: 'good', label: t('良好', 'Good'), min: 80, inclusive: true },
    { id: 'pass', label: t('合格', 'Pass'), min: 60, inclusive: true },
    { id: 'fail', label: t('不合格', 'Fail'), min: 0, inclusive: true },
  ],
  rounding: { digits: 1, mode: 'halfUp' },
  // 数据未报送 scores nothing: a missing value is scored 0, the bottom of every method's scale, so a gap
  // never outscores a report (a floor of 60 on these 0–100 scales would).
  missing: { policy: 'zero' },
  weightsSumTo: 1,
  rules: [
    {
      kind: 'veto',
      id: 'redline-veto',
      reason: t(
        '生态保护红线面积减少、功能降低或性质改变，一票否决',
        'Red-line zone reduced, degraded or changed in nature: veto',
      ),
      when: { event: 'redLineBreach' },
      grade: 'fail',
    },
    {
      kind: 'gradeCap',
      id: 'major-incident',
      reason: t('发生重特大突发环境事件，不得评为优秀', 'A major environmental incident: cannot be rated excellent'),
      when: { event: 'flag', flag: 'majorIncident' },
      maxGrade: 'good',
    },
    {
      kind: 'bindingUnmet',
      id: 'binding',
      reason: t(
        '约束性指标未完成年度目标，不得评为优秀',
        'A binding indicator missed its annual target: cannot be rated excellent',
      ),
      effect: 'cap',
      maxGrade: 'good',
    },
    {
      kind: 'bonus',
      id: 'national-honour',
      points: 2,
      max: 2,
      reason: t('获得国家级生态文明荣誉', 'National ecological-civilization honour'),
      when: { event: 'flag', flag: 'nationalHonour' },
    },
    {
      kind: 'deduction',
      id: 'complaint',
      points: 1,
      reason: t('经查实的群众环境投诉', 'Verified environmental complaint'),
      when: { event: 'flag', flag: 'verifiedComplaint' },
    },
  ],
  measureThresholds: { atRisk: 0.9, lagging: 0.7 },
  // 序时进度: reported ÷ expected progress ≥ 1.1 超序时, ≥ 0.9 按序时, else 滞后序时.
  paceBands: { ahead: 1.1, onPace: 0.9 },
  // 分类考核: districts and counties on indicators (80) and their tasks (20, by node: on time full,
  // late 60 %, not done nothing); city departments on their tasks alone (100, by 序时进度), a
  // co-operating unit bearing half a shortfall.
  groups: [
    {
      id: 'districts',
      label: t('区县', 'Districts and counties'),
      kinds: ['district', 'county'],
      indicators: 80,
      tasks: {
        points: 20,
        clause: t(
          '考核办法第六条：重点任务完成情况20分，按时间节点计分，按期完成得满分，逾期完成得60%，未完成不得分；配合单位承担未完成部分的50%',
          'Scheme art. 6: key tasks 20 points by time node: on time full, late 60 %, not done nothing; a co-operating unit bears half a shortfall',
        ),
        method: { kind: 'timeliness', per: 'node', onTime: 1, late: 0.6, notDone: 0 },
        roles: { lead: 1, cooperating: 0.5 },
        noTasks: 'fullPoints',
      },
      vetoed: 'last',
    },
    {
      id: 'departments',
      label: t('市直部门', 'City departments'),
      kinds: ['department'],
      indicators: 0,
      tasks: {
        points: 100,
        clause: t(
          '考核办法第七条：市直部门按牵头和配合的重点任务序时进度计分，超序时、按序时得满分，滞后序时得50%；配合单位承担差额的50%',
          'Scheme art. 7: departments scored on the 序时进度 of the tasks they lead or co-operate on: ahead or on schedule full, behind 50 %; a co-operating department bears half a shortfall',
        ),
        method: { kind: 'pace', ahead: 1, onPace: 1, behind: 0.5 },
        roles: { lead: 1, cooperating: 0.5 },
        noTasks: 'excluded',
      },
      vetoed: 'last',
    },
  ],
  escalation: [
    {
      action: 'reminder',
      basis: t('督查办法第八条：任务进度滞后的，予以提醒', 'Supervision rules art. 8: a lagging task is reminded'),
      when: { status: 'lagging', consecutive: 1 },
    },
    {
      action: 'warning',
      basis: t(
        '督查办法第八条：连续两次滞后的，予以预警',
        'Supervision rules art. 8: lagging twice running, a warning',
      ),
      when: { status: 'lagging', consecutive: 2 },
    },
    {
      action: 'interview',
      basis: t(
        '督查办法第八条：连续三次滞后的，约谈牵头单位主要负责人',
        'Supervision rules art. 8: lagging three times running, the lead unit’s head is interviewed',
      ),
      when: { status: 'lagging', consecutive: 3 },
    },
    {
      action: 'accountability',
      basis: t(
        '督查办法第九条：时间节点逾期30日以上的，提请问责',
        'Supervision rules art. 9: a node 30 days or more overdue is referred for accountability',
      ),
      when: { status: 'overdue', overdueDays: 30 },
    },
  ],
  // Consequences are proposals with the scheme's clause: 不合格 → 通报批评 + 约谈 + 限期整改; 问责 is for
  // the discipline and organisation departments to decide.
  consequences: [
    {
      id: 'excellent-commendation',
      action: 'commendation',
      basis: t(
        '考核办法第十二条：考核等次为优秀的，予以通报表扬',
        'Scheme art. 12: graded excellent, publicly commended',
      ),
      when: { on: 'grade', grade: 'excellent' },
    },
    ...[
      ['fail-criticism', 'criticism'],
      ['fail-interview', 'interview'],
      ['fail-rectification', 'rectification'],
    ].map(([id, action]) => ({
      id,
      action,
      basis: t(
        '考核办法第十二条：考核等次为不合格的，予以通报批评，约谈主要负责人，并限期整改',
        'Scheme art. 12: graded fail, publicly criticised, its head interviewed, and rectification within a deadline',
      ),
      when: { on: 'grade', grade: 'fail' },
    })),
    {
      id: 'redline-accountability',
      action: 'accountability',
      basis: t(
        '考核办法第十三条：生态保护红线被突破的，移送纪检监察机关和组织部门依规依纪追究责任',
        'Scheme art. 13: a red-line breach is referred to the discipline and organisation departments for accountability',
      ),
      when: { on: 'redLineBreach' },
    },
    {
      id: 'overdue-listed',
      action: 'listedSupervision',
      basis: t(
        '督查办法第九条：提请问责的任务同时挂牌督办',
        'Supervision rules art. 9: a task referred for accountability is also put under listed supervision',
      ),
      when: { on: 'escalation', action: 'accountability' },
    },
  ],
};

const framework = {
  id: 'meixi-2024',
  version: '1.0.0',
  title: t(
    '美溪市生态文明建设综合改革实施方案（2024—2026年）',
    'Meixi City comprehensive ecological-civilization reform plan, 2024–2026',
  ),
  description: t(
    '生态立市，建设最美美溪：优化生态空间、生态环境和产业结构。',
    'Ecology founds the city: optimise ecological space, the environment and the industrial structure.',
  ),
  jurisdiction: t('美溪市', 'Meixi City'),
  period: { start: '2024', end: '2026' },
  areas,
  goals,
  indicators,
  measures,
  units,
  redLines,
  people,
  chiefAreas,
  scheme,
};

// Observations, 2020–2025, one row per district × indicator × year.
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const stalls = new Set(['pm25', 'water-class3', 'good-air-days', 'polluting-firms-closed']);
const missing = new Set([
  'beiling|green-communities|2021',
  'qingxi|service-share|2023',
  'dongcheng|cluster-share|2020',
]);
// Notes in both languages: the widgets and reports show the page language's (examples/meixi/README.md).
const notes = {
  'nanshan|redline-area|2025': { zh: '道路工程占用红线区0.35平方公里', en: 'a road project took 0.35 km² of the zone' },
  'gangkou|pm25|2024': { zh: '港区扩建影响', en: 'port expansion' },
};
const rows = [['indicator', 'unit', 'period', 'value', 'note_zh', 'note_en', 'source']];
for (const d of districts) {
  for (const ind of indicators) {
    const target = ind.classTargets?.find((c) => d.tags.includes(c.tag))?.value ?? ind.target.value;
    const jitter = 1 + (random() - 0.5) * 0.12;
    for (let y = 2020; y <= 2025; y++) {
      const key = `${d.id}|${ind.id}|${y}`;
      let value;
      if (ind.id === 'redline-area') value = d.id === 'nanshan' && y === 2025 ? round((12.05 / 12.4) * 100, 1) : 100;
      else if (ind.id === 'eia-rate')
        value =
          d.id === 'gangkou'
            ? round(Math.min(98.5, 96 + (y - 2020) * 0.6), 1)
            : y >= 2023
              ? 100
              : round(96 + (y - 2020) * 1.3, 1);
      else if (ind.id === 'eco-town-coverage')
        value = Math.min(d.id === 'gangkou' ? 80 : d.id === 'qingxi' ? 90 : 100, 60 + 10 * (y - 2020));
      else if (ind.id === 'backup-water') value = y >= 2025 && d.id !== 'gangkou';
      else if (ind.id === 'eco-park') value = y >= 2025 && ['xihu', 'dongcheng', 'qingxi', 'nanshan'].includes(d.id);
      else {
        const base =
          ind.baseline.value * (ind.id === 'polluting-firms-closed' || ind.id === 'backward-capacity' ? 1 : jitter);
        // Binding indicators are pushed hardest: every district but the lagging one runs ahead of plan.
        const binding = ind.attribute === 'binding';
        const perf =
          d.id === 'gangkou' ? (stalls.has(ind.id) ? d.perf : 0.8) : binding ? Math.max(d.perf, 1) * 1.08 : d.perf;
        const years = d.id === 'gangkou' && stalls.has(ind.id) ? Math.min(y, 2022) - 2020 : y - 2020;
        const progress = Math.min(1.02, (years / 6) * perf * (1 + (random() - 0.5) * 0.08));
        value = round(base + (target - base) * progress, counts.has(ind.id) ? 0 : 1);
      }
      rows.push([
        ind.id,
        d.id,
        String(y),
        missing.has(key) ? '' : String(value),
        notes[key]?.zh ?? '',
        notes[key]?.en ?? '',
        ind.source.zh,
      ]);
    }
  }
}
const csv =
  rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';

// Progress reports on the measures' time nodes: past nodes reported done on their due date, the
// node in progress reported on its share; three exceptions tell the story: the polluting-firm task
// lags two quarters running, the sewage task is at risk, and the backward-capacity task misses
// its 2025-06-30 node.
const reports = [];
const report = (measure, node, date, percent, zh, en) =>
  reports.push({
    measure,
    node,
    date,
    percent,
    ...(percent >= 100 ? { status: 'done' } : {}),
    evidence: t(zh, en),
    reporter: measures.find((m) => m.id === measure).doer.position.zh,
  });
const inProgress = {
  polluters: [
    ['2025-09-20', 5],
    ['2025-12-20', 15],
  ],
  sewage: [['2025-12-20', 40]],
  'rural-sewage-gangkou': [['2025-12-20', 20]],
};
// Gangkou completes its sewage survey 46 days late (逾期完成): done, but not on time.
const doneLate = { 'rural-sewage-gangkou|survey': '2025-08-15' };
// Supervision checks each quarter end (measureHistory), and a doer reports at each one on the node
// in hand: on pace (the share of the node's window gone, plus 5 points), until the node is done or
// the story's own reports take over. Gangkou's sewage coverage sends nothing at the third quarter:
// that silence is the first of its two lagging checks.
const quarterEnds = ['03-31', '06-30', '09-30', '12-31']
  .flatMap((d) => ['2024', '2025'].map((y) => `${y}-${d}`))
  .sort();
const noInterim = new Set(['rural-sewage-gangkou|cover']);
const onPace = (previous, due, date) =>
  Math.min(
    95,
    Math.round((100 * (Date.parse(date) - Date.parse(previous))) / (Date.parse(due) - Date.parse(previous))) + 5,
  );
const interim = (m, n, previous, until) => {
  if (noInterim.has(`${m.id}|${n.id}`)) return;
  for (const q of quarterEnds.filter((q) => previous < q && q < until && q < n.due))
    report(
      m.id,
      n.id,
      q,
      onPace(previous, n.due, q),
      `${n.title.zh}：完成${onPace(previous, n.due, q)}%`,
      `${n.title.en}: ${onPace(previous, n.due, q)} % done`,
    );
};
for (const m of measures) {
  let previous = `${m.nodes[0].due.slice(0, 4)}-01-01`;
  for (const n of m.nodes) {
    const planned = inProgress[m.id];
    interim(
      m,
      n,
      previous,
      n.due <= '2025-12-31' && !(m.id === 'backward-capacity' && n.id === 'half')
        ? n.due
        : (planned?.[0]?.[0] ?? '2025-12-20'),
    );
    if (m.id === 'backward-capacity' && n.id === 'half') {
      report(
        m.id,
        n.id,
        '2025-06-30',
        45,
        '仅完成淘汰任务的45%，两家企业未按期关停',
        'Only 45 % phased out; two firms missed the deadline',
      );
      report(m.id, n.id, '2025-12-20', 60, '完成60%，剩余产能待关停', '60 % done; the rest still to close');
      break;
    }
    if (n.due <= '2025-12-31') {
      const late = doneLate[`${m.id}|${n.id}`];
      if (late) report(m.id, n.id, n.due, 70, `${n.title.zh}：完成70%`, `${n.title.en}: 70 % done`);
      report(m.id, n.id, late ?? n.due, 100, `${n.title.zh}：已完成`, `${n.title.en}: done`);
      previous = n.due;
      continue;
    }
    const plannedNow = planned ?? [
      [
        '2025-12-20',
        Math.min(
          95,
          Math.round(
            (100 * (Date.parse('2025-12-20') - Date.parse(previous))) / (Date.parse(n.due) - Date.parse(previous)),
          ) + 5,
        ),
      ],
    ];
    for (const [date, percent] of plannedNow)
      report(m.id, n.id, date, percent, `${n.title.zh}：完成${percent}%`, `${n.title.en}: ${percent} % done`);
    break;
  }
}
// The same data as one bundle, the single document a portal publishes for the widgets.
const cell = (v) => (v === '' ? null : v === 'true' ? true : v === 'false' ? false : Number(v));
const observations = rows.slice(1).map(([indicator, unit, period, value, zh, en, source]) => ({
  indicator,
  unit,
  period,
  value: cell(value),
  ...(zh || en ? { note: { ...(zh ? { zh } : {}), ...(en ? { en } : {}) } } : {}),
  source,
}));
// The supervision ledgers are written by hand (ledgers.json, with the evidence files they hash) and published with the rest.
const ledgers = JSON.parse(readFileSync(out('ledgers.json'), 'utf8'));
writeFileSync(out('bundle.json'), `${JSON.stringify({ framework, observations, reports, ledgers })}\n`);
writeFileSync(out('framework.json'), `${JSON.stringify(framework, null, 2)}\n`);
writeFileSync(out('observations.csv'), csv);
writeFileSync(out('reports.json'), `${JSON.stringify(reports, null, 2)}\n`);
console.log(
  `framework.json: ${indicators.length} indicators, ${measures.length} measures, ${units.length} units; observations.csv: ${rows.length - 1} rows; reports.json: ${reports.length} reports`,
);
