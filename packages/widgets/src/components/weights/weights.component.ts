import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type AssessmentResults } from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { hostReset } from '../../shared/host-styles.js';
import { dataMessage } from '../../shared/data-message.js';
import { assessmentLookups } from '../../shared/assessment-lookups.js';
import { shareControls, shareStyles } from '../../shared/share-controls.js';
import { downloadTableCsv } from '../../shared/download.js';
import {
  completeWeights,
  MAX_WEIGHT,
  toWeight,
  weightsAnnouncement,
  weightsLayout,
  type WeightsLayoutInput,
  ASSESSMENT_ONLY,
  weightsParser,
  type WeightsData,
  readWeightsHash,
  weightsHashKey,
  writeWeightsHash,
} from './weights.layout.js';
import { weightsStyles } from './weights.styles.js';
import { weightsTable } from './weights.table.js';
import { weightsText as text } from './weights.text.js';

/** Area id → weight. */
type Weights = Readonly<Record<string, number>>;

/**
 * A citizen's or analyst's own weighting, as the OECD Better Life Index offers: one 0–5 slider
 * (a native range input) per top-level area, and the ranking re-scored in the browser with the
 * core's `reweight` and `assessBundle` as the sliders move. The ranking lists the top `rows` units with
 * rank (ties as "T2"), total and the change against the official ranking ("↑2", "↓1", "=", in
 * words for screen readers); the `unit` is highlighted and added below when outside the top rows.
 * Each re-scoring is announced in a polite live region ("Ranking updated: Gangkou District now 3rd
 * (was 5th)").
 *
 * **Initial weights.** The ranking starts from the official weights exactly. The sliders show them
 * on the 0–5 scale: the largest official weight is 5 and the others in proportion, rounded (Meixi's
 * 0.35 / 0.40 / 0.25 show as 4 / 5 / 3), with each area's exact share beside it. Once a slider
 * moves, the weights are the slider values; "Reset to official weights" returns to the exact
 * official weights. `weights` is `null` while the official weights apply.
 *
 * **Speed.** The bundle is validated once, and the observations are turned once into the dense
 * cube `assess` reads fastest; a change runs `reweight` and `assessBundle` on it, once per animation
 * frame however many input events arrive, and renders only the visible rows.
 *
 * **Address.** With `hash`, the weights are kept in the URL hash as `#weights=space:5,env:3,industry:1`
 * (`#<id>.weights=…` when the element has an `id`, so two panels on a page keep their own; other hash parameters are left as they are; `history.replaceState`, so no history entries),
 * read on load and on `hashchange`. Values are rounded and clamped to 0–5, unknown ids ignored; a
 * hash without valid weights leaves the current weights in place.
 *
 * Data: a bundle `{ framework, observations, reports }` from `src`, an inline
 * `<script type="application/json">` child, or the `data` property. An assessment alone is
 * refused with a clear error: re-weighting needs the framework and the observations.
 *
 * @summary Your own weights for the areas, and the ranking they give, live.
 * @category Widgets
 * @tag eco-weights
 * @attr src - URL of a bundle JSON.
 * @attr period - The period to score; default the latest year observed.
 * @attr unit - The unit to highlight.
 * @attr rows - How many ranking rows to show; default 10.
 * @attr timeout - Milliseconds to wait for `src`; default 15000.
 * @attr hash - Opt-in: keep the weights in the URL hash, so the address shares the view.
 * @event {CustomEvent<WeightsChangeDetail>} eco-weights-change - The user changed the weights (a slider, the reset button, or the address with `hash`) and the ranking was re-scored; not fired when `weights` is set from code.
 * @event {CustomEvent<EcoDataErrorDetail>} eco-data-error - The data could not be loaded, is invalid, is an assessment without its bundle, or has no such `unit` or `period` (kind `notFound`, naming those there are).
 * @csspart controls - The sliders and the reset button.
 * @csspart slider - One area's range input.
 * @csspart reset - The "Reset to official weights" button.
 * @csspart summary - The ranking in one sentence.
 * @csspart table - The ranking table.
 * @csspart share - The download button.
 * @csspart message - The loading, empty or error message.
 * @cssproperty [--eco-weights-min-height=16rem] - Space reserved while loading, so the page does not shift.
 * @cssproperty [--eco-accent-color=#1d4ed8] - The sliders' colour.
 * @cssproperty [--eco-highlight-background=#eff6ff] - Background of the highlighted unit's row (also bold and labelled).
 * @cssproperty [--eco-border-color=#d1d5db] - Table rules and borders.
 * @cssproperty [--eco-focus-color=#2563eb] - Focus ring.
 * @cssproperty [--eco-error-color=#b91c1c] - Error text.
 * @cssproperty [--eco-text-color=#1f2937] - Text.
 * @cssproperty [--eco-muted-color=#4b5563] - Secondary text (shares).
 * @cssproperty [--eco-font-family=system-ui] - Font.
 * @cssproperty [--eco-font-size=0.95rem] - Font size.
 * @example
 * ```html
 * <eco-weights src="/data/bundle.json" unit="gangkou" rows="10" hash></eco-weights>
 * ```
 */
export class EcoWeights extends EcoDataElement<WeightsData> {
  static override styles = [hostReset, weightsStyles, shareStyles];
  static override dataInputs = ['period'];
  static override permalinkAttributes = ['unit'];

  protected readonly parser = weightsParser(() => this.period);
  /** The assessment under the weights in force, and what it was computed from. */
  private scored: { data: WeightsData; key: string; assessment: AssessmentResults } | null = null;
  /** `weights` made whole and valid for the data; `null`: official. */
  private applied: Weights | null = null;
  /** Slider values not yet scored: they are scored once, in the next animation frame. */
  private draft: Weights | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private pending: { promise: Promise<void>; resolve: () => void } | null = null;
  private byUser = false;
  private rescored = false;
  private hashReadFor: WeightsData | null = null;
  private readonly onHashChange = (): void => this.applyHash();

  @state() private announcement = '';

  /** The unit to highlight; it is always shown. */
  @property({ reflect: true }) unit: string | null = null;
  /** The period to score; default the latest year observed. */
  @property() period: string | null = null;
  /** How many ranking rows to show; default 10. */
  @property({ type: Number }) rows = 10;
  /** Opt-in: keep the weights in the URL hash (`#weights=space:5,env:3`), read on load and on `hashchange`. */
  @property({ type: Boolean }) hash = false;
  /** Area id → 0–5, or `null` for the official weights. Setting it re-scores without an event; invalid values are rounded and clamped, unknown ids ignored, missing areas take their initial value. */
  @property({ attribute: false }) weights: Readonly<Record<string, number>> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.defaultView?.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('hashchange', this.onHashChange);
    this.flush();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.scored = null;
      this.applied = null;
      return;
    }
    const data = state.value;
    if (this.hash && this.hashReadFor !== data) {
      this.hashReadFor = data;
      const view = this.ownerDocument.defaultView;
      const fromHash = view
        ? readWeightsHash(
            view.location.hash,
            data.areas.map((a) => a.id),
            weightsHashKey(this.id),
          )
        : null;
      if (fromHash) this.weights = completeWeights(data.areas, fromHash);
    }
    this.applied = completeWeights(data.areas, this.weights);
    const key = JSON.stringify(this.applied);
    if (this.scored?.data === data && this.scored.key === key) return;
    const previous = this.scored?.data === data ? this.scored.assessment : null;
    // Once per animation frame while a slider moves: totals, grades and ranks only, no per-cell trace.
    const assessment =
      this.applied === null
        ? data.official
        : engine().assessBundle(
            {
              framework: engine().reweight(data.bundle.framework, this.applied),
              observations: data.observations,
              flags: data.bundle.flags,
            },
            { period: data.period, detail: 'results' },
          );
    this.scored = { data, key, assessment };
    this.rescored = previous !== null;
    if (previous)
      this.announcement = weightsAnnouncement(previous, assessment, { lang: this.language.lang, unit: this.unit });
  }

  override updated(): void {
    const scored = this.scored;
    if (this.byUser && this.rescored && scored) {
      const detail: WeightsChangeDetail = {
        weights: this.applied ?? Object.fromEntries(scored.data.areas.map((a) => [a.id, a.official])),
        official: this.applied === null,
        assessment: scored.assessment,
      };
      this.dispatchEvent(
        new CustomEvent<WeightsChangeDetail>('eco-weights-change', { detail, bubbles: true, composed: true }),
      );
    }
    this.byUser = false;
    this.rescored = false;
    if (this.hash && scored) this.writeHash(scored.data);
  }

  /** Also waits for slider values still waiting for their animation frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.pending) await this.pending.promise;
    return super.getUpdateComplete();
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
        state.status === 'error' && state.error.details?.[0] === ASSESSMENT_ONLY ? s.assessmentOnly : undefined,
      );
    }
    // A unit or period the data lacks is an error naming those there are, never another unit highlighted in its place.
    const missing = this.lookup.check(
      assessmentLookups(state.value.official, state.value.bundle, { period: this.period, unit: this.unit }),
    );
    if (missing) return dataMessage({ status: 'error', error: missing }, lang, s);
    if (!this.scored) return dataMessage({ status: 'empty' }, lang, s);
    const input: WeightsLayoutInput = {
      official: state.value.official,
      current: this.scored.assessment,
      areas: state.value.areas,
      weights: this.applied,
    };
    const rows = Number.isFinite(this.rows) && this.rows >= 1 ? Math.floor(this.rows) : 10;
    const view = weightsLayout(input, { lang, rows, unit: this.unit });
    const count = new Intl.NumberFormat(lang);
    const shown = s.shown(count.format(view.rows.filter((r) => !r.appended).length), count.format(view.units));
    return html`
      <fieldset part="controls" class="controls">
        <legend>${s.legend}</legend>
        ${view.sliders.map((w, k) => {
          const value = (this.draft && Object.hasOwn(this.draft, w.id) ? this.draft[w.id] : undefined) ?? w.value;
          return html`<div class="slider">
            <label for=${`weight-${k}`}>${w.title}</label>
            <input id=${`weight-${k}`} part="slider" type="range" min="0" max=${MAX_WEIGHT} step="1" data-area=${w.id}
              .value=${String(value)} aria-valuetext=${w.valueText} @input=${this.onInput}>
            <span class="value">${value} <span class="share">(${w.share})</span></span>
          </div>`;
        })}
        <button part="reset" class="reset" type="button" ?disabled=${view.official && this.draft === null} @click=${this.onReset}>${s.reset}</button>
      </fieldset>
      <p part="summary" class="summary">${view.summary}</p>
      ${view.note ? html`<p class="note">${view.note}</p>` : nothing}
      <div class="scroll" role="region" aria-label=${view.caption} tabindex="0">
        <table part="table" class="stack">
          <caption>${view.caption} · ${shown}</caption>
          <thead><tr>
            <th scope="col" class="num">${s.rank}</th><th scope="col">${s.unit}</th><th scope="col" class="num">${s.total}</th>
            <th scope="col" class="num">${s.officialRank}</th><th scope="col">${s.change}</th>
          </tr></thead>
          <tbody>${view.rows.map(
            (r) => html`
            <tr class=${`${r.highlighted ? 'highlight' : ''} ${r.appended ? 'appended' : ''}`} aria-current=${r.highlighted ? 'true' : nothing}>
              <td class="num" data-label=${s.rank}>${r.rank}</td>
              <th scope="row">${r.name}${r.highlighted ? html`<span class="muted">${s.selected}</span>` : nothing}</th>
              <td class="num" data-label=${s.total}>${r.total}</td>
              <td class="num" data-label=${s.officialRank}>${r.officialRank}</td>
              <td class="change" data-label=${s.change}><span aria-hidden="true">${r.change}</span><span class="visually-hidden">${r.changeLabel}</span></td>
            </tr>`,
          )}
          </tbody>
        </table>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${shareControls(lang, { csv: () => downloadTableCsv(this.ownerDocument, weightsTable(input, lang)) })}
    `;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset['area'];
    const value = toWeight(input.value);
    const data = this.scored?.data;
    if (id === undefined || value === null || !data) return;
    const base = this.draft ?? this.applied ?? Object.fromEntries(data.areas.map((a) => [a.id, a.initial]));
    this.draft = { ...base, [id]: value };
    if (this.pending) return;
    let resolve = (): void => {};
    const promise = new Promise<void>((r) => (resolve = r));
    this.pending = { promise, resolve };
    this.frame = requestAnimationFrame(() => this.flush());
    // A hidden page gets no frames: do not leave the change (and updateComplete) waiting.
    this.timer = setTimeout(() => this.flush(), 100);
  }

  /** Scores the slider values waiting for this frame, as one change. */
  private flush(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    const pending = this.pending;
    this.pending = null;
    if (this.draft) {
      this.byUser = true;
      this.weights = this.draft;
      this.draft = null;
    }
    pending?.resolve();
  }

  private onReset(): void {
    this.draft = null;
    this.flush();
    if (this.weights === null) return;
    this.byUser = true;
    this.weights = null;
  }

  /** On `hashchange`: valid weights in the new hash replace the current ones. */
  private applyHash(): void {
    const state = this.loader.state;
    const view = this.ownerDocument.defaultView;
    if (!this.hash || state.status !== 'ready' || !view) return;
    const fromHash = readWeightsHash(
      view.location.hash,
      state.value.areas.map((a) => a.id),
      weightsHashKey(this.id),
    );
    if (!fromHash) {
      this.writeHash(state.value);
      return;
    }
    const next = completeWeights(state.value.areas, fromHash);
    if (JSON.stringify(next) === JSON.stringify(this.applied)) return;
    this.draft = null;
    this.flush();
    this.byUser = true;
    this.weights = next;
  }

  private writeHash(data: WeightsData): void {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    const next = writeWeightsHash(
      view.location.hash,
      this.applied,
      data.areas.map((a) => a.id),
      weightsHashKey(this.id),
    );
    if (next === view.location.hash) return;
    view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}${next}`);
  }
}

/**
 * Detail of the `eco-weights-change` event of `<eco-weights>`, fired after each re-scoring the
 * user caused (a slider, the reset button, or an edited address when `hash` is set).
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-weights-change', (e) => {
 *   const { weights, official, assessment } = e.detail;
 *   console.log(official ? 'official' : weights, assessment.results[0]?.unit);
 * });
 */
export interface WeightsChangeDetail {
  /** Area id → weight used: the 0–5 slider values, or the framework's own weights when `official`. */
  weights: Record<string, number>;
  /** Whether these are the official weights (after "Reset to official weights"). */
  official: boolean;
  /**
   * The assessment under these weights: totals, grades, ranks and area results (re-scored with
   * `detail: 'results'`, so without the per-cell trace and the fingerprint; the official one is whole).
   */
  assessment: AssessmentResults;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-weights-change': CustomEvent<WeightsChangeDetail>;
  }
}
