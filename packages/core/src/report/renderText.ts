import type { ReportBlock } from './reportBlock.js';
import { displayWidth, textTable } from '../_lib/textTable.js';

/**
 * Renders report blocks as plain text for a terminal: headings underlined (`=` for the title, `-`
 * below it, level 3 as it is), paragraphs, `-` lists, and tables aligned in columns two spaces apart
 * (wide characters counted twice).
 *
 * @category I/O
 * @param blocks - The report's blocks.
 * @returns The text, blocks separated by a blank line, ending with a newline.
 * @example
 * renderText([{ kind: 'heading', level: 2, text: 'Tasks' }, { kind: 'table', head: ['a', 'bb'], rows: [['ccc', 'd']] }])
 * //=> 'Tasks\n-----\n\na    bb\nccc  d\n'
 */
export function renderText(blocks: ReadonlyArray<ReportBlock>): string {
  const out = blocks.map((b): string => {
    switch (b.kind) {
      case 'heading':
        return b.level === 3 ? b.text : `${b.text}\n${(b.level === 1 ? '=' : '-').repeat(displayWidth(b.text))}`;
      case 'paragraph':
        return b.text;
      case 'list':
        return b.items.map((i) => `- ${i}`).join('\n');
      case 'table':
        return textTable([b.head, ...b.rows], 'table').trimEnd();
      default:
        throw new TypeError(`invalid report block: ${String((b as { kind: unknown }).kind)}`);
    }
  });
  return `${out.join('\n\n')}\n`;
}
