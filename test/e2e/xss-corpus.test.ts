import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { Server } from 'node:http';
import { parseBundle } from '@eco-reform/core';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';
import { SETTLED, WIDGET_CASES, widgetMarkup } from '../support/widget-cases.js';
import corpus from '../fixtures/xss-payloads.json' with { type: 'json' };

// Every text field of the example city's data (every Chinese and English label, observation notes
// and sources, report texts) carries XSS payloads; every widget renders that data in Chromium
// under the strict CSP with Trusted Types, and every disclosure and tooltip is opened. A payload
// that ran would call window.__xss; markup that a widget had parsed would at least trip the CSP.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const payloads: string[] = corpus.payloads;
const TEXT_KEYS = new Set(['zh', 'en', 'note', 'source', 'reporter']);

/** The example bundle with `text(i)` as the i-th text field met in document order. */
function bundleWith(text: (i: number, original: string) => string): unknown {
  let i = 0;
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    return Object.fromEntries(
      Object.entries(x).map(([k, v]) => [k, TEXT_KEYS.has(k) && typeof v === 'string' ? text(i++, v) : walk(v)]),
    );
  };
  return walk(JSON.parse(readFileSync(here('../../examples/meixi/bundle.json'), 'utf8')));
}

const pages = {
  // Every field: all payloads, then its own text.
  all: bundleWith((_, original) => `${payloads.join(' ')} ${original}`),
  // Each field exactly one payload (cycled), so a payload that only works as a whole value is tried too.
  each: bundleWith((i) => payloads[i % payloads.length]!),
};

let browser: Browser;
let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eco-xss-'));
  for (const [name, bundle] of Object.entries(pages)) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(bundle));
    const badges =
      name === 'each'
        ? payloads
            .map(
              (p, i) =>
                `<eco-status-badge id="badge-${i}" status="${p.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"></eco-status-badge>`,
            )
            .join('\n')
        : '';
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>XSS corpus: ${name}</title>
<script type="module" src="/cdn/eco-widgets.js"></script></head>
<body><main>
${WIDGET_CASES.map((w, k) => widgetMarkup(w, `/${name}.json`, `w${k}`)).join('\n')}
<section lang="en">${WIDGET_CASES.map((w, k) => widgetMarkup(w, `/${name}.json`, `en${k}`)).join('\n')}</section>
${badges}
</main></body></html>`,
    );
  }
  server = createStaticServer({
    routes: { '/cdn/': here('../../packages/widgets/dist/cdn/'), '/': `${dir}/` },
    headers: { 'content-security-policy': STRICT_CSP },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Waits for every widget to settle, then opens everything that opens: disclosures, tables, tooltips. */
async function exercise(page: Page): Promise<void> {
  await page.waitForFunction(
    (settled) =>
      [...document.querySelectorAll('main [id]')]
        .filter((el) => el.localName.startsWith('eco-') && el.localName !== 'eco-status-badge')
        .every((el) => el.shadowRoot?.querySelector(settled)),
    SETTLED,
    { timeout: 30_000 },
  );
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('main [id]')) {
        for (const b of host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]') ?? [])
          b.click();
        for (const d of host.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
      }
    });
  }
  for (const chart of await page.locator('[part="chart"]').all()) {
    await chart.focus();
    for (let i = 0; i < 4; i++) await chart.press('ArrowRight');
  }
}

describe(`${payloads.length} XSS payloads in every text field, rendered by every widget under CSP + Trusted Types`, () => {
  it('has at least 50 payloads, and the hostile data is still valid data (so widgets render it, not an error)', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    for (const bundle of Object.values(pages)) expect(parseBundle(bundle).ok).toBe(true);
  });

  for (const name of Object.keys(pages)) {
    it(`page "${name}": 0 executions, 0 CSP or Trusted Types violations, payloads shown as text`, async () => {
      const page = await browser.newPage();
      const problems = await watchPage(page);
      const ran: number[] = [];
      await page.exposeFunction('__xss', (n: number) => ran.push(n));
      await page.goto(`${origin}/${name}.html`);
      await exercise(page);
      const report = await page.evaluate(() =>
        [...document.querySelectorAll('main [id]')].map((el) => ({
          id: el.id,
          alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? null,
          text: el.shadowRoot?.textContent ?? '',
          elements:
            el.shadowRoot?.querySelectorAll('img, script, iframe, object, embed, a[href^="javascript"]').length ?? 0,
        })),
      );
      await page.waitForTimeout(200);
      expect(ran).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      const widgets = report.filter((r) => !r.id.startsWith('badge-'));
      expect(widgets.filter((r) => r.alert !== null)).toEqual([]);
      expect(report.every((r) => r.elements === 0)).toBe(true);
      // The payloads are on screen as characters: the data was rendered, as text.
      expect(widgets.filter((r) => r.text.includes('__xss(')).map((r) => r.id)).toEqual(widgets.map((r) => r.id));
      await page.close();
    });
  }
});
