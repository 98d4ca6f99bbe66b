import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { assessmentLookups } from '../../shared/assessment-lookups.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadSvg, downloadTableCsv } from '../../shared/download.js';
import { rankingParser, type RankingData, rankingLayout, type RankingLayout } from './ranking.layout.js';
import { rankingTable } from './ranking.table.js';
import { rankingStyles } from './ranking.styles.js';
import { rankingText as text } from './ranking.text.js';

/**
 * Units ranked by their total for one period: horizontal bars on the scheme's points with the
 * grade bands (优秀 / 良好 / 合格 / 不合格 …) drawn and named behind them, and a table twin with
 * rank, unit, total, grade, change of rank since the previous period and a note. Ties are shown
 * as ties ("T2" / "并列第2", the core's competition ranks); units without a total come last with
 * the reason; a grade set by a rule (a veto) is named. A summary in words covers every unit.
 * Large rankings are paged (`page-size`, default 50), opening on the highlighted unit's page, and
 * only the page is drawn. Takes a precomputed assessment (optionally with the previous period's
 * as `previous`) or a bundle `{ framework, observations, reports }`, scored in the browser for
 * `period` and for the observed period before it, from `src`, an inline
 * `<script type="application/json">` child, or the `data` property.
 *
 * @summary Units ranked by total, with grade bands, ties, change of rank and a table.
 * @category Widgets
 * @tag eco-ranking
 * @attr src - URL of a JSON assessment or bundle.
 * @attr period - For bundles: the period to rank; default the latest year observed.
 * @attr unit - The highlighted unit's id.
 * @attr page-size - Rows and bars per page; default 50.
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @event {CustomEvent<RankingSelectDetail>} eco-select - The user activated a unit (its row's button or its bar).
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid, or has no such `unit` or `period` (kind `notFound`, naming those there are).
 * @csspart header - The title and the period compared with.
 * @csspart summary - The ranking in words.
 * @csspart bands - The key to the grade bands.
 * @csspart pager - Previous / next page and "page k of n" (several pages only).
 * @csspart chart - The bar chart.
 * @csspart bar - A unit's bar.
 * @csspart band - A grade band behind the bars.
 * @csspart table - The table twin of the page.
 * @csspart share - The export buttons.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-ranking-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-ranking-bar-color=#1d4ed8] - Bars.
 * @cssproperty [--eco-ranking-highlight-color=#b45309] - The highlighted unit's bar and row outline.
 * @cssproperty [--eco-ranking-band-color=#f3f4f6] - Every other grade band.
 * @cssproperty [--eco-ranking-band-alt-color=#e5e7eb] - The grade bands in between.
 * @cssproperty [--eco-chart-axis-color=#4b5563] - Axis, band edges and secondary text.
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules and message borders.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @cssproperty [--eco-font-size=0.95rem] - Font size.
 * @example
 * ```html
 * <eco-ranking src="/data/bundle.json" period="2025" unit="gangkou"></eco-ranking>
 * ```
 */
export class EcoRanking extends EcoDataElement<RankingData> {
  static override styles = [hostReset, rankingStyles, shareStyles];
  static override dataInputs = ['period', 'previous'];
  static override permalinkAttributes = ['unit'];

  protected readonly parser = rankingParser(
    () => this.period,
    () => this.previous,
  );
  private readonly size = new ResizeController(this);

  /** The page the user moved to; `null` shows the highlighted unit's page. */
  @state() private page: number | null = null;

  /** The previous period's assessment, for the change of rank of a precomputed assessment (a bundle scores its own). */
  @property({ attribute: false }) previous: unknown = undefined;
  /** For bundles: the period to rank; default the latest year observed. */
  @property() period: string | null = null;
  /** The highlighted unit's id. */
  @property({ reflect: true }) unit: string | null = null;
  /** Rows and bars per page; default 50. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('unit') ||
      changed.has('data') ||
      changed.has('src') ||
      changed.has('period') ||
      changed.has('pageSize')
    )
      this.page = null;
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') return dataMessage(state, lang, s);
    const data = state.value;
    // A unit or period the data lacks is an error naming those there are, not a ranking without it or an empty one.
    const missing = this.lookup.check(
      assessmentLookups(data.assessment, data.bundle, { period: this.period, unit: this.unit }),
    );
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    if (data.assessment.results.length === 0) return html`<p part="message" class="message">${s.noUnits}</p>`;
    this.size.measure();
    const view = rankingLayout(data, {
      lang,
      width: this.size.width || 640,
      unit: this.unit,
      page: this.page,
      pageSize: Number.isFinite(this.pageSize) && this.pageSize >= 1 ? this.pageSize : 50,
    });
    return html`
      <div part="header" class="header">
        <p class="title">${view.caption}</p>
        ${view.comparedWith ? html`<span class="muted">${view.comparedWith}</span>` : nothing}
      </div>
      <p part="summary" class="summary">${view.summary}</p>
      <ul part="bands" class="bands" aria-label=${s.bands}>
        ${view.bands.map((b) => html`<li><span class="swatch ${b.k % 2 ? 'k-odd' : 'k-even'}" aria-hidden="true"></span>${b.label} ${b.range}</li>`)}
      </ul>
      ${this.renderPager(view)}
      <div part="chart" class="chart" @click=${this.onPick}>${this.renderChart(view)}</div>
      ${this.renderTable(view)}
      ${shareControls(lang, {
        csv: () => downloadTableCsv(this.ownerDocument, rankingTable(data, lang)),
        svg: () => downloadSvg([...this.renderRoot.querySelectorAll<SVGSVGElement>('.chart > svg')], view.caption),
      })}
    `;
  }

  private renderPager(view: RankingLayout): TemplateResult | typeof nothing {
    const { page } = view;
    if (page.count <= 1) return nothing;
    const s = text[this.language.lang];
    const f = new Intl.NumberFormat(this.language.lang);
    const first = page.number <= 1;
    const last = page.number >= page.count;
    return html`<div part="pager" class="pager" role="group" aria-label=${s.pages}>
      <button type="button" class="previous" aria-disabled=${first ? 'true' : 'false'} @click=${() => this.go(view, -1)}>${s.previousPage}</button>
      <p class="page-status" aria-live="polite">${s.pageOf(f.format(page.number), f.format(page.count), f.format(page.first), f.format(page.last), f.format(page.units))}</p>
      <button type="button" class="next" aria-disabled=${last ? 'true' : 'false'} @click=${() => this.go(view, 1)}>${s.nextPage}</button>
    </div>`;
  }

  // The SVG repeats the table for the eye and is hidden from assistive technology: the summary and the table carry it.
  private renderChart(v: RankingLayout): TemplateResult {
    const { left, right, top, bottom } = v.plot;
    return html`<svg width=${v.width} height=${v.height} viewBox=${`0 0 ${v.width} ${v.height}`} aria-hidden="true" focusable="false">${svg`
      ${v.bands.map(
        (
          b,
        ) => svg`<rect part="band" class="band ${b.k % 2 ? 'k-odd' : 'k-even'}" x=${b.x0} y=${top} width=${Math.max(0, b.x1 - b.x0)} height=${bottom - top}></rect>
        <text class="band-label" x=${b.labelX} y=${b.labelY} text-anchor="middle">${b.label}</text>`,
      )}
      ${v.ticks.slice(1, -1).map((t) => svg`<line class="edge" x1=${t.x} x2=${t.x} y1=${top} y2=${bottom}></line>`)}
      <g class="axis">
        <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
        ${v.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line><text x=${t.x} y=${bottom + 16} text-anchor="middle">${t.label}</text>`)}
      </g>
      ${v.rows.map(
        (r) => svg`<g class="row" data-unit=${r.unit}>
        <rect class="hit" x="0" y=${r.y} width=${v.width} height=${r.height}></rect>
        <text class=${r.highlighted ? 'row-label highlighted' : 'row-label'} x=${r.label.x} y=${r.label.y} dy="0.35em" text-anchor="end">${r.label.text}</text>
        ${r.bar ? svg`<rect part="bar" class=${r.highlighted ? 'bar highlighted' : 'bar'} x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        <text class=${`value${r.value.inside ? ' inside' : ''}${r.bar ? '' : ' none'}${r.highlighted ? ' highlighted' : ''}`} x=${r.value.x} y=${r.value.y} dy="0.35em" text-anchor=${r.value.anchor}>${r.value.text}</text>
      </g>`,
      )}
    `}</svg>`;
  }

  private renderTable(view: RankingLayout): TemplateResult {
    const s = text[this.language.lang];
    // Named with the page too, so two rankings of one period on a page are distinct regions.
    const f = new Intl.NumberFormat(this.language.lang);
    const page = view.page;
    const region = `${view.caption} · ${s.pageOf(f.format(page.number), f.format(page.count), f.format(page.first), f.format(page.last), f.format(page.units))}`;
    return html`<div class="scroll" role="region" aria-label=${region} tabindex="0">
      <table part="table" class="stack" aria-describedby=${view.ties ? 'tie-note' : nothing}>
        <caption>${view.caption}</caption>
        <thead><tr>${view.head.map((h, k) => html`<th scope="col" class=${k === 0 || k === 2 ? 'num' : nothing}>${h}</th>`)}</tr></thead>
        <tbody @click=${this.onPick}>
          ${view.rows.map(
            (
              r,
            ) => html`<tr class=${`${r.highlighted ? 'highlighted' : ''}${r.rank === null ? ' unranked' : ''}`.trim()} aria-current=${r.highlighted ? 'true' : nothing}>
            <td class="num" data-label=${view.head[0]}>${r.rankText}</td>
            <th scope="row"><button type="button" class="unit-button" data-unit=${r.unit}>${r.name}</button>${r.highlighted ? html` <span class="marker">${s.highlighted}</span>` : nothing}</th>
            <td class="num" data-label=${view.head[2]}>${r.totalText}</td>
            <td data-label=${view.head[3]}>${r.gradeText}</td>
            <td class="change" data-label=${view.head[4]}>${r.changeArrow ? html`<span aria-hidden="true">${r.changeArrow}</span> ` : nothing}${r.changeText}</td>
            <td data-label=${view.head[5]}>${r.note}</td>
          </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${view.ties ? html`<p id="tie-note" class="footnote">${s.tieNote}</p>` : nothing}`;
  }

  private go(view: RankingLayout, step: -1 | 1): void {
    const next = view.page.number + step;
    if (next < 1 || next > view.page.count) return;
    this.page = next;
  }

  // One listener for the table's buttons and the chart's bars: a page of rows binds no handler per row.
  private onPick(event: Event): void {
    const unit = (event.target as Element).closest('[data-unit]')?.getAttribute('data-unit');
    if (!unit) return;
    this.unit = unit;
    const detail: RankingSelectDetail = { unit };
    this.dispatchEvent(new CustomEvent<RankingSelectDetail>('eco-select', { detail, bubbles: true, composed: true }));
  }
}

/**
 * Detail of the `eco-select` event of `<eco-ranking>`: the unit the user activated (its row's
 * button, or its bar).
 *
 * @category Widgets
 * @example
 * ranking.addEventListener('eco-select', (e) => {
 *   const { unit } = (e as CustomEvent<RankingSelectDetail>).detail; // e.g. 'gangkou'
 *   scorecard.unit = unit;
 * });
 */
export interface RankingSelectDetail {
  unit: string;
}
