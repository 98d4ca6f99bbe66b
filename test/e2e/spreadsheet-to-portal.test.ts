import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { main } from '../../packages/core/src/cli/main.js';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// The guide "From your spreadsheet to your portal", tried as a maintainer would: the example city's
// workbook and CSV through `eco-reform bundle`, the files it writes served beside the CDN folder,
// and the scorecard drawing them under the strict CSP.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const meixi = (name: string) => here(`../../examples/meixi/${name}`);
let dir: string;
let browser: Browser;
let server: Server;
let origin: string;

async function bundle(...args: string[]): Promise<number> {
  return main(['bundle', meixi('framework.json'), ...args], {
    stdout: () => {},
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eco-spreadsheet-'));
  expect(
    await bundle(meixi('observations.xlsx'), '--reports', meixi('reports.json'), '-o', join(dir, 'bundle.json')),
  ).toBe(0);
  expect(
    await bundle(meixi('observations.csv'), '--reports', meixi('reports.json'), '-o', join(dir, 'from-csv.json')),
  ).toBe(0);
  expect(await bundle(meixi('observations.xlsx'), '--assess', '2025', '-o', join(dir, 'assessment-2025.json'))).toBe(0);
  // The supervision office's workbook of ledgers, one sheet per ledger, carried in the same bundle.
  expect(
    await bundle(
      meixi('observations.xlsx'),
      '--reports',
      meixi('reports.json'),
      '--ledgers',
      meixi('ledgers.xlsx'),
      '--office',
      'supervision',
      '-o',
      join(dir, 'with-ledgers.json'),
    ),
  ).toBe(0);
  writeFileSync(
    join(dir, 'ledgers.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ledgers</title>
<script type="module" src="/cdn/eco-widgets.js"></script></head>
<body><main><h1>ledgers</h1><eco-ledger src="/data/with-ledgers.json" as-of="2025-12-31"></eco-ledger></main></body></html>`,
  );
  for (const file of ['bundle.json', 'from-csv.json', 'assessment-2025.json']) {
    writeFileSync(
      join(dir, `${file}.html`),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${file}</title>
<script type="module" src="/cdn/eco-widgets.js"></script></head>
<body><main><h1>${file}</h1><eco-scorecard src="/data/${file}" unit="gangkou"></eco-scorecard></main></body></html>`,
    );
  }
  server = createStaticServer({
    routes: { '/cdn/': here('../../packages/widgets/dist/cdn/'), '/data/': `${dir}/` },
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

describe('from a spreadsheet to the portal', () => {
  it('the ledger board shows the ledgers the bundle took from the workbook, overdue first, with no CSP or script error', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/data/ledgers.html`);
    const first = page.locator('eco-ledger [part="item"]').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.textContent()).toContain('61 days overdue');
    expect(await first.textContent()).toContain('p-2025-03');
    // Every item of the four ledgers, as ledger --as-of 2025-12-31 lists them from ledgers.json.
    expect(await page.locator('eco-ledger [part="item"]').count()).toBe(30);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
    await page.close();
  });

  for (const file of ['bundle.json', 'from-csv.json', 'assessment-2025.json']) {
    it(`the scorecard draws the ${file} that eco-reform bundle wrote, with no CSP or script error`, async () => {
      const page = await browser.newPage();
      const problems = await watchPage(page);
      await page.goto(`${origin}/data/${file}.html`);
      const header = page.locator('eco-scorecard [part="header"]');
      await header.waitFor({ timeout: 20_000 });
      expect(await header.textContent()).toContain('港口区 · 2025');
      expect(await header.textContent()).toContain('不合格');
      expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
      await page.close();
    });
  }
});
