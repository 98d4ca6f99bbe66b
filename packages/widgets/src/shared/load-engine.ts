/** The module {@link loadEngine} fetches: the core's parsing and scoring of bundles. */
export type Engine = typeof import('./engine.js');

/**
 * Thrown by {@link engine} when code reaches the engine before it was fetched. The data controller
 * catches it, fetches the engine and parses again; anywhere else it is a bug (something ran on a
 * bundle that no parser had read).
 */
export class EngineNotLoaded extends Error {
  constructor() {
    super('eco-reform: the scoring engine is used before it was loaded');
    this.name = 'EngineNotLoaded';
  }
}

/**
 * The engine once fetched, and the fetch under way. A failed fetch is forgotten, so the next widget
 * that needs the engine tries again (a flaky network), as a failed data request is.
 */
const state: { module?: Engine; loading?: Promise<Engine> } = {};

/**
 * Fetches the engine (once per page; a failed fetch is retried by the next call).
 *
 * @returns The engine module.
 * @example
 * const { parseBundle } = await loadEngine();
 */
export function loadEngine(): Promise<Engine> {
  if (state.module) return Promise.resolve(state.module);
  state.loading ??= import('./engine.js').then(
    (module) => (state.module = module),
    (error: unknown) => {
      state.loading = undefined;
      throw error;
    },
  );
  return state.loading;
}

/**
 * The engine, for code that runs on a bundle: a parser reading a bundle, or an element acting on the
 * bundle its parser accepted (re-weighting, a chart's statuses).
 *
 * @returns The engine module.
 * @throws {@link EngineNotLoaded} before {@link loadEngine} has settled.
 * @example
 * const bundle = engine().parseBundle(json);
 */
export function engine(): Engine {
  if (!state.module) throw new EngineNotLoaded();
  return state.module;
}
