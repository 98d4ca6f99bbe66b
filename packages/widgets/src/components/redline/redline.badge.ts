import { html, type TemplateResult } from 'lit';
import { iconTemplate } from '../../shared/status-template.js';
import { statusIcons } from '../../shared/status-icons.js';
import type { RedlineState } from './redline.layout.js';

// Held, breached and not observed are not statuses of the core's vocabularies, so they get their
// own words; the shapes are the status icons': a tick, a stop sign with "!", a dash.
const ICONS: Readonly<Record<RedlineState, string>> = {
  held: statusIcons.done,
  breached: statusIcons.overdue,
  unobserved: statusIcons.noData,
};

/**
 * A red-line state as icon plus text (never colour alone), in the pill of `statusStyles`;
 * `data-state` names it for scripts and tests.
 *
 * @category Widgets
 * @param state - `held`, `breached` or `unobserved`.
 * @param label - The text, in the element's language.
 * @returns The badge.
 * @example
 * html`<td>${redlineBadge('breached', 'Breached')}</td>`
 */
export function redlineBadge(state: RedlineState, label: string): TemplateResult {
  return html`<span part="badge" class="badge ${state}" data-state=${state}>${iconTemplate(ICONS[state])}<span part="label">${label}</span></span>`;
}
