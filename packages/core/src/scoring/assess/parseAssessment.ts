import type { Issue, ParseResult } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { toIssues } from '../../result/toIssues.js';
import { ASSESSMENT_FORMAT, AssessmentSchema, type Assessment } from './assessment.js';

/**
 * Parses and validates a precomputed assessment (the JSON of `assess` or `assessBundle`): its
 * format version, its shape (zod, {@link AssessmentSchema}) and that its parts agree: unit,
 * indicator and area ids each once; every indicator's area and every area's parent among the areas;
 * one result per unit, each with one area result per area in the areas' order; grades among the
 * scheme's bands; every cell column `units × indicators` long; diagnostics naming units, indicators
 * and areas of the assessment. Every problem is reported, each with a path and a message in English
 * and Chinese. An assessment of another format is one issue at `format` that says which format this
 * version reads (nothing else is checked: its shape is another). Never throws for bad data.
 *
 * @category Scoring
 * @param input - Parsed JSON (or any value).
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * const r = parseAssessment(JSON.parse(text));
 * if (!r.ok) console.log(formatIssues(r.issues, { lang: 'zh-CN' })); // e.g. cells: required: expected an object
 */
export function parseAssessment(input: unknown): ParseResult<Assessment> {
  const format =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as { format?: unknown }).format
      : undefined;
  if (format !== ASSESSMENT_FORMAT) {
    const got = format === undefined ? 'no format' : `format ${JSON.stringify(format)}`;
    return {
      ok: false,
      issues: [
        makeIssue(
          ['format'],
          'invalid_value',
          `not an assessment this version reads: expected format "${ASSESSMENT_FORMAT}", got ${got}`,
          `不是本版本可读取的考核结果：应为格式“${ASSESSMENT_FORMAT}”，实为${format === undefined ? '无格式标记' : `格式 ${JSON.stringify(format)}`}`,
        ),
      ],
    };
  }
  const shape = AssessmentSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, issues: toIssues(shape.error.issues) };
  const issues = consistency(shape.data);
  return issues.length === 0 ? { ok: true, value: shape.data } : { ok: false, issues };
}

/** The checks beyond shape: ids, references and lengths that must agree across the parts. */
function consistency(a: Assessment): Issue[] {
  const issues: Issue[] = [];
  const ids = (list: ReadonlyArray<{ id: string }>, key: 'units' | 'indicators' | 'areas'): Set<string> => {
    const seen = new Set<string>();
    list.forEach((x, k) => {
      if (seen.has(x.id))
        issues.push(
          makeIssue([key, k, 'id'], 'duplicate_id', `"${x.id}" is listed twice in ${key}`, `${key} 中“${x.id}”重复`),
        );
      seen.add(x.id);
    });
    return seen;
  };
  const units = ids(a.units, 'units');
  const indicators = ids(a.indicators, 'indicators');
  const areas = ids(a.areas, 'areas');
  const grades = new Set(a.scheme.grades.map((g) => g.id));
  const unknown = (path: Array<string | number>, what: string, whatZh: string, id: string): void => {
    issues.push(makeIssue(path, 'unknown_reference', `unknown ${what} "${id}"`, `未知${whatZh}“${id}”`));
  };
  const grade = (path: Array<string | number>, id: string | null | undefined): void => {
    if (id !== null && id !== undefined && !grades.has(id))
      unknown(path, 'grade (not among scheme.grades)', '等次（不在 scheme.grades 中）', id);
  };
  a.indicators.forEach((ind, k) => {
    if (!areas.has(ind.area)) unknown(['indicators', k, 'area'], 'area', '领域', ind.area);
  });
  a.areas.forEach((area, k) => {
    if (area.parent !== null && !areas.has(area.parent)) unknown(['areas', k, 'parent'], 'area', '领域', area.parent);
  });
  if (a.results.length !== a.units.length) {
    issues.push(
      makeIssue(
        ['results'],
        'wrong_length',
        `${a.results.length} results for ${a.units.length} units: one each is expected`,
        `${a.units.length} 个单位有 ${a.results.length} 条结果：应各有一条`,
      ),
    );
  }
  const resulted = new Set<string>();
  a.results.forEach((r, k) => {
    if (!units.has(r.unit)) unknown(['results', k, 'unit'], 'unit (not among units)', '单位（不在 units 中）', r.unit);
    else if (resulted.has(r.unit))
      issues.push(
        makeIssue(['results', k, 'unit'], 'duplicate_id', `"${r.unit}" has two results`, `“${r.unit}”有两条结果`),
      );
    resulted.add(r.unit);
    grade(['results', k, 'grade'], r.grade);
    grade(['results', k, 'gradeByPoints'], r.gradeByPoints);
    if (r.areas.length !== a.areas.length) {
      issues.push(
        makeIssue(
          ['results', k, 'areas'],
          'wrong_length',
          `${r.areas.length} area results for ${a.areas.length} areas`,
          `${a.areas.length} 个领域有 ${r.areas.length} 条领域结果`,
        ),
      );
    } else {
      r.areas.forEach((x, j) => {
        const id = a.areas[j]!.id;
        if (x.area !== id)
          issues.push(
            makeIssue(
              ['results', k, 'areas', j, 'area'],
              'invalid_value',
              `expected area "${id}" (the areas' order), got "${x.area}"`,
              `应为领域“${id}”（与 areas 顺序一致），实为“${x.area}”`,
            ),
          );
      });
    }
    r.rules.forEach((rule, j) => {
      grade(['results', k, 'rules', j, 'grade'], rule.grade);
      grade(['results', k, 'rules', j, 'gradeBefore'], rule.gradeBefore);
      grade(['results', k, 'rules', j, 'gradeAfter'], rule.gradeAfter);
    });
  });
  const size = a.units.length * a.indicators.length;
  for (const [column, values] of Object.entries(a.cells)) {
    if (values.length !== size) {
      issues.push(
        makeIssue(
          ['cells', column],
          'wrong_length',
          `${values.length} entries; expected ${size} (${a.units.length} units × ${a.indicators.length} indicators)`,
          `有 ${values.length} 项，应为 ${size} 项（${a.units.length} 个单位 × ${a.indicators.length} 个指标）`,
        ),
      );
    }
  }
  a.diagnostics.forEach((d, k) => {
    // These two report ids the data named and the framework does not declare: they cannot be among the assessment's.
    const foreign = d.code === 'unknown_unit' || d.code === 'unknown_indicator';
    if (!foreign && d.unit !== undefined && !units.has(d.unit))
      unknown(['diagnostics', k, 'unit'], 'unit', '单位', d.unit);
    if (!foreign && d.indicator !== undefined && !indicators.has(d.indicator))
      unknown(['diagnostics', k, 'indicator'], 'indicator', '指标', d.indicator);
    if (d.area !== undefined && !areas.has(d.area)) unknown(['diagnostics', k, 'area'], 'area', '领域', d.area);
  });
  return issues;
}
