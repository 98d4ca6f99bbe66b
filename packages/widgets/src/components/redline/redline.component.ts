import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadSvg, downloadTableCsv } from '../../shared/download.js';
import type { TableTwin } from '../../shared/table-twin.js';
import { statusStyles } from '../../shared/status-styles.js';
import {
  needsBundle,
  redlineParser,
  type RedlineData,
  redlineLayout,
  type RedlineCheck,
  type RedlineGroup,
  type RedlineView,
  type RedlineZoneView,
  type RedlineState,
} from './redline.layout.js';
import { redlineStyles } from './redline.styles.js';
import { redlineTable } from './redline.table.js';
import { redlineText as text } from './redline.text.js';
import { iconTemplate } from '../../shared/status-template.js';
import { statusIcons } from '../../shared/status-icons.js';

/**
 * The ecological protection red lines (生态保护红线) of a bundle, checked for one period against
 * the rule "area not reduced, function not degraded, nature not changed" (面积不减少、功能不降低、
 * 性质不改变) with the core's `checkRedLines`. Zones are grouped by control grade (分级管控), breached
 * zones first and highlighted (a thick rule and tint, and the words "Red line breached" with an
 * icon). Each zone shows its unit, baseline against current for area, function index and nature
 * with the change, held / breached as icon and text, each breach explained (kind, rule, by how
 * much), and its area as a pair of bars with the baseline marked. A summary in words and a table
 * twin (in a `<details>`, and as CSV) carry everything the charts show. Data is a bundle
 * `{ framework, observations, reports }` from `src`, an inline `<script type="application/json">`
 * child, or the `data` property; a bare assessment has no red lines and is refused with a message.
 *
 * @summary Red-line zones: area, function and nature against their baselines, breaches explained.
 * @category Widgets
 * @tag eco-redline
 * @attr src - URL of a bundle JSON.
 * @attr period - The period to check; default the latest year observed.
 * @attr unit - Show only this unit's zones (and those of the units under it).
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @event {CustomEvent<RedlineSelectDetail>} eco-select - The user picked another period or unit.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid.
 * @csspart header - The title, period and the rule.
 * @csspart controls - The period and unit pickers.
 * @csspart summary - The red lines in words.
 * @csspart group - The zones of one control grade.
 * @csspart zone - One zone's card (has the class `breached` when it is breached).
 * @csspart checks - A zone's table of area, function and nature against the baseline.
 * @csspart explanation - A zone's breaches explained.
 * @csspart chart - A zone's area chart (SVG).
 * @csspart badge - A state: icon and text.
 * @csspart icon - A state's icon.
 * @csspart label - A state's text.
 * @csspart table - The table of every zone, inside a `<details>`.
 * @csspart share - The download buttons.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-redline-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-redline-breach-color=#b91c1c] - Breached zones' rule, badges and the area shortfall.
 * @cssproperty [--eco-redline-breach-background=#fef2f2] - Tint of a breached zone's card.
 * @cssproperty [--eco-redline-area-color=#1d4ed8] - The current area bar.
 * @cssproperty [--eco-redline-baseline-color=#9ca3af] - The baseline area bar.
 * @cssproperty [--eco-redline-mark-color=#111827] - The baseline mark across both bars.
 * @cssproperty [--eco-status-achieved=#15803d] - The "held" badge.
 * @cssproperty [--eco-border-color=#d1d5db] - Card borders and table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-muted-color=#4b5563] - Secondary text (unit, grade, rules).
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @example
 * ```html
 * <eco-redline src="/data/bundle.json"></eco-redline>
 * <eco-redline src="/data/bundle.json" period="2024" unit="nanshan"></eco-redline>
 * ```
 */
export class EcoRedline extends EcoDataElement<RedlineData> {
  static override styles = [hostReset, statusStyles, redlineStyles, shareStyles];
  static override permalinkAttributes = ['period', 'unit'];

  protected readonly parser = redlineParser;

  /** The period to check; default the latest year observed. */
  @property({ reflect: true }) period: string | null = null;
  /** Show only this unit's zones and those of the units under it; empty for all. */
  @property({ reflect: true }) unit: string | null = null;

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready')
      return dataMessage(
        state,
        lang,
        s,
        state.status === 'error' && needsBundle(state.error) ? s.needsBundle : undefined,
      );
    // A unit the framework lacks is an error naming the units there are, never a unit without zones shown in its place.
    const missing = this.lookup.check([
      { kind: 'unit', given: this.unit, existing: state.value.bundle.framework.units.map((u) => u.id) },
    ]);
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    const view = redlineLayout(state.value, { lang, period: this.period, unit: this.unit });
    if (view.declared === 0) return html`<p part="message" class="message">${s.noRedLines}</p>`;
    const twin = redlineTable(view, lang);
    return html`
      <div part="header" class="header">
        <p class="title">${s.title}${view.period ? ` · ${view.period}` : ''}</p>
        <p class="rule muted">${s.rule}</p>
      </div>
      ${this.renderControls(view)}
      ${
        view.total === 0
          ? html`<p part="message" class="message">${s.noZones}</p>`
          : html`
          <p part="summary" class="summary">${view.summary}</p>
          ${view.groups.map((g, k) => this.renderGroup(g, k, view))}
          <details>
            <summary>${s.showTable}</summary>
            ${tableTemplate(twin)}
          </details>
          ${shareControls(lang, {
            csv: () => downloadTableCsv(this.ownerDocument, twin),
            svg: () =>
              downloadSvg([...this.renderRoot.querySelectorAll<SVGSVGElement>('svg.area-chart')], twin.caption),
          })}`
      }
    `;
  }

  private renderControls(view: RedlineView): TemplateResult {
    const s = text[this.language.lang];
    return html`<div part="controls" class="controls">
      ${
        view.periods.length > 0
          ? html`<label>${s.period}
            <select class="period" .value=${view.period} @change=${this.onPeriod}>
              ${view.periods.map((p) => html`<option value=${p} ?selected=${p === view.period}>${p}</option>`)}
            </select></label>`
          : nothing
      }
      <label>${s.unit}
        <select class="unit" .value=${view.unit ?? ''} @change=${this.onUnit}>
          <option value="" ?selected=${view.unit === null}>${s.allUnits}</option>
          ${view.units.map((u) => html`<option value=${u.id} ?selected=${u.id === view.unit}>${u.name}</option>`)}
        </select></label>
    </div>`;
  }

  private renderGroup(group: RedlineGroup, k: number, view: RedlineView): TemplateResult {
    return html`<div part="group" class="group" role="group" aria-labelledby=${`grade-${k}`}>
      <p class="group-title" id=${`grade-${k}`}>${group.label}</p>
      <ul class="zones">${group.zones.map((z, i) => html`<li>${this.renderZone(z, `${k}-${i}`, group, view)}</li>`)}</ul>
    </div>`;
  }

  private renderZone(z: RedlineZoneView, key: string, group: RedlineGroup, view: RedlineView): TemplateResult {
    const s = text[this.language.lang];
    return html`<article part="zone" class=${`zone ${z.state}`} aria-labelledby=${`zone-${key}`}>
      <div class="zone-head">
        <p class="zone-name" id=${`zone-${key}`}>${z.name}</p>
        ${redlineBadge(z.state, s.zoneStates[z.state])}
      </div>
      <p class="zone-meta muted">${z.unitName} · ${group.label}</p>
      <table part="checks" class="checks stack">
        <caption class="visually-hidden">${s.zoneChecks(z.name)}</caption>
        <thead><tr>
          <th scope="col">${s.check}</th><th scope="col" class="num">${s.baseline}</th><th scope="col" class="num">${view.period || s.current}</th>
          <th scope="col" class="num">${s.change}</th><th scope="col">${s.status}</th>
        </tr></thead>
        <tbody>${z.checks.map((c) => this.renderCheck(c, view.period || s.current))}</tbody>
      </table>
      ${
        z.explanations.length > 0
          ? html`<ul part="explanation" class="explanation">${z.explanations.map((e) => html`<li>${e}</li>`)}</ul>`
          : nothing
      }
      ${chartTemplate(z)}
    </article>`;
  }

  private renderCheck(c: RedlineCheck, period: string): TemplateResult {
    const s = text[this.language.lang];
    const withUom = (x: string): string => (c.uom && x !== '—' ? `${x} ${c.uom}` : x);
    return html`<tr class=${c.state}>
      <th scope="row">${c.label}<span class="rule-text muted">${c.rule}</span></th>
      <td class="num" data-label=${s.baseline}>${withUom(c.baseline)}</td>
      <td class="num" data-label=${period}>${withUom(c.current)}</td>
      <td class="num" data-label=${s.change}>${withUom(c.change)}${c.share ? html` <span class="share muted">(${c.share})</span>` : nothing}</td>
      <td data-label=${s.status}>${redlineBadge(c.state, s.states[c.state])}</td>
    </tr>`;
  }

  private onPeriod(event: Event): void {
    this.period = (event.target as HTMLSelectElement).value || null;
    this.emitSelect();
  }

  private onUnit(event: Event): void {
    this.unit = (event.target as HTMLSelectElement).value || null;
    this.emitSelect();
  }

  private emitSelect(): void {
    const state = this.loader.state;
    const period = this.period ?? (state.status === 'ready' ? state.value.latest : null) ?? '';
    const detail: RedlineSelectDetail = { period, unit: this.unit };
    this.dispatchEvent(new CustomEvent<RedlineSelectDetail>('eco-select', { detail, bubbles: true, composed: true }));
  }
}

/**
 * A zone's area chart from its layout: geometry in attributes, colours from the stylesheet, text
 * bound as text. Hidden from assistive technology: the zone's table and the summary say the same.
 */
function chartTemplate(z: RedlineZoneView): TemplateResult {
  const c = z.chart;
  return html`<svg part="chart" class="area-chart" width=${c.width} height=${c.height} viewBox=${`0 0 ${c.width} ${c.height}`} aria-hidden="true" focusable="false">${svg`
    ${c.bars.map(
      (b) => svg`
      <text x="0" y=${b.y + b.height / 2} dy="0.35em">${b.label}</text>
      <rect class=${`bar ${b.kind}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>
      <text x=${b.valueX} y=${b.y + b.height / 2} dy="0.35em">${b.value}</text>`,
    )}
    ${c.shortfall ? svg`<rect class="shortfall" x=${c.shortfall.x} y=${c.shortfall.y} width=${c.shortfall.width} height=${c.shortfall.height}></rect>` : nothing}
    ${c.missing ? svg`<text x="0" y=${c.missing.y} dy="0.35em">${c.missing.label}</text><text x=${c.missing.x} y=${c.missing.y} dy="0.35em">${c.missing.text}</text>` : nothing}
    <line class="mark" x1=${c.mark.x} x2=${c.mark.x} y1=${c.mark.y1} y2=${c.mark.y2}></line>
  `}</svg>`;
}

/** The column that names a row: the zone (column 0 is its control grade). */
const ROW_HEADER = 1;

/** The table twin as a `<table>` in a scrollable, focusable region. */
function tableTemplate(twin: TableTwin): TemplateResult {
  return html`<div class="scroll" role="region" aria-label=${twin.caption} tabindex="0">
    <table part="table" class="stack">
      <caption>${twin.caption}</caption>
      <thead><tr>${twin.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${twin.rows.map((r) => html`<tr>${r.map((c, i) => (i === ROW_HEADER ? html`<th scope="row">${c}</th>` : html`<td data-label=${twin.head[i] ?? ''}>${c}</td>`))}</tr>`)}</tbody>
    </table>
  </div>`;
}

// Held, breached and not observed are not statuses of the core's vocabularies, so they get their
// own words; the shapes are the status icons': a tick, a stop sign with "!", a dash.
const ICONS: Readonly<Record<RedlineState, string>> = {
  held: statusIcons.done,
  breached: statusIcons.overdue,
  unobserved: statusIcons.noData,
};

/**
 * A red-line state as icon plus text (never colour alone), in the pill of `statusStyles`;
 * `data-state` names it for scripts and tests.
 *
 * @category Widgets
 * @param state - `held`, `breached` or `unobserved`.
 * @param label - The text, in the element's language.
 * @returns The badge.
 * @example
 * html`<td>${redlineBadge('breached', 'Breached')}</td>`
 */
export function redlineBadge(state: RedlineState, label: string): TemplateResult {
  return html`<span part="badge" class="badge ${state}" data-state=${state}>${iconTemplate(ICONS[state])}<span part="label">${label}</span></span>`;
}

/**
 * Detail of the `eco-select` event of `<eco-redline>`: the period and unit filter the user picked.
 *
 * @category Widgets
 * @example
 * redline.addEventListener('eco-select', (e) => {
 *   const { period, unit } = (e as CustomEvent<RedlineSelectDetail>).detail; // unit null = all units
 * });
 */
export interface RedlineSelectDetail {
  period: string;
  /** The unit whose zones are shown (with the units under it), or `null` for all. */
  unit: string | null;
}
