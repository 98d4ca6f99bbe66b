import type { LedgerRole } from './ledgerRole.schema.js';
import type { ProblemState } from './problemState.schema.js';
import type { ProblemTransition } from './problemTransition.schema.js';

/**
 * One row of the lifecycle table: the states a transition may start from, the state it leads to,
 * the roles that may make it, and whether it must carry evidence or a reason (`note`).
 *
 * @category Ledgers
 * @example
 * const row: LifecycleStep = problemLifecycle.close;
 * row.roles //=> ['supervisor']
 */
export interface LifecycleStep {
  from: ReadonlyArray<ProblemState>;
  to: ProblemState;
  roles: ReadonlyArray<LedgerRole>;
  evidence: boolean;
  reason: boolean;
}

/**
 * The problem lifecycle (整改销号) as a typed table, the one place its rules live: the responsible
 * unit applies for closure (申请销号) from `open` or `returned`, with evidence; the checker verifies
 * (验收) an application; the supervision office closes (销号) a verified problem, with evidence;
 * the checker (at verification) or the office (at closure) returns it (退回), giving the reason.
 * The compiler checks every action has a row.
 *
 * @category Ledgers
 * @example
 * problemLifecycle.apply //=> { from: ['open', 'returned'], to: 'applied', roles: ['responsible'], evidence: true, reason: false }
 */
export const problemLifecycle: Readonly<Record<ProblemTransition['action'], LifecycleStep>> = {
  apply: { from: ['open', 'returned'], to: 'applied', roles: ['responsible'], evidence: true, reason: false },
  verify: { from: ['applied'], to: 'verified', roles: ['checker'], evidence: false, reason: false },
  close: { from: ['verified'], to: 'closed', roles: ['supervisor'], evidence: true, reason: false },
  return: {
    from: ['applied', 'verified'],
    to: 'returned',
    roles: ['checker', 'supervisor'],
    evidence: false,
    reason: true,
  },
};
