import type { Framework } from './framework.schema.js';
import type { IdCandidate } from './nearestId.js';

const texts = (t: { zh?: string | undefined; en?: string | undefined }): string[] =>
  [t.zh, t.en].filter((n): n is string => n !== undefined);

/**
 * A framework's declared ids of one kind with the names people write for them (a unit's name, an
 * indicator's or measure's title), in declaration order: what {@link nearestId} chooses from.
 *
 * @category Model
 * @param framework - A parsed framework.
 * @param kind - `unit`, `indicator` or `measure`.
 * @returns The candidates.
 * @example
 * idCandidates(framework, 'unit')[1] //=> { id: 'xihu', names: ['西湖区', 'Xihu District'] }
 */
export function idCandidates(framework: Framework, kind: 'unit' | 'indicator' | 'measure'): IdCandidate[] {
  switch (kind) {
    case 'unit':
      return framework.units.map((u) => ({ id: u.id, names: texts(u.name) }));
    case 'indicator':
      return framework.indicators.map((i) => ({ id: i.id, names: texts(i.title) }));
    case 'measure':
      return framework.measures.map((m) => ({ id: m.id, names: texts(m.title) }));
  }
}
