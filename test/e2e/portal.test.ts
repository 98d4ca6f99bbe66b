import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// The page `npm start` serves, with the same routes and the strict CSP.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createStaticServer({
    routes: { '/cdn/': here('../../packages/widgets/dist/cdn/'), '/data/': here('../../examples/meixi/'), '/': here('../../examples/portal/') },
    headers: { 'content-security-policy': STRICT_CSP },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the portal page', () => {
  it('shows the example city’s scorecard in Chinese, switches to English, with no CSP or script error', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/`);
    const header = page.locator('eco-scorecard [part="header"]');
    await header.waitFor({ timeout: 20_000 });
    await page.locator('eco-progress-chart [part="chart"] svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('eco-progress-chart [part="summary"]').textContent()).toContain('港口区 · 细颗粒物（PM2.5）年均浓度：2025年为 42.8');
    expect(await header.textContent()).toContain('港口区 · 2025');
    expect(await header.textContent()).toContain('不合格');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.querySelector('eco-scorecard')?.shadowRoot?.textContent?.includes('Gangkou District'));
    expect(await page.locator('eco-scorecard table[part="table"] caption').textContent()).toBe('Scores by area');
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
  });
});
