import { parseArgs } from 'node:util';
import type { Lang } from '../vocabulary/lang.js';
import { formatIssues } from '../result/formatIssues.js';
import { explain } from '../scoring/assess/explain.js';
import { assessBundle } from '../accountability/assessBundle.js';
import { flagsByUnit } from '../accountability/flagsByUnit.js';
import { formatAssessment, type AssessmentFormat } from '../report/formatAssessment.js';
import { annualAssessment } from '../accountability/annualAssessment.js';
import { formatAnnualReport } from '../report/formatAnnualReport.js';
import type { CliIo } from './cliIo.js';
import { loadInputs, type LoadedInputs } from './loadInputs.js';
import { progressBar } from './progressBar.js';

const usage = `Usage:
  eco-reform validate <framework.json> [--observations <file>] [--reports <file>] [--flags <file>] [--lang zh-CN|en]
  eco-reform score <framework.json> <observations.csv|json> --period <period> [--flags <file>] [--format table|json|csv|md] [--lang zh-CN|en]
  eco-reform explain <framework.json> <observations.csv|json> --period <period> --unit <id> [--flags <file>] [--lang zh-CN|en]
  eco-reform report <framework.json> <observations.csv|json> <reports.json> --year <year> [--flags <file>] [--format md|json|csv] [--lang zh-CN|en]
  --flags: a JSON array of units' flags the scheme's rules test, e.g. [{"unit":"gangkou","period":"2025","flag":"verifiedComplaint"}]
`;

function printIssues(io: CliIo, loaded: LoadedInputs, lang: Lang): void {
  const files = [...new Set(loaded.issues.map((x) => x.file))];
  for (const file of files) {
    io.stderr(`${file}\n${formatIssues(loaded.issues.filter((x) => x.file === file).map((x) => x.issue), { lang })}\n`);
  }
  io.stderr(lang === 'zh-CN' ? `共 ${loaded.issues.length} 个问题\n` : `${loaded.issues.length} problem(s)\n`);
}

/**
 * The `eco-reform` command line: `validate`, `score`, `explain` and `report`. Returns the exit code:
 * 0 success, 1 invalid input, 2 wrong usage. Machine formats go to stdout only.
 *
 * @category I/O
 * @param argv - The arguments after the program name.
 * @param io - Where to write and how to read files.
 * @returns The exit code.
 * @example
 * await main(['validate', 'examples/meixi/framework.json'], io) //=> 0
 */
export async function main(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        observations: { type: 'string' }, reports: { type: 'string' }, flags: { type: 'string' }, lang: { type: 'string', default: 'zh-CN' },
        period: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, unit: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, frameworkFile, observationsFile] = positionals;
  const lang: Lang = values.lang === 'en' ? 'en' : 'zh-CN';
  if (values.help || !command || !frameworkFile) {
    io.stderr(usage);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'validate': {
      const loaded = await loadInputs(io, { framework: frameworkFile, observations: values.observations, reports: values.reports, flags: values.flags });
      if (loaded.issues.length > 0) {
        printIssues(io, loaded, lang);
        return 1;
      }
      const f = loaded.framework!;
      const parts = [`${f.areas.length} areas`, `${f.indicators.length} indicators`, `${f.goals.length} goals`, `${f.measures.length} measures`, `${f.units.length} units`, `${f.redLines.length} red-line zones`];
      if (loaded.observations) parts.push(`${loaded.observations.length} observations`);
      if (loaded.reports) parts.push(`${loaded.reports.length} reports`);
      if (loaded.flags) parts.push(`${loaded.flags.length} flags`);
      io.stdout(`✔ ${f.id} v${f.version}: ${parts.join(', ')}\n`);
      return 0;
    }
    case 'report': {
      const reportsFile = positionals[3];
      const year = Number(values.year);
      const format = (values.format ?? 'md') as 'md' | 'json' | 'csv';
      if (!observationsFile || !reportsFile || !Number.isInteger(year) || year < 1000 || year > 9999 || !['md', 'json', 'csv'].includes(format)) {
        io.stderr(usage);
        return 2;
      }
      const loaded = await loadInputs(io, { framework: frameworkFile, observations: observationsFile, reports: reportsFile, flags: values.flags });
      if (loaded.issues.length > 0) {
        printIssues(io, loaded, lang);
        return 1;
      }
      const flags = flagsByUnit(loaded.flags ?? [], String(year));
      io.stdout(formatAnnualReport(annualAssessment(loaded.framework!, loaded.observations!, loaded.reports!, { year, flags }), { format, lang }));
      return 0;
    }
    case 'score':
    case 'explain': {
      const format = (values.format ?? 'table') as AssessmentFormat;
      if (!observationsFile || !values.period || (command === 'explain' && !values.unit) || !['table', 'json', 'csv', 'md'].includes(format)) {
        io.stderr(usage);
        return 2;
      }
      const bar = progressBar(io, lang);
      const loaded = await loadInputs(io, { framework: frameworkFile, observations: observationsFile, flags: values.flags }, bar.stage);
      if (loaded.issues.length > 0) {
        bar.done();
        printIssues(io, loaded, lang);
        return 1;
      }
      const framework = loaded.framework!;
      bar.stage('score');
      const assessment = assessBundle({ framework, observations: loaded.observations!, flags: loaded.flags }, { period: values.period });
      bar.stage('format');
      if (command === 'score') {
        const text = formatAssessment(assessment, { format, lang });
        bar.done();
        io.stdout(text);
        return 0;
      }
      bar.done();
      const e = explain(assessment, { unit: values.unit!, lang });
      if (!e) {
        io.stderr(lang === 'zh-CN' ? `单位“${values.unit}”不在 ${values.period} 年的考核中\n` : `unit "${values.unit}" is not in the ${values.period} assessment\n`);
        return 1;
      }
      io.stdout(`${e.text}\n`);
      return 0;
    }
    default:
      io.stderr(`unknown command "${command}"\n${usage}`);
      return 2;
  }
}
