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
    routes: {
      '/cdn/': here('../../packages/widgets/dist/cdn/'),
      '/data/': here('../../examples/meixi/'),
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

describe('the portal page', () => {
  it('shows the example city’s scorecard in Chinese, switches to English, with no CSP or script error', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/`);
    const header = page.locator('eco-scorecard [part="header"]');
    await header.waitFor({ timeout: 20_000 });
    await page.locator('eco-progress-chart [part="chart"] svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('eco-progress-chart [part="summary"]').textContent()).toContain(
      '港口区 · 细颗粒物（PM2.5）年均浓度：2025年为 42.8',
    );
    expect(await header.textContent()).toContain('港口区 · 2025');
    expect(await header.textContent()).toContain('不合格');
    await page.click('#lang-toggle');
    await page.waitForFunction(() =>
      document.querySelector('eco-scorecard')?.shadowRoot?.textContent?.includes('Gangkou District'),
    );
    expect(await page.locator('eco-scorecard table[part="table"] caption').textContent()).toBe('Scores by area');
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
  });

  it('shows every widget for the example city, and one unit picked in the ranking follows through the page', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/`);
    const tags = [
      'eco-headline',
      'eco-scorecard',
      'eco-progress-chart',
      'eco-ranking',
      'eco-breakdown',
      'eco-weights',
      'eco-task-board',
      'eco-redline',
      'eco-ledger',
      'eco-status-badge',
    ];
    await page.waitForFunction(
      (list) =>
        list.every((t) =>
          [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector('table, svg, ul, input')),
        ),
      tags,
      { timeout: 30_000 },
    );
    const alerts = await page.evaluate(
      (list) => list.filter((t) => document.querySelector(t)?.shadowRoot?.querySelector('[role="alert"]')),
      tags,
    );
    expect(alerts).toEqual([]);
    // 2025: the one breached zone is Nanshan's forest, and the red-line panel says so first.
    expect(await page.evaluate(() => document.querySelector('eco-redline')!.shadowRoot!.textContent)).toMatch(/南山/);
    expect(await page.locator('eco-ranking [part="summary"]').textContent()).toContain('港口区');
    // The supervision ledgers as of the year's end, the overdue items first.
    expect(await page.locator('eco-ledger [part="item"]').first().getAttribute('class')).toContain('overdue');
    // The page opens on the city as a whole, and says why the unit below is the one shown: the last ranked.
    expect(await page.locator('eco-headline [part="score"]').textContent()).toMatch(/^全市平均分 \d+\.\d \/ 100$/);
    expect(await page.locator('eco-headline [part="meta"] a').getAttribute('href')).toBe(
      '/docs/documents/scoring-methods.html',
    );
    const lastRow = page.locator('eco-ranking table[part="table"] tbody tr').last();
    expect(await lastRow.locator('th').textContent()).toContain('港口区');
    expect(await lastRow.locator('td').first().textContent()).toBe('第6');
    expect(await page.locator('#unit-why').textContent()).toContain(
      '港口区：它在 2025年考核中排名末位（第 6 名，共 6 名）',
    );

    // Pick Xihu in the ranking: the scorecard, the chart and the breakdown follow, and the
    // ranking's permalink puts it in the address.
    await page.locator('eco-ranking tbody button', { hasText: '西湖区' }).first().click();
    await page.waitForFunction(() =>
      document
        .querySelector('eco-scorecard')
        ?.shadowRoot?.querySelector('[part="header"]')
        ?.textContent?.includes('西湖区'),
    );
    expect(
      await page.evaluate(() =>
        ['eco-progress-chart', 'eco-breakdown'].map(
          (t) => (document.querySelector(t) as unknown as { unit: string }).unit,
        ),
      ),
    ).toEqual(['xihu', 'xihu']);
    expect(await page.evaluate(() => location.hash)).toContain('city-ranking.unit=xihu');
    expect(await page.locator('#unit-why').textContent()).toBe('以下各部分显示您在排名或计分卡中选择的单位。');

    // Move a weight with the keyboard: the weights' ranking is re-scored and the change announced, and kept in the address.
    const slider = page.locator('eco-weights input[type="range"]').first();
    await slider.focus();
    await slider.press('End');
    await page.waitForFunction(() => /weights=/.test(location.hash));
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });

  it('has no axe-core violations with every widget on it', async () => {
    // axe is injected as a script, which the CSP would rightly block: this check runs with it bypassed.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () =>
        [
          'eco-ranking',
          'eco-breakdown',
          'eco-weights',
          'eco-task-board',
          'eco-redline',
          'eco-scorecard',
          'eco-progress-chart',
        ].every((t) => document.querySelector(t)?.shadowRoot?.querySelector('table, svg, ul, input')),
      undefined,
      { timeout: 30_000 },
    );
    await page.addScriptTag({ path: here('../../node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      return (await axe.run(document)).violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
