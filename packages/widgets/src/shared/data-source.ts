import type { LocalizedLabel } from '@eco-reform/core';

/**
 * Why data could not be shown; each kind has its own localised message. `notFound`: the data is
 * valid but lacks what the element was asked to show (an indicator or unit id). `exception`: reading
 * or showing the data threw (a bug to report, with the message); the widget shows the error instead
 * of staying on "loading".
 *
 * @category Widgets
 * @example
 * if (event.detail.kind === 'timeout') retryLater();
 */
export type DataErrorKind = 'network' | 'http' | 'json' | 'schema' | 'timeout' | 'notFound' | 'exception' | 'none';

/**
 * A failure to load or validate a widget's data, with a short reason in both languages.
 *
 * @category Widgets
 * @example
 * { kind: 'http', reason: { en: 'the server answered 404', zh: '服务器返回 404' } }
 */
export interface DataError {
  kind: DataErrorKind;
  reason: LocalizedLabel;
  /** Validation problems (paths and messages) when `kind` is `schema`, in English, two lines each. */
  details?: string[];
  /** The same problems, one entry each in both languages: the widget lists them under its error. */
  issues?: LocalizedLabel[];
}

/** What a data loader settles to. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: DataError };

/** A parser's refusal: what is wrong, in English (`details`) and, for validation problems, each in both languages (`issues`). */
export interface ParseFailure {
  ok: false;
  details: string[];
  issues?: LocalizedLabel[];
}

/** Turns unknown JSON into the widget's data, or says what is wrong. */
export type DataParser<T> = (input: unknown) => { ok: true; value: T } | ParseFailure;

/**
 * One fetch per URL and document: widgets sharing a `src` share the request. A WeakMap keyed
 * by the document keeps this per page and lets it go with the page.
 */
const requests = new WeakMap<Document, Map<string, Promise<Loaded<unknown>>>>();

function error(
  kind: DataErrorKind,
  en: string,
  zh: string,
  details?: string[],
  issues?: LocalizedLabel[],
): Loaded<never> {
  const failure: DataError = { kind, reason: { en, zh } };
  if (details) failure.details = details;
  if (issues) failure.issues = issues;
  return { ok: false, error: failure };
}

/** How long a late timer waits, with the page's thread free again, before it gives up on the server. */
const GRACE_MS = 250;

/**
 * The time a data load reads and the timer it sets: the page's own by default; tests pass one they
 * drive by hand, so a timeout and an answer never race.
 */
export interface LoadClock {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

const pageClock: LoadClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

async function fetchJson(url: string, timeoutMs: number, clock: LoadClock): Promise<Loaded<unknown>> {
  const controller = new AbortController();
  // The timeout is the server's: a timer that fires late because the page's own thread was busy
  // (another widget validating a large document, say) first lets the tasks queued meanwhile run,
  // among them perhaps the answer, and aborts only if GRACE_MS more pass without it.
  let due = clock.now() + timeoutMs;
  const check = (): void => {
    const now = clock.now();
    if (now - due > GRACE_MS) {
      due = now + GRACE_MS;
      timer = clock.setTimeout(check, GRACE_MS);
      return;
    }
    controller.abort();
  };
  let timer = clock.setTimeout(check, timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      return error('http', `the server answered ${response.status}`, `服务器返回 ${response.status}`);
    }
    const text = await response.text();
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return error('json', 'the data is not valid JSON', '数据不是有效的 JSON');
    }
  } catch {
    return controller.signal.aborted
      ? error('timeout', `no answer within ${timeoutMs / 1000} s`, `${timeoutMs / 1000} 秒内无响应`)
      : error('network', 'the data could not be fetched', '无法获取数据');
  } finally {
    clock.clearTimeout(timer);
  }
}

/**
 * Fetches and parses `src` as JSON, sharing the request with every other widget on the page
 * that asks for the same absolute URL and timeout. Only a success is kept for the page's lifetime:
 * a failure (a transient 503, a timeout, the network) is shared by the widgets that asked while it
 * was under way and then forgotten, so the next use asks the server again. `clock` is the page's
 * unless a test drives one.
 */
export function loadJson(
  document: Document,
  src: string,
  timeoutMs: number,
  clock: LoadClock = pageClock,
): Promise<Loaded<unknown>> {
  const url = new URL(src, document.baseURI).href;
  let perPage = requests.get(document);
  if (!perPage) requests.set(document, (perPage = new Map()));
  const key = `${timeoutMs} ${url}`;
  let request = perPage.get(key);
  if (!request) {
    const asked = fetchJson(url, timeoutMs, clock);
    perPage.set(key, (request = asked));
    void asked.then((loaded) => {
      if (!loaded.ok && perPage.get(key) === asked) perPage.delete(key);
    });
  }
  return request;
}

/** Reads an inline `<script type="application/json">` child, if the element has one. */
export function readInlineJson(host: Element): Loaded<unknown> | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return { ok: true, value: JSON.parse(script.textContent ?? '') as unknown };
  } catch {
    return error('json', 'the inline data is not valid JSON', '内嵌数据不是有效的 JSON');
  }
}

/** Validates loaded JSON with the widget's parser. */
export function validate<T>(loaded: Loaded<unknown>, parse: DataParser<T>): Loaded<T> {
  if (!loaded.ok) return loaded;
  const parsed = parse(loaded.value);
  if (parsed.ok) return parsed;
  return error(
    'schema',
    'the data does not match the expected format',
    '数据格式不符合要求',
    parsed.details,
    parsed.issues,
  );
}
