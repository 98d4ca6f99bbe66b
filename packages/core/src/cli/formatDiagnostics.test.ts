import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from './formatDiagnostics.js';
import type { Diagnostic } from '../scoring/assess/assessment.js';

describe('formatDiagnostics', () => {
  const diagnostics: Diagnostic[] = [
    {
      severity: 'error' as const,
      code: 'missing_value',
      unit: 'beiling',
      indicator: 'green-communities',
      message: { en: 'beiling has no value for green-communities', zh: 'beiling 缺少指标 green-communities 的数据' },
    },
    {
      severity: 'warning' as const,
      code: 'no_total',
      message: { en: 'some units have no total and are not ranked', zh: '部分单位无法计算总分，未参与排名' },
    },
    { severity: 'info' as const, code: 'total_imputed', message: { en: 'a note', zh: '说明' } },
  ];

  it('writes one line per diagnostic with its mark, severity and code, in English', () => {
    expect(formatDiagnostics(diagnostics, 'en')).toBe(
      '✖ error missing_value: beiling has no value for green-communities\n' +
        '⚠ warning no_total: some units have no total and are not ranked\n' +
        'ℹ info total_imputed: a note\n',
    );
  });

  it('and in Chinese', () => {
    expect(formatDiagnostics(diagnostics.slice(1, 2), 'zh-CN')).toBe(
      '⚠ 警告 no_total：部分单位无法计算总分，未参与排名\n',
    );
  });

  it('writes nothing when there are none', () => {
    expect(formatDiagnostics([], 'en')).toBe('');
  });
});
