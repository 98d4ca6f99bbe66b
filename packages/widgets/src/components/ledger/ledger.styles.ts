import { css } from 'lit';
import { frame } from '../../shared/frame.styles.js';

/**
 * The ledger board's layout: filters, one row per entry (overdue ones marked), the history on
 * demand, the table.
 *
 * @category Widgets
 * @example
 * static override styles = [hostReset, ledgerStyles, shareStyles];
 */
export const ledgerStyles = css`
  ${frame}
  :host {
    min-height: var(--eco-ledger-min-height, 12rem);
  }
  .header { margin-bottom: 0.75rem; }
  .scope { font-size: 1.2em; font-weight: 600; margin: 0; }
  .summary { margin: 0.25rem 0 0; }
  .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-bottom: 0.75rem; }
  label { display: inline-flex; gap: 0.4em; align-items: center; }
  .count { margin: 0; color: var(--_muted); }
  .items { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  .item {
    border: 1px solid var(--_border);
    border-left-width: 4px;
    border-radius: var(--eco-card-radius, 0.5rem);
    padding: 0.5rem 0.75rem;
  }
  .item.overdue { border-left-color: var(--eco-overdue-color, var(--_error)); }
  .item h2 { font-size: 1em; margin: 0; }
  .meta { margin: 0.25rem 0 0; color: var(--_muted); display: flex; flex-wrap: wrap; gap: 0 1rem; }
  .overdue-days { color: var(--eco-overdue-color, var(--_error)); font-weight: 600; }
  .state { font-weight: 600; }
  details > summary { cursor: pointer; margin-top: 0.25rem; }
  summary:focus-visible, select:focus-visible, .scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .history { margin: 0.25rem 0 0; padding-left: 1.25rem; }
  .history li { margin: 0.25rem 0; }
  .hash { font-family: ui-monospace, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
  .none { color: var(--_muted); }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; }
  th, td { border-bottom: 1px solid var(--_border); padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
  td:last-child { white-space: pre-line; overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: 0.85em; }
  caption { text-align: start; font-weight: 600; }
  .message.error { color: var(--_error); }
`;
