import { parseBundle } from '../model/parseBundle.js';
import { parseFramework } from '../model/parseFramework.js';
import type { Framework } from '../model/framework.schema.js';
import { parseLedgers } from '../ledger/parseLedgers.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import { makeIssue } from '../result/makeIssue.js';
import type { CliIo } from './cliIo.js';
import { type LoadedInputs, type LoadOptions, readJson } from './loadInputs.js';

/** The framework and ledgers the `ledger` command reads, with every issue found. */
export interface LoadedLedgers {
  framework?: Framework;
  ledgers?: Ledgers;
  issues: LoadedInputs['issues'];
}

/**
 * Reads a bundle with its `ledgers`, or a framework and a ledgers file (`--ledgers`), and checks
 * the ledgers against the framework (`parseBundle` / `parseLedgers`). A bundle's own ledgers and a
 * `--ledgers` file together are refused: one of them would be ignored.
 */
export async function loadLedgers(
  io: CliIo,
  file: string,
  ledgersFile: string | undefined,
  options: LoadOptions,
): Promise<LoadedLedgers> {
  const out: LoadedLedgers = { issues: [] };
  const json = await readJson(io, file, out.issues, options);
  if (json === undefined) return out;
  const isBundle = typeof json === 'object' && json !== null && 'framework' in json;
  if (isBundle) {
    const r = parseBundle(json);
    if (!r.ok) {
      r.issues.forEach((issue) => out.issues.push({ file, issue }));
      return out;
    }
    out.framework = r.value.framework;
    out.ledgers = r.value.ledgers;
  } else {
    const r = parseFramework(json);
    if (r.ok) out.framework = r.value;
    else r.issues.forEach((issue) => out.issues.push({ file, issue }));
  }
  if (ledgersFile !== undefined) {
    if (out.ledgers) {
      out.issues.push({
        file: ledgersFile,
        issue: makeIssue(
          [],
          'invalid_json',
          `${file} is a bundle with its own ledgers; give either the bundle or --ledgers`,
          `${file} 是自带台账的数据包；请只给出数据包或 --ledgers 之一`,
        ),
      });
      return out;
    }
    const l = await readJson(io, ledgersFile, out.issues, options);
    if (l === undefined) return out;
    const r = parseLedgers(l, out.framework);
    if (r.ok) out.ledgers = r.value;
    else r.issues.forEach((issue) => out.issues.push({ file: ledgersFile, issue }));
  } else if (out.issues.length === 0 && !out.ledgers) {
    out.issues.push({
      file,
      issue: makeIssue(
        ['ledgers'],
        'invalid_type',
        'no ledgers: give a bundle with "ledgers", or the ledgers file with --ledgers',
        '没有台账：请给出含“ledgers”的数据包，或用 --ledgers 指定台账文件',
      ),
    });
  }
  return out;
}
