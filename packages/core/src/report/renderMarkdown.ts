import type { ReportBlock } from './reportBlock.js';

// A table cell on one line, its pipes escaped, so a reason with "|" or a newline cannot break the row.
const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/**
 * Renders report blocks as Markdown: `#` headings, paragraphs, `-` lists, pipe tables.
 *
 * @category I/O
 * @param blocks - The report's blocks.
 * @returns The Markdown, blocks separated by a blank line, ending with a newline.
 * @example
 * renderMarkdown([{ kind: 'heading', level: 2, text: '考核结果' }, { kind: 'list', items: ['甲'] }]) //=> '## 考核结果\n\n- 甲\n'
 */
export function renderMarkdown(blocks: ReadonlyArray<ReportBlock>): string {
  const out = blocks.map((b): string => {
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${b.text}`;
      case 'paragraph':
        return b.text;
      case 'list':
        return b.items.map((i) => `- ${i}`).join('\n');
      case 'table':
        return [b.head, b.head.map(() => '---'), ...b.rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
      default:
        throw new TypeError(`invalid report block: ${String((b as { kind: unknown }).kind)}`);
    }
  });
  return `${out.join('\n\n')}\n`;
}
