/**
 * One block of a report, rendered to Markdown or HTML alike: a heading, a paragraph, a bulleted
 * list or a table (header row and body rows), all plain text.
 *
 * @category I/O
 * @example
 * const block: ReportBlock = { kind: 'table', head: ['名次', '单位'], rows: [['1', '西湖区']] };
 */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };
