import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, readInlineJson, validate, type DataError, type DataParser, type Loaded } from './data-source.js';

/** Where a widget is in getting its data. */
export type DataState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: DataError };

/** The inputs a widget takes its data from, in order of precedence. */
export interface DataInputs {
  /** Data set as a JS property. */
  data: unknown;
  /** URL of a JSON document. */
  src: string | null | undefined;
  /** Milliseconds before a `src` request counts as failed. */
  timeoutMs: number;
}

/**
 * Detail of the `eco-data-error` event.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => console.warn(e.detail.kind, e.detail.src, e.detail.reason.en));
 */
export interface EcoDataErrorDetail extends DataError {
  /** The `src` that failed, if the data came from a URL. */
  src?: string;
}

/**
 * Gets a widget its data three ways (the `data` property, else `src`, else an inline
 * `<script type="application/json">` child), validates it with the core's parser, and keeps
 * the latest request's result only. Failures become an `error` state and an `eco-data-error`
 * event; nothing is thrown, so the rest of the page keeps working.
 */
export class DataController<T> implements ReactiveController {
  state: DataState<T> = { status: 'empty' };
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: DataParser<T>,
  ) {
    host.addController(this);
  }

  /**
   * Nothing to set up: loads start from {@link sync}. An answer that arrives while the element is
   * detached still settles, so an element moved in the DOM mid-load does not stay loading.
   */
  hostConnected(): void {}

  /** Starts loading from the current inputs; call it when `data`, `src` or `timeout` change. */
  sync({ data, src, timeoutMs }: DataInputs): void {
    const generation = ++this.generation;
    if (data !== undefined && data !== null) {
      this.settle(generation, validate({ ok: true, value: data }, this.parse));
      return;
    }
    if (src) {
      this.state = { status: 'loading' };
      void loadJson(this.host.ownerDocument, src, timeoutMs).then((loaded) =>
        this.settle(generation, validate(loaded, this.parse), src),
      );
      return;
    }
    const inline = readInlineJson(this.host);
    this.settle(generation, inline ? validate(inline, this.parse) : undefined);
  }

  private settle(generation: number, loaded: Loaded<T> | undefined, src?: string): void {
    if (generation !== this.generation) return;
    if (!loaded) this.state = { status: 'empty' };
    else if (loaded.ok) this.state = { status: 'ready', value: loaded.value };
    else {
      this.state = { status: 'error', error: loaded.error };
      const detail: EcoDataErrorDetail = src ? { ...loaded.error, src } : loaded.error;
      this.host.dispatchEvent(
        new CustomEvent<EcoDataErrorDetail>('eco-data-error', { detail, bubbles: true, composed: true }),
      );
    }
    this.host.requestUpdate();
  }
}
