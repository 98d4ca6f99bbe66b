import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// The gallery as `npm start` serves it: same routes, same strict CSP.
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

/** Every data widget the gallery shows (the status badges aside). */
const WIDGETS =
  'eco-scorecard, eco-progress-chart, eco-ranking, eco-breakdown, eco-task-board, eco-redline, eco-weights, eco-ledger';

/** Waits until every widget on the page has drawn its data or its error. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (widgets) =>
      [...document.querySelectorAll(widgets)].every((el) =>
        el.shadowRoot?.querySelector('table[part="table"], [part="chart"] svg, [role="alert"]'),
      ),
    WIDGETS,
    { timeout: 30_000 },
  );
}

describe('the widget gallery', () => {
  it('shows every widget in Chinese and in English with its snippet, under the strict CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = await watchPage(page);
    const consoleErrorUrls: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrorUrls.push(m.location().url);
    });
    await page.goto(`${origin}/gallery/`);
    await settled(page);
    const counts = await page.evaluate((widgets) => {
      const drawn = (tag: string) =>
        [...document.querySelectorAll(tag)].filter((el) => el.shadowRoot!.querySelector('table[part="table"]')).length;
      const failed = (tag: string) =>
        [...document.querySelectorAll(tag)].filter((el) => el.shadowRoot!.querySelector('[role="alert"]')).length;
      return {
        scorecards: document.querySelectorAll('eco-scorecard').length,
        tables: drawn('eco-scorecard'),
        charts: [...document.querySelectorAll('eco-progress-chart')].filter((el) =>
          el.shadowRoot!.querySelector('[part="chart"] svg'),
        ).length,
        errors: failed(widgets),
        badges: [...document.querySelectorAll('eco-status-badge')].filter(
          (el) => el.shadowRoot!.querySelector('[part="label"]')?.textContent,
        ).length,
        snippets: document.querySelectorAll('pre code').length,
        // The newer widgets: how many there are, how many drew their table, how many show their deliberate error.
        ranking: [document.querySelectorAll('eco-ranking').length, drawn('eco-ranking'), failed('eco-ranking')],
        breakdown: [document.querySelectorAll('eco-breakdown').length, drawn('eco-breakdown'), failed('eco-breakdown')],
        taskBoard: [
          document.querySelectorAll('eco-task-board').length,
          drawn('eco-task-board'),
          failed('eco-task-board'),
        ],
        redline: [document.querySelectorAll('eco-redline').length, drawn('eco-redline'), failed('eco-redline')],
        weights: [document.querySelectorAll('eco-weights').length, drawn('eco-weights'), failed('eco-weights')],
        ledger: [document.querySelectorAll('eco-ledger').length, drawn('eco-ledger'), failed('eco-ledger')],
      };
    }, WIDGETS);
    expect(counts).toEqual({
      scorecards: 8,
      tables: 6,
      charts: 6,
      errors: 6,
      badges: 24,
      snippets: 40,
      ranking: [6, 4, 2],
      breakdown: [4, 4, 0],
      taskBoard: [4, 4, 0],
      redline: [2, 2, 0],
      weights: [2, 2, 0],
      ledger: [4, 4, 0],
    });
    const header = (lang: string) =>
      page.locator(`.column[lang="${lang}"] eco-scorecard[unit="gangkou"] [part="header"]`).textContent();
    expect(await header('zh-CN')).toContain('港口区 · 2025');
    expect(await header('en')).toContain('Gangkou District · 2025');
    expect(await page.locator('.column[lang="en"] eco-scorecard[view="measures"] thead').textContent()).toContain(
      'Checker',
    );
    // The variants show what they are there to show: paging, a veto, the grouping and the as-of date, the period.
    expect(await page.locator('.column[lang="en"] eco-ranking[page-size="3"] [part="pager"]').textContent()).toMatch(
      /Page 1 of 2/,
    );
    expect(
      await page.locator('.column[lang="en"] eco-ranking[page-size="3"] table[part="table"] tbody tr').count(),
    ).toBe(3);
    expect(await page.locator('.column[lang="en"] eco-ranking:not([page-size]) [part="pager"]').count()).toBe(0);
    expect(
      await page.locator('.column[lang="en"] eco-breakdown[unit="nanshan"] [part="summary"]').textContent(),
    ).toContain('veto');
    expect(await page.locator('.column[lang="zh-CN"] eco-task-board:not([unit]) [part="group"]').count()).toBe(6);
    expect(await page.locator('.column[lang="en"] eco-task-board[unit="eeb"] [part="header"]').textContent()).toContain(
      'as of June 30, 2025',
    );
    expect(await page.locator('.column[lang="en"] eco-redline [part="header"]').textContent()).toContain('2025');
    expect(await page.locator('.column[lang="en"] eco-weights [part="slider"]').count()).toBeGreaterThan(0);
    // The ledger board: overdue first (the Dongcheng water bodies, 61 days), and one unit's items with its select set.
    const ledger = (lang: string, filter: string) => page.locator(`.column[lang="${lang}"] eco-ledger${filter}`);
    expect(await ledger('en', ':not([unit])').locator('[part="header"]').textContent()).toContain(
      'Supervision ledgers · as of',
    );
    expect(await ledger('zh-CN', ':not([unit])').locator('[part="item"]').first().textContent()).toMatch(/逾期 61 天/);
    expect(await ledger('en', ':not([unit])').locator('[part="item"]').first().textContent()).toContain('p-2025-03');
    const dongcheng = await ledger('en', '[unit="dongcheng"]').locator('[part="item"]').allTextContents();
    expect(dongcheng.length).toBeGreaterThan(0);
    expect(dongcheng.length).toBeLessThan(await ledger('en', ':not([unit])').locator('[part="item"]').count());
    // Snippets are the markup as written (outerHTML before the widgets upgrade), shown as text.
    const badgeSnippet = await page.locator('.column[lang="zh-CN"] pre code').first().textContent();
    expect(badgeSnippet?.split('\n')).toHaveLength(12);
    expect(badgeSnippet).toMatch(
      /^<eco-status-badge status="achieved"><\/eco-status-badge>\n<eco-status-badge status="onTrack"><\/eco-status-badge>\n/,
    );
    expect(badgeSnippet).toMatch(/\n<eco-status-badge status="done"><\/eco-status-badge>$/);
    expect(await page.locator('.column[lang="en"] pre code').last().textContent()).toBe(
      '<eco-ranking src="/data/no-such-file.json"></eco-ranking>',
    );
    expect(await page.locator('.column[lang="en"] pre code').nth(-2).textContent()).toBe(
      '<eco-progress-chart src="/data/no-such-file.json" indicator="pm25" unit="gangkou"></eco-progress-chart>',
    );
    // Written as authored, before the task board reflects its default `group-by`.
    expect(await page.locator('.column[lang="zh-CN"] eco-task-board:not([unit]) + pre code').textContent()).toBe(
      '<eco-task-board src="/data/bundle.json"></eco-task-board>',
    );
    expect(await page.locator('.column[lang="en"] pre code').nth(1).textContent()).toBe(
      '<eco-scorecard src="/data/bundle.json" unit="gangkou" view="areas"></eco-scorecard>',
    );
    // The only console errors are the browser's reports of the deliberate 404 for the missing file.
    expect(problems.consoleErrors.length).toBeGreaterThan(0);
    expect(problems.consoleErrors.every((m) => /404/.test(m))).toBe(true);
    expect(consoleErrorUrls.every((url) => url === `${origin}/data/no-such-file.json`)).toBe(true);
    expect(problems).toMatchObject({ pageErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });

  it('has no axe-core violations', async () => {
    // axe is injected as a script, which the CSP would rightly block: this check runs with it bypassed.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/gallery/`);
    await settled(page);
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

  it('is linked from the portal page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.click('a[href="/gallery/"]');
    await page.waitForURL(`${origin}/gallery/`);
    expect(await page.title()).toContain('gallery');
    await page.close();
  });
});
