import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle } from '@eco-reform/core';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadTableCsv } from '../../shared/download.js';
import type { TableTwin } from '../../shared/table-twin.js';
import { statusStyles } from '../../shared/status-styles.js';
import { statusTemplate } from '../../shared/status-template.js';
import {
  taskBoardParser,
  TASK_BOARD_NEEDS_BUNDLE,
  taskBoardLayout,
  type TaskBoardCard,
  type TaskBoardGroupBy,
  type TaskBoardOption,
  type TaskBoardView,
} from './task-board.layout.js';
import { taskBoardTable } from './task-board.table.js';
import { taskBoardStyles } from './task-board.styles.js';
import { taskBoardText as text } from './task-board.text.js';

type Filter = 'unit' | 'status' | 'owner' | 'groupBy';

/**
 * The measures (重点任务) of one unit or of the whole city on a board — 有人管、有人干、有人问 on
 * one page. Cards are grouped by status (not started → done, each column with its count) or by
 * owner; each shows the measure, its status (text and icon, never colour alone) and why, the
 * owner / doer / checker, the lead and co-operating units, the next time node and its due date,
 * days overdue, and the escalation the scheme's ladder calls for with the rule that fired. Status
 * and escalation come from the core's `measureStatus` and `escalate`. Native selects filter by
 * unit, status and owner, and a live count says how many measures are shown; a "Table"
 * disclosure lists the same cards as a table. Takes a bundle `{ framework, observations,
 * reports }` from `src`, an inline `<script type="application/json">` child, or the `data`
 * property; a precomputed assessment has no measures and shows an error saying so.
 *
 * @summary Reform tasks by status or owner: who owns, does and checks each, what is late, what escalates.
 * @category Widgets
 * @tag eco-task-board
 * @event {CustomEvent<TaskBoardSelectDetail>} eco-select - The user activated a measure's card (its title button).
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid (or is an assessment, not a bundle), or has no such `unit` (kind `notFound`, naming the units there are).
 * @csspart header - The scope, as-of date and status summary.
 * @csspart controls - The unit, status, owner and grouping selects, and the count.
 * @csspart count - "n of m measures", announced when it changes.
 * @csspart board - The groups.
 * @csspart group - One status or owner group.
 * @csspart card - One measure.
 * @csspart card-button - A measure's title; activating it fires `eco-select`.
 * @csspart pace - A measure's 序时进度: the share of the node's time gone, the share done and the band (class `ahead`, `onPace` or `behind`).
 * @csspart late - The nodes a measure completed late (逾期完成), with the days late.
 * @csspart badge - A status: icon and text.
 * @csspart icon - A status's icon.
 * @csspart label - A status's text.
 * @csspart table-disclosure - The "Table" disclosure.
 * @csspart table - The table alternative.
 * @csspart share - The "Download table (CSV)" button.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-task-board-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-task-board-column-width=16rem] - Narrowest a group column gets before the board wraps.
 * @cssproperty [--eco-card-radius=0.5rem] - Card corners.
 * @cssproperty [--eco-card-background=transparent] - Card background.
 * @cssproperty [--eco-escalation-color=#b91c1c] - Text of an interview (约谈) or accountability (问责) escalation.
 * @cssproperty [--eco-border-color=#d1d5db] - Card borders and table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-muted-color=#4b5563] - Secondary text (labels, counts, reasons).
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @example
 * ```html
 * <eco-task-board src="/data/bundle.json" unit="eeb" group-by="owner" as-of="2025-09-30"></eco-task-board>
 * ```
 */
export class EcoTaskBoard extends EcoDataElement<Bundle> {
  static override styles = [hostReset, statusStyles, taskBoardStyles, shareStyles];
  static override permalinkAttributes = ['unit', 'group-by', 'status', 'owner'];

  protected readonly parser = taskBoardParser;

  /** A unit id: only the measures it leads or co-operates on; empty for the whole city. */
  @property({ reflect: true }) unit: string | null = null;
  /** `status` (default) or `owner`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: TaskBoardGroupBy = 'status';
  /** Show only measures with this status, e.g. `overdue`; empty for all. */
  @property({ reflect: true }) status: string | null = null;
  /** Show only measures with this owner (有人管): their position, e.g. `市长` or `Mayor`; empty for all. */
  @property({ reflect: true }) owner: string | null = null;
  /** The date statuses are judged at (`YYYY-MM-DD`); default the last day of the period. */
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  /** The period whose last day is the default as-of date; default the latest year observed. */
  @property() period: string | null = null;

  private renderSelect(
    label: string,
    key: Filter,
    value: string,
    options: ReadonlyArray<TaskBoardOption>,
  ): TemplateResult {
    return html`<label>${label}
      <select .value=${value} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select></label>`;
  }

  private renderControls(view: TaskBoardView): TemplateResult {
    const s = text[this.language.lang];
    const groupings = (['status', 'owner'] as const).map((g) => ({ value: g, label: s.groupings[g] }));
    return html`<div part="controls" class="controls" role="group" aria-label=${s.filters}>
      ${this.renderSelect(s.unit, 'unit', view.filters.unit ?? '', view.options.units)}
      ${this.renderSelect(s.status, 'status', view.filters.status ?? '', view.options.statuses)}
      ${this.renderSelect(s.owner, 'owner', view.filters.owner ?? '', view.options.owners)}
      ${this.renderSelect(s.groupBy, 'groupBy', view.groupBy, groupings)}
      <p part="count" class="count" role="status">${view.count}</p>
    </div>`;
  }

  private renderCard(c: TaskBoardCard): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    return html`<li><article part="card" class="card ${c.status}" aria-labelledby="measure-${c.id}">
      <h3 id="measure-${c.id}"><button part="card-button" class="select" type="button" data-measure=${c.id}>${c.title}</button></h3>
      ${statusTemplate(c.status, lang)}
      <p class="reason">${c.reason}</p>
      <dl>
        <dt>${s.owner}</dt><dd>${c.owner}</dd>
        <dt>${s.doer}</dt><dd>${c.doer}</dd>
        <dt>${s.checker}</dt><dd>${c.checker}</dd>
        <dt>${s.lead}</dt><dd>${c.lead}</dd>
        <dt>${s.cooperating}</dt><dd>${c.cooperating}</dd>
        <dt>${s.node}</dt><dd>${c.node}</dd>
        <dt>${s.due}</dt><dd>${c.due ? html`<time datetime=${c.due}>${c.dueText}</time>` : c.dueText}</dd>
        <dt>${s.overdue}</dt><dd>${c.overdueText}</dd>
        <dt>${s.paceLabel}</dt><dd part="pace" class="pace ${c.band ?? ''}">${c.paceText}</dd>
        ${c.late.length > 0 ? html`<dt>${s.lateLabel}</dt><dd part="late">${c.late.join(s.listSep)}</dd>` : nothing}
        <dt>${s.escalation}</dt><dd>${
          c.escalation
            ? html`<span class="escalation ${c.escalation.action}">${c.escalation.label}</span>`
            : s.noEscalation
        }</dd>
        ${c.escalation ? html`<dt>${s.rule}</dt><dd>${c.escalation.rule}</dd>` : nothing}
      </dl>
    </article></li>`;
  }

  private renderBoard(view: TaskBoardView): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const number = new Intl.NumberFormat(lang);
    return html`<div part="board" class="board" @click=${this.onSelect}>
      ${view.groups.length === 0 ? html`<p class="none">${s.none}</p>` : nothing}
      ${view.groups.map(
        (g) => html`<section part="group" class="group ${g.status ?? 'owner'}">
        <h2>${g.status ? statusTemplate(g.status, lang) : g.heading} <span class="n">${s.cardsIn(number.format(g.count))}</span></h2>
        ${g.cards.length === 0 ? html`<p class="none">${s.none}</p>` : html`<ul class="cards">${g.cards.map((c) => this.renderCard(c))}</ul>`}
      </section>`,
      )}
    </div>`;
  }

  private renderTable(twin: TableTwin): TemplateResult {
    const s = text[this.language.lang];
    return html`<details part="table-disclosure" class="table"><summary>${s.table}</summary>
      <div class="scroll" role="region" aria-label=${twin.caption} tabindex="0">
        <table part="table" class="stack">
          <caption>${twin.caption}</caption>
          <thead><tr>${twin.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${twin.rows.length === 0 ? html`<tr><td colspan=${twin.head.length}>${s.none}</td></tr>` : nothing}
            ${twin.rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell, i) => html`<td data-label=${twin.head[i + 1] ?? ''}>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  // One listener for every card's button: the board binds no handler per card.
  private onSelect(event: Event): void {
    const measure = (event.target as Element).closest('button[data-measure]')?.getAttribute('data-measure');
    if (!measure) return;
    this.dispatchEvent(
      new CustomEvent<TaskBoardSelectDetail>('eco-select', { detail: { measure }, bubbles: true, composed: true }),
    );
  }

  private setFilter(key: Filter, value: string): void {
    if (key === 'groupBy') this.groupBy = value === 'owner' ? 'owner' : 'status';
    else this[key] = value === '' ? null : value;
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') {
      return dataMessage(
        state,
        lang,
        s,
        state.status === 'error' && state.error.details?.[0] === TASK_BOARD_NEEDS_BUNDLE ? s.needsBundle : undefined,
      );
    }
    // A unit the framework lacks is an error naming the units there are, never the whole city shown in its place.
    const missing = this.lookup.check([
      { kind: 'unit', given: this.unit, existing: state.value.framework.units.map((u) => u.id) },
    ]);
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    const view = taskBoardLayout(state.value, {
      lang,
      unit: this.unit,
      groupBy: this.groupBy,
      status: this.status,
      owner: this.owner,
      asOf: this.asOf,
      period: this.period,
    });
    const twin = taskBoardTable(view, lang);
    return html`
      <div part="header" class="header">
        <p class="scope">${s.title} · ${view.scope} · ${s.asOf(view.asOfText)}</p>
        <p class="summary">${view.summary}</p>
      </div>
      ${this.renderControls(view)}
      ${this.renderBoard(view)}
      ${this.renderTable(twin)}
      ${shareControls(lang, { csv: () => downloadTableCsv(this.ownerDocument, twin) })}
    `;
  }
}

/**
 * Detail of the `eco-select` event of `<eco-task-board>`: the measure (重点任务) whose card the
 * user activated.
 *
 * @example
 * board.addEventListener('eco-select', (e) => {
 *   const { measure } = (e as CustomEvent<TaskBoardSelectDetail>).detail; // e.g. 'backward-capacity'
 * });
 *
 * @category Widgets
 */
export interface TaskBoardSelectDetail {
  /** The measure's id. */
  measure: string;
}
