import type * as z from 'zod/mini';
import type { Issue, IssueCode } from './issue.js';
import { makeIssue } from './makeIssue.js';

type ZodIssue = z.core.$ZodIssue;

const typeNames: Record<string, [string, string]> = {
  string: ['a string', '字符串'],
  number: ['a number', '数字'],
  boolean: ['true or false', '布尔值'],
  object: ['an object', '对象'],
  array: ['a list', '数组'],
  null: ['null', '空值 null'],
  undefined: ['nothing', '空缺'],
  nan: ['NaN', 'NaN'],
  infinity: ['an infinite number', '无穷大'],
  bigint: ['a big integer', '大整数'],
};

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (typeof input === 'number' && !Number.isFinite(input)) return 'infinity';
  return typeof input;
}

const name = (kind: string, lang: 0 | 1): string => typeNames[kind]?.[lang] ?? kind;
const list = (values: ReadonlyArray<unknown>): string => values.map((v) => JSON.stringify(v)).join(', ');

function describe(issue: ZodIssue): [string, string] {
  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined) {
        return [`required: expected ${name(issue.expected, 0)}`, `必填：应为${name(issue.expected, 1)}`];
      }
      const got = kindOf(issue.input);
      return [
        `expected ${name(issue.expected, 0)}, got ${name(got, 0)}`,
        `应为${name(issue.expected, 1)}，实为${name(got, 1)}`,
      ];
    }
    case 'invalid_value':
      return [`expected one of ${list(issue.values)}`, `应为以下之一：${list(issue.values)}`];
    case 'invalid_format':
      return [`not a valid ${issue.format}`, `格式不符（${issue.format}）`];
    case 'too_small': {
      const what =
        issue.origin === 'string' ? ['characters', '个字符'] : issue.origin === 'array' ? ['items', '项'] : ['', ''];
      const op = issue.inclusive ? ['at least', '不少于'] : ['more than', '大于'];
      return [
        `must be ${op[0]} ${String(issue.minimum)} ${what[0]}`.trim(),
        `应${op[1]} ${String(issue.minimum)}${what[1]}`,
      ];
    }
    case 'too_big': {
      const what =
        issue.origin === 'string' ? ['characters', '个字符'] : issue.origin === 'array' ? ['items', '项'] : ['', ''];
      const op = issue.inclusive ? ['at most', '不多于'] : ['less than', '小于'];
      return [
        `must be ${op[0]} ${String(issue.maximum)} ${what[0]}`.trim(),
        `应${op[1]} ${String(issue.maximum)}${what[1]}`,
      ];
    }
    case 'not_multiple_of':
      return [`must be a multiple of ${String(issue.divisor)}`, `应为 ${String(issue.divisor)} 的整数倍`];
    case 'unrecognized_keys':
      return [`unknown key(s) ${list(issue.keys)}`, `未知字段：${list(issue.keys)}`];
    case 'invalid_union':
      return 'discriminator' in issue && issue.discriminator
        ? [
            `unknown ${String(issue.discriminator)}; expected one of ${list((issue as { options?: unknown[] }).options ?? [])}`,
            `未知的 ${String(issue.discriminator)}；应为以下之一：${list((issue as { options?: unknown[] }).options ?? [])}`,
          ]
        : ['matches none of the allowed shapes', '不符合任何允许的结构'];
    case 'invalid_key':
      return ['invalid key', '键名无效'];
    case 'invalid_element':
      return ['invalid entry', '条目无效'];
    case 'custom': {
      const zh = (issue.params as { zh?: string } | undefined)?.zh;
      return [issue.message, zh ?? issue.message];
    }
  }
}

/**
 * Turns zod's issues into eco-reform {@link Issue}s with bilingual messages and display paths.
 * Parse with `{ reportInput: true }` so messages can say what was found ("got a string").
 * A custom check passes its Chinese text as `params: { zh }`.
 *
 * @category Model
 * @param issues - zod issues, e.g. `result.error.issues`.
 * @param base - A path prefix, for issues of a part of a larger document.
 * @returns One {@link Issue} per zod issue, in the same order; unknown keys one each, at the key.
 * @example
 * const r = z.object({ a: z.number() }).safeParse({ a: 'x' }, { reportInput: true });
 * toIssues(r.error!.issues)[0]!.message.en //=> 'expected a number, got a string'
 */
export function toIssues(issues: ReadonlyArray<ZodIssue>, base: ReadonlyArray<string | number> = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    // zod reports unknown keys on their object; the reader needs the key itself (even at the root).
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        makeIssue(
          [...path, key],
          'unrecognized_keys',
          `unknown key ${JSON.stringify(key)}`,
          `未知字段：${JSON.stringify(key)}`,
        ),
      );
    }
    const [en, zh] = describe(issue);
    return [makeIssue(path, issue.code as IssueCode, en, zh)];
  });
}
