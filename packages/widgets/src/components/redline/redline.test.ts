import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { assess, parseBundle, type Assessment, type Bundle } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoRedline, RedlineSelectDetail } from './redline.component.js';
import { expectUnknownUnitError } from '../../shared/not-found.testing.js';
import axe from 'axe-core';
import '../../elements/redline.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: Bundle;
let assessment: Assessment;
beforeAll(async () => {
  const parsed = parseBundle(await (await fetch('/examples/meixi/bundle.json')).json());
  if (!parsed.ok) throw new Error('the example bundle must parse');
  bundle = parsed.value;
  assessment = assess(bundle.framework, bundle.observations, { period: '2025' });
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(setup: (el: EcoRedline) => void, lang = 'en'): Promise<EcoRedline> {
  const main = document.createElement('main');
  main.lang = lang;
  const h1 = document.createElement('h1');
  h1.textContent = 'Red lines';
  main.append(h1);
  const el = document.createElement('eco-redline');
  setup(el);
  main.append(el);
  document.body.append(main);
  await untilRendered(el, '[part="summary"], [part="message"]:not([role="status"])');
  return el;
}
const q = (el: EcoRedline, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoRedline, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const zoneNames = (el: EcoRedline) => qa(el, '[part="zone"] .zone-name').map(text);
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.querySelector('main')!);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<eco-redline>', () => {
  it('checks the bundle’s five zones for the latest year and puts the breached one first in grade I', async () => {
    const el = await mount((e) => (e.data = bundle));
    expect(text(q(el, '[part="header"]'))).toContain('Ecological red lines · 2025');
    expect(text(q(el, '[part="summary"]'))).toBe(
      '5 red-line zones in 2025; 1 breached: Nanshan water-conservation forest (area 0.35 km² below the baseline); 4 held.',
    );
    expect(qa(el, '[part="group"] .group-title').map(text)).toEqual(['Grade I control', 'Grade II control']);
    expect(zoneNames(el)).toEqual([
      'Nanshan water-conservation forest',
      'Beiling biodiversity zone',
      'Xihu wetland zone',
      'Qingxi riparian zone',
      'Gangkou coastal wetland',
    ]);
    expect(qa(el, '[part="zone"].breached').map((z) => text(z.querySelector('.zone-name')))).toEqual([
      'Nanshan water-conservation forest',
    ]);
  });

  it('shows a breach in words and icon, not colour alone, with its explanation', async () => {
    const el = await mount((e) => (e.data = bundle));
    const nanshan = q(el, '[part="zone"].breached')!;
    const marker = nanshan.querySelector('.zone-head [part="badge"]')!;
    expect(marker.getAttribute('data-state')).toBe('breached');
    expect(text(marker)).toBe('Red line breached');
    expect(marker.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const rows = [...nanshan.querySelectorAll('[part="checks"] tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows[0]).toEqual(['Areaarea must not decrease', '12.4 km²', '12.05 km²', '-0.35 km² (-2.8%)', 'Breached']);
    expect(rows[1]!.slice(1)).toEqual(['0.86', '0.87', '+0.01', 'Held']);
    expect(rows[2]!.slice(1)).toEqual(['forest', 'forest', 'unchanged', 'Held']);
    expect(text(nanshan.querySelector('[part="explanation"]'))).toBe(
      'Area reduced — rule: area must not decrease. 12.05 km² against the baseline 12.4 km²: 0.35 km² (2.8%) less.',
    );
    expect(qa(el, '[part="explanation"]')).toHaveLength(1);
  });

  it('draws each zone’s area against its baseline, with the shortfall only where area was lost', async () => {
    const el = await mount((e) => (e.data = bundle));
    expect(qa(el, 'svg[part="chart"]')).toHaveLength(5);
    expect(qa(el, 'svg[part="chart"] line.mark')).toHaveLength(5);
    const shortfalls = qa(el, 'svg[part="chart"] rect.shortfall');
    expect(shortfalls).toHaveLength(1);
    expect(shortfalls[0]!.closest('[part="zone"]')!.classList.contains('breached')).toBe(true);
    expect(shortfalls[0]!.getAttribute('width')).toBe('3.5');
  });

  it('takes a bundle from an inline JSON script and speaks Chinese', async () => {
    const el = await mount((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bundle);
      e.append(script);
    }, 'zh-CN');
    expect(text(q(el, '[part="summary"]'))).toBe(
      '2025年共 5 个生态保护红线区；1 个突破红线：南山水源涵养红线区（面积比基数减少 0.35 平方公里）；4 个守住红线。',
    );
    expect(qa(el, '.group-title').map(text)).toEqual(['I 级管控', 'II 级管控']);
    expect(text(q(el, '[part="zone"].breached .zone-head [part="badge"]'))).toBe('突破红线');
    expect(text(q(el, '[part="explanation"]'))).toContain('违反“面积不减少”');
    expect(text(q(el, 'details summary'))).toBe('以表格查看全部数据');
  });

  it('loads from src, checks the period asked for and filters by unit', async () => {
    const el = await mount((e) => {
      e.src = '/examples/meixi/bundle.json';
      e.period = '2024';
      e.unit = 'nanshan';
    });
    expect(zoneNames(el)).toEqual(['Nanshan water-conservation forest']);
    expect(text(q(el, '[part="summary"]'))).toBe('1 red-line zone in 2024; none breached; 1 held.');
    el.unit = 'dongcheng';
    await el.updateComplete;
    expect(text(q(el, '[part="message"]'))).toBe('The selected unit has no red-line zone.');
    expect(q(el, '[part="controls"] select.unit')).not.toBeNull();
  });

  it('refuses a bare assessment with a message that a bundle is needed, in both languages', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.data = assessment));
    expect(text(q(el, '[role="alert"]'))).toBe(
      'The red lines cannot be shown: this is an assessment, which has no red lines: give a bundle { framework, observations, reports }',
    );
    expect(events[0]?.kind).toBe('schema');
    const zh = await mount((e) => (e.data = assessment), 'zh-CN');
    expect(text(q(zh, '[role="alert"]'))).toContain('请提供数据包');
  });

  it('shows a visible error for a failing src and fires eco-data-error', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.src = '/__missing-redline-bundle.json'));
    expect(text(q(el, '[role="alert"]'))).toContain('404');
    expect(events[0]).toMatchObject({ kind: 'http', src: '/__missing-redline-bundle.json' });
  });

  it('is keyboard operable: the period picker changes the year, and the table opens from its summary', async () => {
    const el = await mount((e) => (e.data = bundle));
    const period = q(el, 'select.period') as HTMLSelectElement;
    period.focus();
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(el.getAttribute('period')).toBe('2024');
    expect(text(q(el, '[part="summary"]'))).toBe('5 red-line zones in 2024; none breached; 5 held.');
    (q(el, 'select.unit') as HTMLSelectElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.tagName).toBe('SUMMARY');
    await userEvent.keyboard('{Enter}');
    const details = q(el, 'details') as HTMLDetailsElement;
    expect(details.open).toBe(true);
    const table = q(el, 'details [part="table"]')!;
    expect(text(table.querySelector('caption'))).toBe('Ecological red lines · 2024');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('fires eco-select when the user picks a unit, not when a property is set', async () => {
    const events: RedlineSelectDetail[] = [];
    const el = await mount((e) => (e.data = bundle));
    el.addEventListener('eco-select', (e) => events.push((e as CustomEvent<RedlineSelectDetail>).detail));
    el.unit = 'xihu';
    await el.updateComplete;
    expect(events).toEqual([]);
    const unit = q(el, 'select.unit') as HTMLSelectElement;
    unit.value = 'nanshan';
    unit.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).toEqual([{ period: '2025', unit: 'nanshan' }]);
    expect(el.getAttribute('unit')).toBe('nanshan');
    expect(zoneNames(el)).toEqual(['Nanshan water-conservation forest']);
  });

  it('renders data as text: markup in names is never parsed', async () => {
    const hostile = structuredClone(bundle);
    hostile.framework.redLines[0]!.name = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const el = await mount((e) => (e.data = hostile));
    expect(q(el, 'img')).toBeNull();
    expect(zoneNames(el)).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe-core violations: English with the table open, Chinese, the error state and while loading', async () => {
    const el = await mount((e) => (e.data = bundle));
    (q(el, 'details') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(await axeViolations()).toEqual([]);
    document.body.replaceChildren();
    await mount((e) => (e.data = bundle), 'zh-CN');
    expect(await axeViolations()).toEqual([]);
    document.body.replaceChildren();
    const bad = await mount((e) => (e.data = assessment));
    expect(q(bad, '[role="alert"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    const loading = document.createElement('eco-redline');
    loading.setAttribute('src', '/__still-loading-redline.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await (loading as EcoRedline).updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('an unknown unit (attribute or permalink) is an error naming the units there are, not "no red-line zones"', async () => {
    await expectUnknownUnitError(mount, bundle);
  });
});
