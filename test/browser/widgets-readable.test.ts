import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import axe from 'axe-core';
import { SETTLED, WIDGET_CASES, widgetMarkup, type WidgetCase } from '../support/widget-cases.js';
import '@eco-reform/widgets/define.js';
import { untilRendered } from '../../packages/widgets/src/shared/rendered.testing.js';

// Every widget as a visitor sees it: on a phone (320, 390), a tablet or CMS column (768) and a
// desktop (1366), in both languages, on a light page and on a dark one. Each widget is put on the
// page once per language; widths are set in place (the widgets follow their own width) and the
// schemes are switched with the page's `color-scheme`, so the run stays short. The screenshots go
// to test/artifacts/screenshots/ (ignored by git) for a reviewer to open.

const WIDTHS = [320, 390, 768, 1366] as const;
const LANGS = ['zh-CN', 'en'] as const;
/** The page's scheme and the widget's `theme`: the four combinations the contrast check covers. */
const COMBINATIONS = [
  { name: 'light page, widget follows', page: 'light', theme: null },
  { name: 'light page, dark widget', page: 'light', theme: 'dark' },
  { name: 'dark page, light widget', page: 'dark', theme: 'light' },
  { name: 'dark page, widget follows', page: 'dark', theme: null },
] as const;
type Combination = (typeof COMBINATIONS)[number];

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

beforeAll(async () => {
  const style = document.createElement('style');
  style.textContent = `
    html { color-scheme: light; background: #ffffff; color: #1f2937; }
    html.dark { color-scheme: dark; background: #111827; color: #e5e7eb; }
    body { margin: 0; font-family: sans-serif; }
    main { padding: 8px; }
    /* A screenshot shows the first screen (what the test frame paints), not a task board
       20,000 px tall; clip (unlike hidden) makes no scroll box, so nothing else changes. */
    main.shot { max-height: 100vh; overflow-y: clip; }
  `;
  document.head.append(style);
  // The visitor's system is dark throughout: a light page must still get light widgets.
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  await page.viewport(414, 896);
});

async function put(w: WidgetCase, lang: string): Promise<HTMLElement> {
  const main = document.createElement('main');
  main.lang = lang;
  // widgetMarkup escapes every attribute; the cases are this repository's own.
  main.innerHTML = widgetMarkup(w, '/examples/meixi/bundle.json', 'w');
  document.body.replaceChildren(main);
  const el = main.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await untilRendered(el, SETTLED);
  return el;
}

async function show(el: HTMLElement, c: Combination): Promise<void> {
  document.documentElement.classList.toggle('dark', c.page === 'dark');
  if (c.theme) el.setAttribute('theme', c.theme);
  else el.removeAttribute('theme');
  await frame();
}

/** How far the page pans sideways, in CSS pixels (0 when it does not). */
function overflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** The outermost parts of a widget that stick out of the page, to say in a failure what to fix. */
function culprits(el: HTMLElement): string[] {
  const edge = document.documentElement.clientWidth;
  const out: string[] = [];
  const walk = (node: Element): void => {
    if (node.getBoundingClientRect().right > edge + 0.5) {
      out.push(`<${node.localName} class="${node.getAttribute('class') ?? ''}">`);
      return;
    }
    // A scroll box keeps what is wider than it inside: only the box itself can widen the page.
    if (getComputedStyle(node).overflowX !== 'visible') return;
    for (const child of node.children) walk(child);
  };
  for (const child of el.shadowRoot!.children) walk(child);
  return out.slice(0, 4);
}

/** axe's violations: every rule, or only colour contrast (for the schemes after the first). */
async function violationsOf(el: HTMLElement, only?: 'color-contrast'): Promise<string[]> {
  const results = await axe.run(el, {
    resultTypes: ['violations'],
    ...(only ? { runOnly: { type: 'rule' as const, values: [only] } } : {}),
  });
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`)
        .join(' | ')}`,
  );
}

const slug = (w: WidgetCase): string =>
  [w.tag.replace(/^eco-/, ''), ...Object.values(w.attributes)].join('-').replace(/[^a-z0-9-]+/gi, '-');

describe('every widget, at every width, in both languages and both schemes', () => {
  for (const w of WIDGET_CASES) {
    for (const lang of LANGS) {
      it(`${slug(w)} (${lang}) never widens the page, passes axe on light and dark pages, and is photographed`, async () => {
        await page.viewport(1366, 900);
        const el = await put(w, lang);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the widget drew its data').toBeNull();
        const wide: string[] = [];
        for (const width of WIDTHS) {
          await page.viewport(width, 900);
          await frame();
          for (const c of [COMBINATIONS[0], COMBINATIONS[3]]) {
            await show(el, c);
            const by = overflow();
            if (by > 0) wide.push(`${width}px ${c.page}: ${by}px too wide: ${culprits(el).join(' ')}`);
            el.parentElement!.classList.add('shot');
            await page.screenshot({
              element: el.parentElement!,
              path: `../artifacts/screenshots/${slug(w)}.${lang}.${width}.${c.page}.png`,
            });
            el.parentElement!.classList.remove('shot');
          }
        }
        expect(wide, wide.join('\n')).toEqual([]);
        await page.viewport(390, 900);
        await frame();
        const violations: string[] = [];
        for (const [k, c] of COMBINATIONS.entries()) {
          await show(el, c);
          for (const v of await violationsOf(el, k === 0 ? undefined : 'color-contrast'))
            violations.push(`${c.name}: ${v}`);
        }
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }
  }
});
