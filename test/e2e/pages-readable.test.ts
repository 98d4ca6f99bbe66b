import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../support/browser.js';

// The portal and the gallery as `npm start` serves them, on a phone, a tablet and a desktop, in
// both languages and both of the visitor's schemes: the page never pans sideways, and in dark it
// passes axe's contrast check. Screenshots of the first screen go to test/artifacts/screenshots/.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createStaticServer({
    routes: {
      '/cdn/': here('../../packages/widgets/dist/cdn/'),
      '/data/': here('../../examples/meixi/'),
      '/gallery/': here('../../examples/gallery/'),
      '/': here('../../examples/portal/'),
    },
    headers: { 'content-security-policy': STRICT_CSP },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const WIDGETS =
  'eco-scorecard, eco-progress-chart, eco-ranking, eco-breakdown, eco-task-board, eco-redline, eco-weights';

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (widgets) =>
      [...document.querySelectorAll(widgets)].every((el) =>
        el.shadowRoot?.querySelector('table[part="table"], [part="chart"] svg, [role="alert"]'),
      ),
    WIDGETS,
    { timeout: 60_000 },
  );
}

/** How far the page pans sideways and, if it does, the outermost elements that stick out. */
function sideways(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const by = document.documentElement.scrollWidth - edge;
    if (by <= 0) return null;
    const out: string[] = [];
    const walk = (node: Element): void => {
      if (out.length >= 4) return;
      if (node.getBoundingClientRect().right > edge + 0.5) {
        const inner = node.shadowRoot ? [...node.shadowRoot.children] : [];
        const before = out.length;
        for (const child of inner) walk(child);
        if (out.length === before) out.push(`<${node.localName} class="${node.getAttribute('class') ?? ''}">`);
        return;
      }
      if (getComputedStyle(node).overflowX !== 'visible') return;
      for (const child of node.children) walk(child);
    };
    walk(document.body);
    return `${by}px too wide: ${out.join(' ')}`;
  });
}

const PAGES = [
  { name: 'portal', path: '/?lang=zh-CN' },
  { name: 'portal', path: '/?lang=en' },
  { name: 'gallery', path: '/gallery/' },
] as const;

describe('the portal and the gallery on every screen', () => {
  for (const p of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${p.name} ${p.path} (${scheme}) does not pan sideways at 320, 390, 768 or 1366 px`, async () => {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${origin}${p.path}`);
        await settled(page);
        const wide: string[] = [];
        for (const width of [320, 390, 768, 1366]) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const problem = await sideways(page);
          if (problem) wide.push(`${width}px: ${problem}`);
          const lang = new URL(`${origin}${p.path}`).searchParams.get('lang') ?? 'both';
          await page.screenshot({
            path: here(`../artifacts/screenshots/page-${p.name}.${lang}.${width}.${scheme}.png`),
          });
        }
        expect(wide, wide.join('\n')).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }

  it('the portal in the visitor’s dark scheme, on a phone, has no contrast violation', async () => {
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 390, height: 900 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await settled(page);
    await page.addScriptTag({ path: here('../../node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return r.violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the portal’s language in its address', () => {
  it('opens in the language of ?lang=, and its button writes the new choice into the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/?lang=en#city-ranking.unit=xihu`);
    await page.waitForFunction(() =>
      document
        .querySelector('eco-scorecard')
        ?.shadowRoot?.querySelector('table[part="table"] caption')
        ?.textContent?.includes('Scores'),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#lang-toggle').textContent()).toBe('中文');
    const hash = await page.evaluate(() => location.hash);
    await page.click('#lang-toggle');
    // The hash holds the widgets' permalinks (the ranking's, and those the task board adds): untouched.
    expect(await page.evaluate(() => [location.search, location.hash, document.documentElement.lang])).toEqual([
      '?lang=zh-CN',
      hash,
      'zh-CN',
    ]);
    expect(hash).toContain('city-ranking.unit=xihu');
    await page.reload();
    await page.waitForFunction(() =>
      document
        .querySelector('eco-scorecard')
        ?.shadowRoot?.querySelector('table[part="table"] caption')
        ?.textContent?.includes('各领域'),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  }, 120_000);
});
