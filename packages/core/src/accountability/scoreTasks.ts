import type { Framework } from '../model/framework.schema.js';
import type { TaskScoring } from '../model/taskScoring.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import type { TaskLevel } from '../vocabulary/taskLevel.schema.js';
import type { PaceBand } from '../vocabulary/paceBand.schema.js';
import { taskLevelLabels } from '../vocabulary/taskLevelLabels.js';
import { localized } from '../scoring/_engine/localized.js';
import type { NodeTimelinessResult } from './nodeTimeliness.js';

/**
 * What {@link scoreTasks} reads of one measure in the year: its nodes' timeliness and its
 * 序时进度 band on `asOf` (`null` when the scheme declares no `paceBands`).
 *
 * @category Accountability
 * @example
 * const facts: TaskFacts = { measure: 'sewage', nodes: nodeTimeliness(sewage, reports, '2025-12-31'), band: 'behind' }; // Meixi: 40 % done, 51 % of the time gone
 */
export interface TaskFacts {
  measure: string;
  nodes: ReadonlyArray<NodeTimelinessResult>;
  band: PaceBand | null;
}

/**
 * One scored item of a unit's key tasks: the task (and node, when scored per node), the unit's
 * role, the level reached, its share, the unit's credit (1 − role × (1 − share)) and the points.
 *
 * @category Accountability
 * @example
 * const item: TaskItem = { measure: 'backward-capacity', node: 'half', role: 'cooperating', level: 'notDone', share: 0, credit: 0.5, available: 10, points: 5,
 *   reason: { zh: '配合任务“淘汰落后产能”节点“完成淘汰任务的50%”未完成：得 5 / 10 分', … } };
 */
export interface TaskItem {
  measure: string;
  node: string | null;
  role: 'lead' | 'cooperating';
  level: TaskLevel;
  share: number;
  credit: number;
  available: number;
  points: number;
  reason: LocalizedLabel;
}

/**
 * A unit's key-task score: the points (unrounded; `null` when it has no items and the scheme
 * excludes the part), the part's points and every item.
 *
 * @category Accountability
 * @example
 * const score: TaskScore = { points: 17.5, available: 20, items: [ … ] };
 */
export interface TaskScore {
  points: number | null;
  available: number;
  items: TaskItem[];
}

type Timeliness = 'onTime' | 'late' | 'notDone';
const worst = (levels: ReadonlyArray<Timeliness>): Timeliness =>
  levels.includes('notDone') ? 'notDone' : levels.includes('late') ? 'late' : 'onTime';

/**
 * Scores one unit's key tasks (重点任务完成情况) by its group's `tasks` scheme: the items are the
 * measures it leads (牵头) or co-operates on (配合) — per node due in the year, per task with a
 * node due in the year (its worst node), or per task still running in the year by 序时进度 —
 * each earns the share of its level, the unit is credited 1 − role × (1 − share), and the part's
 * points are split evenly over the items. A node due in the year and not completed by `asOf` is
 * 未完成 (`notDone`), whether overdue or due on `asOf` itself.
 *
 * @category Accountability
 * @param framework - A valid framework (its measures and nodes' titles).
 * @param unit - The unit's id.
 * @param scoring - The group's `tasks` scheme.
 * @param facts - Every measure's {@link TaskFacts}.
 * @param year - The assessed year: nodes due in it are scored.
 * @returns The points, the part's points and the items, each with its reason in both languages.
 * @example
 * scoreTasks(framework, 'miit', framework.scheme.groups![1]!.tasks!, facts, 2025).points //=> 75 (Meixi: backward-capacity behind as lead 0.5, polluters behind as co-operator 0.75, clusters on schedule 1)
 */
export function scoreTasks(
  framework: Framework,
  unit: string,
  scoring: TaskScoring,
  facts: ReadonlyMap<string, TaskFacts>,
  year: number,
): TaskScore {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const raw: Array<Omit<TaskItem, 'available' | 'points' | 'reason'> & { what: LocalizedLabel }> = [];
  const method = scoring.method;
  for (const m of framework.measures) {
    const role = m.lead === unit ? 'lead' : m.cooperating.includes(unit) ? 'cooperating' : null;
    const f = facts.get(m.id);
    if (role === null || !f) continue;
    const title = localized(m.title);
    const levelOf = (n: NodeTimelinessResult): Timeliness =>
      n.timing === 'onTime' || n.timing === 'late' ? n.timing : 'notDone';
    const due = f.nodes.filter((n) => n.due >= first && n.due <= last);
    const push = (node: string | null, level: TaskLevel, share: number, what: LocalizedLabel): void => {
      raw.push({ measure: m.id, node, role, level, share, credit: 1 - scoring.roles[role] * (1 - share), what });
    };
    switch (method.kind) {
      case 'timeliness':
        if (method.per === 'node') {
          for (const n of due) {
            const node = m.nodes.find((x) => x.id === n.node)!;
            const name = localized(node.title);
            const level = levelOf(n);
            push(n.node, level, method[level], {
              zh: `任务“${title.zh}”节点“${name.zh}”`,
              en: `task "${title.en}", node "${name.en}"`,
            });
          }
        } else if (due.length > 0) {
          const level = worst(due.map(levelOf));
          push(null, level, method[level], {
            zh: `任务“${title.zh}”`,
            en: `task "${title.en}"`,
          });
        }
        break;
      case 'pace':
        // A task still running in the year: a node due in it or later. Validation makes the band known.
        if (f.band !== null && m.nodes.some((n) => n.due >= first)) {
          push(null, f.band, method[f.band], { zh: `任务“${title.zh}”`, en: `task "${title.en}"` });
        }
        break;
      default:
        throw new TypeError(`invalid task scoring method: ${String((method as { kind: unknown }).kind)}`);
    }
  }
  if (raw.length === 0) {
    return { points: scoring.noTasks === 'fullPoints' ? scoring.points : null, available: scoring.points, items: [] };
  }
  const each = scoring.points / raw.length;
  const items = raw.map(({ what, ...item }): TaskItem => {
    const points = item.credit * each;
    const label = taskLevelLabels[item.level];
    const roleName = item.role === 'lead' ? { zh: '牵头', en: 'lead' } : { zh: '配合', en: 'co-operating' };
    return {
      ...item,
      available: each,
      points,
      reason: {
        zh: `${roleName.zh}${what.zh}${label.zh}：得 ${round(points)} / ${round(each)} 分`,
        en: `${what.en} (${roleName.en}): ${label.en.toLowerCase()}, ${round(points)} of ${round(each)} points`,
      },
    };
  });
  let points = 0;
  for (const item of items) points += item.points;
  return { points, available: scoring.points, items };
}

// Two decimals for the reason text only; the points themselves are not rounded here.
const round = (x: number): string => String(Math.round(x * 100) / 100);
