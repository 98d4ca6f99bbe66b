import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ResizeController } from '../../shared/resize-controller.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { assessmentLookups } from '../../shared/assessment-lookups.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadSvg, downloadTableCsv } from '../../shared/download.js';
import type { TableTwin } from '../../shared/table-twin.js';
import { assessmentParser, type ScorecardData } from '../../shared/assessment-data.js';
import { breakdownLayout, type BreakdownChart, type BreakdownView } from './breakdown.layout.js';
import { breakdownStyles } from './breakdown.styles.js';
import { breakdownTable } from './breakdown.table.js';
import { breakdownText as text } from './breakdown.text.js';

/**
 * How one unit's total is built, from the assessment's trace: a waterfall from 0 through each
 * top-level area's points (framework order) to the areas' subtotal, then every rule that fired in
 * the order it was applied — deductions and bonuses as bars that move the running total, vetoes
 * (一票否决) and grade caps as markers with their effect — to the published total, rounded as the
 * scheme says. Increases and decreases differ by sign text, arrow direction and fill pattern, not
 * colour alone. A one-line summary, and a table twin (step, kind, change, running total) in which
 * every step has a native "Why?" disclosure with the core's `explain()` text: the auditor's view
 * for a public page. Takes a precomputed assessment or a bundle `{ framework, observations,
 * reports }` (scored in the browser) from `src`, an inline `<script type="application/json">`
 * child, or the `data` property.
 *
 * @summary The steps from 0 to a unit's total: areas, deductions, bonuses, vetoes and caps, each with its why.
 * @category Widgets
 * @tag eco-breakdown
 * @attr src - URL of a JSON assessment or bundle.
 * @attr unit - The unit id; default the first unit.
 * @attr period - For bundles: the period to score; default the latest year observed.
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid, or has no such `unit` or `period` (kind `notFound`, naming those there are).
 * @csspart header - Unit name, total, grade, rank and the unit picker.
 * @csspart chart - The figure holding the waterfall and its summary.
 * @csspart step - One row of the waterfall.
 * @csspart bar - A step's bar.
 * @csspart marker - A veto's or grade cap's marker.
 * @csspart summary - The breakdown in words.
 * @csspart table - The table of steps, with the "why" disclosures.
 * @csspart share - The export buttons.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-breakdown-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-breakdown-increase-color=#1d4ed8] - Bars that add points (solid, pointing right).
 * @cssproperty [--eco-breakdown-decrease-color=#b91c1c] - Bars that remove points (hatched, pointing left).
 * @cssproperty [--eco-breakdown-total-color=#374151] - Subtotal and total bars.
 * @cssproperty [--eco-breakdown-marker-color=#7c2d12] - Veto and grade-cap markers.
 * @cssproperty [--eco-chart-axis-color=#4b5563] - Axis, step names.
 * @cssproperty [--eco-chart-grid-color=#e5e7eb] - Grid lines.
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-background=transparent] - Background (also the inside of hatched bars).
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @example
 * ```html
 * <eco-breakdown src="/data/bundle.json" unit="nanshan" period="2025"></eco-breakdown>
 * ```
 */
export class EcoBreakdown extends EcoDataElement<ScorecardData> {
  static override styles = [hostReset, breakdownStyles, shareStyles];
  static override dataInputs = ['period'];
  static override permalinkAttributes = ['unit'];

  protected readonly parser = assessmentParser(() => this.period);
  private readonly size = new ResizeController(this);

  /** The unit to show; default the first one. */
  @property({ reflect: true }) unit: string | null = null;
  /** For bundles: the period to score; default the latest year observed. */
  @property() period: string | null = null;

  override updated(changed: PropertyValues<this>): void {
    // Another unit starts with its explanations closed, as a fresh page would show it.
    if (changed.has('unit') && changed.get('unit') !== undefined) {
      for (const d of this.renderRoot.querySelectorAll('details')) d.open = false;
    }
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') return dataMessage(state, lang, s);
    // A unit or period the data lacks is an error naming those there are, never another unit shown in its place.
    const missing = this.lookup.check(
      assessmentLookups(state.value.assessment, state.value.bundle, { period: this.period, unit: this.unit }),
    );
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    this.size.measure();
    const view = breakdownLayout(state.value, { unit: this.unit, lang, width: this.size.width || 640 });
    if (!view) return html`<p part="message" class="message">${s.empty}</p>`;
    const twin = breakdownTable(view, lang);
    return html`
      <div part="header" class="header">
        <p class="name">${view.name} · ${view.period}</p>
        <span>${s.total} <span class="total-value">${view.total}</span></span>
        <span>${s.grade} <span class="grade-value">${view.grade}</span></span>
        <span>${s.rank} ${view.rank}</span>
        ${
          view.units.length > 1
            ? html`<label>${s.unit}
              <select @change=${this.onUnit} .value=${view.unit}>
                ${view.units.map((u) => html`<option value=${u.id} ?selected=${u.id === view.unit}>${u.name}</option>`)}
              </select></label>`
            : nothing
        }
      </div>
      <figure part="chart">
        ${this.size.width > 0 ? waterfall(view.chart) : nothing}
        <figcaption part="summary" class="summary">${view.summary}</figcaption>
      </figure>
      <div class="scroll" role="region" aria-label=${twin.caption} tabindex="0">${this.renderTable(view, twin)}</div>
      ${shareControls(lang, {
        csv: () => downloadTableCsv(this.ownerDocument, twin),
        svg: () => downloadSvg([...this.renderRoot.querySelectorAll<SVGSVGElement>('figure > svg')], twin.caption),
      })}
    `;
  }

  private renderTable(view: BreakdownView, twin: TableTwin): TemplateResult {
    const s = text[this.language.lang];
    return html`<table part="table" class="stack">
      <caption>${twin.caption}</caption>
      <thead><tr>${twin.head.map((h, i) => html`<th scope="col" class=${i === 2 || i === 3 ? 'num' : ''}>${h}</th>`)}</tr></thead>
      <tbody>${twin.rows.map((cells, k) => {
        const r = view.rows[k]!;
        return html`<tr class=${r.kind}>
          <th scope="row">${cells[0]}</th>
          <td data-label=${twin.head[1]}>${cells[1]}</td>
          <td class="num" data-label=${twin.head[2]}>${cells[2]}</td>
          <td class="num" data-label=${twin.head[3]}>${cells[3]}</td>
          <td><details>
            <summary>${s.why}<span class="visually-hidden"> ${cells[0]}</span></summary>
            <ul>${r.marker ? html`<li>${r.marker}</li>` : nothing}${r.why.map((line) => html`<li>${line}</li>`)}</ul>
          </details></td>
        </tr>`;
      })}</tbody>
    </table>`;
  }

  private onUnit(event: Event): void {
    this.unit = (event.target as HTMLSelectElement).value;
  }
}

/**
 * The waterfall's SVG from a computed layout, with Lit `svg` templates only: geometry in
 * attributes, colours from the stylesheet, text bound as text. Hidden from assistive technology:
 * the summary and the table carry its content.
 */
function waterfall(c: BreakdownChart): TemplateResult {
  const { left, right, top, bottom } = c.plot;
  return html`<svg width=${c.width} height=${c.height} viewBox=${`0 0 ${c.width} ${c.height}`} aria-hidden="true" focusable="false">${svg`
    <defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line></pattern></defs>
    <g class="grid">${c.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${top} y2=${bottom}></line>`)}</g>
    <g class="axis">
      <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      <line x1=${c.zero} x2=${c.zero} y1=${top} y2=${bottom}></line>
      ${c.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line><text x=${t.x} y=${bottom + 16} text-anchor="middle">${t.label}</text>`)}
    </g>
    ${c.connectors.map((k) => svg`<line class="connector" x1=${k.x} x2=${k.x} y1=${k.y1} y2=${k.y2}></line>`)}
    ${c.bars.map((b) => {
      const sum = b.kind === 'subtotal' || b.kind === 'total';
      return svg`<g part="step" class=${`step ${b.kind}`}>
        <text class=${`step-label${sum ? ' sum' : ''}`} x=${b.label.x} y=${b.label.y} dy="0.32em" text-anchor="end">${b.label.text}${b.label.full ? svg`<title>${b.label.full}</title>` : nothing}</text>
        ${b.d ? svg`<path part="bar" class=${`bar ${sum ? 'sum' : b.sign}`} d=${b.d}></path>` : nothing}
        ${b.d && !sum && b.sign === 'down' ? svg`<path class="hatch" d=${b.d} fill="url(#hatch)"></path>` : nothing}
        ${
          b.marker
            ? svg`<g part="marker" class=${`marker${b.marker.effective ? '' : ' no-effect'}`}><line x1=${b.marker.x} x2=${b.marker.x} y1=${b.marker.y1} y2=${b.marker.y2}></line><path d=${b.marker.symbol}></path></g>`
            : nothing
        }
        <text class=${b.marker ? 'marker-text' : 'value'} x=${b.value.x} y=${b.value.y} dy="0.32em" text-anchor=${b.value.anchor}>${b.value.text}</text>
      </g>`;
    })}
  `}</svg>`;
}
