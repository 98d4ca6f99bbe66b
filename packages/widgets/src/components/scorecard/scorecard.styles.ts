import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

export const scorecardStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-scorecard-min-height, 16rem);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; margin-bottom: 0.75rem; }
  .name { font-size: 1.2em; font-weight: 600; margin: 0; }
  .total { font-size: 1.6em; font-weight: 700; }
  .grade { font-weight: 600; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: middle; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  tr.indicator th { font-weight: 400; }
  .depth-1 { padding-inline-start: 1.5rem; }
  .depth-2 { padding-inline-start: 2.5rem; }
  .depth-3 { padding-inline-start: 3.5rem; }
  .toggle { background: none; border: 1px solid transparent; padding: 0 0.25rem; cursor: pointer; text-align: start; }
  .toggle:focus-visible, select:focus-visible, summary:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  details.why-total { margin: 0 0 0.75rem; }
  .why-toggle { background: none; border: 1px solid var(--_border); border-radius: 0.25rem; padding: 0 0.4rem; cursor: pointer; white-space: nowrap; }
  .why-toggle:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  p.why { margin: 0.25rem 0 0; max-width: 28rem; }
  summary:focus-visible, .scroll:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-bottom: 0.75rem; }
  .scroll { overflow-x: auto; }
  .goals { margin-bottom: 1rem; }
  .muted { color: var(--_muted); }
  .trend { white-space: nowrap; }
  @media (forced-colors: active) {
    th, td { border-color: CanvasText; }
  }
  @media print {
    .controls, .toggle span[aria-hidden] { display: none; }
    .scroll { overflow: visible; }
  }
`;
