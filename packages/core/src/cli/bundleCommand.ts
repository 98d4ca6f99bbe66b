import type { Lang } from '../vocabulary/lang.js';
import { assessBundle } from '../accountability/assessBundle.js';
import { formatAssessment } from '../report/formatAssessment.js';
import { parseBundle } from '../model/parseBundle.js';
import type { Bundle } from '../model/bundle.schema.js';
import type { CliIo } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { loadInputs, type LoadOptions } from './loadInputs.js';
import { checkPeriod, count, ledgerCounts, printIssues, resultCode, usageError } from './commandOutput.js';
import { readLedgerFiles } from './readLedgerFiles.js';

/**
 * `eco-reform bundle`: the inputs checked as `validate` checks them, then written as one bundle the
 * widgets read (with the ledgers given with `--ledgers`, JSON or CSV and workbook tables with
 * `--office`, checked by `readLedgerFiles`), or with `--assess` as that period's precomputed assessment. Returns the exit code:
 * 0 written, 1 invalid input or unwritable output, 2 wrong usage, 3 written without a complete result.
 */
export async function bundleCommand(
  io: CliIo,
  lang: Lang,
  files: {
    framework: string;
    observations: string | undefined;
    reports?: string;
    flags?: string;
    ledgers: ReadonlyArray<string>;
  },
  values: { output?: string; assess?: string; office?: string },
  read: LoadOptions,
  usage: string,
): Promise<number> {
  const output = values.output;
  if (!files.observations) {
    return usageError(io, lang, usage, {
      en: 'bundle needs two files: <framework.json> <observations>',
      zh: 'bundle 需要两个文件：<framework.json> <观测数据>',
    });
  }
  if (!output) {
    return usageError(io, lang, usage, { en: 'bundle needs -o <out.json>', zh: 'bundle 需要 -o <输出文件.json>' });
  }
  if (values.office !== undefined && files.ledgers.length === 0) {
    return usageError(io, lang, usage, {
      en: '--office names who closes the problems of ledger tables: give them with --ledgers',
      zh: '--office 指明台账表中问题由谁销号：请用 --ledgers 给出台账',
    });
  }
  const { ledgers: ledgerFiles, ...inputs } = files;
  const loaded = await loadInputs(io, { ...inputs, observations: files.observations }, undefined, read);
  // The ledgers are checked against the framework only once it is valid; its own issues are listed first.
  const ledgers =
    ledgerFiles.length > 0
      ? await readLedgerFiles(io, ledgerFiles, values.office, loaded.framework, read)
      : { issues: [] };
  loaded.issues.push(...ledgers.issues);
  if (loaded.issues.length > 0) {
    printIssues(io, loaded, lang);
    return 1;
  }
  const bundle: Bundle = {
    framework: loaded.framework!,
    observations: loaded.observations!,
    reports: loaded.reports ?? [],
    ...(loaded.flags ? { flags: loaded.flags } : {}),
    ...(ledgers.ledgers ? { ledgers: ledgers.ledgers } : {}),
  };
  // What the widgets will parse is checked as they parse it, so a bundle written here is one they read.
  const checked = parseBundle(bundle);
  if (!checked.ok) {
    printIssues(io, { issues: checked.issues.map((issue) => ({ file: output, issue })) }, lang);
    return 1;
  }
  let text = `${JSON.stringify(bundle)}\n`;
  const l = bundle.ledgers;
  let written = `${[
    count(bundle.observations.length, 'observation', 'observations'),
    count(bundle.reports.length, 'report', 'reports'),
    count(bundle.flags?.length ?? 0, 'flag', 'flags'),
  ].join(', ')}${l ? `, ledgers of ${ledgerCounts(l)}` : ''}`;
  let code = 0;
  if (values.assess !== undefined) {
    if (checkPeriod(io, lang, 'assess', values.assess, bundle.observations) !== 0) return 1;
    const assessment = assessBundle(bundle, { period: values.assess });
    text = formatAssessment(assessment, { format: 'json', lang });
    written = `the ${values.assess} assessment of ${assessment.results.length} units`;
    io.stderr(formatDiagnostics(assessment.diagnostics, lang));
    code = resultCode(
      assessment,
      assessment.results.every((r) => r.total === null),
    );
  }
  try {
    await io.writeFile(output, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(lang === 'zh-CN' ? `无法写入 ${output}：${reason}\n` : `${output} cannot be written: ${reason}\n`);
    return 1;
  }
  io.stdout(`✔ ${output}: ${bundle.framework.id} v${bundle.framework.version}, ${written}\n`);
  return code;
}
