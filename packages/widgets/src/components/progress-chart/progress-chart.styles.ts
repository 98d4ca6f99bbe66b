import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-progress-chart>`: every colour is an `--eco-*` custom property; series differ by
 * dash pattern and mark shape as well as colour; dark, forced-colours, reduced-motion and print
 * variants. No inline styles anywhere, so a strict `style-src 'self'` holds.
 *
 * @example
 * class MyChart extends EcoProgressChart { static override styles = [EcoProgressChart.styles, css`…`]; }
 */
export const progressChartStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-progress-chart-min-height, 20rem);
    --actual: var(--eco-chart-actual-color, light-dark(#1d4ed8, #93c5fd));
    --plan: var(--eco-chart-plan-color, light-dark(#4b5563, #9ca3af));
    --target: var(--eco-chart-target-color, light-dark(#15803d, #4ade80));
    --projection: var(--eco-chart-projection-color, light-dark(#b45309, #fbbf24));
    --grid: var(--eco-chart-grid-color, light-dark(#e5e7eb, #374151));
    --axis: var(--eco-chart-axis-color, light-dark(#4b5563, #d1d5db));
    --gap: var(--eco-chart-gap-color, light-dark(#6b7280, #9ca3af));
    --tip-bg: var(--eco-chart-tooltip-background, light-dark(#111827, #f9fafb));
    --tip-fg: var(--eco-chart-tooltip-color, light-dark(#ffffff, #111827));
    --focus: var(--_focus);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; }
  .title { font-size: 1.1em; font-weight: 600; margin: 0; }
  .uom { font-weight: 400; }
  .picker { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; border: 1px solid var(--_border); border-radius: 0.4rem; margin: 0; padding: 0.25rem 0.75rem 0.5rem; }
  .picker label { display: inline-flex; align-items: center; gap: 0.3em; min-height: 24px; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 0; font-size: 0.85em; }
  .legend li { display: inline-flex; align-items: center; gap: 0.35em; }
  .hint { font-size: 0.8em; margin: 0.25rem 0 0.5rem; color: var(--axis); }
  .panels { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
  .panels.cols-2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .panels.cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .panel { margin: 0; min-width: 0; }
  .panel-title { font-weight: 600; }
  .plot { display: block; border-radius: 2px; cursor: crosshair; touch-action: pan-y; }
  .plot:focus { outline: none; }
  .plot:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  svg { display: block; max-width: 100%; overflow: visible; }
  .plot svg { font-size: 12px; font-family: inherit; }
  .grid line { stroke: var(--grid); stroke-width: 1; }
  .axis line { stroke: var(--axis); }
  .axis text { fill: var(--axis); }
  .band, .swatch.band rect { fill: var(--target); fill-opacity: 0.1; stroke: none; }
  .gap, .swatch.gap rect { fill: var(--gap); fill-opacity: 0.08; stroke: var(--gap); stroke-dasharray: 2 3; }
  .target, .swatch.target line { stroke: var(--target); stroke-width: 1.5; stroke-dasharray: 8 3 2 3; }
  .target-label { fill: var(--target); font-weight: 600; }
  .plan, .swatch.plan line { fill: none; stroke: var(--plan); stroke-width: 1.5; stroke-dasharray: 1 4; stroke-linecap: round; }
  .milestone, .swatch.milestone path { fill: var(--_background); stroke: var(--plan); stroke-width: 1.5; }
  .projection, .swatch.projection line { fill: none; stroke: var(--projection); stroke-width: 1.5; stroke-dasharray: 6 4; }
  .actual, .swatch.actual line { fill: none; stroke: var(--actual); stroke-width: 2.5; stroke-linejoin: round; }
  .point { fill: var(--actual); stroke: var(--_background); stroke-width: 1.5; }
  .point.active, .point.selected { stroke: var(--actual); stroke-width: 2; }
  .point.active { fill: var(--_background); }
  .annotation circle { fill: var(--_background); stroke: var(--axis); }
  .annotation text { fill: var(--_text); font-size: 11px; font-weight: 600; }
  .tooltip { pointer-events: none; }
  .tooltip rect { fill: var(--tip-bg); }
  .tooltip text { fill: var(--tip-fg); }
  .summary { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.25rem 0.5rem; margin-top: 0.5rem; }
  .summary p { margin: 0; flex: 1 1 16rem; }
  .notes { margin: 0.5rem 0 0; padding-inline-start: 1.5rem; font-size: 0.9em; }
  .table-toggle, .sort { font: inherit; color: inherit; }
  .table-toggle { margin-top: 0.75rem; min-height: 24px; padding: 0.2rem 0.7rem; }
  .sort { background: none; border: 0; padding: 0; cursor: pointer; font-weight: 600; min-height: 24px; }
  .table-toggle:focus-visible, .sort:focus-visible, .picker input:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  .table-wrap { overflow-x: auto; margin-top: 0.5rem; }
  .collapsed { display: none; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  @media (prefers-reduced-motion: no-preference) {
    .point { transition: r 120ms ease-out; }
  }
  @media (forced-colors: active) {
    .grid line { stroke: GrayText; }
    .axis line, .actual, .target, .projection, .swatch.actual line, .swatch.target line, .swatch.projection line { stroke: CanvasText; }
    .axis text, .target-label, .annotation text { fill: CanvasText; }
    .plan, .milestone, .swatch.plan line, .swatch.milestone path { stroke: GrayText; }
    .point { fill: CanvasText; stroke: Canvas; }
    .point.active, .point.selected { fill: Highlight; stroke: CanvasText; }
    .band, .gap, .swatch.band rect, .swatch.gap rect { fill: none; stroke: CanvasText; stroke-dasharray: 2 3; }
    .swatch .point { fill: CanvasText; }
    .tooltip rect { fill: Canvas; stroke: CanvasText; }
    .tooltip text { fill: CanvasText; }
    .plot:focus-visible { outline-color: Highlight; }
  }
  @media print {
    :host { min-height: 0; }
    .table-toggle, .picker, .hint, .tooltip { display: none; }
    .collapsed { display: block; }
    .panel { break-inside: avoid; }
    .plot { cursor: auto; }
  }
`;
