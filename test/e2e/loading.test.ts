import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { Server } from 'node:http';
import { assessBundle, parseBundle } from '@eco-reform/core';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// The CDN build as a portal loads it: what a page of precomputed assessments fetches (no engine),
// what a malformed assessment and a transient server error show, and what the elements say when the
// page's Trusted Types allow-list refuses Lit's policy.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const cdnDir = here('../../packages/widgets/dist/cdn/');
const bundleText = readFileSync(here('../../examples/meixi/bundle.json'), 'utf8');
/** The CSP of a page that lists its Trusted Types policies and leaves Lit's out. */
const WITHOUT_LIT_POLICY = `${STRICT_CSP}; trusted-types portal-policy`;

let browser: Browser;
let server: Server;
let origin: string;
let dir: string;
/** Answers of `/flaky/assessment.json` so far: the first is a 503, the next ones the assessment. */
let flakyAsked = 0;

const page = (title: string, body: string, script = '/cdn/eco-widgets.js', lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`;

beforeAll(async () => {
  if (!existsSync(`${cdnDir}eco-widgets.js`)) {
    throw new Error('packages/widgets/dist/cdn/eco-widgets.js is missing: run `npm run build` first (npm test does).');
  }
  const bundle = parseBundle(JSON.parse(bundleText));
  if (!bundle.ok) throw new Error('the example bundle must be valid');
  const assessment = assessBundle(bundle.value, { period: '2025' });
  const { cells: _cells, ...noCells } = assessment;
  dir = mkdtempSync(join(tmpdir(), 'eco-loading-'));
  writeFileSync(join(dir, 'bundle.json'), bundleText);
  writeFileSync(join(dir, 'assessment.json'), JSON.stringify(assessment));
  writeFileSync(join(dir, 'no-cells.json'), JSON.stringify(noCells));
  const three = (src: string) =>
    `<eco-scorecard unit="gangkou" src="${src}"></eco-scorecard><eco-breakdown unit="nanshan" src="${src}"></eco-breakdown><eco-ranking unit="gangkou" src="${src}"></eco-ranking>`;
  writeFileSync(join(dir, 'precomputed.html'), page('precomputed', three('/assessment.json')));
  writeFileSync(
    join(dir, 'bundle.html'),
    page('bundle', '<eco-scorecard unit="gangkou" src="/bundle.json"></eco-scorecard>'),
  );
  writeFileSync(join(dir, 'no-cells.html'), page('no cells', three('/no-cells.json')));
  writeFileSync(
    join(dir, 'no-cells-zh.html'),
    page('no cells', three('/no-cells.json'), '/cdn/eco-widgets.js', 'zh-CN'),
  );
  writeFileSync(
    join(dir, 'flaky.html'),
    page('flaky', '<eco-scorecard id="first" src="/flaky/assessment.json"></eco-scorecard>'),
  );
  writeFileSync(join(dir, 'tt.html'), page('tt', three('/assessment.json')));
  writeFileSync(join(dir, 'tt-zh.html'), page('tt', three('/assessment.json'), '/cdn/eco-widgets.js', 'zh-CN'));
  writeFileSync(join(dir, 'tt-all.html'), page('tt', three('/assessment.json'), '/cdn/eco-widgets.all.js'));
  server = createStaticServer({
    routes: { '/cdn/': cdnDir, '/': `${dir}/` },
    headers: { 'content-security-policy': STRICT_CSP },
    handler: (req, res) => {
      if (req.url?.startsWith('/tt')) {
        const file = req.url.slice(1);
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': WITHOUT_LIT_POLICY });
        res.end(readFileSync(join(dir, file), 'utf8'));
        return true;
      }
      if (req.url !== '/flaky/assessment.json') return false;
      flakyAsked += 1;
      if (flakyAsked === 1) res.writeHead(503).end('busy');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(assessment));
      return true;
    },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The paths under /cdn/ the page has fetched. */
const fetched = (p: Page): Promise<string[]> =>
  p.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.startsWith('/cdn/')),
  );

describe('a page of precomputed assessments', () => {
  it('shows them without fetching the validation and scoring engine; a bundle fetches it', async () => {
    const p = await browser.newPage();
    const problems = await watchPage(p);
    await p.goto(`${origin}/precomputed.html`);
    for (const tag of ['eco-scorecard', 'eco-breakdown', 'eco-ranking'])
      await p.locator(`${tag} table`).first().waitFor();
    await p.waitForLoadState('networkidle');
    expect((await fetched(p)).filter((f) => f.includes('eco-engine-'))).toEqual([]);
    // The loader and the chunk it shares, the chunk every element shares, the chunk every element
    // that reads data shares, and the three elements' own files (packages/widgets/scripts/cdn-chunks.mjs).
    expect((await fetched(p)).filter((f) => f.endsWith('.js'))).toHaveLength(7);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });

    await p.goto(`${origin}/bundle.html`);
    await p.locator('eco-scorecard table').first().waitFor();
    expect((await fetched(p)).filter((f) => f.includes('eco-engine-'))).toHaveLength(1);
    await p.close();
  });

  it('refuses one with the format marker and no cells: each element shows the error with the path, in the page’s language, and fires eco-data-error', async () => {
    for (const [file, heading, at] of [
      ['no-cells.html', 'the data does not match the expected format', 'at cells'],
      ['no-cells-zh.html', '数据格式不符合要求', '位置 cells'],
    ] as const) {
      const p = await browser.newPage();
      const problems = await watchPage(p);
      await p.addInitScript(() => {
        (window as unknown as { __errors: string[] }).__errors = [];
        document.addEventListener('eco-data-error', (e) =>
          (window as unknown as { __errors: string[] }).__errors.push((e.target as Element).localName),
        );
      });
      await p.goto(`${origin}/${file}`);
      for (const tag of ['eco-scorecard', 'eco-breakdown', 'eco-ranking']) {
        const alert = p.locator(`${tag} [role="alert"]`);
        await alert.waitFor();
        expect(await alert.textContent()).toContain(heading);
        expect(await p.locator(`${tag} [part="message-issues"] li`).first().textContent()).toContain(at);
      }
      const errors = await p.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
      expect(errors.sort()).toEqual(['eco-breakdown', 'eco-ranking', 'eco-scorecard']);
      expect((await fetched(p)).filter((f) => f.includes('eco-engine-'))).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await p.close();
    }
  });
});

describe('a request that failed', () => {
  it('is asked again on the next use: a 503 shows an error, a widget added later gets the data', async () => {
    const p = await browser.newPage();
    const problems = await watchPage(p);
    await p.goto(`${origin}/flaky.html`);
    await p.locator('#first [role="alert"]').waitFor();
    expect(await p.locator('#first [role="alert"]').textContent()).toContain('503');
    await p.evaluate(() => {
      const card = document.createElement('eco-scorecard');
      card.id = 'second';
      card.setAttribute('src', '/flaky/assessment.json');
      document.querySelector('main')!.append(card);
    });
    await p.locator('#second table').first().waitFor();
    expect(flakyAsked).toBe(2);
    expect(problems.pageErrors).toEqual([]);
    await p.close();
  });
});

describe('a page whose Trusted Types allow-list omits lit-html', () => {
  for (const [file, words] of [
    ['tt.html', 'trusted-types lit-html'],
    ['tt-zh.html', '请在 trusted-types 指令中加入该策略'],
    ['tt-all.html', 'trusted-types lit-html'],
  ] as const) {
    it(`${file}: every element says, as plain text, which policy to allow`, async () => {
      const p = await browser.newPage();
      await watchPage(p);
      const response = await p.goto(`${origin}/${file}`);
      expect(response?.headers()['content-security-policy']).toBe(WITHOUT_LIT_POLICY);
      for (const tag of ['eco-scorecard', 'eco-breakdown', 'eco-ranking']) {
        const message = p.locator(`${tag} > p[data-eco-cannot-render][role="alert"]`);
        await message.waitFor();
        expect(await message.textContent()).toContain(words);
        expect(await message.isVisible()).toBe(true);
      }
      expect(await p.evaluate(() => customElements.get('eco-scorecard'))).toBeUndefined();
      await p.close();
    });
  }
});
