import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-weights>`: colours from `--eco-*` custom properties, the highlighted row marked
 * in words and weight as well as colour, dark, forced-colours and print variants. No inline styles,
 * so a strict `style-src 'self'` holds.
 *
 * @category Widgets
 * @example
 * class MyWeights extends EcoWeights { static override styles = [EcoWeights.styles, css`.total { font-weight: 700; }`]; }
 */
export const weightsStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-weights-min-height, 16rem);
  }
  fieldset { min-width: 0; border: 1px solid var(--_border); border-radius: 0.5rem; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem 0.75rem; }
  legend { padding: 0 0.25rem; font-weight: 600; }
  .slider { display: grid; grid-template-columns: minmax(8rem, 14rem) minmax(6rem, 1fr) auto; align-items: center; gap: 0.25rem 0.75rem; margin: 0.25rem 0; }
  .slider input { width: 100%; min-height: 24px; margin: 0; accent-color: var(--_accent); }
  .value { font-variant-numeric: tabular-nums; white-space: nowrap; min-width: 5.5rem; }
  .share, .muted { color: var(--_muted); }
  button { font: inherit; color: inherit; background: none; cursor: pointer; border: 1px solid var(--_border); border-radius: 0.25rem; padding: 0.15rem 0.6rem; margin-top: 0.5rem; }
  button:disabled { cursor: default; opacity: 0.6; }
  input:focus-visible, button:focus-visible, .scroll:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .summary { margin: 0 0 0.5rem; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; }
  tbody th { font-weight: 400; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  tr.highlight th, tr.highlight td { font-weight: 700; background: var(--_highlight); }
  tr.appended th, tr.appended td { border-top: 2px dashed var(--_border); }
  .change { white-space: nowrap; }
  @container eco (max-width: 30rem) {
    .slider { grid-template-columns: minmax(0, 1fr) auto; }
    .slider input { grid-column: 1 / -1; grid-row: 2; }
  }
  @media (forced-colors: active) {
    th, td { border-color: CanvasText; }
    tr.highlight th, tr.highlight td { background: Highlight; color: HighlightText; }
  }
  @media print {
    .scroll { overflow: visible; }
  }
`;
