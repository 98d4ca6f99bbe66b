import type { Lang } from '../vocabulary/lang.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import { makeIssue } from '../result/makeIssue.js';
import { annualAssessment } from '../accountability/annualAssessment.js';
import { flagsByUnit } from '../accountability/flagsByUnit.js';
import { formatAnnualReport } from '../report/formatAnnualReport.js';
import type { CliIo } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { type LoadedInputs, type LoadOptions, loadInputs } from './loadInputs.js';
import { loadLedgers } from './loadLedgers.js';
import { readLedgerFiles } from './readLedgerFiles.js';
import { checkPeriod, notOneOf, printIssues, resultCode, usageError } from './commandOutput.js';

const FORMATS: ReadonlyArray<string> = ['md', 'html', 'json', 'csv'];

/**
 * `eco-reform report`: the annual assessment (`annualAssessment`) written as the report a city
 * publishes (`formatAnnualReport`). It reads either one bundle.json, with the framework,
 * observations, reports, flags and ledgers in it, or a framework, observations and reports with
 * optional `--flags` and `--ledgers` (JSON, or the ledgers' tables with `--office`), so the ledgers'
 * overdue items count and reach the proposals however the city keeps its files. Returns the exit
 * code: 0 written, 1 invalid input, 2 wrong usage, 3 written without a complete result.
 */
export async function reportCommand(
  io: CliIo,
  lang: Lang,
  files: { framework: string; observations: string | undefined; reports: string | undefined },
  values: { year?: string; format?: string; flags?: string; ledgers?: ReadonlyArray<string>; office?: string },
  read: LoadOptions,
  usage: string,
): Promise<number> {
  const year = Number(values.year);
  const format = values.format ?? 'md';
  const ledgerFiles = values.ledgers ?? [];
  const oneBundle = files.observations === undefined;
  if (!oneBundle && !files.reports) {
    return usageError(io, lang, usage, {
      en: 'report needs one bundle.json, or three files: <framework.json> <observations> <reports.json>',
      zh: 'report 需要一个 bundle.json，或三个文件：<framework.json> <观测数据> <reports.json>',
    });
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return usageError(io, lang, usage, {
      en: `--year must be a year such as 2025, not "${values.year ?? ''}"`,
      zh: `--year 应为年份，例如 2025，不能是“${values.year ?? ''}”`,
    });
  }
  if (!FORMATS.includes(format)) return usageError(io, lang, usage, notOneOf('format', format, FORMATS));
  if (oneBundle && (values.flags !== undefined || ledgerFiles.length > 0 || values.office !== undefined)) {
    return usageError(io, lang, usage, {
      en: 'a bundle carries its own flags and ledgers: --flags, --ledgers and --office go with the three files',
      zh: '数据包自带标记和台账：--flags、--ledgers 和 --office 只用于三个文件的写法',
    });
  }
  if (values.office !== undefined && ledgerFiles.length === 0) {
    return usageError(io, lang, usage, {
      en: '--office names who closes the problems of ledger tables: give them with --ledgers',
      zh: '--office 指明台账表中问题由谁销号：请用 --ledgers 给出台账',
    });
  }
  const loaded: LoadedInputs & { ledgers?: Ledgers } = oneBundle
    ? await loadBundle(io, files.framework, read)
    : await loadInputs(
        io,
        { framework: files.framework, observations: files.observations, reports: files.reports, flags: values.flags },
        undefined,
        read,
      );
  // The ledgers are checked against the framework only once it is valid; its own issues come first.
  if (!oneBundle && ledgerFiles.length > 0 && loaded.issues.length === 0) {
    const r = await readLedgerFiles(io, ledgerFiles, values.office, loaded.framework, read);
    loaded.issues.push(...r.issues);
    if (r.ledgers) loaded.ledgers = r.ledgers;
  }
  if (loaded.issues.length > 0) {
    printIssues(io, loaded, lang);
    return 1;
  }
  if (checkPeriod(io, lang, 'year', String(year), loaded.observations!) !== 0) return 1;
  const flags = flagsByUnit(loaded.flags ?? [], String(year));
  const annual = annualAssessment(loaded.framework!, loaded.observations!, loaded.reports ?? [], {
    year,
    flags,
    ...(loaded.ledgers ? { ledgers: loaded.ledgers } : {}),
  });
  io.stdout(formatAnnualReport(annual, { format: format as 'md' | 'html' | 'json' | 'csv', lang }));
  io.stderr(formatDiagnostics(annual.assessment.diagnostics, lang));
  return resultCode(
    annual.assessment,
    annual.assessment.results.every((r) => r.total === null),
  );
}

/** A bundle.json's parts, as `loadInputs` gives the separate files', with its ledgers (read by `loadLedgers`). */
async function loadBundle(io: CliIo, file: string, read: LoadOptions): Promise<LoadedInputs & { ledgers?: Ledgers }> {
  const loaded = await loadLedgers(io, file, [], undefined, read, 'optional');
  if (loaded.issues.length > 0) return { issues: loaded.issues };
  if (!loaded.bundle) {
    const issue = makeIssue(
      [],
      'invalid_json',
      `${file} is a framework alone: give a bundle ({ framework, observations, reports }), or the observations and reports files after it`,
      `${file} 只是方案：请给出数据包（{ framework, observations, reports }），或在其后给出观测数据和 reports 文件`,
    );
    return { issues: [{ file, issue }] };
  }
  const { framework, observations, reports, flags, ledgers } = loaded.bundle;
  return { issues: [], framework, observations, reports, flags, ...(ledgers ? { ledgers } : {}) };
}
