// The command line's usage text and the words its options take, apart from the parsing and dispatch in main.ts.
/** The commands, in the order the usage lists them. */
export const COMMANDS: ReadonlyArray<string> = ['validate', 'score', 'explain', 'report', 'bundle', 'ledger', 'tenure'];
/** The formats `score` and `explain` write. */
export const ASSESSMENT_FORMATS: ReadonlyArray<string> = ['table', 'json', 'csv', 'md'];

/** What `eco-reform --help` prints, and every wrong usage after its reason. */
export const usage = `Usage:
  eco-reform validate <framework.json> [--observations <csv|xlsx|json file>] [--reports <file>] [--flags <file>] [--lang zh-CN|en]
  eco-reform score <framework.json> <observations.csv|xlsx|json> --period <period> [--flags <file>] [--format table|json|csv|md] [--lang zh-CN|en]
  eco-reform explain <framework.json> <observations.csv|xlsx|json> --period <period> --unit <id> [--flags <file>] [--lang zh-CN|en]
  eco-reform report <bundle.json | framework.json observations.csv|xlsx|json reports.json [--flags <file>] [--ledgers <file>]... [--office <unit>]> --year <year> [--format md|html|json|csv] [--lang zh-CN|en]
  eco-reform bundle <framework.json> <observations.csv|xlsx|json> [--reports <file>] [--flags <file>] [--ledgers <file>]... [--office <unit>] [--sheet <name>] [--assess <period>] -o <out.json> [--lang zh-CN|en]
  eco-reform ledger <bundle.json | framework.json --ledgers <file>... [--office <unit>]> --as-of <YYYY-MM-DD> [--format table|json|csv|md] [--lang zh-CN|en]
  eco-reform ledger <bundle.json | framework.json --ledgers <file>... [--office <unit>]> -o <folder>
  eco-reform tenure <bundle.json> --person <id> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ledgers <file>... [--office <unit>]] [--format md|table|json] [-o <file>] [--lang zh-CN|en]
  bundle: checks everything as validate does, then writes one bundle.json the widgets read ({ framework, observations,
    reports, flags, ledgers }; no --reports writes "reports": []); with --assess <period>, writes that period's precomputed
    assessment (format eco-reform.assessment/2) instead
  --ledgers: the supervision ledgers: one ledgers.json, or the ledgers' tables (repeat the option): CSV files
    (problems, orders, dispatches, duties; each told by its item column) or .xlsx workbooks with one sheet per ledger
  --office: with ledger tables, the unit that closes and returns problems (督查室), e.g. supervision
  ledger -o <folder>: writes each ledger as its CSV file (problems.csv, orders.csv, dispatches.csv, duties.csv)
  --sheet: the sheet of an .xlsx workbook to read; default its first sheet
  --encoding <label>: read every input file in this encoding (utf-8, gb18030, utf-16le, …) instead of detecting it
  --flags: a JSON array of units' flags the scheme's rules test, e.g. [{"unit":"gangkou","period":"2025","flag":"verifiedComplaint"}]
  --period: 2025, 2025-Q3, 2025-07 or 2025-07-15, a period some observation has
  --as-of: the date the ledgers are seen at (nothing after it counts); overdue items are printed first
  tenure: what happened under one person (离任审计): posts held, their units' indicators, the rivers, lakes and forests
    they were chief of, red lines, tasks, escalations and problems; --from defaults to the person's first start in any
    post, --to to 31 December of the latest year of the bundle's observations and reports; the view ends earlier on the
    day the person left their last post; problems need the bundle's ledgers or --ledgers
Output goes to stdout; problems, the assessment's diagnostics (score, explain, report; whatever the format) and the progress bar to stderr.
Control characters from the input are printed as \\u{…} escapes.
Exit codes:
  0  done; warnings, if any, are on stderr
  1  invalid input (a file, a cell, a flag, a --period, --year or --assess that is not a period or has no observation, a --person unknown or in no post in the period): nothing on stdout or written
  2  wrong usage (tenure: a --from or --to that is not a date, or --from after --to, included)
  3  written, but not a complete result: the assessment has an error diagnostic, or no total (score, report: no unit has one;
     explain: the unit has none, the reason in the text)
`;
