import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@eco-reform/core';

const text = {
  'zh-CN': { group: '导出', csv: '下载表格（CSV）', svg: '下载图表（SVG）' },
  en: { group: 'Export', csv: 'Download table (CSV)', svg: 'Download chart (SVG)' },
} as const;

/** What the export buttons do; a missing handler leaves its button out. */
export interface ShareActions {
  csv?: () => void;
  svg?: () => void;
}

/**
 * The export buttons a widget shows under its table or chart: "Download table (CSV)" and, for
 * charts, "Download chart (SVG)". Native buttons in a labelled group, hidden in print.
 */
export function shareControls(lang: Lang, actions: ShareActions): TemplateResult {
  const s = text[lang];
  return html`<div part="share" class="share" role="group" aria-label=${s.group}>
    ${actions.csv ? html`<button type="button" class="share-csv" @click=${actions.csv}>${s.csv}</button>` : nothing}
    ${actions.svg ? html`<button type="button" class="share-svg" @click=${actions.svg}>${s.svg}</button>` : nothing}
  </div>`;
}

/**
 * Styles for the export buttons, and what every widget does on paper: controls and buttons
 * dropped (a picker's select stays, printed as its chosen value by the shared frame), black
 * text, no row or card split across pages, disclosures' summaries kept.
 */
export const shareStyles = css`
  .share { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
  .share button {
    font: inherit; color: inherit; background: none; cursor: pointer;
    border: 1px solid var(--eco-border-color, #d1d5db); border-radius: 0.25rem; padding: 0.15rem 0.5rem;
  }
  .share button:focus-visible { outline: 2px solid var(--eco-focus-color, #2563eb); outline-offset: 2px; }
  @media print {
    :host { color: #000; }
    .share, .controls, button:not(.toggle) { display: none; }
    tr, li, article, figure, svg { break-inside: avoid; }
    table { font-size: 9pt; }
  }
`;
