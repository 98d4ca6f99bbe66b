import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

const cdnDir = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

let browser: Browser;
let server: Server;
let origin: string;
let other: string;

beforeAll(async () => {
  if (!existsSync(`${cdnDir}eco-widgets.js`)) {
    throw new Error('packages/widgets/dist/cdn/eco-widgets.js is missing: run `npm run build` first (npm test does).');
  }
  // "Another version": the same build with its version strings changed, served from another folder.
  other = mkdtempSync(join(tmpdir(), 'eco-cdn-other-'));
  cpSync(cdnDir, other, { recursive: true });
  for (const f of readdirSync(other).filter((name) => name.endsWith('.js'))) {
    writeFileSync(join(other, f), readFileSync(join(other, f), 'utf8').replaceAll('"0.1.0"', '"9.9.9"'));
  }
  writeFileSync(
    join(other, 'two-versions.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two versions</title>
<script type="module" src="/cdn/eco-widgets.js"></script><script type="module" src="/other/eco-widgets.all.js"></script></head>
<body><main><eco-status-badge id="en" status="atRisk"></eco-status-badge><eco-scorecard src="/no-such.json"></eco-scorecard></main></body></html>`,
  );
  server = createStaticServer({
    routes: { '/cdn/': cdnDir, '/other/': `${other}/`, '/': pagesDir },
    headers: { 'content-security-policy': STRICT_CSP },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (other) rmSync(other, { recursive: true, force: true });
});

describe('the CDN bundle on a page with a strict CSP and Trusted Types', () => {
  it('renders <eco-status-badge> when loaded twice, with no violation and no double-define error', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${origin}/cdn-twice.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await page.waitForFunction(() => customElements.get('eco-status-badge') !== undefined);
    await page.locator('#en [part="label"]').waitFor();

    expect(await page.locator('#en [part="label"]').textContent()).toBe('On track');
    expect(await page.locator('#zh [part="label"]').textContent()).toBe('进度滞后');
    expect(await page.locator('#bad [part="label"]').textContent()).toBe(
      'Unknown status “<img src=x onerror=window.__pwned=1>”',
    );

    const loaded = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('eco-widgets.js')).length,
    );
    expect(loaded).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => 'trustedTypes' in window)).toBe(true);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });

  it('fetches only the elements on the page, and loads one inserted after the page has loaded', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/cdn-twice.html`);
    await page.locator('#en [part="label"]').waitFor();
    const fetched = async (): Promise<string[]> =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.startsWith('/cdn/')),
      );
    // Badges only: neither the scorecard's nor the chart's file, nor the chunk with the scoring engine.
    expect((await fetched()).some((p) => /scorecard|progress-chart/.test(p))).toBe(false);
    expect(await page.evaluate(() => customElements.get('eco-scorecard'))).toBeUndefined();

    await page.evaluate(() => {
      const card = document.createElement('eco-scorecard');
      card.setAttribute('src', '/no-such-file.json');
      const box = document.createElement('section');
      box.append(card);
      document.querySelector('main')!.append(box);
    });
    await page.locator('eco-scorecard [role="alert"]').waitFor();
    expect((await fetched()).some((p) => p.includes('eco-scorecard-'))).toBe(true);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('the one-file build eco-widgets.all.js defines every element with nothing fetched later', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/cdn-all.html`);
    await page.locator('#en [part="label"]').waitFor();
    expect(await page.locator('#en [part="label"]').textContent()).toBe('Done');
    expect(
      await page.evaluate(() =>
        ['eco-scorecard', 'eco-progress-chart'].every((t) => customElements.get(t) !== undefined),
      ),
    ).toBe(true);
    const files = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(files.filter((f) => f.startsWith('/cdn/'))).toEqual(['/cdn/eco-widgets.all.js']);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });

  it('next to a different version of the bundle: no error, the elements work, and the warnings name the clashing tags', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/other/two-versions.html`);
    await page.locator('#en [part="label"]').waitFor();
    await page.locator('eco-scorecard [role="alert"]').waitFor();
    expect(await page.locator('#en [part="label"]').textContent()).toBe('At risk');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    // One warning per element file that found its tag taken (the loader fetches one per element).
    // Which version defines first is a race of downloads; the other one's warning may come later.
    await page.waitForLoadState('networkidle');
    await expect.poll(() => problems.consoleWarnings.length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (const w of problems.consoleWarnings)
      expect(w).toMatch(
        /kept the elements another version already defined: <eco-(status-badge|scorecard)> \((0\.1\.0|9\.9\.9)\)/,
      );
    await page.close();
  });

  it('would report a violation: an inline script on the same page is blocked and seen', async () => {
    // Proves the watcher is not blind: the same page plus an inline script must yield a violation.
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/cdn-twice.html`);
    await page
      .evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
      })
      .catch(() => undefined);
    // The violation is reported asynchronously: wait for it rather than for a fixed time a loaded machine may exceed.
    await expect
      .poll(() => problems.cspViolations.length + problems.pageErrors.length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await page.close();
  });
});
