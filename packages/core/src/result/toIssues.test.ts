import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toIssues } from './toIssues.js';
import { formatIssues } from './formatIssues.js';
import { formatPath } from './formatPath.js';
import { makeIssue } from './makeIssue.js';

const Shape = z.object({
  id: z.string(),
  kind: z.enum(['a', 'b']),
  items: z.array(z.object({ value: z.number(), name: z.string().check(z.minLength(2)) })),
});

describe('toIssues', () => {
  it('reports every problem with its path and a message in both languages', () => {
    const r = Shape.safeParse(
      {
        id: 7,
        kind: 'c',
        items: [
          { value: 'x', name: 'ok' },
          { value: 1, name: 'a' },
        ],
      },
      { reportInput: true },
    );
    expect(r.success).toBe(false);
    const issues = toIssues(r.error!.issues);
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['id', 'invalid_type'],
      ['kind', 'invalid_value'],
      ['items[0].value', 'invalid_type'],
      ['items[1].name', 'too_small'],
    ]);
    expect(issues[0]!.message).toEqual({ en: 'expected a string, got a number', zh: '应为字符串，实为数字' });
    expect(issues[1]!.message.en).toBe('expected one of "a", "b"');
    expect(issues[3]!.message).toEqual({ en: 'must be at least 2 characters', zh: '应不少于 2个字符' });
  });

  it('says a field is required when it is absent', () => {
    const r = Shape.safeParse({ kind: 'a', items: [] }, { reportInput: true });
    expect(toIssues(r.error!.issues)[0]!.message).toEqual({
      en: 'required: expected a string',
      zh: '必填：应为字符串',
    });
  });

  it('names NaN and Infinity instead of calling them numbers', () => {
    const r = z.object({ v: z.number() }).safeParse({ v: Number.NaN }, { reportInput: true });
    expect(toIssues(r.error!.issues)[0]!.message.en).toBe('expected a number, got NaN');
  });

  it('prefixes a base path', () => {
    const r = z.object({ v: z.number() }).safeParse({ v: 'x' }, { reportInput: true });
    expect(toIssues(r.error!.issues, ['observations', 4])[0]!.at).toBe('observations[4].v');
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and quotes keys that are not identifiers', () => {
    expect(formatPath(['indicators', 3, 'target', 'value'])).toBe('indicators[3].target.value');
    expect(formatPath(['targets', '东区', 0])).toBe('targets["东区"][0]');
    expect(formatPath([])).toBe('');
  });
});

describe('formatIssues', () => {
  const issues = [
    makeIssue(
      ['indicators', 3, 'target', 'value'],
      'invalid_type',
      'expected a number, got a string',
      '应为数字，实为字符串',
    ),
  ];
  it('prints each issue with its path, in English', () => {
    expect(formatIssues(issues)).toBe('✖ expected a number, got a string\n  → at indicators[3].target.value');
  });
  it('prints in Chinese', () => {
    expect(formatIssues(issues, { lang: 'zh-CN' })).toBe('✖ 应为数字，实为字符串\n  → 位置 indicators[3].target.value');
  });
});
