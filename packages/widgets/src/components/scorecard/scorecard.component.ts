import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { explain, type Assessment } from '@eco-reform/core';
import { DataController } from '../../internal/data-controller.js';
import { LangController } from '../../internal/lang-controller.js';
import { VERSION } from '../../version.js';
import { assessmentParser } from './scorecard.data.js';
import { scorecardLayout } from './scorecard.layout.js';
import { scorecardStyles } from './scorecard.styles.js';

const text = {
  'zh-CN': { loading: '正在加载考核数据…', error: '无法显示考核结果', empty: '没有数据', unit: '考核单位', total: '总分', grade: '等次', rank: '排名', area: '领域 / 指标', score: '得分', points: '分值', weight: '权重', value: '数值', status: '状态', why: '为什么是这个结果？', caption: '各领域得分' },
  en: { loading: 'Loading the assessment…', error: 'The assessment cannot be shown', empty: 'No data', unit: 'Unit', total: 'Total', grade: 'Grade', rank: 'Rank', area: 'Area / indicator', score: 'Score', points: 'Points', weight: 'Weight', value: 'Value', status: 'Status', why: 'Why this result?', caption: 'Scores by area' },
} as const;

/**
 * One unit's scorecard: total, grade and rank, the area tree with score, points, weight used and
 * status (text and icon), rows that expand to their indicators, and a "why" disclosure that
 * explains the total with the core's `explain()`. Takes a precomputed assessment or a bundle
 * `{ framework, observations, reports }` (scored in the browser) from `src`, an inline
 * `<script type="application/json">` child, or the `data` property.
 *
 * @summary A unit's assessment: total, grade, rank and how they are built.
 * @tag eco-scorecard
 * @event {CustomEvent<{ unit: string }>} eco-select - The user picked another unit.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid.
 * @csspart header - Unit name, total, grade and rank.
 * @csspart table - The table of areas and indicators.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-scorecard-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 */
export class EcoScorecard extends LitElement {
  static override styles = scorecardStyles;
  /** The package version that defined this class. */
  static ecoVersion = VERSION;

  private readonly language = new LangController(this);
  private readonly loader = new DataController<Assessment>(this, assessmentParser(() => this.period));

  @state() private expanded = new Set<string>();

  /** URL of a JSON assessment or bundle. */
  @property() src: string | null = null;
  /** The assessment or bundle as a JS value (takes precedence over `src`). */
  @property({ attribute: false }) data: unknown = undefined;
  /** The unit to show; default the first one. */
  @property({ reflect: true }) unit: string | null = null;
  /** For bundles: the period to score; default the latest year observed. */
  @property() period: string | null = null;
  /** Milliseconds to wait for `src`; default 15000. */
  @property({ type: Number }) timeout = 15000;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data') || changed.has('period') || changed.has('timeout')) {
      this.loader.sync({ data: this.data, src: this.src, timeoutMs: this.timeout });
    }
  }

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status === 'loading') return html`<p part="message" class="message" role="status">${s.loading}</p>`;
    if (state.status === 'error') {
      return html`<div part="message" class="message error" role="alert"><strong>${s.error}</strong>: ${state.error.reason[lang === 'zh-CN' ? 'zh' : 'en']}</div>`;
    }
    if (state.status === 'empty') return html`<p part="message" class="message">${s.empty}</p>`;
    const view = scorecardLayout(state.value, { unit: this.unit, lang, expanded: this.expanded });
    if (!view) return html`<p part="message" class="message">${s.empty}</p>`;
    const why = explain(state.value, { unit: view.unit, lang });
    return html`
      <div part="header" class="header">
        <p class="name">${view.name} · ${view.period}</p>
        <span>${s.total} <span class="total">${view.total}</span></span>
        <span>${s.grade} <span class="grade">${view.grade}</span></span>
        <span>${s.rank} ${view.rank}</span>
        ${view.units.length > 1
          ? html`<label>${s.unit}
              <select @change=${this.onUnit} .value=${view.unit}>
                ${view.units.map((u) => html`<option value=${u.id} ?selected=${u.id === view.unit}>${u.name}</option>`)}
              </select></label>`
          : nothing}
      </div>
      <table part="table">
        <caption>${s.caption}</caption>
        <thead><tr><th scope="col">${s.area}</th><th scope="col" class="num">${s.value}</th><th scope="col" class="num">${s.score}</th><th scope="col" class="num">${s.weight}</th><th scope="col" class="num">${s.points}</th><th scope="col">${s.status}</th></tr></thead>
        <tbody>
          ${view.rows.map((r) => html`
            <tr class=${r.kind}>
              <th scope="row" class="depth-${Math.min(r.depth, 3)}">
                ${r.expandable
                  ? html`<button class="toggle" type="button" aria-expanded=${r.expanded ? 'true' : 'false'} @click=${() => this.toggle(r.id)}>
                      <span aria-hidden="true">${r.expanded ? '▾' : '▸'}</span> ${r.title}</button>`
                  : r.title}
              </th>
              <td class="num">${r.value}</td><td class="num">${r.score}</td><td class="num">${r.weight}</td><td class="num">${r.points}</td>
              <td><eco-status-badge status=${r.status} lang=${lang}></eco-status-badge></td>
            </tr>`)}
        </tbody>
      </table>
      ${why ? html`<details><summary>${s.why}</summary><p>${why.text}</p></details>` : nothing}
    `;
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private onUnit(event: Event): void {
    this.unit = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('eco-select', { detail: { unit: this.unit }, bubbles: true, composed: true }));
  }
}
