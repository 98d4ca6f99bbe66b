import type { Evidence } from '../evidence.schema.js';

/** Evidence as `sha256sum` prints it: one `<hash>  <file>` line each (titles are not carried). */
export const writeEvidenceCell = (evidence: ReadonlyArray<Evidence> | undefined): string =>
  (evidence ?? []).map((e) => `${e.sha256}  ${e.ref}`).join('\n');
