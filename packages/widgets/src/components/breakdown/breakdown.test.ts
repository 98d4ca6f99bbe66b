import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { assess, parseBundle, type Assessment } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoBreakdown } from './breakdown.component.js';
import { expectUnknownPeriodError, expectUnknownUnitError } from '../../shared/not-found.testing.js';
import '../../elements/breakdown.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: unknown;
let assessment2024: Assessment;
beforeAll(async () => {
  bundle = await (await fetch('/examples/meixi/bundle.json')).json();
  const parsed = parseBundle(bundle);
  if (!parsed.ok) throw new Error('the example bundle must parse');
  assessment2024 = assess(parsed.value.framework, parsed.value.observations, { period: '2024' });
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

const ready = 'figure svg, [role="alert"]';
async function mount(setup: (el: EcoBreakdown) => void, lang = 'en', width = 640): Promise<EcoBreakdown> {
  const main = document.createElement('main');
  main.lang = lang;
  const h1 = document.createElement('h1');
  h1.textContent = 'Breakdown';
  const box = document.createElement('div');
  // Width through the CSSOM (not a style attribute), the way a host page's stylesheet would set it.
  box.style.width = `${width}px`;
  main.append(h1, box);
  const el = document.createElement('eco-breakdown');
  setup(el);
  box.append(el);
  document.body.append(main);
  await settle(el, ready);
  return el;
}
async function settle(el: EcoBreakdown, selector: string): Promise<void> {
  await untilRendered(el, selector);
}
const q = (el: EcoBreakdown, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoBreakdown, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (el: EcoBreakdown, s: string) => q(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.querySelector('main')!);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<eco-breakdown>', () => {
  it('scores a bundle and draws Nanshan’s waterfall: three area bars, the subtotal, the veto and cap markers, the total', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    const header = text(el, '[part="header"]');
    expect(header).toContain('Nanshan District · 2025');
    expect(header).toContain('94.1');
    expect(header).toContain('Fail');
    expect(qa(el, '[part="bar"].up')).toHaveLength(3);
    expect(qa(el, '[part="bar"].sum')).toHaveLength(2);
    expect(qa(el, '[part="marker"]')).toHaveLength(2);
    expect(qa(el, '[part="marker"].no-effect')).toHaveLength(1);
    expect(qa(el, '.marker-text').map((t) => t.textContent)).toEqual(['Veto → Fail', 'At most Good (no effect)']);
    expect(q(el, 'svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(el, '[part="summary"]')).toBe(
      'Nanshan District 2025: 94.1 = areas 94.1; grade Fail (veto: Red-line zone reduced, degraded or changed in nature: veto).',
    );
  });

  it('shows the table twin: a captioned table with a row per step, signed changes and running totals', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    expect(text(el, 'caption')).toBe('Nanshan District · 2025 · How the total is built');
    expect(qa(el, 'thead th').map((th) => th.textContent!.trim())).toEqual([
      'Step',
      'Kind',
      'Change',
      'Running total',
      'Explanation',
    ]);
    const rows = qa(el, 'tbody tr');
    expect(rows.map((r) => r.className)).toEqual(['area', 'area', 'area', 'subtotal', 'veto', 'cap', 'total']);
    const cells = (r: Element) => [...r.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent!.trim());
    expect(cells(rows[0]!)).toEqual(['Ecological space', 'Area points', '+29.70', '29.70']);
    expect(cells(rows[4]!)).toEqual([
      'Red-line zone reduced, degraded or changed in nature: veto',
      'Veto',
      '',
      '94.08',
    ]);
    expect(cells(rows[6]!)).toEqual(['Total', 'Total', '', '94.1']);
  });

  it('takes a precomputed assessment from an inline JSON script and speaks Chinese', async () => {
    const el = await mount((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(assessment2024);
      e.append(script);
      e.setAttribute('unit', 'gangkou');
    }, 'zh-CN');
    expect(text(el, '[part="header"]')).toContain('港口区 · 2024');
    expect(text(el, 'caption')).toBe('港口区 · 2024 · 总分构成');
    expect(text(el, '[part="summary"]')).toMatch(/^港口区 2024年：54\.7 = 各领域 54\.7；等次为不合格。$/);
    expect(qa(el, 'summary')[0]!.textContent).toContain('为什么？');
  });

  it('loads from src with the period and unit attributes', async () => {
    const el = await mount((e) => {
      e.setAttribute('src', '/examples/meixi/bundle.json');
      e.setAttribute('period', '2024');
      e.setAttribute('unit', 'xihu');
    });
    expect(text(el, '[part="header"]')).toContain('Xihu District · 2024');
    expect(text(el, 'tbody tr.total td:nth-child(4)')).toBe(String(assessment2024.results[0]!.total));
  });

  it('opens and closes a step’s why from the keyboard, with the core’s explanation inside', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    const veto = q(el, 'tr.veto details') as HTMLDetailsElement;
    const summary = veto.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Why? Red-line zone reduced, degraded or changed in nature: veto',
    );
    expect(veto.open).toBe(false);
    summary.focus();
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(veto.open).toBe(true);
    expect(veto.textContent).toContain('The grade is forced to Fail; the total alone, 94.1, reaches Excellent.');
    await userEvent.keyboard(' ');
    expect(veto.open).toBe(false);
    // Every step has its disclosure, reachable with Tab.
    expect(qa(el, 'tbody tr')).toHaveLength(qa(el, 'tbody details > summary').length);
  });

  it('switches unit from its picker and starts the new unit with its disclosures closed', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    (q(el, 'tr.area details') as HTMLDetailsElement).open = true;
    const select = q(el, '[part="header"] select') as HTMLSelectElement;
    select.value = 'gangkou';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('unit')).toBe('gangkou');
    expect(text(el, '[part="header"]')).toContain('Gangkou District · 2025');
    expect(qa(el, '[part="marker"]')).toHaveLength(1);
    expect(qa(el, 'details').some((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('follows a change of the page language', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    document.querySelector('main')!.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, 'caption')).toBe('南山区 · 2025 · 总分构成');
    expect(qa(el, '.marker-text')[0]!.textContent).toBe('一票否决 → 不合格');
  });

  it('shows a visible error and fires eco-data-error for a failing src', async () => {
    const errors: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.src = '/__missing-breakdown.json'));
    expect(text(el, '[role="alert"]')).toContain('404');
    expect(errors[0]).toMatchObject({ kind: 'http', src: '/__missing-breakdown.json' });
  });

  it('renders data as text: markup in names is never parsed', async () => {
    const hostile = structuredClone(assessment2024);
    hostile.units[0]!.name = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const el = await mount((e) => (e.data = hostile));
    expect(q(el, 'img')).toBeNull();
    expect(text(el, '[part="header"]')).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe-core violations: drawn, with a why opened, in Chinese, while loading and in the error state', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    expect(await axeViolations()).toEqual([]);
    for (const d of qa(el, 'details')) (d as HTMLDetailsElement).open = true;
    expect(await axeViolations()).toEqual([]);
    document.querySelector('main')!.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(await axeViolations()).toEqual([]);
    const loading = document.createElement('eco-breakdown');
    loading.setAttribute('src', '/__still-loading-breakdown.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await (loading as EcoBreakdown).updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    el.data = { nope: true };
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('an unknown unit (attribute or permalink) is an error naming the units there are, not the breakdown of another unit', async () => {
    await expectUnknownUnitError(mount, bundle);
  });

  it('a period without observations is an error naming the periods there are', async () => {
    await expectUnknownPeriodError(mount, bundle);
  });
});
