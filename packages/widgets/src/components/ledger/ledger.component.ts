import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle, Ledgers } from '@eco-reform/core';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadTableCsv } from '../../shared/download.js';
import type { TableTwin } from '../../shared/table-twin.js';
import {
  LEDGER_NEEDS_BUNDLE,
  LEDGER_NEEDS_LEDGERS,
  ledgerParser,
  ledgerLayout,
  type LedgerOption,
  type LedgerRow,
  type LedgerView,
} from './ledger.layout.js';
import { ledgerTable } from './ledger.table.js';
import { ledgerStyles } from './ledger.styles.js';
import { ledgerText as text } from './ledger.text.js';

type Filter = 'source' | 'unit' | 'state';

/**
 * Detail of the `eco-select` event of `<eco-ledger>`: the ledger entry whose history the user opened.
 *
 * @example
 * board.addEventListener('eco-select', (e) => {
 *   const { item } = (e as CustomEvent<LedgerSelectDetail>).detail; // e.g. 'p-2025-03'
 * });
 *
 * @category Widgets
 */
export interface LedgerSelectDetail {
  /** The entry's id, as `ledgerStateAt` gives it. */
  item: string;
}

/**
 * The supervision ledgers (督查台账) as a board for the portal: every problem, supervision order,
 * assigned item and report as it stands at a date (the core's `ledgerStateAt`), overdue items
 * first with their days overdue, each with its state (text, never colour alone), source (挂牌督办
 * marked), unit, deadline and days late. Each item's history (who did what, when, with which
 * note) and its evidence files with their SHA-256 open on demand in a native disclosure. Native
 * selects filter by source, unit and state, and a live count says how many items are shown; a
 * "Table" disclosure lists the same rows, and "Download table (CSV)" writes them. Takes a bundle
 * with `ledgers` from `src`, an inline `<script type="application/json">` child, or the `data`
 * property; an assessment or a bundle without ledgers shows an error saying so.
 *
 * @summary Problems, orders, assigned items and reports: what is overdue, what was returned, with history and evidence.
 * @category Widgets
 * @tag eco-ledger
 * @event {CustomEvent<LedgerSelectDetail>} eco-select - The user opened an item's history.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid (or has no ledgers), or has no such `unit` (kind `notFound`).
 * @csspart header - The title, as-of date and counts.
 * @csspart controls - The source, unit and state selects, and the count.
 * @csspart count - "n of m items", announced when it changes.
 * @csspart list - The items.
 * @csspart item - One item.
 * @csspart history - An item's history disclosure.
 * @csspart table-disclosure - The "Table" disclosure.
 * @csspart table - The table alternative.
 * @csspart share - The "Download table (CSV)" button.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-ledger-min-height=12rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-overdue-color=#b91c1c] - The mark and text of an overdue item.
 * @cssproperty [--eco-card-radius=0.5rem] - Item corners.
 * @cssproperty [--eco-border-color=#d1d5db] - Item borders and table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-muted-color=#4b5563] - Secondary text.
 * @example
 * ```html
 * <eco-ledger src="/data/bundle.json" as-of="2025-12-31" source="provincialInspection"></eco-ledger>
 * ```
 */
export class EcoLedger extends EcoDataElement<Bundle & { ledgers: Ledgers }> {
  static override styles = [hostReset, ledgerStyles, shareStyles];
  static override permalinkAttributes = ['source', 'unit', 'state'];

  protected readonly parser = ledgerParser;

  /** The date the ledgers are seen at (`YYYY-MM-DD`); default the latest date they record. */
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  /** Show only items from this source, e.g. `order` or `redLine`; empty for all. */
  @property({ reflect: true }) source: string | null = null;
  /** Show only this unit's items; empty for all. */
  @property({ reflect: true }) unit: string | null = null;
  /** Show only items in this state, e.g. `returned`; empty for all. */
  @property({ reflect: true }) state: string | null = null;

  private renderSelect(
    label: string,
    key: Filter,
    value: string,
    options: ReadonlyArray<LedgerOption>,
  ): TemplateResult {
    return html`<label>${label}
      <select .value=${value} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select></label>`;
  }

  private renderItem(r: LedgerRow): TemplateResult {
    const s = text[this.language.lang];
    return html`<li part="item" class="item ${r.overdueDays > 0 ? 'overdue' : ''}" data-item=${r.id}>
      <h2>${r.title}</h2>
      <p class="meta">
        ${r.overdueDays > 0 ? html`<span class="overdue-days">${r.overdueText}</span>` : nothing}
        <span class="state" data-state=${r.state}>${r.stateText}</span>
        <span>${r.sourceText}${r.listed ? html` · <strong>${s.listed}</strong>` : nothing}</span>
        <span>${r.unitName}</span>
        <span>${s.due} <time datetime=${r.due}>${r.dueText}</time></span>
        ${r.lateDays > 0 ? html`<span>${r.lateText}</span>` : nothing}
        <span class="id">${r.id}</span>
      </p>
      <details part="history" data-item=${r.id}>
        <summary @click=${this.onOpen}>${s.history}</summary>
        ${r.document ? html`<p>${s.document}: ${r.document}</p>` : nothing}
        ${r.person ? html`<p>${s.person}: ${r.person}</p>` : nothing}
        ${r.detail ? html`<p>${s.detail}: ${r.detail}</p>` : nothing}
        <ol class="history">
          ${r.history.map(
            (h) =>
              html`<li><time datetime=${h.date}>${h.dateText}</time> · ${h.action}${h.by ? html` · ${h.by}` : nothing}${
                h.note ? html`<br />${h.note}` : nothing
              }${
                h.evidence.length > 0
                  ? html`<ul>${h.evidence.map(
                      (e) =>
                        html`<li>${s.evidence}: ${e.title ? (this.language.lang === 'zh-CN' ? (e.title.zh ?? e.title.en) : (e.title.en ?? e.title.zh)) : ''} <code>${e.ref}</code><br /><span class="hash">SHA-256 ${e.sha256}</span></li>`,
                    )}</ul>`
                  : nothing
              }</li>`,
          )}
        </ol>
      </details>
    </li>`;
  }

  private renderTable(twin: TableTwin): TemplateResult {
    const s = text[this.language.lang];
    return html`<details part="table-disclosure" class="table"><summary>${s.table}</summary>
      <div class="scroll" role="region" aria-label=${twin.caption} tabindex="0">
        <table part="table">
          <caption>${twin.caption}</caption>
          <thead><tr>${twin.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${twin.rows.length === 0 ? html`<tr><td colspan=${twin.head.length}>${s.none}</td></tr>` : nothing}
            ${twin.rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  // A click on the summary (the mouse, or Enter or Space on it) is the user's: setting `open` from
  // code fires no click, so the event never follows a programmatic change. The disclosure opens
  // after the click, so a closed one is being opened.
  private onOpen(event: Event): void {
    const details = (event.currentTarget as HTMLElement).parentElement as HTMLDetailsElement;
    const item = details.getAttribute('data-item');
    if (details.open || !item) return;
    this.dispatchEvent(
      new CustomEvent<LedgerSelectDetail>('eco-select', { detail: { item }, bubbles: true, composed: true }),
    );
  }

  private setFilter(key: Filter, value: string): void {
    this[key] = value === '' ? null : value;
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') {
      const detail = state.status === 'error' ? state.error.details?.[0] : undefined;
      const reason =
        detail === LEDGER_NEEDS_BUNDLE ? s.needsBundle : detail === LEDGER_NEEDS_LEDGERS ? s.needsLedgers : undefined;
      return dataMessage(state, lang, s, reason);
    }
    const missing = this.lookup.check([
      { kind: 'unit', given: this.unit, existing: state.value.framework.units.map((u) => u.id) },
    ]);
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    const view: LedgerView = ledgerLayout(state.value, {
      lang,
      asOf: this.asOf,
      source: this.source,
      unit: this.unit,
      state: this.state,
    });
    const twin = ledgerTable(view, lang);
    return html`
      <div part="header" class="header">
        <p class="scope">${s.title} · ${s.asOf(view.asOfText)}</p>
        <p class="summary">${view.summary}</p>
      </div>
      <div part="controls" class="controls" role="group" aria-label=${s.filters}>
        ${this.renderSelect(s.source, 'source', view.filters.source ?? '', view.options.sources)}
        ${this.renderSelect(s.unit, 'unit', view.filters.unit ?? '', view.options.units)}
        ${this.renderSelect(s.state, 'state', view.filters.state ?? '', view.options.states)}
        <p part="count" class="count" role="status">${view.count}</p>
      </div>
      ${
        view.rows.length === 0
          ? html`<p part="list" class="none">${s.none}</p>`
          : html`<ul part="list" class="items">${view.rows.map((r) => this.renderItem(r))}</ul>`
      }
      ${this.renderTable(twin)}
      ${shareControls(lang, { csv: () => downloadTableCsv(this.ownerDocument, twin) })}
    `;
  }
}
