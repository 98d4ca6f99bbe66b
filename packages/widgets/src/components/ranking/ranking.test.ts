import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { assess, gradeOf, parseBundle, rankCompetition, type Assessment } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoRanking, RankingSelectDetail } from './ranking.component.js';
import { expectUnknownPeriodError, expectUnknownUnitError } from '../../shared/not-found.testing.js';
import axe from 'axe-core';
import '../../elements/ranking.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: unknown;
let y2020: Assessment;
let y2024: Assessment;
let y2025: Assessment;
beforeAll(async () => {
  bundle = await (await fetch('/examples/meixi/bundle.json')).json();
  const parsed = parseBundle(bundle);
  if (!parsed.ok) throw new Error('the example bundle must parse');
  const { framework, observations } = parsed.value;
  // Plain JSON, as a precomputed assessment arrives from a server.
  const at = (period: string): Assessment =>
    JSON.parse(JSON.stringify(assess(framework, observations, { period }))) as Assessment;
  [y2020, y2024, y2025] = [at('2020'), at('2024'), at('2025')];
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

/**
 * `n` units totalling (i × 7919 mod 1000) / 10: three-way ties at n = 3000. A consistent
 * assessment (the widget checks it with `parseAssessment`): no areas, no indicators, no cells.
 */
function synthetic(n: number): Assessment {
  const units = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: { zh: `单位${i}`, en: `Unit ${i}` } }));
  const totals = units.map((_, i) => ((i * 7919) % 1000) / 10);
  const ranks = rankCompetition(totals);
  return {
    ...y2025,
    units,
    diagnostics: [],
    areas: [],
    indicators: [],
    cells: { raw: [], normalized: [], weightUsed: [], points: [], flags: [], status: [], target: [], planned: [] },
    results: units.map((u, i) => ({
      unit: u.id,
      total: totals[i]!,
      totalUnrounded: totals[i]!,
      grade: gradeOf(totals[i]!, y2025.scheme.grades),
      rank: ranks[i]!,
      areas: [],
      rules: [],
      subtotal: totals[i]!,
      subtotalUnrounded: totals[i]!,
      gradeByPoints: gradeOf(totals[i]!, y2025.scheme.grades),
    })),
  };
}

async function mount(setup: (el: EcoRanking) => void, lang = 'en'): Promise<EcoRanking> {
  const main = document.createElement('main');
  main.lang = lang;
  const h1 = document.createElement('h1');
  h1.textContent = 'Ranking';
  const box = document.createElement('div');
  // Width through the CSSOM (not a style attribute), the way a host page's stylesheet would set it.
  box.style.width = '720px';
  main.append(h1, box);
  const el = document.createElement('eco-ranking');
  setup(el);
  box.append(el);
  document.body.append(main);
  await untilRendered(el, 'table, [role="alert"], [part="message"]:not([role="status"])');
  return el;
}
const q = (el: EcoRanking, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoRanking, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (el: EcoRanking) => qa(el, 'tbody tr').map((tr) => [...tr.children].map(text));
async function violations(): Promise<string[]> {
  const results = await axe.run(document.querySelector('main')!);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<eco-ranking>', () => {
  it('ranks a bundle fetched from src, with bars, grade bands, change since the year before and a summary', async () => {
    const el = await mount((e) => {
      e.src = '/examples/meixi/bundle.json';
      e.setAttribute('period', '2025');
      e.setAttribute('unit', 'gangkou');
    });
    expect(text(q(el, '[part="header"]'))).toBe('Ranking · 2025 change since 2024');
    expect(text(q(el, '[part="summary"]'))).toContain(
      'Gangkou District highlighted: rank 6 of 6, unchanged since 2024.',
    );
    expect(cells(el).map((r) => r.slice(0, 5))).toEqual([
      ['1', 'Xihu District', '98.2', 'Excellent', '→ unchanged'],
      ['2', 'Dongcheng District', '96.6', 'Excellent', '↑ up 1'],
      ['3', 'Nanshan District', '94.1', 'Fail', '↓ down 1'],
      ['4', 'Qingxi County', '88.1', 'Good', '↑ up 1'],
      ['5', 'Beiling County', '86.3', 'Good', '↓ down 1'],
      ['6', 'Gangkou District highlighted', '54.1', 'Fail', '→ unchanged'],
    ]);
    expect(cells(el)[2]![5]).toBe('Grade set by a rule: Red-line zone reduced, degraded or changed in nature: veto');
    expect(qa(el, 'thead th').map(text)).toEqual(['Rank', 'Unit', 'Total', 'Grade', 'Change since 2024', 'Note']);
    expect(qa(el, '[part="bar"]')).toHaveLength(6);
    expect(qa(el, '.band-label').map(text)).toEqual(['Excellent', 'Good', 'Pass', 'Fail']);
    expect(qa(el, '[part="bands"] li').map(text)).toEqual(['Excellent ≥ 90', 'Good ≥ 80', 'Pass ≥ 60', 'Fail < 60']);
    expect(q(el, '[part="pager"]')).toBeNull();
  });

  it('marks the highlighted unit by class, text marker and aria-current, not by colour alone', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'nanshan';
    });
    const rows = qa(el, 'tbody tr');
    expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual([null, null, 'true', null, null, null]);
    expect(rows[2]!.classList.contains('highlighted')).toBe(true);
    expect(text(rows[2]!.querySelector('.marker'))).toBe('highlighted');
    expect(qa(el, '.bar.highlighted')).toHaveLength(1);
    expect(text(q(el, '.row-label.highlighted'))).toBe('▶ 3 Nanshan District');
  });

  it('takes a precomputed assessment from an inline JSON script, speaks Chinese and shows ties as 并列', async () => {
    const el = await mount((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(y2020);
      e.append(script);
    }, 'zh-CN');
    expect(cells(el).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['第1', '东城区', '—'],
      ['并列第2', '西湖区', '—'],
      ['并列第2', '清溪县', '—'],
      ['第4', '北岭县', '—'],
      ['第5', '港口区', '—'],
      ['第6', '南山区', '—'],
    ]);
    expect(text(q(el, '[part="summary"]'))).toContain('并列 1 处：并列第2 西湖区、清溪县（9.6 分）');
    expect(text(q(el, '#tie-note'))).toMatch(/^“并列第N”/);
    expect(q(el, 'table')!.getAttribute('aria-describedby')).toBe('tie-note');
    expect(text(q(el, 'caption'))).toBe('2020年考核排名');
  });

  it('takes the previous period of a precomputed assessment from its previous property', async () => {
    const el = await mount((e) => {
      e.data = y2025;
      e.previous = y2024;
    });
    expect(cells(el).map((r) => r[4])).toEqual([
      '→ unchanged',
      '↑ up 1',
      '↓ down 1',
      '↑ up 1',
      '↓ down 1',
      '→ unchanged',
    ]);
    el.previous = undefined;
    await el.updateComplete;
    expect(cells(el).map((r) => r[4])).toEqual(['—', '—', '—', '—', '—', '—']);
  });

  it('shows a visible, localised error for a failing src and fires eco-data-error', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.src = '/__missing-ranking.json'));
    expect(text(q(el, '[role="alert"]'))).toBe('The ranking cannot be shown: the server answered 404');
    expect(events.map((e) => e.kind)).toEqual(['http']);
    el.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(q(el, '[role="alert"]'))).toBe('无法显示排名: 服务器返回 404');
  });

  it('shows the error state with the path and fires eco-data-error for an assessment with the format marker and no cells', async () => {
    const events: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => events.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const { cells: _cells, ...noCells } = y2025;
    const el = await mount((e) => (e.data = noCells));
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(q(el, 'table')).toBeNull();
    expect(events.map((e) => e.kind)).toEqual(['schema']);
    expect(events[0]!.details!.join('\n')).toMatch(/at cells/);
    expect(text(q(el, '[role="alert"] strong'))).toBe('The ranking cannot be shown');
    expect(text(q(el, '[role="alert"]'))).toMatch(
      /^The ranking cannot be shown: the data does not match the expected format/,
    );
    // Each problem listed under the error, with its path, in the page's language.
    expect(text(q(el, '[part="message-issues"] li'))).toMatch(/^✖ .+at cells$/);
    const zh = await mount((e) => (e.data = noCells), 'zh-CN');
    expect(text(q(zh, '[part="message-issues"] li'))).toMatch(/^✖ .+位置 cells$/);
  });

  it('fires eco-select from the keyboard (Enter, Space) and from a bar, never when unit is set by script', async () => {
    const picked: string[] = [];
    const el = await mount((e) => (e.data = y2025));
    el.addEventListener('eco-select', (e) => picked.push((e as CustomEvent<RankingSelectDetail>).detail.unit));
    el.unit = 'xihu';
    await el.updateComplete;
    expect(picked).toEqual([]);
    const buttons = qa(el, 'tbody button.unit-button') as HTMLButtonElement[];
    buttons[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(picked).toEqual(['dongcheng']);
    expect(el.getAttribute('unit')).toBe('dongcheng');
    expect(qa(el, 'tbody tr')[1]!.getAttribute('aria-current')).toBe('true');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(buttons[2]);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(picked).toEqual(['dongcheng', 'nanshan']);
    (qa(el, '[part="bar"]')[5] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(picked).toEqual(['dongcheng', 'nanshan', 'gangkou']);
  });

  it('pages 3,000 units: draws only page-size rows and bars, opens on the highlighted unit’s page', async () => {
    const big = synthetic(3000);
    const el = await mount((e) => {
      e.data = big;
      e.setAttribute('page-size', '40');
      e.unit = 'u2000';
    });
    expect(qa(el, 'tbody tr')).toHaveLength(40);
    expect(qa(el, '[part="bar"]')).toHaveLength(40);
    expect(qa(el, '.chart .row')).toHaveLength(40);
    // u2000 totals 0.0, like u0 and u1000: the last three places, on the last of 75 pages.
    expect(text(q(el, '.page-status'))).toBe('Page 75 of 75 (units 2,961–3,000 of 3,000)');
    expect(
      cells(el)
        .slice(-3)
        .map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ['T2,998', 'Unit 0', '0.0'],
      ['T2,998', 'Unit 1000', '0.0'],
      ['T2,998', 'Unit 2000 highlighted', '0.0'],
    ]);
    const next = q(el, 'button.next') as HTMLButtonElement;
    const previous = q(el, 'button.previous') as HTMLButtonElement;
    expect(next.getAttribute('aria-disabled')).toBe('true');
    previous.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(text(q(el, '.page-status'))).toBe('Page 74 of 75 (units 2,921–2,960 of 3,000)');
    expect(el.shadowRoot!.activeElement).toBe(previous);
    expect(qa(el, 'tbody tr')).toHaveLength(40);
    expect(q(el, 'tbody tr.highlighted')).toBeNull();
    el.unit = 'u1';
    await el.updateComplete;
    expect(text(q(el, 'tbody tr.highlighted th'))).toBe('Unit 1 highlighted');
  });

  it('renders data as text: markup in names is never parsed', async () => {
    const hostile = structuredClone(y2025);
    hostile.units[0]!.name = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const el = await mount((e) => (e.data = hostile));
    expect(q(el, 'img')).toBeNull();
    expect(text(q(el, 'tbody th'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('has no axe-core violations: ranked, tied, paged, in error and while loading', async () => {
    document.title = 'ranking';
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'gangkou';
    });
    expect(await violations()).toEqual([]);
    el.data = y2020;
    await el.updateComplete;
    expect(await violations()).toEqual([]);
    el.data = synthetic(3000);
    el.unit = 'u5';
    await el.updateComplete;
    expect(q(el, '[part="pager"]')).not.toBeNull();
    expect(await violations()).toEqual([]);
    el.data = { nope: true };
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await violations()).toEqual([]);
    const loading = document.createElement('eco-ranking');
    loading.setAttribute('src', '/__still-loading.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await loading.updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('an unknown unit (attribute or permalink) is an error naming the units there are, not a ranking without it', async () => {
    const el = await expectUnknownUnitError(mount, bundle);
    expect(el.shadowRoot!.querySelector('table')).not.toBeNull();
  });

  it('a period without observations is an error naming the periods there are, not an empty ranking', async () => {
    await expectUnknownPeriodError(mount, bundle);
  });
});
