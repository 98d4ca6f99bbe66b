/**
 * The columns of the problem ledger as CSV, one row per event of a problem (`open`, then each
 * transition), in the order `writeProblemsCsv` writes them and `readProblemsCsv` reads them (by
 * name, in any order). The `evidence` cell holds one `<sha256>  <file>` line per file, exactly as
 * `sha256sum` prints them.
 *
 * @category Ledgers
 * @example
 * problemCsvColumns.slice(0, 3) //=> ['problem', 'action', 'date']
 */
export const problemCsvColumns = [
  'problem',
  'action',
  'date',
  'source',
  'document',
  'zone',
  'period',
  'unit',
  'person_position_zh',
  'person_position_en',
  'found_zh',
  'found_en',
  'measures_zh',
  'measures_en',
  'deadline',
  'checker',
  'role',
  'by_unit',
  'by_person',
  'note_zh',
  'note_en',
  'evidence',
] as const;
