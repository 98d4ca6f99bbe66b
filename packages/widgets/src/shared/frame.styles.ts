import { css } from 'lit';

/**
 * What every block widget (all but the status badge) shares on screen and on paper, written once:
 *
 * - a solid surface in its own scheme, so its text is readable on any page colour;
 * - a size container (`@container eco (…)`), so it lays itself out for its own width, not the
 *   window's: a 700 px CMS column gets the narrow layout on a wide screen;
 * - controls (selects, buttons) painted from the tokens, so a menu is never light-on-light;
 * - visually-hidden text clipped inside a positioned box, so it cannot widen the page;
 * - tables with a minimum column width and names kept whole (`word-break: keep-all`), never one
 *   Chinese character per line; in a container under 36rem (the widget, or a card inside it that
 *   is a container too, such as a red-line zone) a `table.stack` turns each row into a block of
 *   label–value lines, the label taken from the cell's `data-label`; an opened "why" wraps inside
 *   its fixed-width cell (`contain: inline-size`), so opening it does not reflow the table;
 * - print: no controls, selects printed as their chosen value, every disclosure printed open.
 *
 * @category Widgets
 * @example
 * export const rankingStyles = css`${frame} .bar { fill: var(--_accent); }`;
 */
export const frame = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    max-width: 100%;
    /* A size container takes no width from its content: in a flex row or a float, with no width
       of its own, it would shrink to nothing. */
    min-inline-size: min(100%, 16rem);
    container: eco / inline-size;
    padding: var(--eco-padding, var(--_space-3));
    border-radius: var(--_radius);
    background: var(--_background);
    font-size: var(--eco-font-size, 0.95rem);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  select, button, input, summary { font: inherit; color: inherit; }
  select {
    max-width: 100%;
    min-height: 24px;
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.1rem 0.4rem;
  }
  button {
    background-color: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
  }
  option { background: var(--_background); color: var(--_text); }
  label { max-width: 100%; flex-wrap: wrap; }
  .scroll, .table-wrap { position: relative; max-width: 100%; }
  /* A shadow at an edge where more of the table lies beyond (the cue a sideways scroll lacks):
     the two covers scroll with the content and hide each shadow once that edge is reached. */
  .scroll {
    background:
      linear-gradient(to right, var(--_background) 40%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_background) 40%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  svg { max-width: 100%; }
  th, td { min-width: 3em; }
  th[scope='row'] { min-width: 6em; }
  .message { padding: var(--_space-4); border: 1px dashed var(--_border); border-radius: var(--_radius); }
  .error { border-color: var(--_error); color: var(--_error); }

  th, td { word-break: keep-all; overflow-wrap: break-word; }
  td.why-cell { width: 14em; }
  td.why-cell .why { contain: inline-size; }

  @container (max-width: 36rem) {
    table.stack, table.stack > tbody, table.stack > tbody > tr, table.stack > tbody > tr > :is(th, td) { display: block; }
    table.stack > caption { display: block; }
    table.stack > thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    table.stack > tbody > tr { padding: var(--_space-2) 0; border-bottom: 1px solid var(--_border); }
    table.stack > tbody > tr > :is(th, td) { border: 0; padding: 0.1rem 0; text-align: start; min-width: 0; width: auto; }
    /* Label and value side by side in two grid columns: the label spans every row the value
       takes, so neither a label of two lines nor a value of three (a gap and its share, a long
       unit name) runs under the other, and the taller of the two sets the row's height. */
    table.stack > tbody > tr > :is(th, td)[data-label] {
      display: grid;
      grid-template-columns: min(9rem, 42%) minmax(0, 1fr);
      align-items: start;
    }
    table.stack > tbody > tr > :is(th, td)[data-label] > * { grid-column: 2; }
    table.stack > tbody > tr > :is(th, td)[data-label]::before {
      content: attr(data-label);
      grid-column: 1;
      grid-row: 1 / span 9;
      box-sizing: border-box;
      padding-inline-end: var(--_space-2);
      white-space: normal;
      text-align: start;
      color: var(--_muted);
      font-weight: 400;
    }
    table.stack > tbody > tr > th[scope='row'] { font-weight: 600; padding-inline-start: 0; }
    table.stack > tbody > tr > td:empty { display: none; }
  }

  @media print {
    :host { background: none; color: #000; padding: 0; color-scheme: light; }
    .scroll { background: none; }
    select { appearance: none; border: 0; padding: 0; background: none; font-weight: 600; }
    /* Explanations print open: the "why" disclosures and the scorecard's per-row whys. */
    :is(details.why-total, td > details)::details-content { content-visibility: visible; display: block; }
    :is(details.why-total, td > details) > summary { list-style: none; font-weight: 600; }
    .why-toggle { display: none; }
    p.why[hidden] { display: block; }
  }
`;
