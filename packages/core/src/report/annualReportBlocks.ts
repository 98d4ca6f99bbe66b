import type { AnnualAssessment } from '../accountability/annualAssessment.js';
import type { Answerable } from '../accountability/answerableFor.js';
import type { Lang, LocalizedLabel } from '../vocabulary/lang.js';
import { statusLabels } from '../vocabulary/statusLabels.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { ownValue } from '../_lib/ownValue.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';
import type { ReportBlock } from './reportBlock.js';
import { cellWording } from './cellWording.js';
import { progressWording } from './progressWording.js';

const SEVERITY = ['overdue', 'lagging', 'atRisk', 'notStarted', 'onTrack', 'done'] as const;

/**
 * The content of the report a city publishes as its 通报 after the annual assessment, as blocks:
 * the result of every unit group (名次, 单位, 指标得分, 任务得分, 总分, 等次; a vetoed unit 不合格
 * with its reason, after the others or unranked as the group says), the binding indicators
 * (约束性指标) each unit did not achieve, with value, target and gap in `cellWording`'s words, the key
 * tasks by title with lead and co-operating units by name, the answerable leader and the person
 * holding the post, the status in 序时进度 wording, the on-time completion rate and the nodes completed late, the
 * red-line findings, and the proposals (建议) with their basis and evidence. Names, never ids,
 * wherever the framework gives one.
 *
 * @category I/O
 * @param annual - From `annualAssessment`.
 * @param lang - The language.
 * @returns The blocks, first the title.
 * @example
 * annualReportBlocks(annual, 'zh-CN')[0] //=> { kind: 'heading', level: 1, text: '美溪市生态文明建设综合改革实施方案（2024—2026年）2025年度考核结果通报' }
 */
export function annualReportBlocks(annual: AnnualAssessment, lang: Lang): ReportBlock[] {
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel | { zh?: string; en?: string }): string => (zh ? l.zh || l.en : l.en || l.zh) ?? '';
  const unit = (id: string): string => {
    const name = ownValue(annual.unitNames, id);
    return name ? t(name) : id;
  };
  const pct = (x: number): string => `${Math.round(x)}%`;
  // A post's title, then the person holding it: 分管经济的副市长赵磊 / Deputy mayor for the economy (Zhao Lei).
  const personText = (title: LocalizedLabel, name: LocalizedLabel | null): string =>
    name ? (zh ? `${t(title)}${t(name)}` : `${t(title)} (${t(name)})`) : t(title);
  const a = annual.assessment;
  const grade = (id: string | null): string => {
    const g = id === null ? undefined : a.scheme.grades.find((x) => x.id === id);
    return g ? t(g.label) : (id ?? '—');
  };
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 1,
      text: zh
        ? `${t(a.framework.title)}${annual.year}年度考核结果通报`
        : `${t(a.framework.title)}: ${annual.year} assessment results`,
    },
    {
      kind: 'paragraph',
      text: zh
        ? `考核办法版本 ${a.scheme.version}；考核截至 ${annual.asOf}；数据指纹 ${a.fingerprint}。`
        : `Scheme ${a.scheme.version}; assessed as of ${annual.asOf}; data fingerprint ${a.fingerprint}.`,
    },
    { kind: 'heading', level: 2, text: zh ? '一、考核结果' : '1. Results' },
  ];
  // Parts shown as the scheme rounds totals; the total itself is already rounded once.
  const { digits, mode } = a.scheme.rounding;
  const number = (x: number | null | undefined): string =>
    x === null || x === undefined ? '—' : String(roundDecimal(x, digits, mode));
  const ruleReasons = (u: string, ids: ReadonlyArray<string>): string =>
    (a.results.find((r) => r.unit === u)?.rules ?? [])
      .filter((f) => ids.includes(f.rule))
      .map((f) => t(f.reason))
      .join(zh ? '；' : '; ');
  if (annual.groups.length > 0) {
    for (const g of annual.groups) {
      const rows = annual.units
        .filter((u) => u.group === g.id)
        .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity));
      blocks.push({ kind: 'heading', level: 3, text: t(g.label) });
      blocks.push({
        kind: 'table',
        head: zh
          ? ['名次', '单位', '指标得分', '任务得分', '总分', '等次', '说明']
          : ['rank', 'unit', 'indicators', 'tasks', 'total', 'grade', 'note'],
        rows: rows.map((u) => [
          u.rank === null ? (zh ? '不排名' : 'unranked') : String(u.rank),
          unit(u.unit),
          u.indicators ? number(u.indicators.points) : '—',
          u.tasks ? number(u.tasks.points) : '—',
          number(u.total),
          grade(u.grade),
          // The rules that forced or capped the grade, by their reasons (a veto's says it is one).
          ruleReasons(u.unit, u.gradeRules),
        ]),
      });
    }
  } else {
    blocks.push({
      kind: 'table',
      head: zh ? ['名次', '单位', '总分', '等次'] : ['rank', 'unit', 'total', 'grade'],
      rows: [...a.results]
        .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity))
        .map((r) => [r.rank === null ? '—' : String(r.rank), unit(r.unit), number(r.total), grade(r.grade)]),
    });
  }
  // The binding indicators (约束性指标) a unit did not achieve, each in the words the scorecard uses.
  const m = a.indicators.length;
  const misses = a.units.flatMap((u, k) =>
    annual.indicators.flatMap((declared) => {
      const i = a.indicators.findIndex((x) => x.id === declared.id);
      const cell = k * m + i;
      const flags = a.cells.flags[cell] ?? [];
      if (declared.attribute !== 'binding' || i < 0 || a.cells.status[cell] === 'achieved') return [];
      if (flags.includes('notApplicable')) return [];
      const words = cellWording(
        {
          indicator: declared,
          value: a.cells.raw[cell] ?? null,
          target: a.cells.target[cell] ?? null,
        },
        lang,
      );
      return [[unit(u.id), t(declared.title), words.value, words.target, words.gap]];
    }),
  );
  blocks.push({ kind: 'heading', level: 3, text: zh ? '约束性指标未达标情况' : 'Binding indicators not achieved' });
  blocks.push(
    misses.length > 0
      ? {
          kind: 'table',
          head: zh ? ['单位', '指标', '实际值', '目标', '差距'] : ['unit', 'indicator', 'value', 'target', 'gap'],
          rows: misses,
        }
      : { kind: 'paragraph', text: zh ? '各单位约束性指标均已达标。' : 'Every unit achieved its binding indicators.' },
  );
  blocks.push({ kind: 'heading', level: 2, text: zh ? '二、重点任务完成情况' : '2. Key tasks' });
  const o = annual.onTime;
  blocks.push({
    kind: 'paragraph',
    text: zh
      ? `本年度应完成时间节点 ${o.due} 个，按期完成 ${o.onTime} 个，逾期完成 ${o.late} 个，未完成 ${o.notDone} 个，按期完成率 ${o.rate === null ? '—' : pct(100 * o.rate)}。`
      : `${o.due} time nodes were due this year: ${o.onTime} completed on time, ${o.late} late, ${o.notDone} not completed; on-time completion rate ${o.rate === null ? '—' : pct(100 * o.rate)}.`,
  });
  blocks.push({
    kind: 'table',
    head: zh
      ? ['任务', '牵头单位', '配合单位', '责任领导', '状态', '进度']
      : ['task', 'lead unit', 'co-operating units', 'accountable leader', 'status', 'progress'],
    rows: [...annual.measures]
      .sort((x, y) => SEVERITY.indexOf(x.status) - SEVERITY.indexOf(y.status))
      .map((m) => [
        t(m.title),
        unit(m.lead),
        m.cooperating.length ? m.cooperating.map(unit).join(zh ? '、' : ', ') : '—',
        m.owner ? personText(m.owner, m.ownerName) : '—',
        t(statusLabels[m.status]),
        progressWording(m, lang),
      ]),
  });
  const late = annual.measures.flatMap((m) =>
    m.nodes
      .filter((n) => n.timing === 'late' && n.due.startsWith(String(annual.year)))
      .map((n) =>
        zh
          ? `${t(m.title)}“${t(n.title)}”应于 ${n.due} 完成，${n.completed} 完成，逾期 ${n.daysLate} 天`
          : `${t(m.title)}, "${t(n.title)}": due ${n.due}, completed ${n.completed}, ${n.daysLate} days late`,
      ),
  );
  if (late.length)
    blocks.push(
      { kind: 'paragraph', text: zh ? '逾期完成的时间节点：' : 'Nodes completed late:' },
      { kind: 'list', items: late },
    );
  blocks.push({ kind: 'heading', level: 2, text: zh ? '三、生态保护红线' : '3. Ecological red lines' });
  const breaches = annual.redLines.filter((f) => f.breaches.length > 0);
  blocks.push({
    kind: 'list',
    items: breaches.length
      ? breaches.map((f) => t(f.message))
      : [zh ? '未发现红线面积减少、功能降低或性质改变。' : 'No zone lost area, function or nature.'],
  });
  blocks.push({ kind: 'heading', level: 2, text: zh ? '四、处理建议' : '4. Proposed consequences' });
  const answerableText = (who: Answerable | undefined): string =>
    !who ? '—' : who.title ? personText(who.title, who.name) : zh ? '空缺' : 'vacant';
  blocks.push({
    kind: 'paragraph',
    text: zh
      ? '以下均为依据考核办法提出的建议，不是处理决定；问责、诫勉谈话由纪检监察机关和组织部门依规依纪依法决定。'
      : 'These are proposals under the scheme, not decisions; accountability and admonitory talks are decided by the discipline and organisation departments under procedure.',
  });
  blocks.push({
    kind: 'table',
    head: zh ? ['单位', '责任人', '建议', '依据', '事实'] : ['unit', 'answerable', 'proposal', 'basis', 'finding'],
    rows: annual.proposals.map((p) => [
      unit(p.unit),
      answerableText(p.answerable),
      t(consequenceLabels[p.action]),
      p.basis.clause ? t(p.basis.clause) : '—',
      t(p.evidence.finding),
    ]),
  });
  return blocks;
}
