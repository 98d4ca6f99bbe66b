import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { assessmentLookups } from '../../shared/assessment-lookups.js';
import { rankingParser, type RankingData } from '../../shared/ranked-assessment.js';
import { headlineLayout, type HeadlineDirection, type HeadlineLevel } from './headline.layout.js';
import { headlineStyles } from './headline.styles.js';
import { headlineText as text } from './headline.text.js';

// One shape per grade band, so the grade reads without colour (16 × 16): a star, a ring, a cross.
const levelIcons: Readonly<Record<HeadlineLevel, string>> = {
  top: 'M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2l-4.5 2.4.9-5L.8 6.1l5-.7z',
  middle: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2.6a4.4 4.4 0 1 1 0 8.8 4.4 4.4 0 0 1 0-8.8z',
  bottom: 'M3.1 1.8 8 6.7l4.9-4.9 1.3 1.3L9.3 8l4.9 4.9-1.3 1.3L8 9.3l-4.9 4.9-1.3-1.3L6.7 8 1.8 3.1z',
  none: 'M3 7.1h10v1.8H3z',
};
const arrows: Readonly<Record<HeadlineDirection, string>> = {
  up: 'M8 1.5 14 8h-4v6.5H6V8H2z',
  down: 'M8 14.5 2 8h4V1.5h4V8h4z',
  same: 'M1 6h14v1.6H1zm0 2.4h14V10H1z',
  none: 'M3 7.1h10v1.8H3z',
};
const icon = (d: string) =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

/**
 * The city as a whole for one period, the first thing a citizen asks: the city's figure (the
 * core's `cityHeadline`: the mean of the assessed units' totals, each unit weighted alike) out of
 * the scheme's maximum, its grade with a colour and an icon, the change since the previous
 * period, how the figure is made, a table of how many units got each grade, and, from attributes,
 * the date of publication, the publishing office and a link to the assessment method. Everything
 * is text, so it is its own text alternative. Takes a bundle (scored in the browser for `period`
 * and the observed period before it) or a precomputed assessment (optionally with the previous
 * period's as `previous`), from `src`, an inline `<script type="application/json">` child, or
 * the `data` property.
 *
 * @summary The city's average score, grade, change, publication date, office and method link.
 * @category Widgets
 * @tag eco-headline
 * @attr src - URL of a JSON assessment or bundle.
 * @attr period - For bundles: the period to show; default the latest year observed.
 * @attr published - The date of publication, shown as written (e.g. `2026-03-31`).
 * @attr office - The publishing office, e.g. `美溪市生态文明建设领导小组办公室`.
 * @attr method-href - The address of the assessment method (考核办法), linked as such.
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded or is invalid, or has no such `period` (kind `notFound`).
 * @csspart base - The box around the headline.
 * @csspart title - The city and the period.
 * @csspart score - The figure and the maximum.
 * @csspart grade - The grade with its icon.
 * @csspart change - The change since the previous period with its arrow.
 * @csspart basis - How the figure is made, and the units left out.
 * @csspart table - How many units got each grade.
 * @csspart meta - Publication date, office and the method link.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-headline-min-height=8rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-grade-top-color=#15803d] - The top grade band's colour.
 * @cssproperty [--eco-grade-middle-color=#a16207] - The colour of the bands in between.
 * @cssproperty [--eco-grade-bottom-color=#b91c1c] - The lowest band's colour.
 * @cssproperty [--eco-chart-axis-color=#4b5563] - Secondary text.
 * @cssproperty [--eco-border-color=#d1d5db] - The box and the table's rules.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-font-size=1rem] - Font size.
 * @example
 * ```html
 * <eco-headline src="/data/bundle.json" published="2026-03-31" office="美溪市考核办" method-href="/method.html"></eco-headline>
 * ```
 */
export class EcoHeadline extends EcoDataElement<RankingData> {
  static override styles = [hostReset, headlineStyles];
  static override dataInputs = ['period', 'previous'];

  protected readonly parser = rankingParser(
    () => this.period,
    () => this.previous,
  );

  /** The previous period's assessment, for the change of a precomputed assessment (a bundle scores its own). */
  @property({ attribute: false }) previous: unknown = undefined;
  /** For bundles: the period to show; default the latest year observed. */
  @property() period: string | null = null;
  /** The date of publication, shown as written. */
  @property() published: string | null = null;
  /** The publishing office. */
  @property() office: string | null = null;
  /** The address of the assessment method. */
  @property({ attribute: 'method-href' }) methodHref: string | null = null;

  override render(): TemplateResult {
    const lang = this.language.lang;
    const s = text[lang];
    const state = this.loader.state;
    if (state.status !== 'ready') return dataMessage(state, lang, s);
    const data = state.value;
    const missing = this.lookup.check(
      assessmentLookups(data.assessment, data.bundle, { period: this.period, unit: null }),
    );
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    if (data.assessment.results.length === 0) return html`<p part="message" class="message">${s.noUnits}</p>`;
    const v = headlineLayout(data, { lang });
    const meta = [
      this.published ? html`<span>${s.published(this.published)}</span>` : null,
      this.office ? html`<span>${s.office(this.office)}</span>` : null,
      this.methodHref ? html`<a href=${this.methodHref}>${s.method}</a>` : null,
    ].filter((x) => x !== null);
    return html`<section part="base" class="base" aria-labelledby="title">
      <p part="title" class="title" id="title">${v.title}</p>
      <div class="figures">
        <p part="score" class="score"><span class="label">${v.scoreLabel}</span> <span class="value">${v.scoreText}</span> <span class="max">${v.outOf}</span></p>
        <p part="grade" class=${`grade level-${v.level}`}>${icon(levelIcons[v.level])}<span>${v.gradeText}</span></p>
        <p part="change" class=${`change change-${v.direction}`}>${icon(arrows[v.direction])}<span>${v.changeText}</span></p>
      </div>
      <p part="basis" class="basis">${v.basis}</p>
      ${v.withoutTotal ? html`<p class="without">${v.withoutTotal}</p>` : nothing}
      <table part="table">
        <caption>${v.gradesCaption}</caption>
        <thead><tr><th scope="col">${v.head[0]}</th><th scope="col">${v.head[1]}</th></tr></thead>
        <tbody>${v.grades.map((g) => html`<tr><th scope="row">${g.label}</th><td>${g.count}</td></tr>`)}</tbody>
      </table>
      ${meta.length ? html`<p part="meta" class="meta">${meta.map((m, k) => (k ? html` · ${m}` : m))}</p>` : nothing}
    </section>`;
  }
}
