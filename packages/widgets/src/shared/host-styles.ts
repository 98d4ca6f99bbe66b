import { css } from 'lit';

/**
 * The host reset every element starts from: `all: initial` stops the page's inherited styles
 * (font size, colour, letter spacing, text transform…) at the element's boundary, and the
 * element's own font, colour and background come from `--eco-*` custom properties. Transitions and
 * animations on the host are switched off with `!important`, which from a shadow tree outranks
 * the page's own `!important`: a page rule like `* { transition: all 10s !important }` would
 * otherwise animate the reset itself, and the element would fade in from the page's styles.
 */
export const hostReset = css`
  :host {
    all: initial;
    font-family: var(--eco-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--eco-text-color, #1f2937);
    background: var(--eco-background, transparent);
    transition: none !important;
    animation: none !important;
  }
  :host([hidden]) { display: none; }
`;
