import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import '../define.js';
import { untilRendered } from './rendered.testing.js';

// What the shared frame promises, seen on real widgets: a narrow widget stacks its table, opening
// a "why" does not move the table's columns, and on paper the controls go while the content and
// the explanations stay.

afterEach(() => {
  document.body.replaceChildren();
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  await page.viewport(414, 896);
});

async function put(markup: string, width = '100%'): Promise<HTMLElement> {
  const main = document.createElement('main');
  main.lang = 'zh-CN';
  main.style.width = width;
  main.innerHTML = markup;
  document.body.replaceChildren(main);
  const el = main.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await untilRendered(el, 'table, [role="alert"]');
  return el;
}
const shown = (e: Element | null | undefined): boolean => !!e && e.getClientRects().length > 0;
const columnEdges = (el: HTMLElement): number[] =>
  [...el.shadowRoot!.querySelectorAll('table[part="table"] thead th')].map((th) =>
    Math.round(th.getBoundingClientRect().left),
  );

describe('the shared widget frame', () => {
  it('stacks a table into label–value rows when the widget, not the window, is narrow', async () => {
    await page.viewport(1366, 900);
    const el = await put(
      '<eco-scorecard src="/examples/meixi/bundle.json" unit="gangkou" view="indicators"></eco-scorecard>',
      '24rem',
    );
    const cell = [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody td[data-label]')].find((td) =>
      td.textContent!.trim(),
    )!;
    expect(getComputedStyle(cell).display).toBe('grid');
    expect(getComputedStyle(cell, '::before').content).toBe(`"${cell.getAttribute('data-label')}"`);
    // No value runs under its label: every line of every cell's value starts in the value column
    // (a gap and its share take three lines at this width, a department's name two).
    const under: string[] = [];
    for (const td of el.shadowRoot!.querySelectorAll<HTMLElement>('table[part="table"] tbody td[data-label]')) {
      const labelWidth = Number.parseFloat(getComputedStyle(td).gridTemplateColumns.split(' ')[0]!);
      const range = document.createRange();
      range.selectNodeContents(td);
      const left = td.getBoundingClientRect().left + labelWidth - 1;
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.left < left)) under.push(td.textContent!.trim());
    }
    expect(under).toEqual([]);
    (el.parentElement as HTMLElement).style.width = '60rem';
    // Two frames, so the widened layout has been drawn (a long table's rows are placed on screen after the first).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Wide again: no labels, and the row is one line of the table's columns, each cell under its heading.
    expect(getComputedStyle(cell, '::before').content).toBe('none');
    const headings = columnEdges(el);
    const row = [...cell.parentElement!.children].map((c) => Math.round(c.getBoundingClientRect().left));
    expect(row).toEqual(headings);
  });

  it('keeps a Chinese unit name whole: 市生态环境局 is one line, not one character per line', async () => {
    await page.viewport(768, 900);
    const el = await put(
      '<eco-scorecard src="/examples/meixi/bundle.json" unit="gangkou" view="indicators"></eco-scorecard>',
    );
    const cells = [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody td[data-label="责任单位"]')];
    expect(cells.length).toBeGreaterThan(0);
    const lineHeight = Number.parseFloat(getComputedStyle(cells[0]!).lineHeight);
    const tallest = Math.max(
      ...cells.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return range.getBoundingClientRect().height;
      }),
    );
    expect(tallest).toBeLessThan(lineHeight * 2.5);
  });

  it('opens a row’s why without moving the table’s columns', async () => {
    await page.viewport(1366, 900);
    const el = await put(
      '<eco-scorecard src="/examples/meixi/bundle.json" unit="gangkou" view="indicators"></eco-scorecard>',
    );
    const before = columnEdges(el);
    (el.shadowRoot!.querySelector('button.why-toggle') as HTMLButtonElement).click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown(el.shadowRoot!.querySelector('p.why:not([hidden])'))).toBe(true);
    expect(columnEdges(el)).toEqual(before);
  });

  it('prints content without controls: selects as their value, every why open, no buttons', async () => {
    await page.viewport(1366, 900);
    const card = await put(
      '<eco-scorecard src="/examples/meixi/bundle.json" unit="gangkou" view="indicators"></eco-scorecard>',
    );
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      const root = card.shadowRoot!;
      const picker = root.querySelector('[part="header"] select')!;
      expect(shown(picker)).toBe(true);
      expect(getComputedStyle(picker).appearance).toBe('none');
      expect(getComputedStyle(picker).borderTopStyle).toBe('none');
      expect(shown(root.querySelector('button.why-toggle'))).toBe(false);
      expect(shown(root.querySelector('.share button'))).toBe(false);
      expect(shown(root.querySelector('[part="controls"]'))).toBe(false);
      const whys = [...root.querySelectorAll('p.why')];
      expect(whys.length).toBeGreaterThan(0);
      expect(whys.every(shown)).toBe(true);
      expect(shown(root.querySelector('details.why-total > p'))).toBe(true);

      const breakdown = await put('<eco-breakdown src="/examples/meixi/bundle.json" unit="nanshan"></eco-breakdown>');
      const explanation = breakdown.shadowRoot!.querySelector('td > details ul');
      expect(shown(explanation)).toBe(true);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});
