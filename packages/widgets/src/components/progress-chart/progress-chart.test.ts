import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoProgressChart, ProgressChartSelectDetail } from './progress-chart.component.js';
import axe from 'axe-core';
import '../../define.js';
import { untilRendered } from '../../shared/rendered.testing.js';

interface Bundle {
  framework: { indicators: unknown[] };
  observations: Array<Record<string, unknown>>;
  reports: unknown[];
}
let bundle: Bundle;
beforeAll(async () => {
  bundle = (await (await fetch('/examples/meixi/bundle.json')).json()) as Bundle;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

const ready = '.plot svg, [role="alert"]';
async function mount(setup: (el: EcoProgressChart) => void, lang = 'en', width = 640): Promise<EcoProgressChart> {
  const main = document.createElement('main');
  main.lang = lang;
  const box = document.createElement('div');
  box.className = 'box';
  main.append(box);
  // Width through the CSSOM (not a style attribute), the way a host page's stylesheet would set it.
  box.style.width = `${width}px`;
  // No inner padding on the widget's surface, so the chart's width is the box's.
  box.style.setProperty('--eco-padding', '0');
  const el = document.createElement('eco-progress-chart');
  setup(el);
  box.append(el);
  document.body.append(main);
  await settle(el, ready);
  return el;
}
async function settle(el: EcoProgressChart, selector: string): Promise<void> {
  await untilRendered(el, selector);
}
const q = (el: EcoProgressChart, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoProgressChart, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (el: EcoProgressChart, s: string) => q(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: EcoProgressChart) => text(el, '[aria-live="polite"]');
const pm25 =
  (unit = 'gangkou') =>
  (e: EcoProgressChart) => {
    e.data = bundle;
    e.indicator = 'pm25';
    e.unit = unit;
  };
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.querySelector('main')!);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<eco-progress-chart>', () => {
  it('draws no target line, zone or plan for an indicator scored relative to the other units, and says there is no target', async () => {
    // Meixi's cluster-share as a published index writes it: min–max over the districts, no baseline, target or milestones.
    const relative = structuredClone(bundle) as unknown as {
      framework: { indicators: Array<Record<string, unknown>> };
    };
    const ind = relative.framework.indicators.find((i) => i['id'] === 'cluster-share')!;
    for (const key of ['baseline', 'target', 'milestones']) delete ind[key];
    Object.assign(ind, { attribute: 'reference', scoring: { method: 'minMax' } });
    const el = await mount((e) => {
      e.data = relative;
      e.indicator = 'cluster-share';
      e.unit = 'gangkou';
    });
    expect(qa(el, '.plot circle.point')).toHaveLength(6);
    expect([q(el, '[part="target"]'), q(el, '[part="band"]'), q(el, '[part="projection"]')]).toEqual([
      null,
      null,
      null,
    ]);
    expect(q(el, '[part="plan"]')!.getAttribute('d')).toBe('');
    expect(text(el, '[part="legend"]')).not.toMatch(/Target|Planned path/);
    expect(text(el, '[part="summary"]')).toContain('No target: scored relative to the other units. Status: No target.');
    expect(await axeViolations()).toEqual([]);
  });

  it('draws the actual series, plan, milestones, target, zone, projection and notes from the data property', async () => {
    const el = await mount(pm25());
    expect(text(el, '.title')).toBe('PM2.5 annual mean (µg/m³) · Gangkou District');
    expect(qa(el, '.plot circle.point')).toHaveLength(6);
    expect(q(el, '[part="actual"]')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){5}$/);
    expect(q(el, '[part="plan"]')!.getAttribute('d')).toMatch(/^M/);
    expect(qa(el, '[part="milestone"]')).toHaveLength(2);
    expect(q(el, '[part="target"]')).not.toBeNull();
    expect(q(el, '[part="band"]')).not.toBeNull();
    expect(q(el, '[part="projection"]')!.getAttribute('d')).toMatch(/^M/);
    expect(text(el, '.target-label')).toBe('Target 30');
    expect(text(el, '[part="notes"]')).toBe('2024: port expansion');
    expect(q(el, 'eco-status-badge')!.getAttribute('status')).toBe('deteriorating');
    const summary = text(el, '[part="summary"] p');
    expect(summary).toContain('42.8 µg/m³ in 2025 (plan: 32 µg/m³)');
    expect(summary).toContain('Target: at most 30 µg/m³ by 2026.');
    expect(summary).toContain('Status: Deteriorating.');
    expect(summary).toContain('Trend: unchanged since 2022.');
  });

  it('takes the bundle from an inline JSON script and speaks Chinese', async () => {
    const el = await mount((e) => {
      e.setAttribute('indicator', 'pm25');
      e.setAttribute('unit', 'xihu');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bundle);
      e.append(script);
    }, 'zh-CN');
    const summary = text(el, '[part="summary"] p');
    expect(summary).toContain('西湖区 · 细颗粒物（PM2.5）年均浓度：2025年为 30.5 微克/立方米（计划 31 微克/立方米）。');
    expect(summary).toContain('目标：2026年不高于 30 微克/立方米。');
    expect(summary).toContain('趋势：连续 5 期改善（2020年至2025年）。');
    expect(text(el, '[part="table-toggle"]')).toBe('以表格显示数据');
    expect(text(el, '.hint')).toMatch(/^聚焦图表后/);
  });

  it('fetches src like the scorecard, and re-renders when the page language changes', async () => {
    const el = await mount((e) => {
      e.src = '/examples/meixi/bundle.json';
      e.indicator = 'eco-villages';
      e.unit = 'nanshan';
    });
    expect(text(el, '.title')).toContain('Nanshan District');
    document.querySelector('main')!.removeAttribute('lang');
    document.documentElement.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, '.title')).toContain('南山区');
    expect(text(el, '[part="table-toggle"]')).toBe('以表格显示数据');
  });

  it.each([
    [
      'a failing src',
      (e: EcoProgressChart) => {
        e.src = '/__missing-bundle.json';
        e.indicator = 'pm25';
      },
      'http',
      '404',
    ],
    [
      'invalid data',
      (e: EcoProgressChart) => {
        e.data = { nope: true };
        e.indicator = 'pm25';
      },
      'schema',
      'does not match',
    ],
    [
      'an unknown indicator',
      (e: EcoProgressChart) => {
        pm25()(e);
        e.indicator = 'pm10';
      },
      'notFound',
      'the data has no indicator “pm10”; its indicators: redline-area, ',
    ],
    [
      'an unknown unit',
      (e: EcoProgressChart) => {
        pm25('atlantis')(e);
      },
      'notFound',
      'the data has no unit “atlantis”; its units: meixi, xihu, dongcheng, ',
    ],
    [
      'no indicator at all',
      (e: EcoProgressChart) => {
        e.data = bundle;
      },
      'notFound',
      'set the indicator attribute',
    ],
  ])('shows a visible, localised error and fires eco-data-error for %s', async (_, setup, kind, message) => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail));
    const el = await mount(setup);
    expect(text(el, '[role="alert"]')).toContain(message);
    expect(events.map((e) => e.kind)).toEqual([kind]);
    expect(events[0]!.reason.zh).toMatch(/\p{Script=Han}/u);
    el.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, '[role="alert"]')).toMatch(/^无法显示进展图/);
    expect(events).toHaveLength(1);
  });

  it('shows several units as small multiples on one scale, and lets the user hide one', async () => {
    const el = await mount(
      (e) => {
        e.data = bundle;
        e.setAttribute('indicator', 'pm25');
        e.setAttribute('units', 'xihu gangkou');
        e.setAttribute('height', '200');
      },
      'en',
      700,
    );
    expect(qa(el, '[part="panel"]')).toHaveLength(2);
    expect(qa(el, 'figcaption').map((c) => c.textContent)).toEqual(['Xihu District', 'Gangkou District']);
    const svgs = qa(el, '.plot svg');
    expect(svgs.map((s) => s.getAttribute('height'))).toEqual(['200', '200']);
    expect(svgs.map((s) => Number(s.getAttribute('width')))).toEqual([342, 342]);
    const ticks = (k: number) => [...svgs[k]!.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(ticks(0)).toEqual(ticks(1));
    const boxes = qa(el, '[part="series-picker"] input') as HTMLInputElement[];
    boxes[0]!.click();
    await el.updateComplete;
    expect(qa(el, 'figcaption').map((c) => c.textContent)).toEqual(['Gangkou District']);
    // The table twin is built only when asked for, then holds the shown unit's rows.
    expect(qa(el, 'tbody tr')).toHaveLength(0);
    (el.shadowRoot!.querySelector('[part="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(qa(el, 'tbody tr')).toHaveLength(6);
  });

  it('follows its container’s width through a ResizeObserver', async () => {
    const el = await mount(pm25(), 'en', 640);
    expect(q(el, '.plot svg')!.getAttribute('width')).toBe('640');
    (el.parentElement as HTMLElement).style.width = '360px';
    await settle(el, 'svg[width="360"]');
    expect(q(el, '.plot svg')!.getAttribute('width')).toBe('360');
  });

  it('moves between points with the arrow keys while focused, shows a tooltip and announces each point', async () => {
    const el = await mount(pm25());
    const plot = q(el, '[part="chart"]') as HTMLElement;
    expect(plot.getAttribute('tabindex')).toBe('0');
    expect(plot.getAttribute('aria-describedby')).toBe('summary-0 hint');
    plot.focus();
    await el.updateComplete;
    expect(live(el)).toBe('2025; Value: 42.8 µg/m³; Plan: 32 µg/m³ (point 6 of 6)');
    expect(text(el, '[part="tooltip"]')).toContain('Value: 42.8 µg/m³');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(live(el)).toBe('2024; Value: 42.8 µg/m³; Plan: 34 µg/m³; Note: port expansion (point 5 of 6)');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(live(el)).toBe('2020; Value: 44.5 µg/m³; Plan: 42 µg/m³ (point 1 of 6)');
    expect(q(el, 'circle.point.active')!.getAttribute('r')).toBe('6');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(live(el)).toContain('point 1 of 6');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(live(el)).toContain('point 6 of 6');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(q(el, '[part="tooltip"]')).toBeNull();
  });

  it('shows a note in the page language only, and one written only in the other language with its lang', async () => {
    const zhOnly = {
      ...bundle,
      observations: bundle.observations.map((o) =>
        o['indicator'] === 'pm25' && o['unit'] === 'gangkou' && o['period'] === '2024'
          ? { ...o, note: { zh: '港区扩建影响' } }
          : o,
      ),
    };
    const el = await mount((e) => {
      e.data = zhOnly;
      e.indicator = 'pm25';
      e.unit = 'gangkou';
    });
    const span = q(el, '[part="notes"] li span[lang]')!;
    expect([span.getAttribute('lang'), span.textContent]).toEqual(['zh-CN', '港区扩建影响']);
    expect(text(el, '[part="notes"]')).toBe('2024: 港区扩建影响');
    const both = await mount(pm25(), 'zh-CN');
    expect(text(both, '[part="notes"]')).toBe('2024年：港区扩建影响');
    expect(q(both, '[part="notes"] span[lang]')).toBeNull();
  });

  it('announces in Chinese', async () => {
    const el = await mount(pm25(), 'zh-CN');
    (q(el, '[part="chart"]') as HTMLElement).focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(live(el)).toBe(
      '2024年；数值：42.8 微克/立方米；计划：34 微克/立方米；备注：港区扩建影响（第 5 个，共 6 个）',
    );
  });

  it('fires eco-select on Enter and on click, never when properties are set', async () => {
    const events: ProgressChartSelectDetail[] = [];
    const el = await mount(pm25());
    document.addEventListener('eco-select', (e) => events.push((e as CustomEvent<ProgressChartSelectDetail>).detail));
    el.unit = 'xihu';
    el.indicator = 'pm25';
    await el.updateComplete;
    expect(events).toEqual([]);
    const plot = q(el, '[part="chart"]') as HTMLElement;
    plot.focus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toEqual([{ indicator: 'pm25', unit: 'xihu', period: '2020', value: 41.2 }]);
    expect(live(el)).toMatch(/^Selected: 2020/);
    expect(q(el, 'circle.point.selected')).not.toBeNull();
    const point = qa(el, '.plot circle.point')[3]!.getBoundingClientRect();
    plot.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, clientX: point.x + point.width / 2, clientY: point.y }),
    );
    await el.updateComplete;
    expect(events[1]).toEqual({ indicator: 'pm25', unit: 'xihu', period: '2023', value: 34.9 });
  });

  it('shows a tooltip on hover', async () => {
    const el = await mount(pm25());
    const plot = q(el, '[part="chart"]') as HTMLElement;
    const point = qa(el, '.plot circle.point')[1]!.getBoundingClientRect();
    plot.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: point.x + 2, clientY: point.y }),
    );
    await el.updateComplete;
    expect(text(el, '[part="tooltip"]')).toContain('2021');
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(q(el, '[part="tooltip"]')).toBeNull();
  });

  it('has a table twin behind a button, sortable by period and by value', async () => {
    const el = await mount(pm25('xihu'));
    const toggle = q(el, '[part="table-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(q(el, '#table')!.classList.contains('collapsed')).toBe(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(q(el, '#table')!.classList.contains('collapsed')).toBe(false);
    const periods = () => qa(el, 'tbody tr').map((r) => r.children[0]!.textContent);
    expect(periods()).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    const [byPeriod, byValue] = qa(el, 'th button.sort') as HTMLButtonElement[];
    byPeriod!.click();
    await el.updateComplete;
    expect(periods()[0]).toBe('2025');
    expect(qa(el, 'th[aria-sort]').map((th) => th.getAttribute('aria-sort'))).toEqual(['descending']);
    byValue!.click();
    await el.updateComplete;
    expect(qa(el, 'tbody tr').map((r) => r.children[1]!.textContent)).toEqual([
      '30.5',
      '32.7',
      '34.9',
      '37',
      '39',
      '41.2',
    ]);
    expect(text(el, 'th[aria-sort="ascending"]')).toContain('Value');
  });

  it('renders data as text only and never writes a style attribute', async () => {
    const hostile = structuredClone(bundle);
    const row = hostile.observations.find(
      (o) => o.indicator === 'pm25' && o.unit === 'gangkou' && o.period === '2024',
    )!;
    row['note'] = '<img src=x onerror=alert(1)>';
    const el = await mount((e) => {
      pm25()(e);
      e.data = hostile;
    });
    (q(el, '[part="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(q(el, 'img')).toBeNull();
    expect(text(el, '[part="notes"]')).toBe('2024: <img src=x onerror=alert(1)>');
    expect(qa(el, '[style]')).toEqual([]);
  });

  it('breaks the line at a missing year and says so', async () => {
    const holed = structuredClone(bundle);
    holed.observations = holed.observations.filter(
      (o) => !(o.indicator === 'pm25' && o.unit === 'gangkou' && o.period === '2022'),
    );
    const el = await mount((e) => {
      pm25()(e);
      e.data = holed;
    });
    expect(qa(el, '[part="gap"]')).toHaveLength(1);
    expect(q(el, '[part="actual"]')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(text(el, '[part="summary"] p')).toContain('No value for 2022.');
    expect(text(el, '[part="legend"]')).toContain('No data');
  });

  it('has no axe-core violations loaded, with the table shown, loading, and in the error state', async () => {
    document.title = 'progress chart';
    const el = await mount(pm25());
    const h1 = document.createElement('h1');
    h1.textContent = 'Progress';
    document.querySelector('main')!.prepend(h1);
    expect(await axeViolations()).toEqual([]);
    (q(el, '[part="chart"]') as HTMLElement).focus();
    (q(el, '[part="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(q(el, '[part="tooltip"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);

    vi.spyOn(window, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    el.data = undefined;
    el.src = '/__never-answers.json';
    await el.updateComplete;
    expect(text(el, '[role="status"]')).toBe('Loading the monitoring data…');
    expect(await axeViolations()).toEqual([]);

    el.src = null;
    el.data = { nope: true };
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe-core violations as small multiples in Chinese', async () => {
    document.title = 'progress chart';
    await mount(
      (e) => {
        e.data = bundle;
        e.indicator = 'forest-coverage';
        e.units = 'nanshan xihu';
      },
      'zh-CN',
      800,
    );
    const h1 = document.createElement('h1');
    h1.textContent = '进展';
    document.querySelector('main')!.prepend(h1);
    expect(await axeViolations()).toEqual([]);
  });
});
