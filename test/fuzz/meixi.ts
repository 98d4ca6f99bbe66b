// The Meixi City example files, read once: the seeds that the mutation fuzzers start from, and
// their parsed values for properties that need a valid framework, observations or reports.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBundle, parseFramework, parseReports, readObservationsCsv } from '@eco-reform/core';

const read = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../examples/meixi/${name}`, import.meta.url)), 'utf8');

/** `framework.json`, `reports.json` and `bundle.json` as parsed JSON (not validated), and `observations.csv` as text. */
export const seeds = {
  framework: JSON.parse(read('framework.json')) as unknown,
  reports: JSON.parse(read('reports.json')) as unknown,
  bundle: JSON.parse(read('bundle.json')) as { framework: unknown; observations: unknown; reports: unknown },
  observationsCsv: read('observations.csv'),
};

function parsedValue<T>(r: { ok: true; value: T } | { ok: false }, what: string): T {
  if (!r.ok) throw new Error(`the Meixi ${what} must parse`);
  return r.value;
}

/** The same files, validated. */
export const meixi = {
  framework: parsedValue(parseFramework(seeds.framework), 'framework'),
  observations: parsedValue(readObservationsCsv(seeds.observationsCsv), 'observations'),
  reports: parsedValue(parseReports(seeds.reports), 'reports'),
  bundle: parsedValue(parseBundle(seeds.bundle), 'bundle'),
};
