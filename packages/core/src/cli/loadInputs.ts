import type { Issue, ParseResult } from '../result/issue.js';
import type { Framework } from '../model/framework.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { makeIssue } from '../result/makeIssue.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { parseUnitFlags } from '../model/parseUnitFlags.js';
import type { UnitFlag } from '../model/unitFlag.schema.js';
import { parseObservations } from '../observation/parseObservations.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { readObservationsSheet } from '../observation/readObservationsSheet.js';
import { readXlsxSheet } from './readXlsxSheet.js';
import { decodeText } from '../text/decodeText.js';
import type { Lang } from '../vocabulary/lang.js';
import type { CliIo } from './cliIo.js';
import type { Stage } from './progressBar.js';

/** The files a command reads, parsed, with every issue found across all of them. */
export interface LoadedInputs {
  framework?: Framework;
  observations?: Observation[];
  reports?: ProgressReport[];
  flags?: UnitFlag[];
  issues: Array<{ file: string; issue: Issue }>;
}

/** The options of the input files: the encoding to force, and the language of notes. */
export interface LoadOptions {
  /** A WHATWG encoding label (`--encoding`); default: detected per file by `decodeText`. */
  encoding?: string;
  /** The language of the note printed for a file not read as UTF-8; default *zh-CN*. */
  lang?: Lang;
  /** The sheet of an `.xlsx` observations workbook to read (`--sheet`); default its first sheet. */
  sheet?: string;
}

/** A file's bytes as text (see `decodeText`), saying on stderr when it was not UTF-8; `undefined` with an issue when it cannot be read. */
export async function readText(
  io: CliIo,
  file: string,
  issues: LoadedInputs['issues'],
  { encoding, lang = 'zh-CN' }: LoadOptions,
): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    issues.push({ file, issue: makeIssue([], 'invalid_json', `${file} cannot be read`, `无法读取 ${file}`) });
    return undefined;
  }
  const r = decodeText(bytes, { encoding });
  if (!r.ok) {
    r.issues.forEach((issue) => issues.push({ file, issue }));
    return undefined;
  }
  if (r.value.encoding !== 'utf-8')
    io.stderr(
      lang === 'zh-CN' ? `${file}：按 ${r.value.encoding} 编码读取\n` : `${file}: read as ${r.value.encoding}\n`,
    );
  return r.value.text;
}

/** A file's text (see `readText`) parsed as JSON; `undefined` with an issue when it cannot be read or parsed. */
export async function readJson(
  io: CliIo,
  file: string,
  issues: LoadedInputs['issues'],
  options: LoadOptions,
): Promise<unknown> {
  const text = await readText(io, file, issues, options);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'cannot be read';
    issues.push({
      file,
      issue: makeIssue([], 'invalid_json', `${file}: ${reason}`, `${file}：不是有效的 JSON（${reason}）`),
    });
    return undefined;
  }
}

/**
 * Reads and parses a framework (JSON), observations (.csv, .xlsx or .json), reports (JSON) and units'
 * flags (JSON). Every text file is read as bytes and decoded by `decodeText` (detected, or
 * `options.encoding`); a workbook's sheet (`options.sheet`, else its first) is read by
 * `readXlsxSheet` and `readObservationsSheet`, with the CSV's header and cell grammar. The data are checked against the framework when it is valid: observations'
 * units, indicators, periods and value kinds, reports' measures and nodes, flags' units.
 */
export async function loadInputs(
  io: CliIo,
  files: { framework: string; observations?: string; reports?: string; flags?: string },
  stage: (stage: Stage) => void = () => {},
  options: LoadOptions = {},
): Promise<LoadedInputs> {
  const out: LoadedInputs = { issues: [] };
  stage('read');
  const collect = (file: string, list: Issue[]): void => list.forEach((issue) => out.issues.push({ file, issue }));
  const f = await readJson(io, files.framework, out.issues, options);
  if (f !== undefined) {
    const r = parseFramework(f);
    if (r.ok) out.framework = r.value;
    else collect(files.framework, r.issues);
  }
  if (files.observations) {
    let r: ParseResult<Observation[]> | undefined;
    const name = files.observations.toLowerCase();
    if (name.endsWith('.xlsx')) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await io.readFile(files.observations);
      } catch {
        out.issues.push({
          file: files.observations,
          issue: makeIssue(
            [],
            'invalid_workbook',
            `${files.observations} cannot be read`,
            `无法读取 ${files.observations}`,
          ),
        });
      }
      stage('parse');
      if (bytes !== undefined) {
        const sheet = await readXlsxSheet(bytes, files.observations, options.sheet);
        r = sheet.ok ? readObservationsSheet(sheet.value, { framework: out.framework }) : sheet;
      }
    } else if (name.endsWith('.csv')) {
      const text = await readText(io, files.observations, out.issues, options);
      stage('parse');
      if (text !== undefined) r = readObservationsCsv(text, { framework: out.framework });
    } else {
      const json = await readJson(io, files.observations, out.issues, options);
      stage('parse');
      if (json !== undefined) r = parseObservations(json, { framework: out.framework });
    }
    if (r?.ok) out.observations = r.value;
    else if (r) collect(files.observations, r.issues);
  }
  if (files.reports) {
    const json = await readJson(io, files.reports, out.issues, options);
    if (json !== undefined) {
      const r = parseReports(json, out.framework);
      if (r.ok) out.reports = r.value;
      else collect(files.reports, r.issues);
    }
  }
  if (files.flags) {
    const json = await readJson(io, files.flags, out.issues, options);
    if (json !== undefined) {
      // Without a valid framework only the shapes can be checked; its own issues are reported already.
      const r = parseUnitFlags(json, out.framework);
      if (r.ok) out.flags = r.value;
      else collect(files.flags, r.issues);
    }
  }
  return out;
}
