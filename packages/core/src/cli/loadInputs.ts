import type { Issue } from '../result/issue.js';
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
import { checkObservationIds } from '../model/checkObservationIds.js';
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

async function readJson(io: CliIo, file: string, issues: LoadedInputs['issues']): Promise<unknown> {
  try {
    return JSON.parse(await io.readFile(file)) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'cannot be read';
    issues.push({ file, issue: makeIssue([], 'invalid_json', `${file}: ${reason}`, `${file}：无法读取或不是有效的 JSON（${reason}）`) });
    return undefined;
  }
}

/** Reads and parses a framework (JSON), observations (.csv or .json), reports (JSON) and units' flags (JSON); the data are checked against the framework when it is valid (unknown units, indicators, periods, measures, nodes). */
export async function loadInputs(
  io: CliIo,
  files: { framework: string; observations?: string; reports?: string; flags?: string },
  stage: (stage: Stage) => void = () => {},
): Promise<LoadedInputs> {
  const out: LoadedInputs = { issues: [] };
  stage('read');
  const collect = (file: string, list: Issue[]): void => list.forEach((issue) => out.issues.push({ file, issue }));
  const f = await readJson(io, files.framework, out.issues);
  if (f !== undefined) {
    const r = parseFramework(f);
    if (r.ok) out.framework = r.value;
    else collect(files.framework, r.issues);
  }
  if (files.observations) {
    let r;
    if (files.observations.toLowerCase().endsWith('.csv')) {
      try {
        const text = await io.readFile(files.observations);
        stage('parse');
        r = readObservationsCsv(text, out.framework ? { framework: out.framework } : {});
      } catch {
        out.issues.push({ file: files.observations, issue: makeIssue([], 'invalid_json', `${files.observations} cannot be read`, `无法读取 ${files.observations}`) });
      }
    } else {
      const json = await readJson(io, files.observations, out.issues);
      stage('parse');
      if (json !== undefined) r = parseObservations(json);
      if (r?.ok && out.framework) {
        const unknown = checkObservationIds(out.framework, r.value);
        if (unknown.length > 0) r = { ok: false, issues: unknown };
      }
    }
    if (r?.ok) out.observations = r.value;
    else if (r) collect(files.observations, r.issues);
  }
  if (files.reports) {
    const json = await readJson(io, files.reports, out.issues);
    if (json !== undefined) {
      const r = parseReports(json, out.framework);
      if (r.ok) out.reports = r.value;
      else collect(files.reports, r.issues);
    }
  }
  if (files.flags) {
    const json = await readJson(io, files.flags, out.issues);
    if (json !== undefined) {
      // Without a valid framework only the shapes can be checked; its own issues are reported already.
      const r = parseUnitFlags(json, out.framework);
      if (r.ok) out.flags = r.value;
      else collect(files.flags, r.issues);
    }
  }
  return out;
}
