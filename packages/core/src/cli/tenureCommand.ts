import * as z from 'zod/mini';
import type { Lang } from '../vocabulary/lang.js';
import { makeIssue } from '../result/makeIssue.js';
import { nearestId } from '../model/nearestId.js';
import { tenureView } from '../accountability/tenureView.js';
import { formatTenureView, type FormatTenureViewOptions } from '../report/formatTenureView.js';
import type { CliIo } from './cliIo.js';
import type { LoadOptions } from './loadInputs.js';
import { loadLedgers } from './loadLedgers.js';
import { notOneOf, printIssues, printOptionIssue, usageError } from './commandOutput.js';

const DateSchema = z.iso.date();

const TENURE_FORMATS: ReadonlyArray<string> = ['md', 'table', 'json'];

/**
 * `eco-reform tenure`: the tenure view (`tenureView`) of one person in a bundle, for a 离任审计 or
 * 终身追责, as an audit document (`md`, default), aligned text (`table`) or the view as it is
 * (`json`), on stdout or written with `-o`. `--from` defaults to the person's first start in any
 * post, `--to` to 31 December of the latest year of the bundle's observations and progress reports;
 * the view itself ends on the day the person left their last post when that is earlier. The
 * problems come from the bundle's ledgers or `--ledgers` (not both). Returns the exit code: 0
 * printed or written; 1 invalid input, an unknown person (with the id likely meant), a person who
 * held no post in the period, or an unwritable file; 2 wrong usage, a date that is not one, or
 * `--from` after `--to`.
 */
export async function tenureCommand(
  io: CliIo,
  lang: Lang,
  files: { bundle: string; extra: string | undefined; ledgers: ReadonlyArray<string> },
  values: { person?: string; from?: string; to?: string; format?: string; output?: string; office?: string },
  read: LoadOptions,
  usage: string,
): Promise<number> {
  const format = (values.format ?? 'md') as FormatTenureViewOptions['format'];
  // --office only tells how to read ledger tables: without --ledgers it would be ignored.
  const strayOffice = values.office !== undefined && files.ledgers.length === 0;
  if (!values.person) {
    return usageError(io, lang, usage, {
      en: 'tenure needs --person, the id of a person in the framework, e.g. --person li-ming',
      zh: 'tenure 需要 --person，即方案人员名册中的人员 id，例如 --person li-ming',
    });
  }
  if (files.extra !== undefined) {
    return usageError(io, lang, usage, {
      en: `tenure reads one bundle.json, not a second file "${files.extra}"`,
      zh: `tenure 只读取一个 bundle.json，不接受第二个文件“${files.extra}”`,
    });
  }
  if (strayOffice) {
    return usageError(io, lang, usage, {
      en: '--office names who closes the problems of ledger tables: give them with --ledgers',
      zh: '--office 指明台账表中问题由谁销号：请用 --ledgers 给出台账',
    });
  }
  if (!TENURE_FORMATS.includes(format)) return usageError(io, lang, usage, notOneOf('format', format, TENURE_FORMATS));
  for (const option of ['from', 'to'] as const) {
    const date = values[option];
    if (date !== undefined && !DateSchema.safeParse(date).success) {
      printOptionIssue(
        io,
        lang,
        option,
        makeIssue(
          [option],
          'invalid_format',
          `"${date}" is not a date: use YYYY-MM-DD, e.g. 2025-06-30`,
          `“${date}”不是有效日期：应为 YYYY-MM-DD，例如 2025-06-30`,
        ),
      );
      return 2;
    }
  }
  const loaded = await loadLedgers(io, files.bundle, files.ledgers, values.office, read, 'optional');
  if (loaded.issues.length === 0 && !loaded.bundle) {
    loaded.issues.push({
      file: files.bundle,
      issue: makeIssue(
        [],
        'invalid_json',
        'tenure reads a bundle ({ framework, observations, reports }, as eco-reform bundle writes it), not a framework alone',
        'tenure 读取数据包（{ framework, observations, reports }，由 eco-reform bundle 生成），不能只给方案',
      ),
    });
  }
  if (loaded.issues.length > 0) {
    printIssues(io, { issues: loaded.issues }, lang);
    return 1;
  }
  const bundle = loaded.bundle!;
  const framework = bundle.framework;
  const people = framework.people ?? [];
  const person = people.find((p) => p.id === values.person);
  if (!person) {
    const guess = nearestId(
      values.person,
      people.map((p) => ({ id: p.id, names: [p.name.zh, p.name.en].filter((n): n is string => n !== undefined) })),
    );
    const known = people.map((p) => p.id).join(', ');
    printOptionIssue(
      io,
      lang,
      'person',
      makeIssue(
        ['person'],
        'unknown_reference',
        `unknown person "${values.person}"; ${guess === null ? `the people of the framework: ${known || 'none'}` : `did you mean "${guess}"?`}`,
        `未知人员“${values.person}”；${guess === null ? `方案人员名册：${known || '无'}` : `是否应为“${guess}”？`}`,
      ),
    );
    return 1;
  }
  const from = values.from ?? person.positions.map((p) => p.start).sort()[0];
  const latest = [...bundle.observations.map((o) => o.period), ...bundle.reports.map((r) => r.date)]
    .map((p) => p.slice(0, 4))
    .sort()
    .at(-1);
  const to = values.to ?? (latest === undefined ? undefined : `${latest}-12-31`);
  if (from === undefined || to === undefined) {
    printOptionIssue(
      io,
      lang,
      from === undefined ? 'from' : 'to',
      from === undefined
        ? makeIssue(
            ['from'],
            'missing_setting',
            `${person.id} has held no post: give --from`,
            `${person.id} 未任任何职务：请给出 --from`,
          )
        : makeIssue(
            ['to'],
            'missing_setting',
            'the bundle has no observation or report to end the view at: give --to',
            '数据包中没有观测值或进度报告可确定截止日期：请给出 --to',
          ),
    );
    return 2;
  }
  if (from > to) {
    printOptionIssue(
      io,
      lang,
      'from',
      makeIssue(['from'], 'date_order', `--from ${from} is after --to ${to}`, `--from ${from} 晚于 --to ${to}`),
    );
    return 2;
  }
  const view = tenureView(framework, bundle.observations, bundle.reports, {
    person: person.id,
    from,
    to,
    ...(loaded.ledgers ? { ledgers: loaded.ledgers } : {}),
  });
  if (!view) {
    const tenures = person.positions.map((p) => `${p.post} ${p.start} → ${p.end ?? '…'}`).join('; ');
    printOptionIssue(
      io,
      lang,
      'person',
      makeIssue(
        ['person'],
        'date_outside_period',
        `${person.id} held no post from ${from} to ${to}; their tenures: ${tenures}`,
        `${person.id} 在 ${from} 至 ${to} 期间未任职；其任职：${tenures}`,
      ),
    );
    return 1;
  }
  const text = formatTenureView(view, framework, { format, lang, ledgers: loaded.ledgers !== undefined });
  if (values.output === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    await io.writeFile(values.output, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === 'zh-CN' ? `无法写入 ${values.output}：${reason}\n` : `${values.output} cannot be written: ${reason}\n`,
    );
    return 1;
  }
  io.stdout(`✔ ${values.output}: ${person.id} ${view.from} → ${view.until}\n`);
  return 0;
}
