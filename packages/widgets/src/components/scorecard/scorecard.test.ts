import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import axe from 'axe-core';
import { readObservationsCsv, assess, parseFramework, type Assessment } from '@eco-reform/core';
import type { EcoScorecard } from './scorecard.component.js';
import '../../define.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: { framework: unknown; observations: unknown; reports: unknown };
let assessment: Assessment;
beforeAll(async () => {
  const get = async (p: string) => (await fetch(`/examples/meixi/${p}`)).text();
  const framework = JSON.parse(await get('framework.json'));
  const observations = readObservationsCsv(await get('observations.csv'));
  if (!observations.ok) throw new Error('observations must parse');
  bundle = { framework, observations: observations.value, reports: JSON.parse(await get('reports.json')) };
  const f = parseFramework(framework);
  if (!f.ok) throw new Error('framework must parse');
  assessment = assess(f.value, observations.value, { period: '2024' });
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(setup: (el: EcoScorecard) => void, lang = 'en'): Promise<EcoScorecard> {
  const main = document.createElement('main');
  main.lang = lang;
  const el = document.createElement('eco-scorecard');
  setup(el);
  main.append(el);
  document.body.append(main);
  await untilRendered(el, 'table, [role="alert"]');
  return el;
}
const q = (el: EcoScorecard, s: string) => el.shadowRoot!.querySelector(s);

/** A precomputed assessment of `rows` indicators in 10 areas for two units (values from a seeded sequence). */
function longAssessment(rows: number): Assessment {
  const indicators = Array.from({ length: rows }, (_, i) => ({
    id: `i${i}`,
    title: { zh: `指标 ${i}`, en: `Indicator ${i}` },
    area: `a${i % 10}`,
    unitOfMeasure: { en: '%' },
    polarity: 'higher',
    attribute: 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 100, period: '2025', comparator: '>=' },
    weight: 1,
    scoring: { method: 'goalposts', lower: 0, upper: 100 },
    responsible: 'u0',
  }));
  const units = ['u0', 'u1'].map((id) => ({
    id,
    name: { zh: `单位 ${id}`, en: `Unit ${id}` },
    kind: 'district',
    tags: [],
  }));
  const framework = parseFramework({
    id: 'long',
    version: '1',
    title: { en: 'long' },
    jurisdiction: { en: 'long' },
    period: { start: '2020', end: '2025' },
    areas: Array.from({ length: 10 }, (_, a) => ({
      id: `a${a}`,
      title: { zh: `领域 ${a}`, en: `Area ${a}` },
      weight: 1,
    })),
    goals: [],
    indicators,
    measures: [],
    units,
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [
        { id: 'pass', label: { en: 'Pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { en: 'Fail' }, min: 0, inclusive: true },
      ],
      rounding: { digits: 1, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
    },
  });
  if (!framework.ok) throw new Error('framework must parse');
  const observations = units.flatMap((u, k) =>
    indicators.map((ind, i) => ({
      indicator: ind.id,
      unit: u.id,
      period: '2025',
      value: ((i * 37 + k * 11) % 1000) / 10,
    })),
  );
  return assess(framework.value, observations, { period: '2025' });
}

describe('<eco-scorecard>', () => {
  it('shows an indicator scored relative to the other units with no target and the status “No target”', async () => {
    // cluster-share as a published index writes it: min–max over the districts, no baseline, target or milestones.
    const relative = structuredClone(bundle) as { framework: { indicators: Array<Record<string, unknown>> } };
    const ind = relative.framework.indicators.find((i) => i['id'] === 'cluster-share')!;
    for (const key of ['baseline', 'target', 'milestones']) delete ind[key];
    Object.assign(ind, { attribute: 'reference', scoring: { method: 'minMax' } });
    const el = await mount((e) => {
      e.data = relative;
      e.unit = 'gangkou';
      e.view = 'indicators';
    });
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')?.textContent?.includes('Cluster parks'),
    )!;
    const cell = (label: string) =>
      row.querySelector(`td[data-label="${label}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(cell('Target')).toBe('—');
    expect(cell('Status')).toBe('No target');
    const results = await axe.run(document.querySelector('main')!);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('scores a bundle in the browser and shows the latest year: total, grade, rank', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    const header = q(el, '[part="header"]')!.textContent!;
    expect(header).toContain('Nanshan District · 2025');
    expect(header).toContain('Fail');
    expect(q(el, 'details')!.textContent).toContain('veto');
  });

  it('takes a precomputed assessment from an inline JSON script and speaks Chinese', async () => {
    const el = await mount((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(assessment);
      e.append(script);
    }, 'zh-CN');
    expect(q(el, '[part="header"]')!.textContent).toContain('西湖区 · 2024');
    expect(q(el, 'caption')!.textContent).toBe('各领域得分');
  });

  it('expands an area to its indicators from the keyboard-operable toggle', async () => {
    const el = await mount((e) => (e.data = assessment));
    const button = q(el, 'button.toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await el.updateComplete;
    expect((q(el, 'button.toggle') as HTMLButtonElement).getAttribute('aria-expanded')).toBe('true');
    expect(el.shadowRoot!.querySelectorAll('tr.indicator').length).toBeGreaterThan(0);
  });

  it('fires eco-select when the user picks another unit, not when a property is set', async () => {
    const events: string[] = [];
    const el = await mount((e) => (e.data = assessment));
    el.addEventListener('eco-select', (e) => events.push((e as CustomEvent<{ unit: string }>).detail.unit));
    el.unit = 'dongcheng';
    await el.updateComplete;
    expect(events).toEqual([]);
    const select = q(el, 'select') as HTMLSelectElement;
    select.value = 'gangkou';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).toEqual(['gangkou']);
    expect(q(el, '[part="header"]')!.textContent).toContain('Gangkou');
  });

  it('shows a visible error for a failing src and leaves the page working', async () => {
    const el = await mount((e) => (e.src = '/__missing-bundle.json'));
    expect(q(el, '[role="alert"]')!.textContent).toContain('404');
  });

  it('renders data as text: markup in names is never parsed', async () => {
    const hostile = structuredClone(assessment);
    hostile.units[0]!.name = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const el = await mount((e) => (e.data = hostile));
    expect(q(el, 'img')).toBeNull();
    expect(q(el, '[part="header"]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe-core violations, collapsed and expanded, and in the error state', async () => {
    document.title = 'scorecard';
    const el = await mount((e) => (e.data = assessment));
    const h1 = document.createElement('h1');
    h1.textContent = 'Scorecard';
    document.querySelector('main')!.prepend(h1);
    const run = async () =>
      (await axe.run(document.querySelector('main')!)).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await run()).toEqual([]);
    (q(el, 'button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(await run()).toEqual([]);
    el.data = { nope: true };
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await run()).toEqual([]);
  });

  it('switches to the measures view from its control and shows owner, doer and checker', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
    });
    const view = q(el, '[part="controls"] select') as HTMLSelectElement;
    view.value = 'measures';
    view.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('view')).toBe('measures');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).toEqual(expect.arrayContaining(['Owner', 'Doer', 'Checker']));
    expect(el.shadowRoot!.querySelectorAll('tr.measure').length).toBeGreaterThan(0);
  });

  it('filters rows by status and sorts them from the controls, reflecting both as attributes', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
      e.view = 'indicators';
    });
    const [, sort, filter] = [...el.shadowRoot!.querySelectorAll('[part="controls"] select')] as HTMLSelectElement[];
    filter!.value = 'limited';
    filter!.dispatchEvent(new Event('change'));
    sort!.value = 'score-desc';
    sort!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('filter')).toBe('limited');
    expect(el.getAttribute('sort')).toBe('score-desc');
    const badges = [...el.shadowRoot!.querySelectorAll('tbody [data-status]')].map((b) =>
      b.getAttribute('data-status'),
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['limited']));
  });

  it('shows targets, trends as arrow plus words, a goal roll-up and a why per row for a bundle', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
      e.view = 'indicators';
    });
    expect(q(el, '[part="goals"]')).toBeNull();
    // The target and the gap in words (the core's cellWording), under a header that says what they are.
    const headers = [...el.shadowRoot!.querySelectorAll('[part="table"] thead th')].map((th) => th.textContent!.trim());
    expect(headers).toContain('Against the target');
    const pm25 = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes('PM2.5'),
    )!;
    const cell = (label: string) =>
      pm25.querySelector(`td[data-label="${label}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(cell('Target')).toBe('at most 32 µg/m³');
    expect(cell('Against the target')).toBe('10.8 µg/m³ above the ceiling (133.8% of the ceiling)');
    const trend = q(el, '.trend');
    expect(trend?.textContent).toMatch(/(improving|worsening|flat) for \d+ years?/);
    const button = q(el, 'button.why-toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(q(el, 'p.why:not([hidden])')).toBeNull();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(q(el, 'p.why:not([hidden])')!.textContent).toMatch(/Actual .* → .* points/);
    el.view = 'areas';
    await el.updateComplete;
    expect(q(el, '[part="goals"]')!.textContent).toContain('Progress by goal');
  });

  it('has no axe-core violations with a bundle: goals, measures, a why opened, and while loading', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
    });
    const run = async () =>
      (await axe.run(document.querySelector('main')!)).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    const h1 = document.createElement('h1');
    h1.textContent = 'Scorecard';
    document.querySelector('main')!.prepend(h1);
    (q(el, 'button.why-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(await run()).toEqual([]);
    el.view = 'measures';
    await el.updateComplete;
    expect(await run()).toEqual([]);
    const loading = document.createElement('eco-scorecard');
    loading.setAttribute('src', '/__still-loading.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await (loading as EcoScorecard).updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(await run()).toEqual([]);
  });

  it('with thousands of units, builds the unit picker on first focus, and a keyboard pick still selects', async () => {
    // The example city's assessment with 2,000 more (copied) units: only the picker's size matters
    // here, but each copy gets a result and cells too, so the assessment stays consistent (parseAssessment).
    const many = structuredClone(assessment);
    const m = many.indicators.length;
    for (let k = 0; k < 2000; k++) {
      many.units.push({ ...many.units[0]!, id: `extra-${k}`, name: { zh: `单位 ${k}`, en: `Unit ${k}` } });
      many.results.push({ ...structuredClone(many.results[0]!), unit: `extra-${k}` });
    }
    for (const column of Object.values(many.cells) as unknown[][])
      column.push(...Array.from({ length: 2000 * m }, (_, j) => column[j % m]));
    const el = await mount((e) => {
      e.data = many;
      e.unit = 'gangkou';
    });
    const select = q(el, 'select') as HTMLSelectElement;
    expect(select.options.length).toBe(1);
    expect(select.value).toBe('gangkou');
    select.focus();
    await el.updateComplete;
    expect(select.options.length).toBe(many.units.length);
    expect(select.value).toBe('gangkou');
    const events: string[] = [];
    el.addEventListener('eco-select', (e) => events.push((e as CustomEvent<{ unit: string }>).detail.unit));
    select.value = 'extra-5';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).toEqual(['extra-5']);
  });

  it('lays a long table out only where it is on screen: rows on the headings’ columns, the rows below skipped until scrolled to, all of them printed, stacked when narrow', async () => {
    await page.viewport(1366, 900);
    try {
      const el = await mount((e) => {
        e.data = longAssessment(150);
        e.setAttribute('view', 'indicators');
      });
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('table[part="table"] tbody tr')];
      expect(rows.length).toBe(150);
      const onScreen = (row: HTMLElement): boolean =>
        row.querySelector('th')!.checkVisibility({ contentVisibilityAuto: true });
      // content-visibility decides what is on screen in the frames after the first layout.
      const start = performance.now();
      while (!(onScreen(rows[0]!) && !onScreen(rows[149]!)) && performance.now() - start < 30_000)
        await new Promise((r) => requestAnimationFrame(r));
      expect(onScreen(rows[0]!)).toBe(true);
      expect(onScreen(rows[149]!)).toBe(false);
      const edges = (cells: Iterable<Element>) => [...cells].map((c) => Math.round(c.getBoundingClientRect().left));
      const headings = edges(el.shadowRoot!.querySelectorAll('table[part="table"] thead th'));
      expect(headings.length).toBe(7);
      expect(edges(rows[0]!.children)).toEqual(headings);
      rows[149]!.scrollIntoView();
      const scrolled = performance.now();
      while (!onScreen(rows[149]!) && performance.now() - scrolled < 30_000)
        await new Promise((r) => requestAnimationFrame(r));
      expect(onScreen(rows[149]!)).toBe(true);
      expect(edges(rows[149]!.children)).toEqual(headings);
      expect((await axe.run(document.querySelector('main')!)).violations.map((v) => v.id)).toEqual([]);
      await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
      try {
        const printed = performance.now();
        while (!rows.every(onScreen) && performance.now() - printed < 30_000)
          await new Promise((r) => requestAnimationFrame(r));
        expect(rows.every(onScreen)).toBe(true);
      } finally {
        await cdp().send('Emulation.setEmulatedMedia', { media: '' });
      }
      // Narrow, the rows stack into blocks and those below are skipped the same way.
      document.querySelector('main')!.style.width = '24rem';
      rows[0]!.scrollIntoView();
      const narrowed = performance.now();
      while (!(onScreen(rows[0]!) && !onScreen(rows[149]!)) && performance.now() - narrowed < 30_000)
        await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(rows[0]!).display).toBe('block');
      expect(onScreen(rows[0]!)).toBe(true);
      expect(onScreen(rows[149]!)).toBe(false);
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('keeps a table of a framework’s usual size a table whose columns fit their cells', async () => {
    await page.viewport(1366, 900);
    try {
      const el = await mount((e) => {
        e.data = assessment;
        e.setAttribute('view', 'indicators');
      });
      expect(getComputedStyle(q(el, 'table[part="table"] tbody tr')!).display).toBe('table-row');
    } finally {
      await page.viewport(414, 896);
    }
  });

  describe('asked for what the data does not have', () => {
    /** Mounts with the attributes, collecting eco-data-error details, and returns the alert's text. */
    async function refused(setup: (el: EcoScorecard) => void, lang = 'en') {
      const errors: Array<{ kind: string; reason: { en: string; zh: string } }> = [];
      const el = await mount((e) => {
        e.addEventListener('eco-data-error', (ev) => errors.push((ev as CustomEvent).detail));
        setup(e);
      }, lang);
      await el.updateComplete;
      return { el, errors, alert: q(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null };
    }

    it('an unknown unit is an error naming the units there are, not the first unit shown in its place', async () => {
      const r = await refused((e) => {
        e.data = bundle;
        e.unit = 'gangkuo';
      });
      expect(q(r.el, '[part="header"]')).toBeNull();
      expect(r.alert).toContain(
        'the data has no unit “gangkuo”; its units: xihu, dongcheng, nanshan, beiling, qingxi, gangkou',
      );
      expect(r.errors).toEqual([
        {
          kind: 'notFound',
          reason: { en: expect.stringContaining('“gangkuo”'), zh: expect.stringContaining('数据中没有单位“gangkuo”') },
        },
      ]);
      // Fixed, the unit is shown and no further event is sent.
      r.el.unit = 'gangkou';
      await r.el.updateComplete;
      expect(q(r.el, '[part="header"]')!.textContent).toContain('Gangkou District');
      expect(r.errors).toHaveLength(1);
    });

    it('a period without observations is an error naming the periods there are, in Chinese too', async () => {
      const r = await refused((e) => {
        e.data = bundle;
        e.period = '2030';
      }, 'zh-CN');
      expect(r.alert).toContain('数据中没有期间“2030”；数据中的期间：2020、2021、2022、2023、2024、2025');
      const assessed = await refused((e) => {
        e.data = assessment;
        e.period = '2025';
      });
      expect(assessed.alert).toContain('the data has no period “2025”; its periods: 2024');
    });

    it('an unknown view is an error naming the views, and measures need a bundle', async () => {
      const r = await refused((e) => {
        e.data = bundle;
        e.setAttribute('view', 'indicator');
      });
      expect(r.alert).toContain('there is no view “indicator”; the views: areas, indicators, measures');
      const assessed = await refused((e) => {
        e.data = assessment;
        e.setAttribute('view', 'measures');
      });
      expect(assessed.alert).toContain('there is no view “measures”; the views: areas, indicators');
    });

    it('an unknown unit from a permalink is refused the same way', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#linked.unit=gangkuo`);
      try {
        const r = await refused((e) => {
          e.id = 'linked';
          e.permalink = true;
          e.data = bundle;
        });
        expect(r.el.unit).toBe('gangkuo');
        expect(r.alert).toContain('the data has no unit “gangkuo”');
        expect(r.errors.map((x) => x.kind)).toEqual(['notFound']);
      } finally {
        history.replaceState(null, '', `${location.pathname}${location.search}`);
      }
    });
  });
});
