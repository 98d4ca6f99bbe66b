import { parseBundle } from '../model/parseBundle.js';
import { parseFramework } from '../model/parseFramework.js';
import type { Framework } from '../model/framework.schema.js';
import type { Bundle } from '../model/bundle.schema.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import { makeIssue } from '../result/makeIssue.js';
import type { CliIo } from './cliIo.js';
import { type LoadedInputs, type LoadOptions, readJson } from './loadInputs.js';
import { readLedgerFiles } from './readLedgerFiles.js';

/** The framework and ledgers the `ledger` command reads, with every issue found. */
export interface LoadedLedgers {
  framework?: Framework;
  ledgers?: Ledgers;
  /** The whole bundle, when the file was one. */
  bundle?: Bundle;
  issues: LoadedInputs['issues'];
}

/**
 * Reads a bundle with its `ledgers`, or a framework and the ledgers given with `--ledgers` (a JSON
 * document, or the ledgers' CSV files and workbooks with `--office`: see `readLedgerFiles`), and
 * checks the ledgers against the framework. A bundle's own ledgers and `--ledgers` together are
 * refused: one of them would be ignored. No ledgers at all is an issue when `need` is `required`
 * (the `ledger` command), not when it is `optional` (the `tenure` command).
 */
export async function loadLedgers(
  io: CliIo,
  file: string,
  ledgersFiles: ReadonlyArray<string>,
  office: string | undefined,
  options: LoadOptions,
  need: 'required' | 'optional',
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
    out.bundle = r.value;
    out.framework = r.value.framework;
    out.ledgers = r.value.ledgers;
  } else {
    const r = parseFramework(json);
    if (r.ok) out.framework = r.value;
    else r.issues.forEach((issue) => out.issues.push({ file, issue }));
  }
  if (ledgersFiles.length > 0) {
    if (out.ledgers) {
      out.issues.push({
        file: ledgersFiles[0]!,
        issue: makeIssue(
          [],
          'invalid_json',
          `${file} is a bundle with its own ledgers; give either the bundle or --ledgers`,
          `${file} 是自带台账的数据包；请只给出数据包或 --ledgers 之一`,
        ),
      });
      return out;
    }
    const r = await readLedgerFiles(io, ledgersFiles, office, out.framework, options);
    out.issues.push(...r.issues);
    if (r.ledgers) out.ledgers = r.ledgers;
  } else if (need === 'required' && out.issues.length === 0 && !out.ledgers) {
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
