import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isStatus } from '@eco-reform/core/vocabulary';
import { EcoElement } from '../../shared/eco-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { statusStyles } from '../../shared/status-styles.js';
import { statusBadgeStyles } from './status-badge.styles.js';
import { statusBadgeText as text } from './status-badge.text.js';
import { iconTemplate, statusTemplate } from '../../shared/status-template.js';

const errorIcon = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 3h1.8v5H7.1zm0 6.2h1.8V12H7.1z';

/**
 * Shows a status as text plus an icon whose shape differs per status, so it never relies on
 * colour alone. Accepts both vocabularies: indicator progress (`achieved`, `onTrack`,
 * `moderate`, `limited`, `deteriorating`, `noData`, `noTarget`) and measure status (`notStarted`,
 * `onTrack`, `atRisk`, `lagging`, `overdue`, `done`). An unknown or missing status shows a
 * visible error instead of an empty box.
 *
 * @summary A status as text and icon, in Chinese or English.
 * @category Widgets
 * @tag eco-status-badge
 * @csspart badge - The outlined box holding icon and text.
 * @csspart icon - The status icon (an SVG).
 * @csspart label - The status text.
 * @cssproperty [--eco-status-achieved=#15803d] - Colour of `achieved` and `done`.
 * @cssproperty [--eco-status-on-track=#15803d] - Colour of `onTrack`.
 * @cssproperty [--eco-status-moderate=#a16207] - Colour of `moderate`.
 * @cssproperty [--eco-status-limited=#c2410c] - Colour of `limited` and `atRisk`.
 * @cssproperty [--eco-status-deteriorating=#b91c1c] - Colour of `deteriorating`, `lagging` and `overdue`.
 * @cssproperty [--eco-status-no-data=#4b5563] - Colour of `noData`, `noTarget` and `notStarted`.
 * @cssproperty [--eco-error-color=#b91c1c] - Colour of the error state.
 * @cssproperty [--eco-font-family=system-ui] - Font family.
 * @cssproperty [--eco-font-size=0.875rem] - Font size.
 * @cssproperty [--eco-text-color=#1f2937] - Text colour.
 * @cssproperty [--eco-radius=999px] - Corner radius of the badge.
 * @example
 * ```html
 * <eco-status-badge status="onTrack" lang="zh-CN"></eco-status-badge>
 * ```
 */
export class EcoStatusBadge extends EcoElement {
  static override styles = [hostReset, statusStyles, statusBadgeStyles];

  /** The status to show, e.g. `onTrack` or `overdue`. */
  @property({ reflect: true }) status = '';

  override render(): TemplateResult {
    const lang = this.language.lang;
    const status = this.status.trim();
    if (!isStatus(status)) {
      const reason = status ? text[lang].unknown(status) : text[lang].missing;
      return html`<span part="badge" class="badge error">${iconTemplate(errorIcon)}<span part="label">${reason}</span></span>`;
    }
    return statusTemplate(status, lang);
  }
}
