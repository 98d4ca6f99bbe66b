import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-ranking>`: every colour is an `--eco-*` custom property; grade bands alternate
 * in shade and carry their names as text; the highlighted unit has a marker and an outline, not
 * only a colour; dark, forced-colours and print variants. No inline styles anywhere, so a strict
 * `style-src 'self'` holds.
 *
 * @category Widgets
 * @example
 * class CityRanking extends EcoRanking { static override styles = [EcoRanking.styles, css`…`]; }
 */
export const rankingStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-ranking-min-height, 16rem);
    --bar: var(--eco-ranking-bar-color, light-dark(#1d4ed8, #93c5fd));
    --highlight: var(--eco-ranking-highlight-color, light-dark(#b45309, #fbbf24));
    --band-a: var(--eco-ranking-band-color, light-dark(#f3f4f6, #1f2937));
    --band-b: var(--eco-ranking-band-alt-color, light-dark(#e5e7eb, #374151));
    --axis: var(--eco-chart-axis-color, light-dark(#4b5563, #d1d5db));
    --focus: var(--_focus);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; margin-bottom: 0.5rem; }
  .title { font-size: 1.1em; font-weight: 600; margin: 0; }
  .muted { color: var(--axis); }
  .summary { margin: 0 0 0.5rem; }
  .bands { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.85em; }
  .bands li { display: inline-flex; align-items: center; gap: 0.35em; }
  .swatch { display: inline-block; width: 1.6em; height: 0.7em; border-radius: 2px; border: 1px solid var(--axis); }
  .swatch.k-even { background: var(--band-a); }
  .swatch.k-odd { background: var(--band-b); }
  .pager { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.5rem 0; }
  .pager p { margin: 0; }
  button { font: inherit; color: inherit; }
  .pager button, .unit-button {
    background: none; cursor: pointer; min-height: 24px;
  }
  .pager button { border: 1px solid var(--_border); border-radius: 0.25rem; padding: 0.15rem 0.6rem; }
  .pager button[aria-disabled='true'] { cursor: default; opacity: 0.6; }
  .unit-button { border: 1px solid transparent; border-radius: 0.25rem; padding: 0 0.25rem; text-align: start; }
  .unit-button:hover { border-color: var(--_border); }
  button:focus-visible, .scroll:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  .chart { margin: 0 0 0.75rem; }
  svg { display: block; max-width: 100%; height: auto; overflow: visible; font-size: 12px; font-family: inherit; }
  .band.k-even { fill: var(--band-a); }
  .band.k-odd { fill: var(--band-b); }
  .band-label { fill: var(--_text); font-size: 11px; font-weight: 600; }
  .edge { stroke: var(--axis); stroke-dasharray: 3 3; stroke-width: 1; }
  .axis line { stroke: var(--axis); }
  .axis text, .row-label, .value { fill: var(--_text); }
  .value.inside { fill: var(--_background); }
  .value.none { fill: var(--axis); font-style: italic; }
  .bar { fill: var(--bar); cursor: pointer; }
  .bar.highlighted { fill: var(--highlight); stroke: var(--_text); stroke-width: 2; }
  .row-label.highlighted, .value.highlighted { font-weight: 700; }
  .hit { fill: transparent; cursor: pointer; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: middle; }
  th[scope='row'] { font-weight: 400; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  tr.highlighted { outline: 2px solid var(--highlight); outline-offset: -2px; }
  tr.highlighted th[scope='row'] { font-weight: 700; }
  .marker { display: inline-block; margin-inline-start: 0.4em; padding: 0 0.4em; border: 1px solid currentColor; border-radius: 999px; font-size: 0.8em; font-weight: 600; }
  tr.unranked td, tr.unranked th { color: var(--axis); }
  .footnote { font-size: 0.85em; margin: 0.25rem 0 0; color: var(--axis); }
  @media (forced-colors: active) {
    .band { fill: Canvas; stroke: GrayText; }
    .bar { fill: CanvasText; }
    .bar.highlighted { fill: Highlight; stroke: CanvasText; }
    .axis text, .row-label, .value, .band-label { fill: CanvasText; }
    .value.inside { fill: Canvas; }
    .edge, .axis line { stroke: CanvasText; }
    tr.highlighted { outline-color: Highlight; }
  }
  @media print {
    :host { min-height: 0; }
    .pager { display: none; }
    .bar, .hit { cursor: auto; }
  }
`;
