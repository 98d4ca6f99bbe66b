import type { Framework } from '../model/framework.schema.js';
import type { ObservationSheet } from '../observation/readObservationsSheet.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import type { LedgerCsvTables } from '../ledger/ledgerCsvTables.js';
import { parseLedgers } from '../ledger/parseLedgers.js';
import { readLedgersCsv } from '../ledger/readLedgersCsv.js';
import { ledgerCsvLayouts } from '../ledger/_lib/ledgerCsvLayouts.js';
import { makeIssue } from '../result/makeIssue.js';
import type { CliIo } from './cliIo.js';
import { type LoadedInputs, type LoadOptions, readJson, readText } from './loadInputs.js';
import { readXlsxSheets } from './readXlsxSheets.js';

type Kind = keyof typeof ledgerCsvLayouts;
const kinds = Object.keys(ledgerCsvLayouts) as Kind[];
const idColumns = kinds.map((k) => ledgerCsvLayouts[k].columns[0]).join(', ');

/** The ledger a table's header is the layout of: the one whose item column (problem, order, dispatch, duty) it has. */
const kindOf = (header: ReadonlyArray<string>): Kind[] => {
  const names = header.map((h) => h.trim().toLowerCase());
  return kinds.filter((k) => names.includes(ledgerCsvLayouts[k].columns[0]));
};

/**
 * Reads the ledgers given with `--ledgers`: one JSON document (`parseLedgers`), or the ledgers'
 * tables, each CSV file one ledger and each `.xlsx` workbook any of them, one per sheet (a sheet
 * without an `action` column, such as the observations, is not a ledger). Which ledger a table holds
 * is told by its item column (`problem`, `order`, `dispatch`, `duty`). Tables need `--office`; a
 * JSON document names its own. Everything is checked by `readLedgersCsv` against the framework, and
 * each issue is listed under the file it is in.
 */
export async function readLedgerFiles(
  io: CliIo,
  files: ReadonlyArray<string>,
  office: string | undefined,
  framework: Framework | undefined,
  options: LoadOptions,
): Promise<{ ledgers?: Ledgers; issues: LoadedInputs['issues'] }> {
  const issues: LoadedInputs['issues'] = [];
  const json = files.filter((f) => f.toLowerCase().endsWith('.json'));
  if (json.length > 0) {
    if (files.length > 1 || office !== undefined) {
      issues.push({
        file: json[0]!,
        issue: makeIssue(
          [],
          'invalid_json',
          'a ledgers JSON document holds every ledger and its office: give it alone, without other --ledgers files or --office',
          '台账 JSON 文件已含全部台账及督查机构：请单独给出，不再附加其他 --ledgers 文件或 --office',
        ),
      });
      return { issues };
    }
    const l = await readJson(io, json[0]!, issues, options);
    if (l === undefined) return { issues };
    const r = parseLedgers(l, framework);
    if (r.ok) return { ledgers: r.value, issues };
    r.issues.forEach((issue) => issues.push({ file: json[0]!, issue }));
    return { issues };
  }
  if (office === undefined)
    issues.push({
      file: files[0]!,
      issue: makeIssue(
        ['office'],
        'missing_setting',
        'ledger tables need --office <unit id>: the unit that closes and returns problems (督查室), e.g. --office supervision',
        '台账表格须用 --office <单位标识> 指明负责销号和退回的督查机构（督查室），如 --office supervision',
      ),
    });
  const tables: Omit<LedgerCsvTables, 'office'> = {};
  const fileOf: Partial<Record<Kind, string>> = {};
  const add = (
    file: string,
    table: string | ObservationSheet,
    header: ReadonlyArray<string>,
    at: Array<string | number>,
  ): void => {
    const found = kindOf(header);
    if (found.length !== 1) {
      issues.push({
        file,
        issue: makeIssue(
          at,
          'missing_column',
          `the header names ${found.length === 0 ? 'none' : found.join(' and ')} of the ledgers' item columns (${idColumns}): one tells which ledger the table is`,
          `表头${found.length === 0 ? '没有' : `同时有 ${found.join('、')} 这几个`}台账事项列（${idColumns}）：须有且只有一个，用以判断是哪本台账`,
        ),
      });
      return;
    }
    const kind = found[0]!;
    if (fileOf[kind] !== undefined) {
      issues.push({
        file,
        issue: makeIssue(
          at,
          'duplicate_id',
          `a second table of the ${kind} ledger (the first is in ${fileOf[kind]}): keep each ledger in one table`,
          `第二个 ${kind} 台账表格（第一个在 ${fileOf[kind]}）：每本台账只用一个表格`,
        ),
      });
      return;
    }
    fileOf[kind] = file;
    tables[kind] = table;
  };
  for (const file of files) {
    const name = file.toLowerCase();
    if (name.endsWith('.csv')) {
      const text = await readText(io, file, issues, options);
      if (text === undefined) continue;
      add(
        file,
        text,
        text
          .replace(/^\ufeff/, '')
          .split(/\r\n|\r|\n/, 1)[0]!
          .split(',')
          .map((h) => h.replace(/^\s*"|"\s*$/g, '')),
        ['line', 1],
      );
    } else if (name.endsWith('.xlsx')) {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch {
        issues.push({ file, issue: makeIssue([], 'invalid_workbook', `${file} cannot be read`, `无法读取 ${file}`) });
        continue;
      }
      const book = await readXlsxSheets(bytes, file);
      if (!book.ok) {
        book.issues.forEach((issue) => issues.push({ file, issue }));
        continue;
      }
      const sheets = book.value.filter((s) => (s.rows[0] ?? []).some((h) => h.trim().toLowerCase() === 'action'));
      if (sheets.length === 0)
        issues.push({
          file,
          issue: makeIssue(
            [],
            'invalid_workbook',
            `${file} has no ledger sheet: a ledger's sheet has an "action" column and one of ${idColumns}`,
            `${file} 中没有台账工作表：台账工作表须有“action”列及 ${idColumns} 之一`,
          ),
        });
      for (const s of sheets) add(file, s, s.rows[0] ?? [], ['sheet', s.name, 'row', 1]);
    } else
      issues.push({
        file,
        issue: makeIssue(
          [],
          'invalid_json',
          `${file}: ledgers are read from .json, .csv or .xlsx files`,
          `${file}：台账须为 .json、.csv 或 .xlsx 文件`,
        ),
      });
  }
  if (issues.length > 0 || office === undefined) return { issues };
  const r = readLedgersCsv({ office, ...tables }, framework);
  if (r.ok) return { ledgers: r.value, issues };
  for (const issue of r.issues) {
    const kind = kinds.find((k) => k === issue.path[0]);
    issues.push({ file: (kind && fileOf[kind]) || '--office', issue });
  }
  return { issues };
}
