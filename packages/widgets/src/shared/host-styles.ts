import { css } from 'lit';
import { tokens } from './tokens.styles.js';

/**
 * The host reset every element starts from: `all: initial` stops the page's inherited styles
 * (font size, colour, letter spacing, text transform…) at the element's boundary, and the
 * element's own font, colour and background come from the design {@link tokens}, which follow
 * the reset so that their `color-scheme` (the page's, unless forced) outranks `all: initial`.
 * Transitions and animations on the host are switched off with `!important`, which from a shadow
 * tree outranks the page's own `!important`: a page rule like `* { transition: all 10s !important }`
 * would otherwise animate the reset itself, and the element would fade in from the page's styles.
 *
 * @example
 * static override styles = [hostReset, scorecardStyles];
 */
export const hostReset = css`
  :host {
    all: initial;
    transition: none !important;
    animation: none !important;
  }
  ${tokens}
  :host {
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) { display: none; }
`;
