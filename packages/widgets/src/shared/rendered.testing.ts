// Shared by the browser tests: wait until a widget has rendered what a test reads. A widget handed a
// bundle or a `src` fetches the data and then the engine chunk, which the dev server compiles on
// first request; on a loaded machine (2 busy cores in CI) that takes seconds, so a wait counted in
// iterations of a short sleep is a race. This waits on the clock, long, and fails saying what it waited for.

/** How long a test waits for a widget to render, in milliseconds: far above any healthy load. */
export const RENDER_DEADLINE_MS = 45_000;

/** An element with Lit's `updateComplete`. */
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Resolves once `selector` matches in the element's shadow root (and the element's pending update
 * is done); rejects with the selector and the time waited if it never does within `deadlineMs`.
 *
 * @example
 * const el = document.createElement('eco-scorecard');
 * el.setAttribute('src', '/examples/meixi/bundle.json');
 * document.body.append(el);
 * await untilRendered(el, 'table, [role="alert"]');
 */
export async function untilRendered<E extends Updating>(
  el: E,
  selector: string,
  deadlineMs = RENDER_DEADLINE_MS,
): Promise<E> {
  const start = performance.now();
  while (!el.shadowRoot?.querySelector(selector)) {
    if (performance.now() - start > deadlineMs) {
      throw new Error(`<${el.localName}> rendered nothing matching "${selector}" within ${deadlineMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}
