import type { ParseResult } from '../result/issue.js';
import type { Framework } from '../model/framework.schema.js';
import { cellTableFromCsv } from '../_lib/cellTableFromCsv.js';
import type { Observation } from './observation.schema.js';
import { looksLikeObservationRow } from './looksLikeObservationRow.js';
import { readObservationRows } from './readObservationRows.js';

/**
 * Options of {@link readObservationsCsv} and {@link readObservationTableCsv}.
 *
 * @category I/O
 * @example
 * readObservationsCsv('indicator,unit,period,value\neco-park,xihu,2025,1\n', { framework }).ok //=> false: eco-park is yes/no
 */
export interface ReadObservationsCsvOptions {
  /** The framework the observations are for: each value must then be of its indicator's kind (see `checkValueKind`), and every unit, indicator and period one it declares (see `checkObservationIds`). */
  framework?: Framework;
}

/**
 * Reads long-format observations, header `indicator,unit,period,value[,note,source,revision]`
 * (columns in any order; other columns are ignored). A UTF-8 BOM is accepted. Values are read by
 * `parseCell` (the number grammar of the data-formats guide); missing cells (blank, `-`, `..`,
 * `NA`, `n/a`) stay missing. The indicator, unit, period, value and revision cells are trimmed;
 * the free-text `note` and `source` are kept exactly as written, and an empty one is no note (the
 * schema refuses `note: ''`), so {@link writeObservationsCsv} then this give back every valid
 * observation unchanged. Refused, each with its physical line (the header is line 1, and a quoted
 * cell may span lines) and column, e.g. path `['line', 4, 'value']`, displayed `line[4].value`:
 * a bad cell, a row with more or fewer cells than the header, a header naming a column twice, a
 * quote that never closes or is followed by text or swallows lines that look like records, two
 * rows with different values for the same indicator, unit, period and revision, and, given the
 * framework, a value not of its indicator's kind.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: check each value's kind against its indicator and the rows' ids against the framework.
 * @returns `{ ok: true, value }` with one observation per data row, or `{ ok: false, issues }`.
 * @example
 * readObservationsCsv('indicator,unit,period,value\npm25,xihu,2025,"1,100"\n')
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 1100 }] }
 */
export function readObservationsCsv(
  text: string,
  { framework }: ReadObservationsCsvOptions = {},
): ParseResult<Observation[]> {
  const csv = cellTableFromCsv(text, { looksLikeRow: looksLikeObservationRow });
  const read = readObservationRows(csv, { framework });
  // The shape's issues (quotes, row lengths, a column named twice) come first, as they are read first.
  if (csv.issues.length === 0) return read;
  return { ok: false, issues: [...csv.issues, ...(read.ok ? [] : read.issues)] };
}
