import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gradeOf, rankCompetition, type Assessment } from '@eco-reform/core';
import { previousPeriod, rankingParser, type RankingData, rankingLayout } from './ranking.layout.js';
import { rankingTable } from './ranking.table.js';
import { tableTwinCsv } from '../../shared/table-twin-csv.js';

const bundle = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../examples/meixi/bundle.json', import.meta.url)), 'utf8'),
) as {
  framework: { scheme: { missing: unknown } };
  observations: Array<{ unit: string; period: string; indicator: string }>;
};
function parse(input: unknown, period: string | null = null, previous?: unknown): RankingData {
  const parsed = rankingParser(
    () => period,
    () => previous,
  )(input);
  if (!parsed.ok) throw new Error(parsed.details.join('\n'));
  return parsed.value;
}
// Meixi City. 2025 totals: xihu 98.2, dongcheng 96.6, nanshan 94.1 (red-line veto: Fail), beiling 86.3,
// qingxi 88.1, gangkou 54.1. 2024: xihu 85.8, dongcheng 83.9, nanshan 84.7, beiling 80.5, qingxi 79.1,
// gangkou 54.7. 2020: xihu 9.6 and qingxi 9.6 tie.
const y2025 = parse(bundle);
const y2020 = parse(bundle, '2020');

/**
 * A synthetic assessment of `n` units: unit i totals (i × 7919 mod 1000) / 10, so every total from
 * 0.0 to 99.9 occurs n / 1000 times (three-way ties at n = 3000), and every 500th unit has none.
 */
function synthetic(n: number): Assessment {
  const template = JSON.parse(JSON.stringify(y2025.assessment)) as Assessment;
  const units = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: { zh: `单位${i}`, en: `Unit ${i}` } }));
  const totals = units.map((_, i) => (i % 500 === 499 ? null : ((i * 7919) % 1000) / 10));
  const ranks = rankCompetition(totals);
  return {
    ...template,
    units,
    results: units.map((u, i) => ({
      unit: u.id,
      total: totals[i]!,
      totalUnrounded: totals[i]!,
      grade: gradeOf(totals[i]!, template.scheme.grades),
      rank: ranks[i]!,
      areas: [],
      rules: [],
      subtotal: totals[i]!,
      subtotalUnrounded: totals[i]!,
      gradeByPoints: gradeOf(totals[i]!, template.scheme.grades),
    })),
    diagnostics: [],
  };
}

describe('rankingParser', () => {
  it('scores a bundle for the latest year and the observed year before it', () => {
    expect([y2025.assessment.period, y2025.previous?.period]).toEqual(['2025', '2024']);
    expect(parse(bundle, '2021').previous?.period).toBe('2020');
    expect(y2020.previous).toBeNull();
  });

  it('takes a precomputed assessment with an optional previous one, in the data or as a property', () => {
    const bare = JSON.parse(JSON.stringify(y2025.assessment));
    const before = JSON.parse(JSON.stringify(y2025.previous));
    expect(parse(bare).previous).toBeNull();
    expect(parse({ ...bare, previous: before }).previous?.period).toBe('2024');
    expect(parse(bare, null, before).previous?.period).toBe('2024');
    const wrong = rankingParser(() => null)({ ...bare, previous: { nope: true } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok)
      expect(wrong.details.join('\n')).toMatch(
        /expected format "eco-reform\.assessment\/2", got no format\n.*previous\.format/,
      );
    const { cells: _cells, ...noCells } = before as Record<string, unknown>;
    const lacking = rankingParser(() => null)({ ...bare, previous: noCells });
    expect(lacking.ok).toBe(false);
    if (!lacking.ok) expect(lacking.details.join('\n')).toContain('previous.cells');
    expect(rankingParser(() => null)({ nope: true }).ok).toBe(false);
  });

  it('picks the previous period of the same kind when periods are mixed', () => {
    expect(previousPeriod(['2020', '2025', '2024-Q4', '2024'], '2025')).toBe('2024');
    expect(previousPeriod(['2024-Q3', '2024-Q4', '2025-Q1', '2024'], '2025-Q1')).toBe('2024-Q4');
    expect(previousPeriod(['2024-Q4'], '2025')).toBe('2024-Q4');
    expect(previousPeriod(['2020'], '2020')).toBeNull();
  });
});

describe('rankingLayout', () => {
  const view = rankingLayout(y2025, { lang: 'en', width: 640, unit: 'gangkou' });

  it('orders units by total with competition ranks, grades and the change of rank since the previous year', () => {
    expect(view.rows.map((r) => [r.unit, r.rankText, r.totalText, r.gradeText, r.changeText])).toEqual([
      ['xihu', '1', '98.2', 'Excellent', 'unchanged'],
      ['dongcheng', '2', '96.6', 'Excellent', 'up 1'], // 3rd in 2024
      ['nanshan', '3', '94.1', 'Fail', 'down 1'], // 2nd in 2024; the veto sets the grade, not the band
      ['qingxi', '4', '88.1', 'Good', 'up 1'],
      ['beiling', '5', '86.3', 'Good', 'down 1'],
      ['gangkou', '6', '54.1', 'Fail', 'unchanged'],
    ]);
    expect(view.rows[2]!.note).toBe('Grade set by a rule: Red-line zone reduced, degraded or changed in nature: veto');
    expect(view.rows.filter((r) => r.note !== '')).toHaveLength(1);
    expect([view.period, view.previousPeriod, view.caption, view.comparedWith]).toEqual([
      '2025',
      '2024',
      'Ranking · 2025',
      'change since 2024',
    ]);
  });

  it('draws bars from zero on a 0–100 scale between the labels and the value column', () => {
    // The longest label, "2 Dongcheng District", is 20 characters × 6.96 px: left = ceil(12 + 139.2 + 8) = 160; right = 640 − 48.
    expect(view.plot).toEqual({ left: 160, top: 34, right: 592, bottom: 34 + 6 * 26 });
    expect(view.height).toBe(216);
    // 432 px for 100 points: 4.32 px a point.
    expect(view.rows[0]!.bar).toEqual({ x: 160, y: 39, width: 424.22, height: 16 }); // 98.2 × 4.32
    expect(view.rows[5]!.bar).toEqual({ x: 160, y: 169, width: 233.71, height: 16 }); // 54.1 × 4.32, row 6 at 34 + 5 × 26
    expect(view.rows[0]!.value).toEqual({ x: 588.22, y: 47, text: '98.2', anchor: 'start', inside: false });
    // "94.1 (Fail) ↓1" would pass the right edge after the bar's end (566.51), so it goes inside it.
    expect(view.rows[2]!.value).toEqual({ x: 562.51, y: 99, text: '94.1 (Fail) ↓1', anchor: 'end', inside: true });
  });

  it('draws the scheme’s grade bands behind the bars, named, with their edges as ticks', () => {
    expect(view.bands.map((b) => [b.grade, b.label, b.range, b.x0, b.x1])).toEqual([
      ['excellent', 'Excellent', '≥\u00a090', 548.8, 592],
      ['good', 'Good', '≥\u00a080', 505.6, 548.8],
      ['pass', 'Pass', '≥\u00a060', 419.2, 505.6],
      ['fail', 'Fail', '<\u00a060', 160, 419.2],
    ]);
    // "Good" (centre 527.2) would touch "Excellent" (from 539.08), so it takes the second line.
    expect(view.bands.map((b) => b.labelY)).toEqual([12, 26, 12, 12]);
    expect(view.ticks.map((t) => [t.label, t.x])).toEqual([
      ['0', 160],
      ['60', 419.2],
      ['80', 505.6],
      ['90', 548.8],
      ['100', 592],
    ]);
  });

  it('marks the highlighted unit in its row and label, with a text marker', () => {
    expect(view.highlighted).toBe('gangkou');
    expect(view.rows.filter((r) => r.highlighted).map((r) => r.unit)).toEqual(['gangkou']);
    expect(view.rows[5]!.label.text).toBe('▶ 6 Gangkou District');
    expect(rankingLayout(y2025, { lang: 'en', unit: 'atlantis' }).highlighted).toBeNull();
  });

  it('sums the ranking up in words for every unit, in English and Chinese', () => {
    expect(view.summary).toBe(
      '6 units assessed for 2025 (change of rank since 2024); highest Xihu District 98.2 (Excellent); lowest Gangkou District 54.1 (Fail); ' +
        'grades: 2 Excellent, 2 Good, 2 Fail; no ties; grade set by a rule: Nanshan District (Fail); Gangkou District highlighted: rank 6 of 6, unchanged since 2024.',
    );
    expect(rankingLayout(y2025, { lang: 'zh-CN', unit: 'dongcheng' }).summary).toBe(
      '2025年共 6 个单位参与考核（名次变化与2024年比较）；最高：西湖区 98.2 分（优秀）；最低：港口区 54.1 分（不合格）；' +
        '等次：优秀 2 个、良好 2 个、不合格 2 个；无并列；等次由规则确定：南山区（不合格）；东城区（当前）：第2名（共 6 名），较2024年上升 1 位。',
    );
    expect(rankingLayout(y2025, { lang: 'en', unit: 'atlantis' }).summary).toMatch(
      /; unit “atlantis” is not in this ranking\.$/,
    );
  });

  it('shows ties as ties: shared rank, the next rank skipped, “T2” / “并列第2”', () => {
    const en = rankingLayout(y2020, { lang: 'en' });
    expect(en.rows.map((r) => [r.unit, r.rank, r.rankText])).toEqual([
      ['dongcheng', 1, '1'],
      ['xihu', 2, 'T2'],
      ['qingxi', 2, 'T2'],
      ['beiling', 4, '4'],
      ['gangkou', 5, '5'],
      ['nanshan', 6, '6'],
    ]);
    expect(en.ties).toBe(true);
    expect(en.summary).toBe(
      '6 units assessed for 2020; highest Dongcheng District 9.8 (Fail); lowest Nanshan District 8.3 (Fail); grades: 6 Fail; 1 tie: T2 Xihu District, Qingxi County (9.6).',
    );
    expect(en.rows.every((r) => r.changeText === '—')).toBe(true); // 2020 is the first year observed
    const zh = rankingLayout(y2020, { lang: 'zh-CN' });
    expect(zh.rows.map((r) => r.rankText)).toEqual(['第1', '并列第2', '并列第2', '第4', '第5', '第6']);
    expect(zh.summary).toContain('并列 1 处：并列第2 西湖区、清溪县（9.6 分）');
    // A tie never starts like a formula, so the CSV keeps it as it is (no defusing apostrophe).
    const csv = tableTwinCsv(rankingTable(y2020, 'en'));
    expect(csv).toContain('\r\nT2,Xihu District,');
    expect(csv).not.toMatch(/(^|,)'/m);
  });

  it('lists a unit the core could not total last, with the core’s reason, and never writes NaN', () => {
    const strict = structuredClone(bundle);
    strict.framework.scheme.missing = { policy: 'error' };
    strict.observations = strict.observations.filter(
      (o) => !(o.unit === 'gangkou' && o.period === '2025' && o.indicator === 'pm25'),
    );
    const data = parse(strict);
    const v = rankingLayout(data, { lang: 'en', unit: 'gangkou' });
    const last = v.rows.at(-1)!;
    expect(last).toMatchObject({
      unit: 'gangkou',
      rank: null,
      rankText: '—',
      totalText: '—',
      gradeText: '—',
      changeText: '—',
      bar: null,
      highlighted: true,
    });
    expect(last.note).toBe(
      'No total could be computed (gangkou has no value for pm25, and its missing-data policy is "error"); listed last',
    );
    expect(last.value.text).toBe('no total');
    expect(v.summary).toContain('; 1 unit has no total and is listed last; Gangkou District highlighted: no total.');
    expect(JSON.stringify(v)).not.toMatch(/NaN|null px|undefined/);
  });
});

describe('rankingLayout with 3,000 units', () => {
  const big: RankingData = { assessment: synthetic(3000), previous: null, bundle: null };

  it('builds the shapes of one page only, 50 rows by default, and counts the pages', () => {
    const v = rankingLayout(big, { lang: 'en' });
    expect(v.page).toEqual({ number: 1, count: 60, size: 50, first: 1, last: 50, units: 3000 });
    expect(v.rows).toHaveLength(50);
    expect(v.rows.every((r) => r.bar !== null)).toBe(true);
    expect(v.height).toBe(v.plot.top + 50 * 26 + 26);
    // 99.9 is the total of three units: all three are =1, and the next is =4.
    expect(v.rows.slice(0, 4).map((r) => r.rankText)).toEqual(['T1', 'T1', 'T1', 'T4']);
    expect(v.summary).toMatch(
      /^3,000 units assessed for 2025; highest Unit \d+, Unit \d+, Unit \d+ \(tied\) 99\.9 \(Excellent\);/,
    );
    expect(v.summary).toContain('; 6 units have no total and are listed last');
  });

  it('opens on the highlighted unit’s page and keeps a page asked for within range', () => {
    const v = rankingLayout(big, { lang: 'en', unit: 'u1234', pageSize: 100 });
    const row = v.rows.find((r) => r.unit === 'u1234')!;
    expect(row.highlighted).toBe(true);
    expect(v.page.number).toBe(Math.ceil(row.position / 100));
    expect(rankingLayout(big, { lang: 'en', unit: 'u1234', page: 2 }).page.number).toBe(2);
    expect(rankingLayout(big, { lang: 'en', page: 999 }).page).toMatchObject({ number: 60, first: 2951, last: 3000 });
    expect(rankingLayout(big, { lang: 'en', page: 0 }).page.number).toBe(1);
  });

  it('puts the six units without a total at the end of the last page', () => {
    const v = rankingLayout(big, { lang: 'en', page: 60 });
    expect(v.rows.slice(-6).map((r) => [r.unit, r.rankText, r.bar])).toEqual(
      [499, 999, 1499, 1999, 2499, 2999].map((i) => [`u${i}`, '—', null]),
    );
    expect(v.rows.slice(-7, -6)[0]!.totalText).toBe('0.0');
  });
});

describe('rankingTable', () => {
  it('holds every unit, not only a page, with the on-screen texts', () => {
    const twin = rankingTable({ assessment: synthetic(3000), previous: null, bundle: null }, 'en');
    expect(twin.rows).toHaveLength(3000);
    expect(twin.head).toEqual(['Rank', 'Unit', 'Total', 'Grade', 'Change', 'Note']);
    expect(twin.rows.every((r) => r.length === 6)).toBe(true);
  });

  it('writes Meixi’s 2025 ranking with ranks, grades, change since 2024 and notes, in Chinese', () => {
    const twin = rankingTable(y2025, 'zh-CN');
    expect(twin.caption).toBe('2025年考核排名');
    expect(twin.head).toEqual(['排名', '单位', '总分', '等次', '较2024年名次变化', '说明']);
    expect(twin.rows).toEqual([
      ['第1', '西湖区', '98.2', '优秀', '持平', ''],
      ['第2', '东城区', '96.6', '优秀', '上升 1 位', ''],
      [
        '第3',
        '南山区',
        '94.1',
        '不合格',
        '下降 1 位',
        '等次由规则确定：生态保护红线面积减少、功能降低或性质改变，一票否决',
      ],
      ['第4', '清溪县', '88.1', '良好', '上升 1 位', ''],
      ['第5', '北岭县', '86.3', '良好', '下降 1 位', ''],
      ['第6', '港口区', '54.1', '不合格', '持平', ''],
    ]);
    const layout = rankingLayout(y2025, { lang: 'zh-CN' });
    expect(layout.head).toEqual(twin.head);
    expect(layout.rows.map((r) => [r.rankText, r.name, r.totalText, r.gradeText, r.changeText, r.note])).toEqual(
      twin.rows,
    );
  });
});
