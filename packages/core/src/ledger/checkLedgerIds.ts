import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Ledgers } from './ledgers.schema.js';

/**
 * Ids used twice in one ledger: problems, orders, dispatch meetings, assigned items (across all
 * meetings) and duties each need ids of their own, since entries, history and links name them.
 * The path is the second use's id, e.g. `orders[3].id`.
 *
 * @category Ledgers
 * @param ledgers - Ledgers of the right shape.
 * @param prefix - The ledgers' path in a larger document, e.g. `['ledgers']`.
 * @returns One issue per repeated id.
 * @example
 * checkLedgerIds({ office: 'meixi', problems: [p, p], orders: [], dispatches: [], duties: [] }).map((i) => i.at) //=> ['problems[1].id']
 */
export function checkLedgerIds(ledgers: Ledgers, prefix: ReadonlyArray<string | number> = []): Issue[] {
  const issues: Issue[] = [];
  const check = (ids: Array<[string, Array<string | number>]>): void => {
    const seen = new Map<string, string>();
    for (const [id, path] of ids) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path.slice(0, -1).join('.'));
      else
        issues.push(
          makeIssue(
            [...prefix, ...path],
            'duplicate_id',
            `the id "${id}" is used twice (first at ${first})`,
            `标识“${id}”重复（首次出现在 ${first}）`,
          ),
        );
    }
  };
  check(ledgers.problems.map((p, k) => [p.id, ['problems', k, 'id']]));
  check(ledgers.orders.map((o, k) => [o.id, ['orders', k, 'id']]));
  check(ledgers.dispatches.map((d, k) => [d.id, ['dispatches', k, 'id']]));
  check(
    ledgers.dispatches.flatMap((d, k) =>
      d.assignments.map((a, j): [string, Array<string | number>] => [a.id, ['dispatches', k, 'assignments', j, 'id']]),
    ),
  );
  check(ledgers.duties.map((d, k) => [d.id, ['duties', k, 'id']]));
  return issues;
}
