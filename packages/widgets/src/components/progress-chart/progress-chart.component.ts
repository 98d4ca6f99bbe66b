import { html, nothing, type PropertyValues, type TemplateResult, svg, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bundle, Lang } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { DataError } from '../../shared/data-source.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { dataMessage } from '../../shared/data-message.js';
import { notFound as lookupError } from '../../shared/not-found.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import {
  bundleParser,
  nearestPoint,
  progressChartLayout,
  progressXDomain,
  progressYDomain,
  type ProgressChartLayout,
  progressTooltip,
  progressSeries,
  type ProgressSeries,
  statusLookup,
} from './progress-chart.layout.js';
import { formatPeriod, formatValue, progressChartText, describePoint, progressSummary } from './progress-chart.text.js';
import { progressChartStyles } from './progress-chart.styles.js';
import { type ProgressSort, progressTableTwin, tableTemplate } from './progress-chart.table.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { noteTemplate } from '../../shared/note-template.js';
import { downloadSvg, downloadTableCsv } from '../../shared/download.js';

type Model = { ok: true; series: ProgressSeries[] } | { ok: false; error: DataError };
interface Panel {
  k: number;
  series: ProgressSeries;
  layout: ProgressChartLayout | null;
}

const GAP = 16;
const MIN_PANEL = 280;
const notFound = (en: string, zh: string): DataError => ({ kind: 'notFound', reason: { en, zh } });

/**
 * One indicator's progress for one unit, or for several units as small multiples with a shared
 * scale: the actual series (a break where a period has no value), the planned trajectory from
 * the baseline through the milestones to the target, the target line and zone, a dashed
 * projection to the target date at the growth rate so far (annual series), and numbered notes. Status shows as
 * text and icon, never colour alone. A summary in words, a sortable table twin, a tooltip on
 * hover and focus, and arrow-key navigation of the points (announced in a live region) make it
 * usable without sight or a pointer. Data is a bundle `{ framework, observations, reports }`
 * from `src`, an inline `<script type="application/json">` child, or the `data` property.
 *
 * @summary An indicator's actual values against its plan and target, with a summary and a table.
 * @category Widgets
 * @tag eco-progress-chart
 * @dependency eco-status-badge
 * @attr src - URL of a bundle JSON.
 * @attr indicator - The indicator id (required).
 * @attr unit - The unit id; default the first unit with values for the indicator.
 * @attr units - Several unit ids, space-separated: small multiples the user can show or hide.
 * @attr height - Height of each chart in CSS pixels; default 260.
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @event {CustomEvent<ProgressChartSelectDetail>} eco-select - The user selected a point (click, Enter or Space).
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid, or lacks the indicator or a unit.
 * @csspart header - The indicator title and the unit picker.
 * @csspart series-picker - The checkboxes that show or hide units (several units only).
 * @csspart legend - The key to the lines and marks.
 * @csspart panel - One unit's chart, summary and notes.
 * @csspart chart - The focusable plot area holding the SVG.
 * @csspart actual - The actual series line.
 * @csspart point - An actual value's mark.
 * @csspart plan - The planned trajectory.
 * @csspart milestone - A milestone's diamond.
 * @csspart target - The target line.
 * @csspart band - The target zone.
 * @csspart projection - The dashed projection.
 * @csspart gap - A span without values.
 * @csspart tooltip - The tooltip box.
 * @csspart summary - The status badge and the summary in words.
 * @csspart notes - The numbered notes.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The data table.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-progress-chart-min-height=20rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-chart-actual-color=#1d4ed8] - Actual series and points.
 * @cssproperty [--eco-chart-plan-color=#4b5563] - Planned trajectory and milestones.
 * @cssproperty [--eco-chart-target-color=#15803d] - Target line, label and zone.
 * @cssproperty [--eco-chart-projection-color=#b45309] - Projection.
 * @cssproperty [--eco-chart-grid-color=#e5e7eb] - Grid lines.
 * @cssproperty [--eco-chart-axis-color=#4b5563] - Axis lines and labels.
 * @cssproperty [--eco-chart-gap-color=#6b7280] - Outline of spans without values.
 * @cssproperty [--eco-chart-tooltip-background=#111827] - Tooltip background.
 * @cssproperty [--eco-chart-tooltip-color=#ffffff] - Tooltip text.
 * @cssproperty [--eco-font-family=system-ui] - Font family.
 * @cssproperty [--eco-font-size=0.95rem] - Font size of the text around the chart.
 * @cssproperty [--eco-text-color=#1f2937] - Text colour.
 * @cssproperty [--eco-background=transparent] - Background.
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules and message borders.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @example
 * ```html
 * <eco-progress-chart src="/data/bundle.json" indicator="pm25" unit="gangkou"></eco-progress-chart>
 * <eco-progress-chart src="/data/bundle.json" indicator="pm25" units="xihu gangkou"></eco-progress-chart>
 * ```
 */
export class EcoProgressChart extends EcoDataElement<Bundle> {
  static override styles = [hostReset, progressChartStyles, shareStyles];
  static override permalinkAttributes = ['indicator', 'unit', 'units'];

  protected readonly parser = bundleParser;
  private readonly size = new ResizeController(this);
  private model: Model | null = null;
  private modelKey: readonly unknown[] = [];
  private panels: Panel[] = [];
  private errorToFire: DataError | null = null;

  @state() private active: { series: number; point: number } | null = null;
  @state() private tooltipOn = false;
  @state() private selected: { unit: string; period: string } | null = null;
  @state() private hiddenUnits = new Set<string>();
  @state() private tableOpen = false;
  @state() private sort: ProgressSort = { key: 'period', direction: 'ascending' };
  @state() private announcement = '';

  /** The indicator to show (required). */
  @property() indicator: string | null = null;
  /** The unit to show; default the first unit with values for the indicator. */
  @property() unit: string | null = null;
  /** Several units, space-separated, shown as small multiples (takes precedence over `unit`). */
  @property() units: string | null = null;
  /** Height of each chart in CSS pixels. */
  @property({ type: Number }) height = 260;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateModel();
    this.updatePanels();
  }

  override updated(): void {
    if (!this.errorToFire) return;
    const detail: EcoDataErrorDetail = this.errorToFire;
    this.errorToFire = null;
    this.dispatchEvent(
      new CustomEvent<EcoDataErrorDetail>('eco-data-error', { detail, bubbles: true, composed: true }),
    );
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = progressChartText[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') return dataMessage(state, lang, s);
    // An indicator or unit the data lacks is shown as the data errors are.
    if (this.model && !this.model.ok) return dataMessage({ status: 'error', error: this.model.error }, lang, s);
    if (!this.model?.ok) return dataMessage({ status: 'empty' }, lang, s);
    const all = this.model.series;
    const first = all[0]!;
    const multi = all.length > 1;
    const visible = this.panels.map((p) => p.series);
    const uom = lang === 'zh-CN' ? first.unitOfMeasure.zh : first.unitOfMeasure.en;
    const title = lang === 'zh-CN' ? first.title.zh : first.title.en;
    return html`
      <div part="header" class="header">
        <p class="title">${title}${uom ? html` <span class="uom">(${uom})</span>` : nothing}${multi ? nothing : html` · ${this.name(first, lang)}`}</p>
        ${
          multi
            ? html`<fieldset part="series-picker" class="picker"><legend>${s.units}</legend>
              ${all.map((x) => html`<label><input type="checkbox" .checked=${!this.hiddenUnits.has(x.unit)} @change=${() => this.toggleUnit(x.unit)}> ${this.name(x, lang)}</label>`)}
            </fieldset>`
            : nothing
        }
      </div>
      ${legendTemplate(visible, lang)}
      <p id="hint" class="hint">${s.hint}</p>
      ${
        this.panels.length === 0
          ? html`<p part="message" class="message">${s.noSeries}</p>`
          : html`<div class="panels cols-${this.columns(this.panels.length)}">${this.panels.map((p) => this.panel(p, lang, multi))}</div>`
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <button part="table-toggle" class="table-toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${this.toggleTable}>
        ${this.tableOpen ? s.hideTable : s.showTable}
      </button>
      <div id="table" class=${this.tableOpen ? 'table-wrap' : 'table-wrap collapsed'}>${this.tableOpen ? tableTemplate(visible, lang, this.sort, (key) => this.sortBy(key)) : nothing}</div>
      ${shareControls(lang, {
        csv: () => downloadTableCsv(this.ownerDocument, progressTableTwin(visible, lang, this.sort)),
        svg: () =>
          downloadSvg(
            [...this.renderRoot.querySelectorAll<SVGSVGElement>('.plot > svg')],
            multi ? title : `${title} · ${this.name(first, lang)}`,
          ),
      })}
    `;
  }

  /** Rebuilds the series when the data, indicator or units change (not on every render). */
  private updateModel(): void {
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.model = null;
      this.modelKey = [];
      return;
    }
    const key = [state.value, this.indicator, this.unit, this.units] as const;
    if (key.every((v, i) => v === this.modelKey[i])) return;
    this.modelKey = key;
    this.model = this.buildModel(state.value);
    if (!this.model.ok) this.errorToFire = this.model.error;
    this.active = null;
    this.tooltipOn = false;
    this.selected = null;
    this.hiddenUnits = new Set();
    this.announcement = '';
  }

  private buildModel(bundle: Bundle): Model {
    const indicator = this.indicator?.trim();
    if (!indicator)
      return {
        ok: false,
        error: notFound('no indicator given: set the indicator attribute', '未指定指标：请设置 indicator 属性'),
      };
    const listed = (this.units ?? '').split(/\s+/).filter(Boolean);
    const fallback = bundle.observations.find((o) => o.indicator === indicator)?.unit ?? bundle.framework.units[0]?.id;
    const ids = listed.length > 0 ? [...new Set(listed)] : [this.unit?.trim() || fallback || ''];
    const lookup = statusLookup(bundle, ids);
    const series: ProgressSeries[] = [];
    for (const unit of ids) {
      const result = progressSeries(bundle, { indicator, unit, status: (period) => lookup(indicator, unit, period) });
      if (!result.ok) {
        // Named with the ids there are, as every widget names what its data lacks.
        const existing = result.missing === 'indicator' ? bundle.framework.indicators : bundle.framework.units;
        return {
          ok: false,
          error: lookupError([{ kind: result.missing, given: result.id, existing: existing.map((x) => x.id) }])!,
        };
      }
      series.push(result.value);
    }
    return { ok: true, series };
  }

  /** Lays out the visible panels for the current width, height and language. */
  private updatePanels(): void {
    if (!this.model?.ok) {
      this.panels = [];
      return;
    }
    this.size.measure();
    const lang = this.language.lang;
    const shown = this.model.series
      .map((series, k) => ({ series, k }))
      .filter((p) => !this.hiddenUnits.has(p.series.unit));
    const all = this.model.series;
    const cols = this.columns(shown.length);
    const width = Math.floor((this.size.width - GAP * (cols - 1)) / cols);
    const yDomain = progressYDomain(all);
    const xDomain = progressXDomain(all);
    this.panels = shown.map(({ series, k }) => ({
      k,
      series,
      layout:
        this.size.width > 0
          ? progressChartLayout(series, {
              width,
              height: this.height,
              yDomain,
              xDomain,
              formatY: (v) => formatValue(v, series, lang),
            })
          : null,
    }));
  }

  private columns(count: number): number {
    return Math.max(1, Math.min(3, count, Math.floor((this.size.width + GAP) / (MIN_PANEL + GAP))));
  }

  private name(series: ProgressSeries, lang: Lang): string {
    return lang === 'zh-CN' ? series.unitName.zh : series.unitName.en;
  }

  private panel(panel: Panel, lang: Lang, multi: boolean): TemplateResult {
    const s = progressChartText[lang];
    const { k, series, layout } = panel;
    const title = lang === 'zh-CN' ? series.title.zh : series.title.en;
    const notes = series.points.filter((p) => p.note);
    return html`
      <figure part="panel" class="panel">
        ${multi ? html`<figcaption class="panel-title">${this.name(series, lang)}</figcaption>` : nothing}
        <div part="chart" class="plot" tabindex="0" role="group" aria-roledescription=${s.chart}
          aria-label=${`${title}, ${this.name(series, lang)}`} aria-describedby=${`summary-${k} hint`}
          @keydown=${(e: KeyboardEvent) => this.onKey(e, k)} @focus=${() => this.onFocus(k)} @blur=${this.onBlur}
          @pointermove=${(e: PointerEvent) => this.onPointer(e, k, false)} @pointerleave=${this.onPointerLeave}
          @click=${(e: MouseEvent) => this.onPointer(e, k, true)}>
          ${layout ? plotTemplate(layout, series, lang, this.plotState(k, series)) : nothing}
        </div>
        <div part="summary" class="summary">
          <eco-status-badge status=${series.status} lang=${lang}></eco-status-badge>
          <p id=${`summary-${k}`}>${progressSummary(series, lang)}</p>
        </div>
        ${
          notes.length > 0
            ? html`<ol part="notes" class="notes" aria-label=${s.notes}>${notes.map((p) => html`<li>${s.labelled(formatPeriod(p.period, lang), '')}${noteTemplate(p.note, lang)}</li>`)}</ol>`
            : nothing
        }
      </figure>`;
  }

  private plotState(k: number, series: ProgressSeries): PlotState {
    const active = this.active?.series === k ? this.active.point : -1;
    const point = this.panels.find((p) => p.k === k)?.layout?.points[active];
    const lines =
      this.tooltipOn && point ? describePoint(series, point.index, this.language.lang, this.panels.length > 1) : null;
    return {
      active,
      selected: this.selected?.unit === series.unit ? this.selected.period : null,
      // Long notes are cut in the tooltip; the notes list, the table and the live region have them whole.
      tooltip: lines ? lines.map((t) => (t.length > 40 ? `${t.slice(0, 39)}…` : t)) : null,
    };
  }

  private onFocus(k: number): void {
    const layout = this.panels.find((p) => p.k === k)?.layout;
    const series = this.model?.ok ? this.model.series[k] : undefined;
    if (!layout || !series || layout.points.length === 0) return;
    if (this.active?.series !== k) {
      const chosen =
        this.selected?.unit === series.unit ? layout.points.findIndex((p) => p.period === this.selected!.period) : -1;
      this.active = { series: k, point: chosen >= 0 ? chosen : layout.points.length - 1 };
    }
    this.tooltipOn = true;
    this.announce(k, this.active!.point, false);
  }

  private onBlur(): void {
    this.tooltipOn = false;
  }

  private onPointerLeave(): void {
    if (!this.shadowRoot?.activeElement) this.tooltipOn = false;
  }

  private onPointer(event: MouseEvent, k: number, select: boolean): void {
    const layout = this.panels.find((p) => p.k === k)?.layout;
    const box = (event.currentTarget as HTMLElement).querySelector('svg')?.getBoundingClientRect();
    if (!layout || !box || box.width === 0) return;
    const point = nearestPoint(layout, ((event.clientX - box.left) * layout.width) / box.width);
    if (point < 0) return;
    this.active = { series: k, point };
    this.tooltipOn = true;
    if (select) this.select(k, point);
  }

  private onKey(event: KeyboardEvent, k: number): void {
    const layout = this.panels.find((p) => p.k === k)?.layout;
    const n = layout?.points.length ?? 0;
    // Keys with modifiers belong to the browser and assistive technology.
    if (n === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.active?.series === k ? this.active.point : n - 1;
    let next = current;
    switch (event.key) {
      case 'ArrowRight':
        next = Math.min(n - 1, current + 1);
        break;
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(k, current);
        return;
      case 'Escape':
        this.tooltipOn = false;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = { series: k, point: next };
    this.tooltipOn = true;
    this.announce(k, next, false);
  }

  private announce(k: number, point: number, selected: boolean): void {
    const lang = this.language.lang;
    const s = progressChartText[lang];
    const layout = this.panels.find((p) => p.k === k)?.layout;
    const series = this.model?.ok ? this.model.series[k] : undefined;
    const p = layout?.points[point];
    if (!layout || !series || !p) return;
    const lines = describePoint(series, p.index, lang, this.panels.length > 1).join(lang === 'zh-CN' ? '；' : '; ');
    const where = s.pointOf(point + 1, layout.points.length);
    this.announcement =
      lang === 'zh-CN'
        ? `${selected ? `${s.selected}：` : ''}${lines}（${where}）`
        : `${selected ? `${s.selected}: ` : ''}${lines} (${where})`;
  }

  private select(k: number, point: number): void {
    const layout = this.panels.find((p) => p.k === k)?.layout;
    const series = this.model?.ok ? this.model.series[k] : undefined;
    const p = layout?.points[point];
    if (!series || !p) return;
    this.selected = { unit: series.unit, period: p.period };
    this.announce(k, point, true);
    const detail: ProgressChartSelectDetail = {
      indicator: series.indicator,
      unit: series.unit,
      period: p.period,
      value: series.kind === 'boolean' ? p.value >= 0.5 : p.value,
    };
    this.dispatchEvent(
      new CustomEvent<ProgressChartSelectDetail>('eco-select', { detail, bubbles: true, composed: true }),
    );
  }

  private toggleUnit(unit: string): void {
    const next = new Set(this.hiddenUnits);
    if (next.has(unit)) next.delete(unit);
    else next.add(unit);
    this.hiddenUnits = next;
    this.active = null;
    this.tooltipOn = false;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  private sortBy(key: ProgressSort['key']): void {
    this.sort = {
      key,
      direction: this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
}

/**
 * Detail of the `eco-select` event of `<eco-progress-chart>`: the point the user picked.
 *
 * @example
 * chart.addEventListener('eco-select', (e) => {
 *   const { unit, period, value } = (e as CustomEvent<ProgressChartSelectDetail>).detail;
 * });
 *
 * @category Widgets
 */
export interface ProgressChartSelectDetail {
  indicator: string;
  unit: string;
  period: string;
  /** The value as observed (yes/no as `true`/`false`), or `null`. */
  value: number | boolean | null;
}

const swatch = (
  cls: string,
  mark: SVGTemplateResult = svg`<line x1="1" x2="27" y1="6" y2="6"></line>`,
): TemplateResult =>
  html`<svg class=${`swatch ${cls}`} width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">${mark}</svg>`;

/**
 * The key to the chart: a swatch drawn like the mark (same dash, same shape) and its name, for
 * the marks the shown series actually have.
 *
 * @param series - The series shown.
 * @param lang - `zh-CN` or `en`.
 * @returns A `<ul part="legend">` template.
 * @example
 * html`${legendTemplate([series], 'zh-CN')}`
 */
export function legendTemplate(series: ReadonlyArray<ProgressSeries>, lang: Lang): TemplateResult {
  const s = progressChartText[lang];
  const items: TemplateResult[] = [
    html`<li>${swatch('actual', svg`<line x1="1" x2="27" y1="6" y2="6"></line><circle class="point" cx="14" cy="6" r="3.5"></circle>`)}${s.actual}</li>`,
  ];
  if (series.some((x) => x.plan.length > 0)) items.push(html`<li>${swatch('plan')}${s.plan}</li>`);
  if (series.some((x) => x.milestones.length > 0))
    items.push(html`<li>${swatch('milestone', svg`<path d="M14,1L19,6L14,11L9,6Z"></path>`)}${s.milestone}</li>`);
  if (series.some((x) => x.target)) items.push(html`<li>${swatch('target')}${s.target}</li>`);
  if (series.some((x) => x.band || (x.kind === 'number' && x.target && x.target.comparator !== '='))) {
    items.push(html`<li>${swatch('band', svg`<rect x="1" y="1" width="26" height="10"></rect>`)}${s.zone}</li>`);
  }
  if (series.some((x) => x.projection)) items.push(html`<li>${swatch('projection')}${s.projection}</li>`);
  if (series.some((x) => x.points.some((p) => p.value === null))) {
    items.push(html`<li>${swatch('gap', svg`<rect x="1" y="1" width="26" height="10"></rect>`)}${s.gap}</li>`);
  }
  return html`<ul part="legend" class="legend">${items}</ul>`;
}

/** What {@link plotTemplate} draws besides the layout: the highlighted points and the tooltip. */
export interface PlotState {
  /** Index into `layout.points` of the point under the pointer or keyboard, or -1. */
  active: number;
  /** The selected period, if it is in this series. */
  selected: string | null;
  /** The tooltip's lines, or `null` for no tooltip. */
  tooltip: string[] | null;
}

/**
 * The chart's SVG from a computed layout, with Lit `svg` templates only: geometry goes in
 * attributes, colours and dashes come from the stylesheet, text is bound as text. The SVG is
 * hidden from assistive technology: the summary, the live region and the table carry its content.
 *
 * @param l - The layout (`progressChartLayout`).
 * @param series - The series, for value formatting.
 * @param lang - `zh-CN` or `en`.
 * @param state - **active** point, **selected** period, **tooltip** lines.
 * @returns The `<svg>` template.
 * @example
 * html`<div part="chart">${plotTemplate(layout, series, 'en', { active: -1, selected: null, tooltip: null })}</div>`
 */
export function plotTemplate(
  l: ProgressChartLayout,
  series: ProgressSeries,
  lang: Lang,
  state: PlotState,
): TemplateResult {
  const { left, right, top, bottom } = l.plot;
  const { active, selected } = state;
  const tip = state.tooltip && l.points[active] ? progressTooltip(l, active, state.tooltip) : null;
  // No target (a relative method): no line and no label, rather than a line at a made-up value.
  const target = l.target;
  const targetLabel = target ? `${progressChartText[lang].target} ${formatValue(target.value, series, lang)}` : '';
  return html`<svg width=${l.width} height=${l.height} viewBox=${`0 0 ${l.width} ${l.height}`} aria-hidden="true" focusable="false">${svg`
    <g class="grid">${l.yTicks.map((t) => svg`<line x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>`)}</g>
    ${l.band ? svg`<rect part="band" class="band" x=${left} y=${l.band.y0} width=${right - left} height=${l.band.y1 - l.band.y0}></rect>` : nothing}
    ${l.gaps.map((g) => svg`<rect part="gap" class="gap" x=${g.x0} y=${top} width=${Math.max(1, g.x1 - g.x0)} height=${bottom - top}></rect>`)}
    <g class="axis">
      ${l.yTicks.map((t) => svg`<text x=${left - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.label}</text>`)}
      <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${l.xTicks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line><text x=${t.x} y=${bottom + 16} text-anchor="middle">${t.label}</text>`)}
    </g>
    ${
      target
        ? svg`<line part="target" class="target" x1=${left} x2=${right} y1=${target.y} y2=${target.y}></line>
    <text class="target-label" x=${left + 4} y=${target.y - 5}>${targetLabel}</text>`
        : nothing
    }
    <path part="plan" class="plan" d=${l.plan}></path>
    ${l.milestones.map((m) => svg`<path part="milestone" class="milestone" d=${m.d}></path>`)}
    ${l.projection ? svg`<path part="projection" class="projection" d=${l.projection.d}></path>` : nothing}
    <path part="actual" class="actual" d=${l.actual}></path>
    ${marked(l.points, active, selected).map(
      ({
        p,
        i,
      }) => svg`<circle part="point" class=${`point${i === active ? ' active' : ''}${p.period === selected ? ' selected' : ''}`}
      cx=${p.x} cy=${p.y} r=${i === active || p.period === selected ? 6 : 3.5}></circle>`,
    )}
    ${l.annotations.map((a) => svg`<g class="annotation"><circle cx=${a.x} cy=${a.y} r="7"></circle><text x=${a.x} y=${a.y} dy="0.35em" text-anchor="middle">${a.n}</text></g>`)}
    ${
      tip
        ? svg`<g part="tooltip" class="tooltip"><rect x=${tip.x} y=${tip.y} width=${tip.width} height=${tip.height} rx="4"></rect>
          ${tip.lines.map((t) => svg`<text x=${t.x} y=${t.y}>${t.text}</text>`)}</g>`
        : nothing
    }
  `}</svg>`;
}

/** Above this many values the line carries the series alone: a mark per value would cost more than the line and hide it. */
export const MAX_POINT_MARKS = 400;

/** The points that get a mark: all of them up to {@link MAX_POINT_MARKS}, else only the active and the selected one. */
function marked(
  points: ProgressChartLayout['points'],
  active: number,
  selected: string | null,
): Array<{ p: ProgressChartLayout['points'][number]; i: number }> {
  if (points.length <= MAX_POINT_MARKS) return points.map((p, i) => ({ p, i }));
  return points.flatMap((p, i) => (i === active || p.period === selected ? [{ p, i }] : []));
}
