import { describe, expect, it } from 'vitest';
import { formatTenureView } from './formatTenureView.js';
import { tenureViewBlocks } from './tenureViewBlocks.js';
import { tenureView } from '../accountability/tenureView.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { zhTypographyProblems } from '../text/zhTypographyProblems.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { meixiLedgers } from '../ledger/meixiLedgers.fixture.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');
const ledgers = meixiLedgers();
const view = (person: string, from: string, to: string) =>
  tenureView(f.value, o.value, r.value, { person, from, to, ledgers })!;

describe('formatTenureView', () => {
  const liMing = view('li-ming', '2024-01-01', '2025-12-31');

  it('titles the document with the person and the days the view covers, and says when they left', () => {
    const md = formatTenureView(liMing, f.value, { format: 'md', ledgers: true }).split('\n');
    expect(md[0]).toBe('# 李明任职期间生态文明建设责任情况（2024-01-01 至 2025-06-30）');
    expect(md[2]).toBe(
      '美溪市生态文明建设综合改革实施方案（2024—2026年）；审计期间 2024-01-01 至 2025-12-31，2025-06-30 离任，此后不计入。',
    );
  });

  it('lists the posts held, and the river under the person as chief with its indicator in each district by name', () => {
    const md = formatTenureView(liMing, f.value, { format: 'md', ledgers: true });
    expect(md).toContain('| 梅溪市级河长 | 美溪市人民政府 | 2021-03-01 | 2025-06-30 |');
    expect(md).toContain('### 梅溪干流（河流，河长，2024-01-01 至 2025-06-30）');
    expect(md).toContain('| 港口区 | 地表水达到或好于Ⅲ类水体比例 | 2024年 70.4% | 2025年 70.4% |');
  });

  it('words tasks in 序时进度, with their roles and the nodes due in the period, and escalations with their rule', () => {
    // 李明 hands over on 30 June 2025 with every task reported on pace: no escalation under him.
    const md = formatTenureView(liMing, f.value, { format: 'md', ledgers: true });
    expect(md).toContain(
      '| 生态村、生态乡镇创建 | 市生态环境局 | 责任领导 | 进展顺利 | 序时进度 70%，完成 75%，按序时 | “完成创建申报”（2024-06-30）按期完成 |',
    );
    expect(md).toContain('## 六、督办升级\n\n期间无督办升级。');
    // 王芳 takes over the polluting-firm task, which lags at the two checks after the handover: 预警 under her.
    const wangFang = formatTenureView(view('wang-fang', '2025-07-01', '2025-12-31'), f.value, {
      format: 'md',
      ledgers: true,
    });
    expect(wangFang).toContain(
      '| 关停搬迁污染企业 | 市生态环境局 | 责任领导 | 进度滞后 | 序时进度 40%，完成 15%，滞后序时 | — |',
    );
    expect(wangFang).toContain('| 关停搬迁污染企业 | 预警 | 连续 2 次检查进度滞后：预警 | 2025-09-30、2025-12-31 |');
  });

  it("shows a district head's red-line findings and the problems with their state on the view's end", () => {
    const md = formatTenureView(view('liu-yang', '2025-01-01', '2025-12-31'), f.value, { format: 'md', ledgers: true });
    expect(md).toContain('## 七、问题整改');
    expect(md).toMatch(
      /\| p-2025-01 \| 省级督察反馈 \| 港口区 \| 港区码头散货堆场露天堆放，扬尘污染突出 \| 2025-06-30 \| 已销号 \|/,
    );
    expect(md).toContain('- 港口滨海湿地红线区（II 级管控）2025年：面积、功能、性质均保持');
  });

  it('says problems are not included without ledgers, rather than that there were none', () => {
    const bare = tenureView(f.value, o.value, r.value, { person: 'liu-yang', from: '2025-01-01', to: '2025-12-31' })!;
    expect(formatTenureView(bare, f.value, { format: 'md', ledgers: false })).toContain(
      '未提供督查台账，问题整改情况未列入。',
    );
    expect(formatTenureView(bare, f.value, { format: 'md', lang: 'en', ledgers: false })).toContain(
      'No supervision ledgers given: problems not included.',
    );
  });

  it('writes English with names, never an id where the framework gives a name', () => {
    const en = formatTenureView(view('chen-hua', '2025-01-01', '2025-12-31'), f.value, {
      format: 'md',
      lang: 'en',
      ledgers: true,
    });
    expect(en.split('\n')[0]).toBe(
      '# Chen Hua: responsibility for the ecological-civilization reform, 2025-01-01 to 2025-12-31',
    );
    expect(en).toContain('### Southern hills forest (forest, forest chief, 2025-01-01 to 2025-12-31)');
    expect(en).toContain('| Beiling County | Forest coverage | 2025: 61.1% | 2025: 61.1% |');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/forest-chief-city|southern-hills-forest|beiling\b/);
  });

  it('keeps the rules of Chinese typography in every person’s document', () => {
    const problems = (f.value.people ?? []).flatMap((p) => {
      const first = p.positions.map((x) => x.start).sort()[0]!;
      const v = tenureView(f.value, o.value, r.value, { person: p.id, from: first, to: '2025-12-31', ledgers })!;
      const text = formatTenureView(v, f.value, { format: 'md', ledgers: true });
      return zhTypographyProblems(text).map((x) => `${p.id}: ${x}`);
    });
    expect(problems).toEqual([]);
  });

  it('prints the same blocks as aligned text, and the view as it is in JSON', () => {
    const table = formatTenureView(liMing, f.value, { format: 'table', lang: 'en', ledgers: true }).split('\n');
    expect(table[0]).toBe('Li Ming: responsibility for the ecological-civilization reform, 2024-01-01 to 2025-06-30');
    expect(table[1]).toBe('='.repeat(table[0]!.length));
    expect(table).toContain('Meixi River main stream (river, river chief, 2024-01-01 to 2025-06-30)');
    expect(JSON.parse(formatTenureView(liMing, f.value, { format: 'json', ledgers: true }))).toEqual(
      JSON.parse(JSON.stringify(liMing)),
    );
    expect(
      tenureViewBlocks(liMing, f.value, { lang: 'zh-CN', ledgers: true }).filter(
        (b) => b.kind === 'heading' && b.level === 2,
      ),
    ).toHaveLength(7);
  });
});
