import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, readInlineJson, validate, type DataError, type DataParser, type Loaded } from './data-source.js';
import { EngineNotLoaded, loadEngine } from './load-engine.js';

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

/** The engine chunk could not be fetched (offline, a CDN outage); the next widget given a bundle tries again. */
const ENGINE_UNREACHABLE: Loaded<never> = {
  ok: false,
  error: {
    kind: 'network',
    reason: { en: 'the scoring engine could not be loaded', zh: '无法加载评分引擎' },
  },
};

/** An exception thrown while reading the data, as the error the widget shows and sends. */
function failure(thrown: unknown): Loaded<never> {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    ok: false,
    error: {
      kind: 'exception',
      reason: { en: `the data could not be shown (${message})`, zh: `无法显示数据（${message}）` },
    },
  };
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
      this.read(generation, { ok: true, value: data });
      return;
    }
    if (src) {
      this.state = { status: 'loading' };
      void loadJson(this.host.ownerDocument, src, timeoutMs).then((loaded) => this.read(generation, loaded, src));
      return;
    }
    const inline = readInlineJson(this.host);
    if (inline) this.read(generation, inline);
    else this.settle(generation, undefined);
  }

  /**
   * Validates what was loaded and settles. A parser that reaches the engine before it was fetched
   * (it was handed a bundle) is run again once the engine is in: a page of precomputed assessments
   * never fetches it. Any exception becomes the error state, never an endless "loading".
   */
  private read(generation: number, loaded: Loaded<unknown>, src?: string): void {
    let result: Loaded<T>;
    try {
      result = validate(loaded, this.parse);
    } catch (thrown) {
      if (!(thrown instanceof EngineNotLoaded)) {
        this.settle(generation, failure(thrown), src);
        return;
      }
      this.state = { status: 'loading' };
      this.host.requestUpdate();
      loadEngine().then(
        () => this.read(generation, loaded, src),
        () => this.settle(generation, ENGINE_UNREACHABLE, src),
      );
      return;
    }
    this.settle(generation, result, src);
  }

  /**
   * Runs a widget's rendering of its data; an exception becomes the error state and an
   * `eco-data-error` (as a parser's would), and `message` draws that state, so a bug in a layout
   * shows an error instead of leaving the element on what it showed before ("loading") forever.
   * A widget's `render()` calls it around everything it draws from the data.
   *
   * @example
   * override render() {
   *   return this.loader.guard(() => this.renderData(), (state) => dataMessage(state, lang, s));
   * }
   */
  guard<R>(render: () => R, message: (state: Extract<DataState<T>, { status: 'error' }>) => R): R {
    try {
      return render();
    } catch (thrown) {
      this.settle(this.generation, failure(thrown));
      return message(this.state as Extract<DataState<T>, { status: 'error' }>);
    }
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
