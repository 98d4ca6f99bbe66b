import type { Framework } from '../model/framework.schema.js';
import { idCandidates } from '../model/idCandidates.js';
import { nearestId } from '../model/nearestId.js';
import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Ledgers } from './ledgers.schema.js';

/**
 * The ledgers' references the framework does not declare: every unit (the office, a problem's unit,
 * checker, person and actors, an order's addressees and repliers, a meeting's attendees, an
 * assigned item's unit, a duty's units and submitters) and every red-line zone a problem comes
 * from, each at its path with the nearest declared id when one is close.
 *
 * @category Ledgers
 * @param framework - A valid framework.
 * @param ledgers - Ledgers of the right shape.
 * @param prefix - The ledgers' path in a larger document.
 * @returns One issue per unknown reference, in document order.
 * @example
 * checkLedgerReferences(framework, { ...ledgers, orders: [{ ...order, to: [{ unit: 'gangkuo' }] }] }).map((i) => i.message.en)
 * //=> ['unknown unit "gangkuo"; did you mean "gangkou"?'] (Meixi)
 */
export function checkLedgerReferences(
  framework: Framework,
  ledgers: Ledgers,
  prefix: ReadonlyArray<string | number> = [],
): Issue[] {
  const units = new Set(framework.units.map((u) => u.id));
  const zones = new Set(framework.redLines.map((z) => z.id));
  const issues: Issue[] = [];
  const unit = (id: string, path: Array<string | number>): void => {
    if (units.has(id)) return;
    const guess = nearestId(id, idCandidates(framework, 'unit'));
    const [en, zh] = guess === null ? ['', ''] : [`; did you mean "${guess}"?`, `；是否应为“${guess}”？`];
    issues.push(
      makeIssue([...prefix, ...path], 'unknown_reference', `unknown unit "${id}"${en}`, `未知单位“${id}”${zh}`),
    );
  };
  unit(ledgers.office, ['office']);
  ledgers.problems.forEach((p, k) => {
    const at = ['problems', k];
    if (p.source.kind === 'redLine' && !zones.has(p.source.zone)) {
      const known = [...zones].join(', ') || '—';
      issues.push(
        makeIssue(
          [...prefix, ...at, 'source', 'zone'],
          'unknown_reference',
          `unknown red-line zone "${p.source.zone}" (the framework's zones: ${known})`,
          `未知生态红线区“${p.source.zone}”（方案中的红线区：${known}）`,
        ),
      );
    }
    unit(p.unit, [...at, 'unit']);
    unit(p.checker, [...at, 'checker']);
    if (p.person) unit(p.person.unit, [...at, 'person', 'unit']);
    p.history.forEach((t, j) => unit(t.by.unit, [...at, 'history', j, 'by', 'unit']));
  });
  ledgers.orders.forEach((o, k) => {
    o.to.forEach((t, j) => {
      unit(t.unit, ['orders', k, 'to', j, 'unit']);
      if (t.person) unit(t.person.unit, ['orders', k, 'to', j, 'person', 'unit']);
    });
  });
  ledgers.dispatches.forEach((d, k) => {
    d.attendees.forEach((a, j) => unit(a, ['dispatches', k, 'attendees', j]));
    d.assignments.forEach((a, j) => {
      unit(a.unit, ['dispatches', k, 'assignments', j, 'unit']);
      if (a.person) unit(a.person.unit, ['dispatches', k, 'assignments', j, 'person', 'unit']);
    });
  });
  ledgers.duties.forEach((d, k) => d.units.forEach((u, j) => unit(u, ['duties', k, 'units', j])));
  return issues;
}
