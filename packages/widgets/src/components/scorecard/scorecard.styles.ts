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
  /* A long table (see LONG_TABLE in the component), when wide, lays its rows out as grids on one
     column template per column set (below) instead of as one auto table, so that each row is a
     box of its own that content-visibility skips while it is off screen: a table's rows cannot be
     skipped, and laying out all 500 rows of one before its first frame took three times as long
     as a bare table. The template is fixed by the columns, not read from the cells, so the rows line
     up without measuring each other and opening a why moves no column; each minimum fits its
     heading and the widest value of its kind (a status, a target with its unit, a gap), and a
     narrower widget scrolls the table in its region. It stays a table to assistive technology, as
     the stacked narrow layout does. */
  @container (width > 36rem) {
    table.rows, table.rows > caption, table.rows > :is(thead, tbody) { display: block; }
    table.rows { min-inline-size: min-content; }
    table.rows > :is(thead, tbody) > tr {
      display: grid;
      grid-template-columns: var(--_columns);
      align-items: center;
      border-bottom: 1px solid var(--_border);
    }
    table.rows > :is(thead, tbody) > tr > :is(th, td) { border-bottom: 0; min-width: 0; width: auto; }
    table.rows > thead th { overflow-wrap: normal; }
    table.rows > tbody > tr { contain-intrinsic-block-size: auto 2.5rem; }
  }
  /* Stacked (narrow), a long table's rows are blocks already, skipped off screen the same way. */
  table.rows > tbody > tr { content-visibility: auto; contain-intrinsic-block-size: auto 12rem; }
  /* The widest status, actual value and target of each language (English words are longer). */
  table.rows { --_status: 12.5em; --_value: 9.5em; --_target: 11em; }
  table.rows.zh { --_status: 8em; --_value: 6em; --_target: 8.5em; }
  /* Name, actual value, score, weight, points, status, why (whose opened text wraps in its 14em). */
  table.scores { --_columns: minmax(8em, 3fr) repeat(4, minmax(5em, 1fr)) minmax(var(--_status), 1.5fr) 15em; }
  /* The same with target, gap and trend after the value and the responsible unit after the status. */
  table.detailed {
    --_columns: minmax(8em, 5fr) minmax(var(--_value), 1fr) minmax(var(--_target), 1fr) minmax(12.5em, 1fr) minmax(4.5em, 0.3fr) repeat(3, minmax(4.5em, 0.3fr)) minmax(var(--_status), 0.5fr) minmax(11em, 1fr) 15em;
  }
  /* Measure, status, node, days overdue, lead unit, owner, doer, checker. A custom property keeps
     its line breaks, so each template is one line: the CDN build's minified sheet reads the same. */
  table.measures {
    --_columns: minmax(9em, 3fr) minmax(var(--_status), 1fr) minmax(7em, 1.5fr) minmax(5.5em, 1fr) repeat(4, minmax(8em, 1.5fr));
  }
  @media (forced-colors: active) {
    th, td, tr { border-color: CanvasText; }
  }
  @media print {
    .controls, .toggle span[aria-hidden] { display: none; }
    .scroll { overflow: visible; }
    table.rows > tbody > tr { content-visibility: visible; }
  }
`;
