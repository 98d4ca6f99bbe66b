import type { Framework } from '../model/framework.schema.js';
import type { TenureView } from '../accountability/tenureView.js';
import type { IndicatorChange } from '../accountability/indicatorChanges.js';
import type { Lang, LocalizedLabel } from '../vocabulary/lang.js';
import { statusLabels } from '../vocabulary/statusLabels.js';
import { nodeTimingLabels } from '../vocabulary/nodeTimingLabels.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { ledgerLabels } from '../vocabulary/ledgerLabels.js';
import { chiefAreaKindLabels } from '../vocabulary/chiefAreaKindLabels.js';
import { localized } from '../scoring/_engine/localized.js';
import type { ReportBlock } from './reportBlock.js';
import { cellWording } from './cellWording.js';
import { progressWording } from './progressWording.js';

// What each of a task's three roles (有人管、有人干、有人问) is called in the audit document.
const ROLE_LABELS: Readonly<Record<'owner' | 'doer' | 'checker', LocalizedLabel>> = {
  owner: { zh: '责任领导', en: 'accountable leader' },
  doer: { zh: '具体负责', en: 'executing' },
  checker: { zh: '督促检查', en: 'checking' },
};

/**
 * The content of a tenure view as an audit document (离任审计, 终身追责), as blocks: the person and
 * the period (and the day they left, when the view ends early), the posts held, the indicator
 * changes of their units, each river, lake or forest they were chief of with its dates and its
 * indicators, the red-line findings of their zones, the tasks with their roles, status, progress in
 * 序时进度 wording and the nodes due in the period, the escalations, and the problems with their
 * state. Names, never ids, wherever the framework gives one.
 *
 * @category I/O
 * @param view - From `tenureView`.
 * @param framework - The framework the view was computed from, for names, titles and units of measure.
 * @param options - **lang**; **ledgers**: whether ledgers were given (without them the problems
 *   section says so instead of saying there were none).
 * @returns The blocks, first the title.
 * @example
 * tenureViewBlocks(view, framework, { lang: 'zh-CN', ledgers: true })[0]
 * //=> { kind: 'heading', level: 1, text: '李明任职期间生态文明建设责任情况（2024-01-01 至 2025-06-30）' } (Meixi)
 */
export function tenureViewBlocks(
  view: TenureView,
  framework: Framework,
  { lang, ledgers }: { lang: Lang; ledgers: boolean },
): ReportBlock[] {
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel): string => (zh ? l.zh : l.en);
  const list = (items: string[]): string => items.join(zh ? '、' : ', ');
  const units = new Map(framework.units.map((u) => [u.id, localized(u.name)]));
  const unit = (id: string): string => {
    const name = units.get(id);
    return name ? t(name) : id;
  };
  const indicators = new Map(framework.indicators.map((i) => [i.id, i]));
  const measures = new Map(framework.measures.map((m) => [m.id, m]));
  const span = (from: string, to: string): string => (zh ? `${from} 至 ${to}` : `${from} to ${to}`);

  const changes = (list: ReadonlyArray<IndicatorChange>): ReportBlock => {
    if (list.length === 0)
      return { kind: 'paragraph', text: zh ? '期间无年度观测值。' : 'No yearly observation in the period.' };
    const value = (c: IndicatorChange, end: 'first' | 'last'): string => {
      const declared = indicators.get(c.indicator);
      const v = c[end];
      const words = declared
        ? cellWording({ indicator: declared, value: v.value, target: null }, lang).value
        : String(v.value);
      return zh ? `${v.period}年 ${words}` : `${v.period}: ${words}`;
    };
    return {
      kind: 'table',
      head: zh ? ['单位', '指标', '期初', '期末'] : ['unit', 'indicator', 'first', 'last'],
      rows: list.map((c) => {
        const declared = indicators.get(c.indicator);
        return [
          unit(c.unit),
          declared ? t(localized(declared.title)) : c.indicator,
          value(c, 'first'),
          value(c, 'last'),
        ];
      }),
    };
  };

  const left = view.until < view.to;
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 1,
      text: zh
        ? `${t(view.name)}任职期间生态文明建设责任情况（${span(view.from, view.until)}）`
        : `${t(view.name)}: responsibility for the ecological-civilization reform, ${span(view.from, view.until)}`,
    },
    {
      kind: 'paragraph',
      text: zh
        ? `${t(localized(framework.title))}；审计期间 ${span(view.from, view.to)}${left ? `，${view.until} 离任，此后不计入` : ''}。`
        : `${t(localized(framework.title))}; period audited ${span(view.from, view.to)}${left ? `; left office on ${view.until}, nothing after counts` : ''}.`,
    },
    { kind: 'heading', level: 2, text: zh ? '一、任职情况' : '1. Posts held' },
    {
      kind: 'table',
      head: zh ? ['职务', '单位', '任职起', '任职止'] : ['post', 'unit', 'from', 'to'],
      rows: view.positions.map((p) => [t(p.title), unit(p.unit), p.start, p.end ?? (zh ? '在任' : 'in post')]),
    },
    { kind: 'heading', level: 2, text: zh ? '二、所在单位指标变化' : '2. Indicators of their units' },
    changes(view.indicators),
    {
      kind: 'heading',
      level: 2,
      text: zh ? '三、河湖长制、林长制责任区域' : '3. Rivers, lakes and forests under their charge',
    },
  ];
  if (view.chiefAreas.length === 0)
    blocks.push({
      kind: 'paragraph',
      text: zh ? '期间未担任河长、湖长或林长。' : 'No river, lake or forest chief post held in the period.',
    });
  for (const a of view.chiefAreas) {
    const labels = chiefAreaKindLabels[a.kind];
    blocks.push({
      kind: 'heading',
      level: 3,
      text: zh
        ? `${t(a.name)}（${t(labels.area)}，${t(labels.chief)}，${span(a.from, a.to)}）`
        : `${t(a.name)} (${t(labels.area)}, ${t(labels.chief)}, ${span(a.from, a.to)})`,
    });
    blocks.push(changes(a.indicators));
  }

  blocks.push({ kind: 'heading', level: 2, text: zh ? '四、生态保护红线' : '4. Ecological red lines' });
  blocks.push(
    view.redLines.length === 0
      ? { kind: 'paragraph', text: zh ? '期间无负责的红线区。' : 'No red-line zone under them in the period.' }
      : { kind: 'list', items: view.redLines.map((f) => t(f.message)) },
  );

  blocks.push({ kind: 'heading', level: 2, text: zh ? '五、重点任务' : '5. Key tasks' });
  blocks.push(
    view.tasks.length === 0
      ? { kind: 'paragraph', text: zh ? '期间无负责的重点任务。' : 'No key task under them in the period.' }
      : {
          kind: 'table',
          head: zh
            ? ['任务', '牵头单位', '职责', '状态', '进度', '期间到期的时间节点']
            : ['task', 'lead unit', 'role', 'status', 'progress', 'nodes due in the period'],
          rows: view.tasks.map((task) => {
            const m = measures.get(task.measure);
            const node = (id: string): string => {
              const n = m?.nodes.find((x) => x.id === id);
              return n ? t(localized(n.title)) : id;
            };
            const nodes = task.nodes.map((n) =>
              zh
                ? `“${node(n.node)}”（${n.due}）${t(nodeTimingLabels[n.timing])}${n.daysLate > 0 ? ` ${n.daysLate} 天` : ''}`
                : `"${node(n.node)}" (${n.due}): ${t(nodeTimingLabels[n.timing]).toLowerCase()}${n.daysLate > 0 ? `, ${n.daysLate} days` : ''}`,
            );
            return [
              m ? t(localized(m.title)) : task.measure,
              m ? unit(m.lead) : '—',
              list(task.roles.map((r) => t(ROLE_LABELS[r]))),
              t(statusLabels[task.status.status]),
              progressWording({ ...task.status, band: task.band }, lang),
              nodes.length > 0 ? nodes.join(zh ? '；' : '; ') : '—',
            ];
          }),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: zh ? '六、督办升级' : '6. Escalations' });
  blocks.push(
    view.actions.length === 0
      ? { kind: 'paragraph', text: zh ? '期间无督办升级。' : 'No escalation in the period.' }
      : {
          kind: 'table',
          head: zh ? ['任务', '措施', '规则', '检查日期'] : ['task', 'action', 'rule', 'check dates'],
          rows: view.actions.map((a) => {
            const m = measures.get(a.measure);
            return [m ? t(localized(m.title)) : a.measure, t(consequenceLabels[a.action]), t(a.rule), list(a.evidence)];
          }),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: zh ? '七、问题整改' : '7. Problems' });
  blocks.push(
    !ledgers
      ? {
          kind: 'paragraph',
          text: zh ? '未提供督查台账，问题整改情况未列入。' : 'No supervision ledgers given: problems not included.',
        }
      : view.problems.length === 0
        ? { kind: 'paragraph', text: zh ? '期间无问题。' : 'No problem in the period.' }
        : {
            kind: 'table',
            head: zh
              ? ['编号', '来源', '单位', '问题', '整改时限', `状态（${view.until}）`]
              : ['id', 'source', 'unit', 'problem', 'due', `state (${view.until})`],
            rows: view.problems.map((p) => [
              p.id,
              t(ledgerLabels.source[p.source]),
              unit(p.unit),
              t(p.title),
              p.due,
              t(ledgerLabels.state[p.state]),
            ]),
          },
  );
  return blocks;
}
