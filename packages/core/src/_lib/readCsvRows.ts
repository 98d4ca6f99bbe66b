import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';

/** The records of a CSV text, each with the physical line it starts on, and what was wrong with its shape. */
export interface CsvRows {
  /** The first record, as written. */
  header: string[];
  /** The data records whose shape is sound (as many cells as the header, quotes well formed); blank lines left out. */
  rows: string[][];
  /** The physical line (1-based, any of `\n`, `\r\n`, `\r` ending one) each of `rows` starts on. */
  lines: number[];
  /** Duplicated header names, rows of the wrong length and suspicious quoting, each at its line. */
  issues: Issue[];
}

/** Options of {@link readCsvRows}. */
export interface ReadCsvRowsOptions {
  /** Compares header names for duplicates; default: trimmed and lower-cased. */
  headerKey?: (name: string) => string;
  /**
   * Whether a line inside a quoted cell that spans lines, split at its commas, looks like a data
   * record: then the quote is most likely stray and swallowed the records after it.
   */
  looksLikeRow?: (cells: string[], header: string[]) => boolean;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const newlines = /\r\n|\r|\n/g;

// d3-dsv reads every text somehow: a stray quote silently swallows the rest of the file into one
// cell, a record of the wrong length is padded or cut by the reader, and a record's physical line
// is lost once a cell spans lines. This reader follows RFC 4180 as d3-dsv does, but keeps the line
// each record starts on and reports the shapes that have no single right reading.
export function readCsvRows(
  text: string,
  { headerKey = (h) => h.trim().toLowerCase(), looksLikeRow }: ReadCsvRowsOptions = {},
): CsvRows {
  const out: CsvRows = { header: [], rows: [], lines: [], issues: [] };
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let first = true;
  const columnName = (c: number): string => out.header[c]?.trim() || `column ${c + 1}`;
  const quoteIssue = (at: number, c: number, en: string, zh: string): void => {
    out.issues.push(
      makeIssue(
        ['line', at, columnName(c)],
        'suspicious_quote',
        `line ${at}, column "${columnName(c)}": ${en}`,
        `第 ${at} 行“${columnName(c)}”列：${zh}`,
      ),
    );
  };
  // Where the next quote and line ends are, found once and moved past as the reading goes on.
  let nextQuote = -1;
  let nextLf = -1;
  let nextCr = -1;
  const after = (ch: string, at: number): number => {
    const k = text.indexOf(ch, at);
    return k < 0 ? n : k;
  };
  while (pos < n) {
    const start = line;
    let cells: string[] = [];
    let sound = true;
    if (nextQuote < pos) nextQuote = after('"', pos);
    if (nextLf < pos) nextLf = after('\n', pos);
    if (nextCr < pos) nextCr = after('\r', pos);
    const end = Math.min(nextLf, nextCr);
    // The common record, without quotes, is split at its commas in one native call.
    if (nextQuote >= end) {
      cells = text.slice(pos, end).split(',');
      pos = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      line++;
    } else
      for (;;) {
        let value: string;
        if (text.charCodeAt(pos) === QUOTE) {
          const opened = line;
          let j = pos + 1;
          value = '';
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0) {
              value += text.slice(j);
              j = n;
              quoteIssue(
                opened,
                cells.length,
                'a quote opens here and is never closed, so the rest of the file would be one cell; remove the stray " or close it',
                '此处的引号没有闭合，文件其余部分会被读成一个单元格；请删除多余的 " 或补全引号',
              );
              sound = false;
              break;
            }
            value += text.slice(j, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            j = q + 1;
            break;
          }
          const spanned = value.match(newlines)?.length ?? 0;
          line += spanned;
          if (
            sound &&
            spanned > 0 &&
            looksLikeRow &&
            value
              .split(newlines)
              .slice(1)
              .some((l) => looksLikeRow(l.split(','), out.header))
          ) {
            quoteIssue(
              opened,
              cells.length,
              `a quoted cell runs from here to line ${line} and holds what look like whole records: a stray "?`,
              `带引号的单元格从此处延续到第 ${line} 行，其中包含像整行记录的内容：是否有多余的 "？`,
            );
            sound = false;
          }
          pos = j;
          const c = text.charCodeAt(pos);
          if (pos < n && c !== COMMA && c !== LF && c !== CR) {
            quoteIssue(
              line,
              cells.length,
              'text follows the closing quote of a cell; quote the whole cell and double the quotes inside it ("")',
              '单元格的闭合引号后还有文字；请给整个单元格加引号，并把其中的引号写成 ""',
            );
            sound = false;
            while (
              pos < n &&
              text.charCodeAt(pos) !== COMMA &&
              text.charCodeAt(pos) !== LF &&
              text.charCodeAt(pos) !== CR
            )
              pos++;
          }
        } else {
          let j = pos;
          for (let c = text.charCodeAt(j); j < n && c !== COMMA && c !== LF && c !== CR; c = text.charCodeAt(++j));
          value = text.slice(pos, j);
          pos = j;
        }
        cells.push(value);
        const c = text.charCodeAt(pos);
        if (pos < n && c === COMMA) {
          pos++;
          if (pos < n) continue;
          cells.push('');
        } else if (c === CR) pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
        else if (c === LF) pos++;
        line++;
        break;
      }
    if (first) {
      first = false;
      out.header = cells;
      const seen = new Map<string, number>();
      cells.forEach((h, c) => {
        const key = headerKey(h);
        if (key === '') return;
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, c);
        else
          out.issues.push(
            makeIssue(
              ['line', start, h.trim()],
              'duplicate_column',
              `the header names column "${h.trim()}" twice (columns ${earlier + 1} and ${c + 1}); keep one`,
              `表头中“${h.trim()}”列出现两次（第 ${earlier + 1} 列和第 ${c + 1} 列），请只保留一列`,
            ),
          );
      });
      continue;
    }
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    if (sound && cells.length !== out.header.length) {
      out.issues.push(
        makeIssue(
          ['line', start],
          'row_length',
          `line ${start} has ${cells.length} cells where the header has ${out.header.length}: an unquoted comma in a number (write "1,034" in quotes, or 1034) or a missing or extra delimiter?`,
          `第 ${start} 行有 ${cells.length} 个单元格，而表头有 ${out.header.length} 列：数字中是否有未加引号的逗号（应写 "1,034" 或 1034），或分隔符多了/少了？`,
        ),
      );
      sound = false;
    }
    if (!sound) continue;
    out.rows.push(cells);
    out.lines.push(start);
  }
  return out;
}
