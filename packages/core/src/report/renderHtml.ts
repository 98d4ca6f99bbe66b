import type { ReportBlock } from './reportBlock.js';
import type { Lang } from '../vocabulary/lang.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Print-ready: A4 pages with margins, tables that repeat their header on each page and rows that
// do not split, black on white; no script, no external resource.
const STYLE = `@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 11pt; line-height: 1.6; color: #000; background: #fff; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 1em; }
h2 { font-size: 14pt; margin: 1.4em 0 0.6em; border-bottom: 1px solid #000; }
h3 { font-size: 12pt; margin: 1em 0 0.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
li { margin: 0.2em 0; }`;

/**
 * Renders report blocks as one self-contained, print-ready HTML page: `lang` set, the first
 * heading as the title, an A4 print style inline, every text escaped.
 *
 * @category I/O
 * @param blocks - The report's blocks.
 * @param lang - The document's language.
 * @returns The page, ending with a newline.
 * @example
 * renderHtml([{ kind: 'heading', level: 1, text: '2025年度考核结果' }], 'zh-CN').includes('<title>2025年度考核结果</title>') //=> true
 */
export function renderHtml(blocks: ReadonlyArray<ReportBlock>, lang: Lang): string {
  const title = blocks.find((b) => b.kind === 'heading');
  const body = blocks.map((b): string => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'list':
        return `<ul>\n${b.items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
      case 'table':
        return [
          '<table>',
          `  <thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
          '  <tbody>',
          ...b.rows.map((r) => `    <tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`),
          '  </tbody>',
          '</table>',
        ].join('\n');
      default:
        throw new TypeError(`invalid report block: ${String((b as { kind: unknown }).kind)}`);
    }
  });
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title?.kind === 'heading' ? title.text : '')}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
