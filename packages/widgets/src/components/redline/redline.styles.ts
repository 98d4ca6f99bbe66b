import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * Styles of `<eco-redline>`: colours are `--eco-*` custom properties; a breach is marked by a
 * thick rule, a tint, bold text and the badge's words and icon, not by colour alone. No inline
 * styles, so a strict `style-src 'self'` holds.
 *
 * @category Widgets
 * @example
 * class CityRedline extends EcoRedline { static override styles = [EcoRedline.styles, css`.zone { border-radius: 0 }`]; }
 */
export const redlineStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-redline-min-height, 16rem);
    --breach: var(--eco-redline-breach-color, var(--_error));
    --breach-bg: var(--eco-redline-breach-background, light-dark(#fef2f2, transparent));
    --area: var(--eco-redline-area-color, var(--_accent));
    --baseline: var(--eco-redline-baseline-color, light-dark(#9ca3af, #6b7280));
    --mark: var(--eco-redline-mark-color, light-dark(#111827, #e5e7eb));
    --border: var(--_border);
    --focus: var(--_focus);
    --muted: var(--_muted);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; margin-bottom: 0.5rem; }
  .title { font-size: 1.2em; font-weight: 600; margin: 0; }
  .rule { margin: 0; }
  .muted { color: var(--muted); }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-bottom: 0.75rem; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  select, button, summary { font: inherit; color: inherit; }
  select { min-height: 24px; }
  select:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  .summary { margin: 0 0 1rem; }
  .group { margin-bottom: 1.25rem; }
  .group-title { font-weight: 600; margin: 0 0 0.5rem; }
  .zones { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); }
  .zone { border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.75rem; height: 100%; box-sizing: border-box; container-type: inline-size; }
  .zone.breached { border-color: var(--breach); border-inline-start-width: 0.4rem; background: var(--breach-bg); }
  .zone-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
  .zone-name { font-weight: 600; margin: 0; }
  .zone-meta { margin: 0.1rem 0 0.5rem; font-size: 0.9em; }
  .zone.breached .badge.breached { font-weight: 700; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--border); text-align: start; vertical-align: middle; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .checks th[scope='row'] { font-weight: 400; min-width: 6em; }
  .checks .share { display: block; font-size: 0.9em; }
  .checks .rule-text { display: block; font-size: 0.85em; }
  .checks tr.breached th { font-weight: 700; }
  .explanation { margin: 0.5rem 0 0; padding-inline-start: 1.25rem; }
  .explanation li { margin: 0.15rem 0; }
  .area-chart { display: block; width: 100%; max-width: 280px; height: auto; margin-top: 0.5rem; overflow: visible; fill: currentColor; }
  .area-chart text { fill: var(--_text); font-size: 11px; font-family: inherit; }
  .bar.baseline { fill: var(--baseline); }
  .bar.current { fill: var(--area); }
  .shortfall { fill: var(--breach); fill-opacity: 0.2; stroke: var(--breach); stroke-width: 1.5; stroke-dasharray: 3 2; }
  .mark { stroke: var(--mark); stroke-width: 1.5; stroke-dasharray: 4 2; }
  .badge.held { --eco-status-color: var(--_status-achieved); }
  .badge.breached { --eco-status-color: var(--breach); }
  .badge.unobserved { --eco-status-color: var(--_status-no-data); }
  details { margin-top: 0.5rem; }
  summary { cursor: pointer; min-height: 24px; }
  .scroll { overflow-x: auto; margin-top: 0.5rem; }
  @media (forced-colors: active) {
    th, td, .zone { border-color: CanvasText; }
    .bar.baseline, .bar.current { fill: CanvasText; }
    .mark, .shortfall { stroke: CanvasText; }
  }
  @media print {
    .zone { break-inside: avoid; }
    .scroll { overflow: visible; }
  }
`;
