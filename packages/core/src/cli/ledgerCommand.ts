import type { Lang } from '../vocabulary/lang.js';
import { formatIssues } from '../result/formatIssues.js';
import { makeIssue } from '../result/makeIssue.js';
import { ledgerStateAt } from '../ledger/ledgerStateAt.js';
import { formatLedger, type FormatLedgerOptions } from '../report/formatLedger.js';
import { localized } from '../scoring/_engine/localized.js';
import type { CliIo } from './cliIo.js';
import type { LoadOptions } from './loadInputs.js';
import { loadLedgers } from './loadLedgers.js';
import { printIssues } from './commandOutput.js';
import * as z from 'zod/mini';

const DateSchema = z.iso.date();

/**
 * `eco-reform ledger`: the supervision ledgers of a bundle (or of a framework and a ledgers file) as
 * of a date, overdue items first. Returns the exit code: 0 printed, 1 invalid input or date, 2 wrong usage.
 */
export async function ledgerCommand(
  io: CliIo,
  lang: Lang,
  files: { framework: string; observations: string | undefined; ledgers: string | undefined },
  values: { format?: string; 'as-of'?: string },
  read: LoadOptions,
  usage: string,
): Promise<number> {
  const format = (values.format ?? 'table') as FormatLedgerOptions['format'];
  const asOf = values['as-of'];
  if (!asOf || files.observations || !['table', 'json', 'csv', 'md'].includes(format)) {
    io.stderr(usage);
    return 2;
  }
  if (!DateSchema.safeParse(asOf).success) {
    io.stderr(
      `--as-of\n${formatIssues([makeIssue(['as-of'], 'invalid_format', `"${asOf}" is not a date: use YYYY-MM-DD, e.g. 2025-12-31`, `“${asOf}”不是有效日期：应为 YYYY-MM-DD，例如 2025-12-31`)], { lang })}\n`,
    );
    return 1;
  }
  const loaded = await loadLedgers(io, files.framework, files.ledgers, read);
  if (loaded.issues.length > 0) {
    printIssues(io, { issues: loaded.issues }, lang);
    return 1;
  }
  const units = Object.fromEntries(loaded.framework!.units.map((u) => [u.id, localized(u.name)]));
  io.stdout(formatLedger(ledgerStateAt(loaded.ledgers!, asOf), { format, lang, units }));
  return 0;
}
