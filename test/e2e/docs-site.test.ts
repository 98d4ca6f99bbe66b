import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { listen } from '../../scripts/lib/static-server.mjs';
import { createPortalServer } from '../../scripts/lib/portal-server.mjs';
import { buildDocs, docsAreStale, docsCsp, guideAddress } from '../../scripts/lib/docs-site.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// The documentation site as `npm start` serves it: the same server, the site built as `npm start`
// builds it when it is missing or older than its sources (npm test builds it before vitest).
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (docsAreStale()) expect(buildDocs()).toBe(0);
  server = createPortalServer();
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

describe('the documentation site at /docs/', () => {
  it('answers /docs/ with the guides index under a CSP that allows its inline script by hash, not by unsafe-inline', async () => {
    const r = await get('/docs/');
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('href="documents/from-spreadsheet-to-portal.html"');
    expect(html).toContain('href="documents/installing.html"');
    const csp = r.headers.get('content-security-policy')!;
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(inline, 'utf8').digest('base64');
    expect(csp).toMatch(
      new RegExp(
        `^default-src 'self'; script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){4}$`,
      ),
    );
    expect(csp).not.toContain('unsafe');
    // The portal keeps its own strict policy with Trusted Types.
    expect((await get('/')).headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
  });

  it('serves the guides rendered as pages, and the search index', async () => {
    const guide = await get('/docs/documents/from-spreadsheet-to-portal.html');
    expect(guide.status).toBe(200);
    const html = await guide.text();
    expect(html).toContain('From your spreadsheet to your portal');
    expect(html).toMatch(/<h2[^>]*>.*Make the bundle/);
    expect(html).not.toContain('](data-formats.md');
    const search = await get('/docs/assets/search.js');
    expect(search.status).toBe(200);
    expect(await search.text()).toMatch(/^window\.searchData = "[A-Za-z0-9+/=]{1000,}";/);
  });

  it('redirects /guides/ and the old Markdown addresses to the rendered guides', async () => {
    const index = await get('/guides/');
    expect([index.status, index.headers.get('location')]).toEqual([301, '/docs/']);
    const guide = await get('/guides/embedding.md');
    expect([guide.status, guide.headers.get('location')]).toEqual([301, '/docs/documents/embedding.html']);
    expect((await fetch(`${origin}/guides/embedding.md`)).status).toBe(200);
    expect(guideAddress('/gallery/')).toBeUndefined();
  });

  it('shows signatures with named types: assess takes a Framework, not its inlined shape', async () => {
    const html = await (await get('/docs/functions/_eco-reform_core.assess.html')).text();
    expect(html.length).toBeLessThan(100_000);
    expect(html).toMatch(/framework<\/span>: <a[^>]*>Framework<\/a>/);
  });

  it('names the widgets’ doc tags in words, never raw "Tag" or "Csspart" headings', async () => {
    const html = await (await get('/docs/classes/_eco-reform_widgets.EcoScorecard.html')).text();
    const headings = [...html.matchAll(/<h4 class="tsd-anchor-link"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(headings).toContain('CSS part');
    expect(headings).toContain('Element');
    expect(headings.filter((h) => /^(Tag|Csspart|Cssproperty|Attr|Nocollapse)$/.test(h!))).toEqual([]);
  });
});

describe('the documentation site in Chromium, under its CSP', () => {
  it('loads the navigation and finds assessBundle by search, with no CSP violation or script error', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/docs/`);
    await page.locator('#tsd-nav-container a[href$="from-spreadsheet-to-portal.html"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#tsd-nav-container').textContent()).not.toContain('Loading');
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'assessBundle');
    await page.locator('#tsd-search-results li a[href*="assessBundle"]').first().waitFor({ timeout: 10_000 });
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });
});

describe('docsCsp', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const mainJs = 'be.innerHTML+=`html:not(.${this.key}) .tsd-is-${this.el.name} { display: none; }\n`';

  it('allows each inline script, and each text of the filters’ style element, by its SHA-256', () => {
    const html =
      '<script>a()</script><script src="x.js"></script><input type="checkbox" id="tsd-filter-protected" name="protected"/>' +
      '<input type="checkbox" id="tsd-filter-inherited" name="inherited" checked/>';
    const one = 'html:not(.filter-protected) .tsd-is-protected { display: none; }\n';
    const two = `${one}html:not(.filter-inherited) .tsd-is-inherited { display: none; }\n`;
    expect(docsCsp(html, mainJs)).toBe(
      `default-src 'self'; script-src 'self' ${sha('a()')}; style-src 'self' ${sha('')} ${sha(one)} ${sha(two)}`,
    );
  });

  it('refuses a main.js without the filter template instead of serving a policy that blocks it', () => {
    expect(() => docsCsp('<p></p>', 'nothing here')).toThrow('no filter rule template');
  });
});
