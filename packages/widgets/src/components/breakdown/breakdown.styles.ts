import { css } from 'lit';

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
  :host {
    display: block;
    font-size: var(--eco-font-size, 0.95rem);
    line-height: 1.5;
    min-height: var(--eco-breakdown-min-height, 16rem);
    --up: var(--eco-breakdown-increase-color, #1d4ed8);
    --down: var(--eco-breakdown-decrease-color, #b91c1c);
    --sum: var(--eco-breakdown-total-color, #374151);
    --mark: var(--eco-breakdown-marker-color, #7c2d12);
    --axis: var(--eco-chart-axis-color, #4b5563);
    --grid: var(--eco-chart-grid-color, #e5e7eb);
    --focus: var(--eco-focus-color, #2563eb);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; margin-bottom: 0.75rem; }
  .name { font-size: 1.2em; font-weight: 600; margin: 0; }
  .total-value { font-size: 1.6em; font-weight: 700; }
  .grade-value { font-weight: 600; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  select, button { font: inherit; color: inherit; }
  figure { margin: 0 0 1rem; }
  svg { display: block; max-width: 100%; overflow: visible; font-size: 12px; font-family: inherit; }
  .grid line { stroke: var(--grid); }
  .axis line { stroke: var(--axis); }
  .axis text, .step-label { fill: var(--axis); }
  .step-label.sum { fill: currentColor; font-weight: 600; }
  .value { fill: currentColor; font-variant-numeric: tabular-nums; }
  .bar.up { fill: var(--up); }
  .bar.down { fill: var(--eco-background, #ffffff); stroke: var(--down); stroke-width: 1.5; }
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
  th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--eco-border-color, #d1d5db); text-align: start; vertical-align: top; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  tr.subtotal th, tr.subtotal td, tr.total th, tr.total td { font-weight: 600; }
  tr.veto th, tr.cap th { font-weight: 400; }
  details summary { cursor: pointer; white-space: nowrap; }
  details ul { margin: 0.25rem 0 0; padding-inline-start: 1.1rem; max-width: 40rem; }
  summary:focus-visible, select:focus-visible, .scroll:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  .message { padding: 1rem; border: 1px dashed var(--eco-border-color, #d1d5db); border-radius: 0.5rem; }
  .error { border-color: var(--eco-error-color, #b91c1c); color: var(--eco-error-color, #b91c1c); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--eco-text-color, #e5e7eb);
      --up: var(--eco-breakdown-increase-color, #93c5fd);
      --down: var(--eco-breakdown-decrease-color, #fca5a5);
      --sum: var(--eco-breakdown-total-color, #d1d5db);
      --mark: var(--eco-breakdown-marker-color, #fdba74);
      --axis: var(--eco-chart-axis-color, #d1d5db);
      --grid: var(--eco-chart-grid-color, #374151);
    }
    .bar.down { fill: var(--eco-background, #111827); }
  }
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
