import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evidenceMatches } from './evidenceMatches.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';

const meixi = new URL('../../../../examples/meixi/', import.meta.url);
const read = (ref: string): Uint8Array => readFileSync(fileURLToPath(new URL(ref, meixi)));

describe('evidenceMatches', () => {
  it("verifies every evidence file of the example city's ledgers against its recorded hash", () => {
    const entries = meixiLedgers();
    const evidence = [
      ...entries.problems.flatMap((p) => p.history.flatMap((t) => t.evidence ?? [])),
      ...entries.orders.flatMap((o) => o.replies.flatMap((r) => r.evidence ?? [])),
      ...entries.dispatches.flatMap((d) => d.assignments.flatMap((a) => a.done?.evidence ?? [])),
    ];
    expect(evidence.length).toBe(10);
    for (const e of evidence) expect([e.ref, evidenceMatches(e, read(e.ref))]).toEqual([e.ref, true]);
  });

  it('says false for a file changed by one byte, and ignores the case of the hex', () => {
    const e = meixiLedgers().problems[0]!.history[0]!.evidence![0]!;
    const bytes = read(e.ref);
    const changed = Uint8Array.from(bytes);
    changed[changed.length - 1]! ^= 1;
    expect(evidenceMatches(e, changed)).toBe(false);
    expect(evidenceMatches({ ...e, sha256: e.sha256.toUpperCase() }, bytes)).toBe(true);
  });
});
