// Fuzzing the ledgers' CSV reader with mutants of Meixi's four ledger tables (truncated lines,
// dropped or doubled rows, extra columns, BOMs, stray quotes, other line ends, nasty cells): it
// never throws; a rejection points at a ledger, a line of its text and a column, with a message in
// both languages; what it accepts writes back as CSV that reads as the same ledgers.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { readLedgersCsv, writeLedgersCsv, type Issue } from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { meixi } from './meixi.js';
import { check, equalAsJson, expectWellFormedIssues } from './checks.js';
import { applyCsvMutations, csvMutation } from './mutate.js';

const kinds = ['problems', 'orders', 'dispatches', 'duties'] as const;
const tables = writeLedgersCsv(meixi.bundle.ledgers!);

/** Each issue is at a ledger's table, a line of its text and a column (then, maybe, an entry of that cell's list). */
function expectLedgerRejection(issues: ReadonlyArray<Issue>, texts: Readonly<Record<string, string>>): void {
  expectWellFormedIssues(issues);
  for (const issue of issues) {
    if (issue.path.length === 1 && issue.path[0] === 'office') continue;
    const [kind, first, line, column] = issue.path;
    const text = texts[String(kind)];
    check(text !== undefined, () => `issue at ${issue.at} names no table`);
    const lines = text.split(/\r\n|\r|\n/).length;
    check(
      first === 'line' && typeof line === 'number' && line >= 1 && line <= lines,
      () => `issue at ${issue.at} is not at a line of the ${String(kind)} table (${lines} lines)`,
    );
    check(issue.path.length === 3 || typeof column === 'string', () => `issue at ${issue.at} does not name a column`);
  }
}

describe('readLedgersCsv', () => {
  for (const kind of kinds) {
    const lines = tables[kind].replace(/\n$/, '').split('\n');
    const mutated = fc
      .array(csvMutation(lines.length), { minLength: 1, maxLength: 4 })
      .map((ms) => applyCsvMutations(lines, ms));
    it(
      `handles mutants of Meixi's ${kind} table: issues at a line and column, or ledgers that write back and read the same`,
      () => {
        fc.assert(
          fc.property(mutated, (text) => {
            const texts = { ...tables, [kind]: text };
            const r = readLedgersCsv({ office: 'supervision', ...texts }, meixi.framework);
            if (!r.ok) return expectLedgerRejection(r.issues, texts);
            const again = readLedgersCsv({ office: 'supervision', ...writeLedgersCsv(r.value) }, meixi.framework);
            check(again.ok && equalAsJson(again.value, r.value), () => 'what was read does not write back the same');
          }),
          params('cheap'),
        );
      },
      timeout,
    );
  }
});
