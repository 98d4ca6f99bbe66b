import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// A host page with hostile global CSS and the strict CSP (Trusted Types enforced) that loads the
// CDN bundle twice and embeds both widgets three ways: from `src`, from inline JSON, and from a
// failing `src`. Every text field of the data carries markup that would run if it were parsed.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** The example bundle with the payload in front of every Chinese and English text. */
function hostileBundle(): unknown {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x))
      out[k] = (k === 'zh' || k === 'en' || k === 'note') && typeof v === 'string' ? `${PAYLOAD}${v}` : walk(v);
    return out;
  };
  return walk(JSON.parse(readFileSync(here('../../examples/meixi/bundle.json'), 'utf8')));
}

// JSON inside <script type="application/json"> must not contain "</script>": a CMS author escapes "<".
const inline = (data: unknown) =>
  `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

let browser: Browser;
let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eco-hostile-'));
  const bundle = hostileBundle();
  writeFileSync(join(dir, 'hostile-bundle.json'), JSON.stringify(bundle));
  writeFileSync(join(dir, 'hostile.css'), readFileSync(here('../pages/hostile.css')));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>Hostile host page</title>
  <link rel="stylesheet" href="/hostile.css">
  <script type="module" src="/cdn/eco-widgets.js?copy=1"></script>
  <script type="module" src="/cdn/eco-widgets.js?copy=2"></script>
</head>
<body>
  <main>
    <h1>Hostile host</h1>
    <section><h2>From src</h2>
      <eco-scorecard id="card-src" src="/hostile-bundle.json" unit="gangkou"></eco-scorecard>
      <eco-progress-chart id="chart-src" src="/hostile-bundle.json" indicator="pm25" unit="gangkou"></eco-progress-chart>
    </section>
    <section lang="en"><h2>Inline JSON</h2>
      <eco-scorecard id="card-inline" unit="xihu">${inline(bundle)}</eco-scorecard>
      <eco-progress-chart id="chart-inline" indicator="pm25" unit="xihu">${inline(bundle)}</eco-progress-chart>
    </section>
    <section><h2>Failing src</h2>
      <eco-scorecard id="card-failing" src="/missing.json"></eco-scorecard>
      <eco-progress-chart id="chart-failing" src="/missing.json" indicator="pm25" unit="gangkou"></eco-progress-chart>
    </section>
  </main>
</body>
</html>`,
  );
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

/** Computed styles and boxes inside a widget's shadow root. */
const inside = (page: Page, id: string, selector: string) =>
  page.evaluate(
    ([id, selector]) => {
      const el = document.getElementById(id!)?.shadowRoot?.querySelector(selector!);
      if (!el) return null;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        display: s.display,
        color: s.color,
        fontSize: s.fontSize,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
        padding: s.paddingTop,
        width: box.width,
        height: box.height,
        text: el.textContent ?? '',
      };
    },
    [id, selector] as const,
  );

describe('both widgets on a hostile host page under the strict CSP with Trusted Types', () => {
  it('render from src and inline JSON, show a visible error for a failing src, and never run markup from the data', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() =>
      ['card-src', 'card-inline', 'chart-src', 'chart-inline'].every((id) =>
        document.getElementById(id)?.shadowRoot?.querySelector('table, svg'),
      ),
    );
    await page.waitForFunction(() =>
      ['card-failing', 'chart-failing'].every((id) =>
        document.getElementById(id)?.shadowRoot?.querySelector('[role="alert"]'),
      ),
    );

    for (const id of ['card-src', 'card-inline']) {
      const table = (await inside(page, id, 'table[part="table"]'))!;
      expect(table.display).toBe('table');
      expect(table.height).toBeGreaterThan(0);
      const cell = (await inside(page, id, 'td'))!;
      expect(cell.padding).not.toBe('60px');
      const header = (await inside(page, id, '[part="header"]'))!;
      expect(header).toMatchObject({ textTransform: 'none', letterSpacing: 'normal' });
      expect(header.color).not.toBe('rgb(255, 255, 255)');
      expect(header.fontSize).not.toBe('40px');
      expect(header.text).toContain('<img src=x onerror="window.__pwned=1">');
      expect((await inside(page, id, 'select'))!.display).not.toBe('none');
    }
    expect((await inside(page, 'card-inline', '[part="header"]'))!.text).toContain('Xihu District');
    for (const id of ['chart-src', 'chart-inline']) {
      const svg = (await inside(page, id, '[part="chart"] svg'))!;
      expect(svg.display).not.toBe('none');
      expect(svg.width).toBeGreaterThan(100);
      expect(svg.height).toBeGreaterThan(50);
    }
    for (const id of ['card-failing', 'chart-failing']) {
      const alert = (await inside(page, id, '[role="alert"]'))!;
      expect(alert.display).not.toBe('none');
      expect(alert.height).toBeGreaterThan(0);
      expect(alert.text).toMatch(/404/);
    }

    // Nothing from the data became an element, and nothing ran.
    const elements = await page.evaluate(() => {
      const count = (root: Document | ShadowRoot): number =>
        root.querySelectorAll('img, script:not([type="application/json"]):not([src])').length +
        [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });
    expect(elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => e.name.includes('eco-widgets.js')).length,
      ),
    ).toBe(2);

    // The only console errors are the browser's own reports of the two 404s we asked for.
    expect(problems.consoleErrors.every((m) => /404/.test(m))).toBe(true);
    expect(problems).toMatchObject({ pageErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });
});
