import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { explain, IndicatorProgressStatusSchema, isStatus, statusLabels, type Status } from '@eco-reform/core/display';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { assessmentLookups } from '../../shared/assessment-lookups.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadTableCsv } from '../../shared/download.js';
import { assessmentParser, type ScorecardData } from '../../shared/assessment-data.js';
import {
  scorecardLayout,
  type ScorecardRow,
  type ScorecardSort,
  type ScorecardView,
  type ScorecardViewMode,
} from './scorecard.layout.js';
import { rowExplanations } from '../../shared/row-explanations.js';
import { scorecardStyles } from './scorecard.styles.js';
import { scorecardText as text } from './scorecard.text.js';
import { scorecardTable } from './scorecard.table.js';
import { statusStyles } from '../../shared/status-styles.js';
import { statusTemplate } from '../../shared/status-template.js';

/** Above this many units the unit picker fills itself on first use. */
const LAZY_PICKER = 200;
/**
 * Above this many rows a wide table lays out only the rows on screen (`table.rows` in the styles):
 * its columns then come from a fixed template instead of from the cells, which a table of a
 * framework's usual few dozen rows keeps.
 */
const LONG_TABLE = 100;
const VIEWS: readonly ScorecardViewMode[] = ['areas', 'indicators', 'measures'];
const SORTS: readonly ScorecardSort[] = ['framework', 'score-desc', 'score-asc', 'status'];
// The core's vocabulary, best to worst: a status added there is offered here too.
const INDICATOR_STATUSES: readonly Status[] = IndicatorProgressStatusSchema.options;
const MEASURE_STATUSES: readonly Status[] = ['done', 'onTrack', 'atRisk', 'lagging', 'overdue', 'notStarted'];

/**
 * One unit's scorecard: total, grade and rank; a progress roll-up by goal; then the area tree
 * (rows expand to indicators), every indicator, or the measures (重点任务) with owner / doer /
 * checker — each row with its score, points, weight used, actual vs target, trend arrow with run
 * length, responsible unit, status (text and icon, never colour alone) and a "why" disclosure
 * built with the core's `explain()`. Rows sort and filter by status. Takes a precomputed
 * assessment or a bundle `{ framework, observations, reports }` (scored in the browser; targets,
 * trends, goals and measures need the bundle) from `src`, an inline `<script type="application/json">`
 * child, or the `data` property.
 *
 * @summary A unit's assessment: total, grade, rank and how they are built.
 * @category Widgets
 * @tag eco-scorecard
 * @event {CustomEvent<{ unit: string }>} eco-select - The user picked another unit.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid, or has no such `unit`, `period` or `view` (kind `notFound`, naming those there are).
 * @csspart header - Unit name, total, grade and rank.
 * @csspart controls - The view, sort and status filter.
 * @csspart goals - The progress roll-up by goal.
 * @csspart table - The table of areas, indicators or measures.
 * @csspart badge - A status: icon and text.
 * @csspart icon - A status's icon.
 * @csspart label - A status's text.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-scorecard-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-muted-color=#4b5563] - Secondary text (trend run length, counts).
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @example
 * ```html
 * <eco-scorecard src="/data/bundle.json" unit="gangkou" view="indicators" sort="status"></eco-scorecard>
 * ```
 */
export class EcoScorecard extends EcoDataElement<ScorecardData> {
  static override styles = [hostReset, statusStyles, scorecardStyles, shareStyles];
  static override dataInputs = ['period'];
  static override permalinkAttributes = ['unit', 'view', 'sort', 'filter'];

  protected readonly parser = assessmentParser(() => this.period);

  @state() private expanded = new Set<string>();
  @state() private whyOpen = new Set<string>();
  @state() private pickerFilled = false;

  /** The unit to show; default the first one. */
  @property({ reflect: true }) unit: string | null = null;
  /** For bundles: the period to score; default the latest year observed. */
  @property() period: string | null = null;
  /** `areas` (default), `indicators` or `measures` (bundles only). */
  @property({ reflect: true }) view: ScorecardViewMode = 'areas';
  /** `framework` (default), `score-desc`, `score-asc` or `status` (worst first). */
  @property({ reflect: true }) sort: ScorecardSort = 'framework';
  /** Show only rows with this status, e.g. `limited`; empty for all. */
  @property({ reflect: true }) filter: string | null = null;
  /** Measures: the date their status is judged at (`YYYY-MM-DD`); default the last day of the period. */
  @property({ attribute: 'as-of' }) asOf: string | null = null;

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') return dataMessage(state, lang, s);
    const { assessment, bundle } = state.value;
    // A unit, period or view the data lacks is an error naming those there are, never another one shown in its place.
    const missing = this.lookup.check([
      ...assessmentLookups(assessment, bundle, { period: this.period, unit: this.unit }),
      { kind: 'view', given: this.view, existing: bundle ? VIEWS : VIEWS.filter((v) => v !== 'measures') },
    ]);
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    const filter = this.filter && isStatus(this.filter) ? this.filter : null;
    const mode = this.view;
    const view = scorecardLayout(state.value, {
      unit: this.unit,
      lang,
      expanded: this.expanded,
      view: mode,
      sort: SORTS.includes(this.sort) ? this.sort : 'framework',
      filter,
      asOf: this.asOf,
    });
    if (!view) return html`<p part="message" class="message">${s.empty}</p>`;
    const explanation = explain(state.value.assessment, { unit: view.unit, lang });
    const why = explanation ? rowExplanations(explanation, lang) : new Map<string, string>();
    return html`
      <div part="header" class="header">
        <p class="name">${view.name} · ${view.period}</p>
        <span>${s.total} <span class="total">${view.total}</span></span>
        <span>${s.grade} <span class="grade">${view.grade}</span></span>
        <span>${s.rank} ${view.rank}</span>
        ${
          view.units.length > 1
            ? html`<label>${s.unit}
              <select @change=${this.onUnit} @focus=${this.fillPicker} @pointerdown=${this.fillPicker} .value=${view.unit}>
                ${this.pickerOptions(view).map((u) => html`<option value=${u.id} ?selected=${u.id === view.unit}>${u.name}</option>`)}
              </select></label>`
            : nothing
        }
      </div>
      ${explanation ? html`<details class="why-total"><summary>${s.whyTotal}</summary><p>${explanation.text}</p></details>` : nothing}
      ${this.renderControls(view, filter, state.value.bundle !== null)}
      ${view.view === 'areas' && view.goals.length > 0 ? this.renderGoals(view) : nothing}
      <div class="scroll" role="region" aria-label=${`${view.view === 'areas' ? s.caption : s.views[view.view]} · ${view.name}`} tabindex="0">
        ${view.view === 'measures' ? this.renderMeasures(view) : this.renderScores(view, why)}
      </div>
      ${shareControls(lang, { csv: () => downloadTableCsv(this.ownerDocument, scorecardTable(view, lang)) })}
    `;
  }

  private renderControls(view: ScorecardView, filter: Status | null, detailed: boolean): TemplateResult {
    const s = text[this.language.lang];
    const statuses = view.view === 'measures' ? MEASURE_STATUSES : INDICATOR_STATUSES;
    const label = (x: Status): string => statusLabels[x][this.language.lang === 'zh-CN' ? 'zh' : 'en'];
    return html`<div part="controls" class="controls">
      <label>${s.view}
        <select .value=${view.view} @change=${(e: Event) => this.setFrom(e, 'view')}>
          ${VIEWS.filter((v) => v !== 'measures' || detailed).map((v) => html`<option value=${v} ?selected=${v === view.view}>${s.views[v]}</option>`)}
        </select></label>
      <label>${s.sort}
        <select .value=${this.sort} @change=${(e: Event) => this.setFrom(e, 'sort')}>
          ${SORTS.map((v) => html`<option value=${v} ?selected=${v === this.sort}>${s.sorts[v]}</option>`)}
        </select></label>
      <label>${s.filter}
        <select .value=${filter ?? ''} @change=${(e: Event) => this.setFrom(e, 'filter')}>
          <option value="" ?selected=${filter === null}>${s.all}</option>
          ${statuses.map((v) => html`<option value=${v} ?selected=${v === filter}>${label(v)}</option>`)}
        </select></label>
    </div>`;
  }

  private renderGoals(view: ScorecardView): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    return html`<table part="goals" class="goals stack">
      <caption>${s.goals}</caption>
      <thead><tr><th scope="col">${s.goal}</th><th scope="col">${s.status}</th><th scope="col">${s.counts}</th></tr></thead>
      <tbody>${view.goals.map((g) => html`<tr><th scope="row">${g.title}</th><td data-label=${s.status}>${statusTemplate(g.status, lang)}</td><td class="muted" data-label=${s.counts}>${g.counts}</td></tr>`)}</tbody>
    </table>`;
  }

  private renderScores(view: ScorecardView, why: ReadonlyMap<string, string>): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const detailed = view.detailed;
    const columns = 6 + (detailed ? 4 : 0) + 1;
    return html`<table part="table" class=${this.tableClass(view, detailed ? 'detailed' : 'scores')}>
      <caption>${view.view === 'areas' ? s.caption : s.views.indicators}</caption>
      <thead><tr>
        <th scope="col">${view.view === 'areas' ? s.area : s.indicator}</th>
        <th scope="col" class="num">${s.value}</th>
        ${detailed ? html`<th scope="col">${s.target}</th><th scope="col">${s.gap}</th><th scope="col">${s.trend}</th>` : nothing}
        <th scope="col" class="num">${s.score}</th><th scope="col" class="num">${s.weight}</th><th scope="col" class="num">${s.points}</th>
        <th scope="col">${s.status}</th>
        ${detailed ? html`<th scope="col">${s.responsible}</th>` : nothing}
        <th scope="col">${s.why}</th>
      </tr></thead>
      <tbody @click=${this.onWhy}>
        ${view.rows.length === 0 ? html`<tr><td colspan=${columns}>${s.noRows}</td></tr>` : nothing}
        ${view.rows.map(
          (r) => html`
          <tr class=${r.kind}>
            <th scope="row" class="depth-${Math.min(r.depth, 3)}">
              ${
                r.expandable
                  ? html`<button class="toggle" type="button" aria-expanded=${r.expanded ? 'true' : 'false'} @click=${() => this.toggle(r.id)}>
                    <span aria-hidden="true">${r.expanded ? '▾' : '▸'}</span> ${r.title}</button>`
                  : r.title
              }
            </th>
            <td class="num" data-label=${s.value}>${r.value}</td>
            ${detailed ? html`<td data-label=${s.target}>${r.target}</td><td data-label=${s.gap}>${r.gap}${r.completion !== '' ? html`<span class="muted">${s.completion(r.completion)}</span>` : nothing}</td><td data-label=${s.trend}>${this.renderTrend(r)}</td>` : nothing}
            <td class="num" data-label=${s.score}>${r.score}</td><td class="num" data-label=${s.weight}>${r.weight}</td><td class="num" data-label=${s.points}>${r.points}</td>
            <td data-label=${s.status}>${statusTemplate(r.status, lang)}</td>
            ${detailed ? html`<td data-label=${s.responsible}>${r.responsible}</td>` : nothing}
            <td class="why-cell">${
              why.has(r.id)
                ? html`<button class="why-toggle" type="button" data-why=${r.id} aria-expanded=${this.whyOpen.has(r.id) ? 'true' : 'false'}>${s.why}<span class="visually-hidden"> ${r.title}</span></button><p class="why" ?hidden=${!this.whyOpen.has(r.id)}>${why.get(r.id)}</p>`
                : nothing
            }</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  // A long table's rows are grids on the template of its column set, whose status column is as
  // wide as the longest status in the page's language.
  private tableClass(view: ScorecardView, columns: 'scores' | 'detailed' | 'measures'): string {
    if (view.rows.length <= LONG_TABLE) return 'stack';
    return `stack rows ${columns}${this.language.lang === 'zh-CN' ? ' zh' : ''}`;
  }

  private renderTrend(r: ScorecardRow): TemplateResult | typeof nothing {
    if (!r.trend) return r.kind === 'indicator' ? html`—` : nothing;
    return html`<span class="trend" title=${r.trend.label}><span aria-hidden="true">${r.trend.arrow}</span> <span class="muted">${r.trend.text}</span><span class="visually-hidden"> ${r.trend.label}</span></span>`;
  }

  private renderMeasures(view: ScorecardView): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    return html`<table part="table" class=${this.tableClass(view, 'measures')}>
      <caption>${s.views.measures}</caption>
      <thead><tr>
        <th scope="col">${s.measure}</th><th scope="col">${s.status}</th><th scope="col">${s.node}</th><th scope="col" class="num">${s.overdue}</th>
        <th scope="col">${s.lead}</th><th scope="col">${s.owner}</th><th scope="col">${s.doer}</th><th scope="col">${s.checker}</th>
      </tr></thead>
      <tbody>
        ${view.rows.length === 0 ? html`<tr><td colspan="8">${s.noRows}</td></tr>` : nothing}
        ${view.rows.map(
          (r) => html`<tr class="measure">
          <th scope="row">${r.title}</th>
          <td data-label=${s.status}>${statusTemplate(r.status, lang)}</td>
          <td data-label=${s.node}>${r.node}</td><td class="num" data-label=${s.overdue}>${r.overdueDays > 0 ? s.days(r.overdueDays) : '—'}</td>
          <td data-label=${s.lead}>${r.responsible}</td><td data-label=${s.owner}>${r.people?.owner ?? '—'}</td><td data-label=${s.doer}>${r.people?.doer ?? '—'}</td><td data-label=${s.checker}>${r.people?.checker ?? '—'}</td>
        </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private setFrom(event: Event, key: 'view' | 'sort' | 'filter'): void {
    const value = (event.target as HTMLSelectElement).value;
    if (key === 'filter') this.filter = value === '' ? null : value;
    else if (key === 'view') this.view = value as ScorecardViewMode;
    else this.sort = value as ScorecardSort;
  }

  // One listener for every row's "why" button: a table of hundreds of rows binds no handler per row.
  private onWhy(event: Event): void {
    const button = (event.target as Element).closest('button[data-why]');
    const id = button?.getAttribute('data-why');
    if (!id) return;
    const next = new Set(this.whyOpen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.whyOpen = next;
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  // A province has thousands of units: their options are built when the picker is first focused or
  // pressed (before it opens), not on the first render, which then costs what a city's does.
  private pickerOptions(view: ScorecardView): ScorecardView['units'] {
    if (this.pickerFilled || view.units.length <= LAZY_PICKER) return view.units;
    return view.units.filter((u) => u.id === view.unit);
  }

  private fillPicker(): void {
    this.pickerFilled = true;
  }

  private onUnit(event: Event): void {
    this.unit = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('eco-select', { detail: { unit: this.unit }, bubbles: true, composed: true }));
  }
}
