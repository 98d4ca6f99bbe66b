import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';

// What users install is what is tested: both packages packed with `npm pack` (after the build
// `npm test` runs first), installed into a fresh project outside the workspace, then used from
// plain Node, through the installed `eco-reform` command, and in Chromium from the installed CDN file.
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let browser: Browser | undefined;
let server: Server | undefined;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eco-reform-tarballs-'));
  const packs = path.join(dir, 'packs');
  mkdirSync(packs);
  for (const pkg of ['core', 'widgets']) {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], {
      cwd: path.join(root, 'packages', pkg),
      stdio: 'pipe',
    });
  }
  const tarballs = readdirSync(packs).map((f) => path.join(packs, f));
  const app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'tarball-check', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
    cwd: app,
    stdio: 'pipe',
  });
  for (const f of ['framework.json', 'observations.csv'])
    copyFileSync(path.join(root, 'examples/meixi', f), path.join(app, f));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the packed packages, installed from their tarballs', () => {
  it('score the example city from plain Node', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseFramework, readObservationsCsv, assess } from '@eco-reform/core';
      const f = parseFramework(JSON.parse(readFileSync('framework.json', 'utf8')));
      const o = readObservationsCsv(readFileSync('observations.csv', 'utf8'));
      const a = assess(f.value, o.value, { period: '2025' });
      console.log(a.results.map((r) => r.unit + ':' + r.rank).join(','));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.join(dir, 'app'),
      encoding: 'utf8',
    });
    expect(out.trim()).toMatch(/^xihu:1,dongcheng:2,/);
  });

  it('install a working eco-reform command and ship the JSON Schema', () => {
    const out = execFileSync(
      path.join(dir, 'app/node_modules/.bin/eco-reform'),
      ['validate', 'framework.json', '--lang', 'en'],
      { cwd: path.join(dir, 'app'), encoding: 'utf8' },
    );
    expect(out).toMatch(/^✔ meixi-2024/);
    const schema = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import s from '@eco-reform/core/framework.schema.json' with { type: 'json' }; console.log(s.title)",
      ],
      { cwd: path.join(dir, 'app'), encoding: 'utf8' },
    );
    expect(schema.trim()).toBe('eco-reform framework or bundle');
  });

  it('load the installed CDN file in Chromium under the strict CSP', async () => {
    const cdn = path.join(dir, 'app/node_modules/@eco-reform/widgets/dist/cdn/');
    const pages = path.join(dir, 'pages');
    mkdirSync(pages);
    writeFileSync(
      path.join(pages, 'index.html'),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title><script type="module" src="/cdn/eco-widgets.js"></script></head><body><main><eco-status-badge status="done"></eco-status-badge></main></body></html>',
    );
    server = createStaticServer({
      routes: { '/cdn/': cdn, '/': pages },
      headers: { 'content-security-policy': STRICT_CSP },
    });
    const origin = `http://127.0.0.1:${await listen(server)}`;
    browser = await launchChromium();
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/`);
    await page.locator('eco-status-badge [part="label"]').waitFor();
    expect(await page.locator('eco-status-badge [part="label"]').textContent()).toBe('已完成');
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], consoleWarnings: [], cspViolations: [] });
  });
});
