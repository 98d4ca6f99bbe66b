/**
 * An evidence cell's `sha256sum` lines (`<hash>  <file>`, or `<hash> *<file>` in binary mode), blank
 * lines skipped; a line without a hash is read as a file with an empty hash, which the schema refuses.
 */
export function readEvidenceCell(cell: string): Array<{ ref: string; sha256: string }> {
  const evidence: Array<{ ref: string; sha256: string }> = [];
  for (const l of cell.split(/\r\n|\r|\n/)) {
    if (l.trim() === '') continue;
    const m = /^(\S+)\s+\*?(.+)$/.exec(l.trim());
    evidence.push(m ? { sha256: m[1]!, ref: m[2]!.trim() } : { sha256: '', ref: l.trim() });
  }
  return evidence;
}
