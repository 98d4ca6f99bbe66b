import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoWeights, WeightsChangeDetail } from './weights.component.js';
import { expectUnknownPeriodError, expectUnknownUnitError } from '../../shared/not-found.testing.js';
import axe from 'axe-core';
import '../../elements/weights.js';

// The core's seeded generator (internal to it), so the synthetic city is the same on every run.
import { mulberry32 } from '../../../../core/src/_lib/mulberry32.js';
import { untilRendered } from '../../shared/rendered.testing.js';

interface RawBundle {
  framework: { units: Array<Record<string, unknown>>; indicators: Array<{ id: string }> } & Record<string, unknown>;
  observations: Array<{ indicator: string; unit: string; period: string; value: number | boolean | null }>;
  reports: unknown[];
}
let bundle: RawBundle;
const startUrl = `${location.pathname}${location.search}`;
beforeAll(async () => {
  bundle = (await (await fetch('/examples/meixi/bundle.json')).json()) as RawBundle;
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  history.replaceState(history.state, '', startUrl);
});

/** Meixi's framework with `n` more districts, each observed in 2025 within the range Meixi's own values span. */
function syntheticBundle(n: number): RawBundle {
  const random = mulberry32(2025);
  const ranges = new Map<string, { min: number; max: number; boolean: boolean }>();
  for (const o of bundle.observations) {
    const r = ranges.get(o.indicator) ?? { min: Infinity, max: -Infinity, boolean: typeof o.value === 'boolean' };
    if (typeof o.value === 'number') {
      r.min = Math.min(r.min, o.value);
      r.max = Math.max(r.max, o.value);
    }
    ranges.set(o.indicator, r);
  }
  const units = Array.from({ length: n }, (_, k) => ({
    id: `s${k}`,
    name: { zh: `合成区 ${k}`, en: `Synthetic ${k}` },
    kind: 'district',
    tags: ['plain'],
  }));
  const observations = units.flatMap((u) =>
    bundle.framework.indicators.map((ind) => {
      const r = ranges.get(ind.id)!;
      return {
        indicator: ind.id,
        unit: u.id,
        period: '2025',
        value: r.boolean ? random() < 0.5 : Math.round((r.min + (r.max - r.min) * random()) * 10) / 10,
      };
    }),
  );
  return {
    framework: { ...bundle.framework, units: [...bundle.framework.units, ...units] },
    observations,
    reports: bundle.reports,
  };
}

async function mount(setup: (el: EcoWeights) => void, lang = 'en'): Promise<EcoWeights> {
  const main = document.createElement('main');
  main.lang = lang;
  const el = document.createElement('eco-weights');
  setup(el);
  main.append(el);
  document.body.append(main);
  await untilRendered(el, 'table, [role="alert"]');
  return el;
}
const q = (el: EcoWeights, s: string) => el.shadowRoot!.querySelector(s);
const sliders = (el: EcoWeights) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="range"]')];
// A row's unit name, without the "(selected)" label of the highlighted unit.
const units = (el: EcoWeights) =>
  [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) =>
    [...th.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
const ranks = (el: EcoWeights) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent!.trim());
const live = (el: EcoWeights) => q(el, '[aria-live="polite"]')!.textContent!.trim();
const changes = (el: EcoWeights): WeightsChangeDetail[] => {
  const seen: WeightsChangeDetail[] = [];
  el.addEventListener('eco-weights-change', (e) => seen.push(e.detail));
  return seen;
};
const axeRun = async () =>
  (await axe.run(document.querySelector('main')!)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('<eco-weights>', () => {
  it('starts from the official weights: a labelled 0–5 slider per area, the official ranking, no change', async () => {
    const el = await mount((e) => (e.data = bundle));
    const inputs = sliders(el);
    expect(inputs.map((i) => [i.labels?.[0]?.textContent, i.min, i.max, i.step, i.value])).toEqual([
      ['Ecological space', '0', '5', '1', '4'],
      ['Ecological environment', '0', '5', '1', '5'],
      ['Industrial structure', '0', '5', '1', '3'],
    ]);
    expect(inputs[1]!.getAttribute('aria-valuetext')).toBe('5 (40% of the total)');
    expect(
      [...el.shadowRoot!.querySelectorAll('.slider .value')].map((v) => v.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual(['4 (35%)', '5 (40%)', '3 (25%)']);
    expect(q(el, 'caption')!.textContent).toBe('Official ranking · 2025 · top 6 of 6 units');
    expect(units(el)).toEqual([
      'Xihu District',
      'Dongcheng District',
      'Nanshan District',
      'Qingxi County',
      'Beiling County',
      'Gangkou District',
    ]);
    expect((q(el, 'button.reset') as HTMLButtonElement).disabled).toBe(true);
    expect(el.weights).toBeNull();
  });

  it('loads a bundle from src and speaks Chinese', async () => {
    const el = await mount((e) => e.setAttribute('src', '/examples/meixi/bundle.json'), 'zh-CN');
    expect(q(el, 'legend')!.textContent).toContain('我的权重');
    expect(sliders(el).map((i) => i.labels?.[0]?.textContent)).toEqual([
      '生态空间优化',
      '生态环境优化',
      '产业结构优化',
    ]);
    expect(q(el, 'caption')!.textContent).toBe('官方排名 · 2025 · 前 6 名，共 6 个单位');
    expect(q(el, 'button.reset')!.textContent).toBe('恢复官方权重');
  });

  it('re-scores from the keyboard: an arrow key on a slider changes the ranking, announces it and fires eco-weights-change', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    const seen = changes(el);
    el.weights = { space: 1, env: 5, industry: 0 };
    await el.updateComplete;
    expect(units(el).slice(0, 2)).toEqual(['Xihu District', 'Nanshan District']);
    expect(seen).toEqual([]); // set from code: no event
    sliders(el)[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(sliders(el)[0]!.value).toBe('0');
    expect(units(el).slice(0, 3)).toEqual(['Nanshan District', 'Xihu District', 'Dongcheng District']);
    expect(q(el, 'tbody tr')!.querySelector('.change')!.textContent).toBe('↑2up 2');
    expect(live(el)).toBe('Ranking updated: Nanshan District now 1st (was 2nd)');
    expect(
      seen.map((d) => [d.weights, d.official, d.assessment.results.find((r) => r.unit === 'nanshan')!.rank]),
    ).toEqual([[{ space: 0, env: 5, industry: 0 }, false, 1]]);
    expect(el.weights).toEqual({ space: 0, env: 5, industry: 0 });
    expect(q(el, 'caption')!.textContent).toContain('Ranking under your weights');
  });

  it('shows ties as ties and restores the official weights with the reset button, from the keyboard', async () => {
    const el = await mount((e) => (e.data = bundle));
    const seen = changes(el);
    el.weights = { space: 0, env: 0, industry: 1 };
    await el.updateComplete;
    expect(ranks(el).slice(0, 3)).toEqual(['T1', 'T1', '3']);
    const reset = q(el, 'button.reset') as HTMLButtonElement;
    reset.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.weights).toBeNull();
    expect(sliders(el).map((i) => i.value)).toEqual(['4', '5', '3']);
    expect(units(el)[0]).toBe('Xihu District');
    expect(seen.map((d) => [d.official, d.weights])).toEqual([[true, { space: 0.35, env: 0.4, industry: 0.25 }]]);
  });

  it('keeps the weights in the URL hash when asked: read on load, written on change without history entries, followed on hashchange', async () => {
    history.replaceState(history.state, '', `${startUrl}#card.unit=xihu&weights=space:0,env:5,industry:0,nowhere:3`);
    const length = history.length;
    const el = await mount((e) => {
      e.data = bundle;
      e.hash = true;
    });
    const seen = changes(el);
    expect(sliders(el).map((i) => i.value)).toEqual(['0', '5', '0']);
    expect(units(el)[0]).toBe('Nanshan District');
    expect(location.hash).toBe('#card.unit=xihu&weights=space:0,env:5,industry:0');
    sliders(el)[2]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(location.hash).toBe('#card.unit=xihu&weights=space:0,env:5,industry:1');
    expect(history.length).toBe(length);
    const followed = new Promise<void>((r) => el.addEventListener('eco-weights-change', () => r(), { once: true }));
    location.hash = '#card.unit=xihu&weights=space:5,env:0,industry:0';
    await followed;
    await el.updateComplete;
    expect(sliders(el).map((i) => i.value)).toEqual(['5', '0', '0']);
    expect(units(el).slice(0, 3)).toEqual(['Xihu District', 'Dongcheng District', 'Qingxi County']);
    (q(el, 'button.reset') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(location.hash).toBe('#card.unit=xihu');
    expect(seen.map((d) => d.official)).toEqual([false, false, true]);
  });

  it('keeps two panels apart in the hash: an element with an id owns <id>.weights', async () => {
    history.replaceState(
      history.state,
      '',
      `${startUrl}#weights=space:0,env:5,industry:0&mine.weights=space:5,env:0,industry:0`,
    );
    const plain = await mount((e) => {
      e.data = bundle;
      e.hash = true;
    });
    const mine = await mount((e) => {
      e.id = 'mine';
      e.data = bundle;
      e.hash = true;
    });
    expect(sliders(plain).map((i) => i.value)).toEqual(['0', '5', '0']);
    expect(sliders(mine).map((i) => i.value)).toEqual(['5', '0', '0']);
    sliders(mine)[2]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await mine.updateComplete;
    await plain.updateComplete;
    expect(location.hash).toBe('#weights=space:0,env:5,industry:0&mine.weights=space:5,env:0,industry:1');
    expect(sliders(plain).map((i) => i.value)).toEqual(['0', '5', '0']);
  });

  it('leaves the hash alone without the hash attribute', async () => {
    history.replaceState(history.state, '', `${startUrl}#weights=space:0,env:5,industry:0`);
    const el = await mount((e) => (e.data = bundle));
    expect(sliders(el).map((i) => i.value)).toEqual(['4', '5', '3']);
    sliders(el)[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(location.hash).toBe('#weights=space:0,env:5,industry:0');
  });

  it('refuses an assessment alone with a clear error, and shows a failing src as an alert', async () => {
    const errors: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail));
    const el = await mount((e) => (e.data = { format: 'eco-reform.assessment/1', results: [], units: [], areas: [] }));
    expect(q(el, '[role="alert"]')!.textContent).toContain('an assessment alone cannot be re-weighted');
    const missing = await mount((e) => (e.src = '/__missing-weights.json'));
    expect(q(missing, '[role="alert"]')!.textContent).toContain('404');
    expect(errors.map((e) => e.kind)).toEqual(['schema', 'http']);
  });

  it('re-scores a 3,000-unit ranking and renders only the visible rows, plus the highlighted unit', async () => {
    const big = syntheticBundle(3000);
    const el = await mount((e) => {
      e.data = big;
      e.unit = 's2999';
    });
    const seen = changes(el);
    expect(q(el, 'caption')!.textContent).toBe('Official ranking · 2025 · top 10 of 3,000 units');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).toBe(11);
    expect(q(el, 'tr.appended th')!.textContent).toContain('Synthetic 2999');
    sliders(el)[1]!.focus();
    for (let k = 0; k < 5; k++) await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(sliders(el)[1]!.value).toBe('0');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(11);
    expect(el.shadowRoot!.querySelectorAll('tbody tr:not(.appended)').length).toBe(10);
    // However many frames the five key presses took, the last event has the final weights.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)!.weights).toEqual({ space: 4, env: 0, industry: 3 });
    expect(seen.at(-1)!.assessment.units.length).toBe(3000);
    expect(ranks(el)[0]).toMatch(/^=?1$/);
  });

  it('has no axe-core violations: official, re-weighted, nothing ranked, loading and error', async () => {
    document.title = 'weights';
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
      e.rows = 3;
    });
    const h1 = document.createElement('h1');
    h1.textContent = 'Weights';
    document.querySelector('main')!.prepend(h1);
    expect(await axeRun()).toEqual([]);
    el.weights = { space: 0, env: 5, industry: 0 };
    await el.updateComplete;
    expect(await axeRun()).toEqual([]);
    el.weights = { space: 0, env: 0, industry: 0 };
    await el.updateComplete;
    expect(q(el, '.note')!.textContent).toMatch(/^Every weight is 0/);
    expect(await axeRun()).toEqual([]);
    const loading = document.createElement('eco-weights');
    loading.setAttribute('src', '/__still-loading-weights.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await loading.updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    el.data = { nope: true };
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await axeRun()).toEqual([]);
  });

  it('an unknown unit (attribute or permalink) is an error naming the units there are, not another unit highlighted', async () => {
    await expectUnknownUnitError(mount, bundle);
  });

  it('a period without observations is an error naming the periods there are', async () => {
    await expectUnknownPeriodError(mount, bundle);
  });
});
