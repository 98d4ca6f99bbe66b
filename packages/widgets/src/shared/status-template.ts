import { html, type TemplateResult } from 'lit';
import { statusLabels, type Lang, type Status } from '@eco-reform/core/vocabulary';
import { statusIcons } from './status-icons.js';

/**
 * A status as icon plus text (never colour alone), styled by `statusStyles`; `data-status`
 * names it for scripts and tests.
 *
 * @example
 * html`<td>${statusTemplate('onTrack', 'en')}</td>` // a pill reading "On track" with its icon
 */
export function statusTemplate(status: Status, lang: Lang): TemplateResult {
  return html`<span part="badge" class="badge ${status}" data-status=${status}>${iconTemplate(statusIcons[status])}<span part="label">${statusLabels[status][lang === 'zh-CN' ? 'zh' : 'en']}</span></span>`;
}

/**
 * The 16 × 16 icon of a status, hidden from assistive technology (the text says it). One template
 * with the path inside the `<svg>` (which the HTML parser reads as SVG), not a nested `svg`
 * template: a 500-row scorecard clones one template per icon instead of two.
 *
 * @example
 * html`<td>${iconTemplate(statusIcons.onTrack)} ${label}</td>`
 */
export function iconTemplate(path: string): TemplateResult {
  return html`<svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}
