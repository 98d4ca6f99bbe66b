// What every command of the command line prints the same way: the issues of the files it read, a
// refused period option, and the exit code of an assessment.
import type { Lang } from '../vocabulary/lang.js';
import { formatIssues } from '../result/formatIssues.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Issue } from '../result/issue.js';
import { parsePeriod } from '../observation/parsePeriod.js';
import { comparePeriods } from '../observation/comparePeriods.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import type { CliIo } from './cliIo.js';
import type { LoadedInputs } from './loadInputs.js';

/** An option's problem (a date or period that is not one, a person nobody knows) printed as a file's issues are, under the option's name. */
export function printOptionIssue(io: CliIo, lang: Lang, option: string, issue: Issue): void {
  io.stderr(`--${option}\n${formatIssues([issue], { lang })}\n`);
}

/** A problem with the --period, --year or --assess option itself: the reason in both languages. */
function printPeriodIssue(io: CliIo, lang: Lang, option: 'period' | 'year' | 'assess', en: string, zh: string): number {
  printOptionIssue(io, lang, option, makeIssue([option], 'invalid_period', en, zh));
  return 1;
}

/** Refuses a --period (or --year) that is not a period, or that no observation has (an empty table would say nothing). */
export function checkPeriod(
  io: CliIo,
  lang: Lang,
  option: 'period' | 'year' | 'assess',
  period: string,
  observations: ReadonlyArray<Observation>,
): number {
  if (parsePeriod(period) === null) {
    return printPeriodIssue(
      io,
      lang,
      option,
      `"${period}" is not a period: use 2025, 2025-Q3, 2025-07 or 2025-07-15`,
      `“${period}”不是有效的期间：应为 2025、2025-Q3、2025-07 或 2025-07-15`,
    );
  }
  if (observations.some((o) => o.period === period)) return 0;
  const present = [...new Set(observations.map((o) => o.period))].sort(comparePeriods).join(', ');
  return printPeriodIssue(
    io,
    lang,
    option,
    `no observation has the period ${period}; the observations' periods: ${present || 'none'}`,
    `没有期间为 ${period} 的观测值；观测值中的期间：${present || '无'}`,
  );
}

/** 3 when the assessment carries an error diagnostic or `noTotal` holds, else 0. */
export const resultCode = (assessment: Assessment, noTotal: boolean): number =>
  noTotal || assessment.diagnostics.some((d) => d.severity === 'error') ? 3 : 0;

/** Prints each file's issues under its name, then how many there are. */
export function printIssues(io: CliIo, loaded: Pick<LoadedInputs, 'issues'>, lang: Lang): void {
  const files = [...new Set(loaded.issues.map((x) => x.file))];
  for (const file of files) {
    io.stderr(
      `${file}\n${formatIssues(
        loaded.issues.filter((x) => x.file === file).map((x) => x.issue),
        { lang },
      )}\n`,
    );
  }
  io.stderr(
    lang === 'zh-CN'
      ? `共 ${loaded.issues.length} 个问题\n`
      : `${count(loaded.issues.length, 'problem', 'problems')}\n`,
  );
}

const PLURAL = new Intl.PluralRules('en');
/** `1 flag`, `2 flags`: a count with its noun in English's singular or plural. */
export const count = (n: number, one: string, other: string): string =>
  `${n} ${PLURAL.select(n) === 'one' ? one : other}`;

/**
 * How many items each ledger holds, as the `bundle` and `ledger` commands report it.
 *
 * @example
 * ledgerCounts({ problems: [p1, p2], orders: [o], dispatches: [d], duties: [] })
 * //=> '2 problems, 1 order, 1 dispatch meeting, 0 reporting duties'
 */
export function ledgerCounts(l: {
  problems: unknown[];
  orders: unknown[];
  dispatches: unknown[];
  duties: unknown[];
}): string {
  return [
    count(l.problems.length, 'problem', 'problems'),
    count(l.orders.length, 'order', 'orders'),
    count(l.dispatches.length, 'dispatch meeting', 'dispatch meetings'),
    count(l.duties.length, 'reporting duty', 'reporting duties'),
  ].join(', ');
}

/**
 * Wrong usage, said before the usage text: what is wrong, in the language asked for, so a user
 * sees which option or file to fix rather than the whole usage alone. Returns the exit code 2.
 */
export function usageError(io: CliIo, lang: Lang, usage: string, problem: { en: string; zh: string }): number {
  io.stderr(`${lang === 'zh-CN' ? `用法错误：${problem.zh}` : `wrong usage: ${problem.en}`}\n${usage}`);
  return 2;
}

/** The problem of an option that takes one of a few words, for {@link usageError}. */
export function notOneOf(option: string, value: string, allowed: ReadonlyArray<string>): { en: string; zh: string } {
  return {
    en: `--${option} must be one of ${allowed.join(', ')}, not "${value}"`,
    zh: `--${option} 只能是 ${allowed.join('、')}，不能是“${value}”`,
  };
}
