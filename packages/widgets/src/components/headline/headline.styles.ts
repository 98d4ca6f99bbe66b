import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-headline>`: the grade carries a colour *and* an icon whose shape differs by
 * band (a star for the top band, a ring in between, a cross for the lowest), the change an arrow
 * and words; every colour is an `--eco-*` custom property; no inline styles, so a strict
 * `style-src 'self'` holds.
 *
 * @category Widgets
 * @example
 * class CityHeadline extends EcoHeadline { static override styles = [EcoHeadline.styles, css`…`]; }
 */
export const headlineStyles = css`
  ${frame}
  :host {
    font-size: var(--eco-font-size, 1rem);
    min-height: var(--eco-headline-min-height, 8rem);
    --muted: var(--eco-chart-axis-color, var(--_muted));
    --focus: var(--_focus);
  }
  .base { border: 1px solid var(--_border); border-radius: 0.5rem; padding: 0.75rem 1rem; }
  .title { font-size: 1.1em; font-weight: 600; margin: 0 0 0.5rem; }
  .figures { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; margin: 0 0 0.5rem; }
  .figures p { margin: 0; }
  .score .value { font-size: 2.25em; font-weight: 700; font-variant-numeric: tabular-nums; }
  .score .max, .score .label { color: var(--muted); }
  .grade, .change { display: inline-flex; align-items: center; gap: 0.35em; }
  .grade { border: 2px solid var(--grade); border-radius: 999px; padding: 0.1em 0.7em 0.1em 0.5em; font-weight: 600; }
  svg { width: 1.1em; height: 1.1em; flex: none; fill: currentColor; }
  .grade svg { fill: var(--grade); }
  .level-top { --grade: var(--eco-grade-top-color, var(--_grade-1)); }
  .level-middle { --grade: var(--eco-grade-middle-color, var(--_grade-2)); }
  .level-bottom { --grade: var(--eco-grade-bottom-color, var(--_grade-4)); }
  .level-none { --grade: var(--muted); }
  .basis, .without, .meta { margin: 0 0 0.35rem; color: var(--muted); font-size: 0.9em; }
  table { border-collapse: collapse; margin: 0.25rem 0 0.5rem; font-size: 0.9em; }
  caption { text-align: start; color: var(--muted); }
  th, td { border-bottom: 1px solid var(--_border); padding: 0.15rem 0.75rem 0.15rem 0; text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  a { color: inherit; }
  a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  .message { margin: 0; }
  .message.error { color: var(--_error); }
  @media (forced-colors: active) {
    .grade { border-color: CanvasText; }
    .grade svg { fill: CanvasText; }
  }
  @media print {
    .base { border-color: currentColor; }
  }
`;
