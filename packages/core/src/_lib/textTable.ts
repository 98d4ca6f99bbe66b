/**
 * Display width of a text in a terminal: CJK and other wide characters take two columns.
 *
 * @example
 * displayWidth('梅溪 river') //=> 10
 */
export const displayWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);

/**
 * Rows of cells as an aligned terminal table (`table`, columns two spaces apart, wide characters
 * counted twice) or a Markdown table (`md`, the first row the header, `|` escaped), ending with
 * a newline.
 *
 * @example
 * textTable([['a', 'bb'], ['ccc', 'd']], 'table') //=> 'a    bb\nccc  d\n'
 */
export function textTable(rows: ReadonlyArray<ReadonlyArray<string>>, format: 'table' | 'md'): string {
  if (format === 'md') {
    const [header = [], ...body] = rows;
    return `${[header, header.map(() => '---'), ...body]
      .map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
      .join('\n')}\n`;
  }
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))));
  return `${rows
    .map((row) =>
      row
        .map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
