import { css } from 'lit';

export const scorecardStyles = css`
  :host {
    display: block;
    font-size: var(--eco-font-size, 0.95rem);
    line-height: 1.5;
    min-height: var(--eco-scorecard-min-height, 16rem);
  }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; margin-bottom: 0.75rem; }
  .name { font-size: 1.2em; font-weight: 600; margin: 0; }
  .total { font-size: 1.6em; font-weight: 700; }
  .grade { font-weight: 600; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  select, button { font: inherit; color: inherit; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--eco-border-color, #d1d5db); text-align: start; vertical-align: middle; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  tr.indicator th { font-weight: 400; }
  .depth-1 { padding-inline-start: 1.5rem; }
  .depth-2 { padding-inline-start: 2.5rem; }
  .depth-3 { padding-inline-start: 3.5rem; }
  .toggle { background: none; border: 1px solid transparent; padding: 0 0.25rem; cursor: pointer; text-align: start; }
  .toggle:focus-visible, select:focus-visible, summary:focus-visible { outline: 2px solid var(--eco-focus-color, #2563eb); outline-offset: 2px; }
  .message { padding: 1rem; border: 1px dashed var(--eco-border-color, #d1d5db); border-radius: 0.5rem; }
  .error { border-color: var(--eco-error-color, #b91c1c); color: var(--eco-error-color, #b91c1c); }
  details.why-total { margin: 0 0 0.75rem; }
  .why-toggle { background: none; border: 1px solid var(--eco-border-color, #d1d5db); border-radius: 0.25rem; padding: 0 0.4rem; cursor: pointer; white-space: nowrap; }
  .why-toggle:focus-visible { outline: 2px solid var(--eco-focus-color, #2563eb); outline-offset: 2px; }
  p.why { margin: 0.25rem 0 0; max-width: 28rem; }
  summary:focus-visible, .scroll:focus-visible { outline: 2px solid var(--eco-focus-color, #2563eb); outline-offset: 2px; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-bottom: 0.75rem; }
  .scroll { overflow-x: auto; }
  .goals { margin-bottom: 1rem; }
  .muted { color: var(--eco-muted-color, #4b5563); }
  .trend { white-space: nowrap; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  @media (prefers-color-scheme: dark) {
    :host { color: var(--eco-text-color, #e5e7eb); }
    .muted { color: var(--eco-muted-color, #d1d5db); }
  }
  @media (forced-colors: active) {
    th, td { border-color: CanvasText; }
  }
  @media print {
    .controls, .toggle span[aria-hidden] { display: none; }
    .scroll { overflow: visible; }
  }
`;
