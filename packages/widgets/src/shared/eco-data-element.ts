import { ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from './data-controller.js';
import type { DataParser } from './data-source.js';
import { EcoElement } from './eco-element.js';
import { NotFoundController } from './not-found-controller.js';
import { PermalinkController } from './permalink-controller.js';

/**
 * The base of every element that shows data: the `src`, `data`, `timeout` and `permalink`
 * properties, a {@link DataController} that loads and validates the data with the element's
 * `parser` (again whenever `src`, `data`, `timeout` or one of `dataInputs` changes), a
 * `NotFoundController` for the ids the element was given, and a `PermalinkController` mirroring
 * `permalinkAttributes` in the URL hash while `permalink` is on. A subclass declares its parser and
 * those two lists, and renders `loader.state`.
 *
 * @category Widgets
 * @example
 * class EcoUnitCount extends EcoDataElement<Bundle> {
 *   static override permalinkAttributes = ['unit'];
 *   protected readonly parser = bundleParser;
 *   @property({ reflect: true }) unit: string | null = null;
 *   override render() { return html`${this.loader.state.status}`; }
 * }
 */
export abstract class EcoDataElement<T> extends EcoElement {
  /** Properties besides `src`, `data` and `timeout` whose change reloads the data (e.g. `period`). */
  static dataInputs: readonly string[] = [];
  /** Reflected attributes kept in the URL hash while `permalink` is on, e.g. `['unit', 'view']`. */
  static permalinkAttributes: readonly string[] = [];

  /** Turns the JSON the element was given into its data, or says what is wrong. */
  protected abstract readonly parser: DataParser<T>;
  /** The data's state: empty, loading, ready or an error (sent as `eco-data-error`). */
  protected readonly loader = new DataController<T>(this, (input) => this.parser(input));
  /** Checks at each render that the ids the element was given are in its data. */
  protected readonly lookup = new NotFoundController(this);

  /** URL of the JSON data (an assessment or a bundle, as the element reads). */
  @property() src: string | null = null;
  /** The data as a JS value (takes precedence over `src`). */
  @property({ attribute: false }) data: unknown = undefined;
  /** Milliseconds to wait for `src`; default 15000. */
  @property({ type: Number }) timeout = 15000;
  /** Opt-in: keep the element's view attributes (its `permalinkAttributes`) in the URL hash, so the page's address reopens this view. */
  @property({ type: Boolean }) permalink = false;

  constructor() {
    super();
    const attributes = (this.constructor as typeof EcoDataElement).permalinkAttributes;
    // An element without view attributes has nothing to mirror, so it gets no controller at all.
    if (attributes.length > 0) new PermalinkController(this, attributes, () => this.permalink);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const inputs = (this.constructor as typeof EcoDataElement).dataInputs;
    const keys = changed as ReadonlyMap<PropertyKey, unknown>;
    if (
      !this.hasUpdated ||
      keys.has('src') ||
      keys.has('data') ||
      keys.has('timeout') ||
      inputs.some((k) => keys.has(k))
    ) {
      this.loader.sync({ data: this.data, src: this.src, timeoutMs: this.timeout });
    }
  }

  /**
   * Renders through the data controller's guard: an exception while rendering the data (a bug, or
   * data the parser let through that the layout cannot use) becomes the element's error state and an
   * `eco-data-error`, and the next render shows that state, never a half-drawn or stale view. Lit
   * calls `render()` inside `update()`, so guarding here covers every subclass's `render()`.
   */
  protected override update(changed: PropertyValues<this>): void {
    let threw = false;
    this.loader.guard(
      () => super.update(changed),
      () => {
        threw = true;
      },
    );
    if (!threw) return;
    // render() threw inside LitElement's update, before ReactiveElement's update closed this cycle
    // (attributes reflected, the update marked done); close it here, then render the error state.
    (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(this, changed);
    this.requestUpdate();
  }
}
