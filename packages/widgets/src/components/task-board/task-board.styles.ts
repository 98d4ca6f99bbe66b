import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * The task board's layout: filters, a wrapping row of status or owner columns, cards, the table.
 *
 * @category Widgets
 * @example
 * static override styles = [hostReset, statusStyles, taskBoardStyles, shareStyles];
 */
export const taskBoardStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-task-board-min-height, 16rem);
  }
  .header { margin-bottom: 0.75rem; }
  .scope { font-size: 1.2em; font-weight: 600; margin: 0; }
  .summary { margin: 0.25rem 0 0; }
  .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-bottom: 0.75rem; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  .count { margin: 0; color: var(--_muted); }
  .board {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--eco-task-board-column-width, 16rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
  .group { border-top: 3px solid var(--_border); padding-top: 0.25rem; }
  .group h2 { font-size: 1em; margin: 0 0 0.5rem; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  .group h2 .n { font-weight: 400; color: var(--_muted); }
  ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
  .card {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--eco-status-color, var(--_border));
    border-radius: var(--eco-card-radius, 0.5rem);
    padding: 0.5rem 0.75rem;
    background: var(--eco-card-background, transparent);
  }
  .card h3 { font-size: 1em; margin: 0 0 0.35rem; }
  .select {
    background: none; border: 0; padding: 0; margin: 0; cursor: pointer; text-align: start; font-weight: 600;
    text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 0.2em;
  }
  .select:focus-visible, select:focus-visible, summary:focus-visible, .scroll:focus-visible {
    outline: 2px solid var(--_focus); outline-offset: 2px;
  }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.6rem; margin: 0.4rem 0 0; font-size: 0.92em; }
  dt { color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  .reason { margin: 0.3rem 0 0; font-size: 0.92em; color: var(--_muted); }
  .escalation { font-weight: 600; }
  .escalation.interview, .escalation.accountability { color: var(--eco-escalation-color, light-dark(#b91c1c, #f87171)); }
  .none { margin: 0; color: var(--_muted); font-style: italic; }
  details.table { margin-top: 1rem; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: top; }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
  .message ul { margin: 0.5rem 0 0; padding-inline-start: 1.25rem; }
  @media (forced-colors: active) {
    .card, th, td { border-color: CanvasText; }
  }
  @media print {
    .board { display: block; }
    .group { margin-bottom: 1rem; }
    .card h3 button.select { display: inline; text-decoration: none; }
  }
`;
