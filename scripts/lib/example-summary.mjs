// The short summary `npm start` prints: the example city scored with the built core package,
// exactly as a developer would call it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * @param {string} dir - the example's folder (examples/meixi/)
 * @param {string} period - the year to assess
 * @returns {Promise<string>}
 */
export async function summarizeExample(dir, period = '2025') {
  const core = await import('../../packages/core/dist/index.js');
  const read = (name) => readFile(path.join(dir, name), 'utf8');
  const framework = core.parseFramework(JSON.parse(await read('framework.json')));
  const observations = core.readObservationsCsv(await read('observations.csv'));
  if (!framework.ok || !observations.ok) {
    const issues = [...(framework.ok ? [] : framework.issues), ...(observations.ok ? [] : observations.issues)];
    return `The example city does not validate:\n${core.formatIssues(issues, { lang: 'en' })}`;
  }
  // Scored as the CLI scores it (red-line breaches as vetoes); the findings are listed below.
  const assessment = core.assessBundle({ framework: framework.value, observations: observations.value }, { period });
  const findings = core.checkRedLines(framework.value.redLines, period);
  const lines = [
    `${framework.value.title.zh}`,
    `${framework.value.title.en}`,
    `Assessment ${period} (scheme ${assessment.scheme.version}, fingerprint ${assessment.fingerprint.slice(0, 12)}…):`,
    '',
    core.formatAssessment(assessment, { format: 'table', lang: 'zh-CN' }).trimEnd(),
    '',
  ];
  for (const f of findings.filter((x) => x.breaches.length > 0)) lines.push(`Red-line breach: ${f.message.en}`);
  const last = [...assessment.results].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))[0];
  if (last) lines.push(`Lowest: ${core.explain(assessment, { unit: last.unit, lang: 'en' }).text}`);
  return lines.join('\n');
}
