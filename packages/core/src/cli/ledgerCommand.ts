import type { Lang } from '../vocabulary/lang.js';
import { makeIssue } from '../result/makeIssue.js';
import { ledgerStateAt } from '../ledger/ledgerStateAt.js';
import { formatLedger, type FormatLedgerOptions } from '../report/formatLedger.js';
import { localized } from '../scoring/_engine/localized.js';
import type { CliIo } from './cliIo.js';
import type { LoadOptions } from './loadInputs.js';
import { loadLedgers } from './loadLedgers.js';
import { ledgerCounts, notOneOf, printIssues, printOptionIssue, usageError } from './commandOutput.js';
import * as z from 'zod/mini';
import { join } from 'node:path';
import { writeLedgersCsv } from '../ledger/writeLedgersCsv.js';

const DateSchema = z.iso.date();

/**
 * `eco-reform ledger`: the supervision ledgers of a bundle (or of a framework and the ledgers given
 * with `--ledgers`, JSON or tables) as of a date, overdue items first; with `-o <folder>`, each
 * ledger written as its CSV file there instead (`problems.csv`, `orders.csv`, `dispatches.csv`,
 * `duties.csv`: `writeLedgersCsv`). Returns the exit code: 0 printed or written, 1 invalid input or
 * date or an unwritable file, 2 wrong usage.
 */
export async function ledgerCommand(
  io: CliIo,
  lang: Lang,
  files: { framework: string; observations: string | undefined; ledgers: ReadonlyArray<string> },
  values: { format?: string; 'as-of'?: string; output?: string; office?: string },
  read: LoadOptions,
  usage: string,
): Promise<number> {
  const format = (values.format ?? 'table') as FormatLedgerOptions['format'];
  const asOf = values['as-of'];
  const output = values.output;
  if (output !== undefined) {
    // The ledgers as recorded, not as of a date: a date or a print format would have no effect.
    if (asOf !== undefined || values.format !== undefined || files.observations) {
      return usageError(io, lang, usage, {
        en: 'ledger -o writes the ledgers as recorded: it takes no --as-of, --format or second file',
        zh: 'ledger -o 按记录原样写出台账：不接受 --as-of、--format 或第二个文件',
      });
    }
    const loaded = await loadLedgers(io, files.framework, files.ledgers, values.office, read, 'required');
    if (loaded.issues.length > 0) {
      printIssues(io, { issues: loaded.issues }, lang);
      return 1;
    }
    const written = Object.entries(writeLedgersCsv(loaded.ledgers!));
    for (const [kind, text] of written) {
      const path = join(output, `${kind}.csv`);
      try {
        await io.writeFile(path, text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr(lang === 'zh-CN' ? `无法写入 ${path}：${reason}\n` : `${path} cannot be written: ${reason}\n`);
        return 1;
      }
    }
    const l = loaded.ledgers!;
    io.stdout(`✔ ${output}: ${written.map(([kind]) => `${kind}.csv`).join(', ')} (${ledgerCounts(l)})\n`);
    return 0;
  }
  if (!asOf) {
    return usageError(io, lang, usage, {
      en: 'ledger needs --as-of, the date the ledgers are seen at, e.g. --as-of 2025-12-31 (or -o <folder>)',
      zh: 'ledger 需要 --as-of，即查看台账的日期，例如 --as-of 2025-12-31（或 -o <文件夹>）',
    });
  }
  if (files.observations) {
    return usageError(io, lang, usage, {
      en: `ledger reads one bundle.json or framework.json with --ledgers, not a second file "${files.observations}"`,
      zh: `ledger 只读取一个 bundle.json，或 framework.json 加 --ledgers，不接受第二个文件“${files.observations}”`,
    });
  }
  if (!['table', 'json', 'csv', 'md'].includes(format)) {
    return usageError(io, lang, usage, notOneOf('format', format, ['table', 'json', 'csv', 'md']));
  }
  if (!DateSchema.safeParse(asOf).success) {
    printOptionIssue(
      io,
      lang,
      'as-of',
      makeIssue(
        ['as-of'],
        'invalid_format',
        `"${asOf}" is not a date: use YYYY-MM-DD, e.g. 2025-12-31`,
        `“${asOf}”不是有效日期：应为 YYYY-MM-DD，例如 2025-12-31`,
      ),
    );
    return 1;
  }
  const loaded = await loadLedgers(io, files.framework, files.ledgers, values.office, read, 'required');
  if (loaded.issues.length > 0) {
    printIssues(io, { issues: loaded.issues }, lang);
    return 1;
  }
  const units = Object.fromEntries(loaded.framework!.units.map((u) => [u.id, localized(u.name)]));
  io.stdout(formatLedger(ledgerStateAt(loaded.ledgers!, asOf), { format, lang, units }));
  return 0;
}
