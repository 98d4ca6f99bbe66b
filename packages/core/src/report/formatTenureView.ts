import type { Framework } from '../model/framework.schema.js';
import type { TenureView } from '../accountability/tenureView.js';
import type { Lang } from '../vocabulary/lang.js';
import { tenureViewBlocks } from './tenureViewBlocks.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderText } from './renderText.js';

/**
 * Options of {@link formatTenureView}.
 *
 * @category I/O
 * @example
 * const options: FormatTenureViewOptions = { format: 'md', lang: 'en', ledgers: true };
 */
export interface FormatTenureViewOptions {
  format: 'md' | 'json' | 'table';
  /** Default *zh-CN*. */
  lang?: Lang;
  /** Whether the view was computed with the supervision ledgers (else its problems are not known, not none). */
  ledgers: boolean;
}

/**
 * Writes a tenure view (离任审计, 终身追责): {@link tenureViewBlocks} as Markdown (`md`) or aligned
 * text for a terminal (`table`); `json` the {@link TenureView} as it is.
 *
 * @category I/O
 * @param view - From `tenureView`.
 * @param framework - The framework the view was computed from, for names.
 * @param options - **format**, **lang**, **ledgers**.
 * @returns The text, ending with a newline.
 * @example
 * formatTenureView(view, framework, { format: 'md', ledgers: true }).split('\n')[0]
 * //=> '# 李明任职期间生态文明建设责任情况（2024-01-01 至 2025-06-30）' (Meixi)
 */
export function formatTenureView(
  view: TenureView,
  framework: Framework,
  { format, lang = 'zh-CN', ledgers }: FormatTenureViewOptions,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(view, null, 2)}\n`;
    case 'md':
      return renderMarkdown(tenureViewBlocks(view, framework, { lang, ledgers }));
    case 'table':
      return renderText(tenureViewBlocks(view, framework, { lang, ledgers }));
    default:
      throw new TypeError(`invalid tenure view format: ${String(format)}`);
  }
}
