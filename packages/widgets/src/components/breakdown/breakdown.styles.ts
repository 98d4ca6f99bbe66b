import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-breakdown>`: every colour is an `--eco-*` custom property; increases are solid
 * arrow-ended bars, decreases hatched and pointing left, subtotal and total plain bars from 0,
 * vetoes and caps markers with a symbol (⊘, ⊤) and text, so nothing relies on colour alone. Dark,
 * forced-colours and print variants; no inline styles, so a strict `style-src 'self'` holds.
 *
 * @category Widgets
 * @example
 * class MyBreakdown extends EcoBreakdown { static override styles = [EcoBreakdown.styles, css`…`]; }
 */
export const breakdownStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-breakdown-min-height, 16rem);
    --up: var(--eco-breakdown-increase-color, light-dark(#1d4ed8, #93c5fd));
    --down: var(--eco-breakdown-decrease-color, light-dark(#b91c1c, #fca5a5));
    --sum: var(--eco-breakdown-total-color, light-dark(#374151, #d1d5db));
    --mark: var(--eco-breakdown-marker-color, light-dark(#7c2d12, #fdba74));
    --axis: var(--eco-chart-axis-color, light-dark(#4b5563, #d1d5db));
    --grid: var(--eco-chart-grid-color, light-dark(#e5e7eb, #374151));
    --focus: var(--_focus);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; margin-bottom: 0.75rem; }
  .name { font-size: 1.2em; font-weight: 600; margin: 0; }
  .total-value { font-size: 1.6em; font-weight: 700; }
  .grade-value { font-weight: 600; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  figure { margin: 0 0 1rem; }
  svg { display: block; max-width: 100%; overflow: visible; font-size: 12px; font-family: inherit; }
  .grid line { stroke: var(--grid); }
  .axis line { stroke: var(--axis); }
  .axis text, .step-label { fill: var(--axis); }
  .step-label.sum { fill: currentColor; font-weight: 600; }
  .value { fill: currentColor; font-variant-numeric: tabular-nums; }
  .bar.up { fill: var(--up); }
  .bar.down { fill: var(--_background); stroke: var(--down); stroke-width: 1.5; }
  .hatch-line { stroke: var(--down); stroke-width: 1.5; }
  .bar.sum { fill: var(--sum); }
  .bar.none { fill: var(--axis); }
  .connector { stroke: var(--axis); stroke-dasharray: 2 2; }
  .marker line { stroke: var(--mark); stroke-width: 2; }
  .marker path { fill: none; stroke: var(--mark); stroke-width: 2; }
  .marker.no-effect line, .marker.no-effect path { stroke-dasharray: 3 2; stroke-width: 1.5; }
  .marker-text { fill: var(--mark); font-weight: 600; }
  .summary { margin: 0.5rem 0 0; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: top; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  tr.subtotal th, tr.subtotal td, tr.total th, tr.total td { font-weight: 600; }
  tr.veto th, tr.cap th { font-weight: 400; }
  details summary { cursor: pointer; white-space: nowrap; }
  details ul { margin: 0.25rem 0 0; padding-inline-start: 1.1rem; max-width: 40rem; }
  summary:focus-visible, select:focus-visible, .scroll:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  @media (forced-colors: active) {
    .bar.up, .bar.sum, .bar.none { fill: CanvasText; }
    .bar.down { fill: Canvas; stroke: CanvasText; }
    .hatch-line, .connector, .axis line, .marker line, .marker path { stroke: CanvasText; }
    .grid line { stroke: GrayText; }
    .axis text, .step-label, .value, .marker-text { fill: CanvasText; }
    th, td { border-color: CanvasText; }
  }
  @media print {
    :host { min-height: 0; }
    .scroll { overflow: visible; }
  }
`;
