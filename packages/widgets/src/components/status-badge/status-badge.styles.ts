import { css } from 'lit';

/**
 * Status colours are custom properties so a city can choose its own palette (for example the
 * Chinese convention where red means rising); the icon and the text carry the meaning anyway.
 * Light or dark comes from the tokens' `light-dark()` pairs, following the page's `color-scheme`.
 *
 * @example
 * static override styles = [hostReset, statusStyles, statusBadgeStyles];
 */
export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    font-size: var(--eco-font-size, 0.875rem);
    line-height: 1.4;
    --eco-status-color: var(--eco-status-neutral, var(--_status-no-data));
  }
`;
