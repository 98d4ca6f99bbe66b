import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import type { Server } from 'node:http';
import { STRICT_CSP, createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, watchPage } from '../support/browser.js';
import { SETTLED, WIDGET_CASES, widgetMarkup } from '../support/widget-cases.js';

// Every widget fed from a `src` that misbehaves, each next to a healthy sibling of the same kind:
// the faulty one shows its error (or its data, for the large valid document), the sibling its
// data, and the page sees no uncaught error or unhandled rejection.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const TIMEOUT_MS = 400;
/** The timeout of every widget that must not time out (the healthy ones, the large document): longer than the test may take. */
const PATIENT_MS = 600_000;
const bundleText = readFileSync(here('../../examples/meixi/bundle.json'), 'utf8');

/**
 * A valid bundle of about 10 MB: the example city plus thousands of PM2.5 observations with long
 * notes for every district in the years before its own (1000–2019), so the latest year, the one
 * the widgets show, is still 2025 and every unit the widgets ask for is in it.
 */
function largeValidBundle(): string {
  const bundle = JSON.parse(bundleText) as { observations: Array<Record<string, unknown>> };
  const note = 'x'.repeat(1700);
  const districts = ['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou'];
  const extra = [];
  for (let year = 1000; year < 2020 && extra.length * 1700 < 10_000_000; year++) {
    for (const unit of districts) extra.push({ indicator: 'pm25', unit, period: `${year}`, value: 40, note });
  }
  bundle.observations.push(...extra);
  const text = JSON.stringify(bundle);
  if (text.length < 10_000_000) throw new Error('the large document must be at least 10 MB');
  return text;
}

/**
 * Answers of the `timeout` fault, held until its test has seen every widget's error: the server
 * never answers while the widgets wait, so no timer races a late answer however loaded the machine.
 */
const held: Array<import('node:http').ServerResponse> = [];

const faults: Record<string, { expect: 'error' | 'data'; answer: (res: import('node:http').ServerResponse) => void }> =
  {
    '404': { expect: 'error', answer: (res) => res.writeHead(404).end('not found') },
    '500': { expect: 'error', answer: (res) => res.writeHead(500).end('boom') },
    timeout: { expect: 'error', answer: (res) => void held.push(res) },
    'invalid-json': {
      expect: 'error',
      answer: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"framework": {"id": "x",'),
    },
    'schema-invalid': {
      expect: 'error',
      answer: (res) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"framework": {"id": 42}, "observations": "none"}'),
    },
    'ten-megabytes': {
      expect: 'data',
      answer: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(large),
    },
  };
let large = '';

let browser: Browser;
let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  large = largeValidBundle();
  dir = mkdtempSync(join(tmpdir(), 'eco-faults-'));
  writeFileSync(join(dir, 'bundle.json'), bundleText);
  for (const kind of Object.keys(faults)) {
    writeFileSync(
      join(dir, `${kind}.html`),
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fault: ${kind}</title>
<script type="module" src="/cdn/eco-widgets.js"></script></head>
<body><main>
${WIDGET_CASES.map(
  (
    w,
    k,
  ) => `<section>${widgetMarkup(w, `/fault/${kind}`, `faulty-${k}`, { timeout: String(kind === 'timeout' ? TIMEOUT_MS : PATIENT_MS) })}
${widgetMarkup(w, '/bundle.json', `healthy-${k}`, { timeout: String(PATIENT_MS) })}</section>`,
).join('\n')}
</main></body></html>`,
    );
  }
  server = createStaticServer({
    routes: { '/cdn/': here('../../packages/widgets/dist/cdn/'), '/': `${dir}/` },
    headers: { 'content-security-policy': STRICT_CSP },
    handler: (req, res) => {
      const kind = req.url?.match(/^\/fault\/([\w-]+)$/)?.[1];
      if (!kind || !faults[kind]) return false;
      faults[kind].answer(res);
      return true;
    },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const res of held.splice(0)) res.destroy();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('widgets whose src misbehaves', () => {
  for (const [kind, fault] of Object.entries(faults)) {
    it(`${kind}: each shows ${fault.expect === 'error' ? 'its error' : 'its data'}, its healthy sibling its data, no unhandled error`, async () => {
      const page = await browser.newPage();
      const problems = await watchPage(page);
      await page.addInitScript(() => {
        (window as unknown as { __rejections: string[] }).__rejections = [];
        window.addEventListener('unhandledrejection', (e) =>
          (window as unknown as { __rejections: string[] }).__rejections.push(String(e.reason)),
        );
      });
      await page.goto(`${origin}/${kind}.html`);
      await page.waitForFunction(
        (settled) => [...document.querySelectorAll('main [id]')].every((el) => el.shadowRoot?.querySelector(settled)),
        SETTLED,
        { timeout: 60_000 },
      );
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('main [id]')].map((el) => ({
          id: el.id,
          error: el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        })),
      );
      const healthy = states.filter((s) => s.id.startsWith('healthy-'));
      const faulty = states.filter((s) => s.id.startsWith('faulty-'));
      expect(healthy.filter((s) => s.error !== null).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
      expect(faulty).toHaveLength(WIDGET_CASES.length);
      if (fault.expect === 'error') {
        expect(faulty.filter((s) => s.error === null).map((s) => s.id)).toEqual([]);
        // The error says something, not only that something failed.
        for (const s of faulty) expect(s.error!.length).toBeGreaterThan(20);
      } else {
        expect(faulty.filter((s) => s.error !== null).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
      }
      expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      await page.close();
    });
  }
});
