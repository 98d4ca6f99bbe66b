import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@eco-reform/core';
import type { DataState } from './data-controller.js';

/** A widget's words for the states before its data is ready. */
export interface DataMessageText {
  loading: string;
  error: string;
  empty: string;
}

/**
 * What a widget shows instead of its data: loading (a polite status), the error with its reason
 * (an alert) and, for data that failed validation, each problem with its path, in the page's
 * language, or "no data". Every widget shows these the same way, styled by its `.message` rule.
 *
 * @param state - The data state, any but `ready`.
 * @param lang - The language of the reason.
 * @param s - The widget's words.
 * @param reason - The widget's own explanation of the error, when it has one (e.g. "needs a bundle").
 */
export function dataMessage(
  state: Exclude<DataState<unknown>, { status: 'ready' }>,
  lang: Lang,
  s: DataMessageText,
  reason?: string,
): TemplateResult {
  switch (state.status) {
    case 'loading':
      return html`<p part="message" class="message" role="status">${s.loading}</p>`;
    case 'error': {
      const key = lang === 'zh-CN' ? 'zh' : 'en';
      const issues = state.error.issues;
      // Each problem is "✖ message" and "→ at path" (formatIssues): one list item, the path on its own line.
      return html`<div part="message" class="message error" role="alert"><strong>${s.error}</strong>: ${reason ?? state.error.reason[key]}${
        issues && reason === undefined
          ? html`<ul part="message-issues">${issues.map((issue) => {
              const [message, at] = issue[key].split('\n');
              return html`<li>${message}${at ? html`<br>${at.trim()}` : nothing}</li>`;
            })}</ul>`
          : nothing
      }</div>`;
    }
    case 'empty':
      return html`<p part="message" class="message">${s.empty}</p>`;
  }
}
