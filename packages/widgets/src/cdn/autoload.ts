/**
 * The CDN entry `eco-widgets.js`: one script tag for every `eco-*` element, but a page downloads
 * only the elements it uses. Each element's module (and the parts they share: Lit, the core) is a
 * separate file next to this one, imported the first time its tag appears in the document,
 * at load or later (a CMS that inserts widgets after the page loaded). Loading this file twice
 * or next to another version registers nothing twice (see `defineElements`).
 *
 * For a page that wants one file and nothing fetched later, `eco-widgets.all.js` has everything.
 *
 * @packageDocumentation
 */

const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'eco-status-badge': () => import('../elements/status-badge.js'),
  'eco-scorecard': () => import('../elements/scorecard.js'),
  'eco-progress-chart': () => import('../elements/progress-chart.js'),
  'eco-task-board': () => import('../elements/task-board.js'),
  'eco-ledger': () => import('../elements/ledger.js'),
  'eco-redline': () => import('../elements/redline.js'),
  'eco-breakdown': () => import('../elements/breakdown.js'),
  'eco-weights': () => import('../elements/weights.js'),
  'eco-ranking': () => import('../elements/ranking.js'),
};
const tags = Object.keys(loaders);
const selector = tags.join(',');
const started = new Set<string>();

function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  loaders[tag]!().catch((error: unknown) => {
    // Let a later insertion retry (a flaky network), and say which element failed.
    started.delete(tag);
    console.error(`eco-reform: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  for (const el of root.querySelectorAll(selector)) load(el.localName);
}

function onAdded(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.localName in loaders) load(el.localName);
      if (el.firstElementChild) discover(el);
    }
  }
}

discover(document);
new MutationObserver(onAdded).observe(document.documentElement, { childList: true, subtree: true });
