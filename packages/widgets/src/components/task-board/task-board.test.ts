import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { assess, parseBundle, type Assessment } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoTaskBoard, TaskBoardSelectDetail } from './task-board.component.js';
import { expectUnknownUnitError } from '../../shared/not-found.testing.js';
import axe from 'axe-core';
import '../../elements/task-board.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: unknown;
let assessment: Assessment;
beforeAll(async () => {
  bundle = await (await fetch('/examples/meixi/bundle.json')).json();
  const parsed = parseBundle(bundle);
  if (!parsed.ok) throw new Error('the example bundle must parse');
  assessment = assess(parsed.value.framework, parsed.value.observations, { period: '2025' });
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(setup: (el: EcoTaskBoard) => void, lang = 'en'): Promise<EcoTaskBoard> {
  const main = document.createElement('main');
  main.lang = lang;
  const h1 = document.createElement('h1');
  h1.textContent = 'Reform tasks';
  const el = document.createElement('eco-task-board');
  setup(el);
  main.append(h1, el);
  document.body.append(main);
  await untilRendered(el, '[part="board"], [role="alert"]');
  return el;
}
const q = (el: EcoTaskBoard, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoTaskBoard, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const selects = (el: EcoTaskBoard) => qa(el, '[part="controls"] select') as HTMLSelectElement[];
const groups = (el: EcoTaskBoard) =>
  qa(el, '[part="group"]').map((g) => g.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim());
const cardTitles = (el: EcoTaskBoard) => qa(el, '[part="card"] h3').map((h) => h.textContent!.trim());
const axeViolations = async () =>
  (await axe.run(document.querySelector('main')!)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('<eco-task-board>', () => {
  it('loads a bundle from src and groups the whole city’s measures by status, each column with its count', async () => {
    const el = await mount((e) => (e.src = '/examples/meixi/bundle.json'));
    expect(q(el, '[part="header"]')!.textContent).toContain('Measures · Meixi City · as of December 31, 2025');
    expect(groups(el)).toEqual([
      'Not started (0)',
      'On track (8)',
      'At risk (1)',
      'Lagging (2)',
      'Overdue (1)',
      'Done (9)',
    ]);
    expect(q(el, '[part="count"]')!.textContent).toBe('21 of 21 measures');
    expect(q(el, '[part="count"]')!.getAttribute('role')).toBe('status');
    expect(qa(el, '[part="board"] ul > li > article[part="card"]')).toHaveLength(21);
  });

  it('shows on each card the status as icon and text, owner / doer / checker, units, next node, days overdue and the escalation rule', async () => {
    const el = await mount((e) => (e.data = bundle));
    const card = qa(el, '[part="card"]').find((c) => c.textContent!.includes('Phase out backward capacity'))!;
    expect(card.querySelector('[data-status]')!.getAttribute('data-status')).toBe('overdue');
    expect(card.querySelector('[part="label"]')!.textContent).toBe('Overdue');
    expect(card.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const fields = Object.fromEntries(
      [...card.querySelectorAll('dt')].map((dt) => [dt.textContent!, dt.nextElementSibling!.textContent!.trim()]),
    );
    expect(fields).toEqual({
      Owner: 'Zhao Lei, Deputy mayor for the economy (Meixi Municipal Government)',
      Doer: 'Director, Economy and IT Bureau (Economy and Information Technology Bureau)',
      Checker: 'Supervision Office (Supervision Office of the Municipal Party Committee and Government)',
      'Lead unit': 'Economy and Information Technology Bureau',
      'Co-operating units': 'Ecology and Environment Bureau, Development and Reform Commission',
      'Next time node': 'Half of the phase-out done',
      Due: 'June 30, 2025',
      'Days overdue': '184 days',
      'Schedule (序时进度)': 'schedule 100%, done 60%, behind schedule',
      Escalation: 'Accountability',
      'Rule that fired': 'overdue by 30 days or more: accountability',
    });
    expect(card.querySelector('time')!.getAttribute('datetime')).toBe('2025-06-30');
  });

  it('speaks Chinese from an inline JSON script: 有人管、有人干、有人问 and dates written the Chinese way', async () => {
    const el = await mount((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bundle);
      e.append(script);
      e.setAttribute('unit', 'miit');
    }, 'zh-CN');
    expect(q(el, '.scope')!.textContent).toBe('重点任务 · 市经济和信息化局 · 截至 2025年12月31日');
    expect(q(el, '[part="count"]')!.textContent).toBe('显示 3 项，共 21 项重点任务');
    const labels = [...q(el, '[part="card"] dl')!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels.slice(0, 3)).toEqual(['有人管', '有人干', '有人问']);
    expect(q(el, '[part="board"]')!.textContent).toContain('逾期 30 天以上：问责');
    expect(q(el, '[part="board"]')!.textContent).toContain('2025年6月30日');
  });

  it('follows a language change on the page', async () => {
    const el = await mount((e) => (e.data = bundle));
    document.querySelector('main')!.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(groups(el)[0]).toBe('未启动 0 项');
  });

  it('refuses a precomputed assessment with an error saying a bundle is needed, in both languages', async () => {
    const errors: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.data = assessment));
    expect(q(el, '[role="alert"]')!.textContent).toContain(
      'an assessment has no measures: give a bundle { framework, observations, reports }',
    );
    expect(errors[0]?.kind).toBe('schema');
    const zh = await mount((e) => (e.data = assessment), 'zh-CN');
    expect(q(zh, '[role="alert"]')!.textContent).toContain('考核结果中没有重点任务');
  });

  it('shows a visible error for a failing src and fires eco-data-error', async () => {
    const errors: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.src = '/__missing-task-board.json'));
    expect(q(el, '[role="alert"]')!.textContent).toContain('404');
    expect(errors[0]).toMatchObject({ kind: 'http', src: '/__missing-task-board.json' });
  });

  it('filters by unit, status and owner from native selects operated with the keyboard, and announces the count', async () => {
    const el = await mount((e) => (e.data = bundle));
    const [unit] = selects(el);
    unit!.focus();
    // ArrowDown on a closed select moves to the next choice: six times, past five districts to Gangkou.
    for (let i = 0; i < 6; i++) await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.getAttribute('unit')).toBe('gangkou');
    expect(q(el, '[part="count"]')!.textContent).toBe('1 of 21 measures');
    await userEvent.keyboard('{Tab}');
    const status = selects(el)[1]!;
    expect(el.shadowRoot!.activeElement).toBe(status);
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.getAttribute('status')).toBe('lagging');
    expect(cardTitles(el)).toEqual(['Rural sewage treatment, Gangkou District']);
    expect(q(el, '[part="pace"]')!.textContent).toBe('schedule 50%, done 20%, behind schedule');
    expect(q(el, '[part="late"]')!.textContent).toBe('Village sewage survey: completed 46 days late');
    expect(groups(el)).toEqual(['Lagging (1)']);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.getAttribute('owner')).toBe('市长');
    expect(q(el, '[part="count"]')!.textContent).toBe('0 of 21 measures');
    expect(q(el, '[part="board"]')!.textContent).toContain('No measures match');
  });

  it('groups by owner from its select, and takes filters as attributes', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('owner', 'Deputy mayor for urban development');
    });
    expect(cardTitles(el)).toEqual([
      'Rural sewage treatment in every village',
      'Expand and upgrade sewage plants',
      'Build the backup drinking-water source',
      'Urban and rural greening',
    ]);
    const grouping = selects(el)[3]!;
    grouping.value = 'owner';
    grouping.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('group-by')).toBe('owner');
    expect(groups(el)).toEqual(['Deputy mayor for urban development (Meixi Municipal Government) (4)']);
  });

  it('judges statuses at the as-of date', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-06-30');
    });
    expect(q(el, '.scope')!.textContent).toContain('as of June 30, 2025');
    // On 30 June 2025: backward-capacity 45 % on its due day lags, Gangkou's survey (70 %) is at
    // risk, four tasks are done and the other fifteen reported on pace.
    expect(groups(el)).toEqual([
      'Not started (0)',
      'On track (15)',
      'At risk (1)',
      'Lagging (1)',
      'Overdue (0)',
      'Done (4)',
    ]);
  });

  it('fires eco-select with the measure when the user activates a card’s button, never when properties change', async () => {
    const events: TaskBoardSelectDetail[] = [];
    const el = await mount((e) => (e.data = bundle));
    el.addEventListener('eco-select', (e) => events.push((e as CustomEvent<TaskBoardSelectDetail>).detail));
    el.unit = 'hurd';
    el.status = 'atRisk';
    await el.updateComplete;
    expect(events).toEqual([]);
    (q(el, '[part="card-button"]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(events).toEqual([{ measure: 'sewage' }]);
    (q(el, '[part="card-button"]') as HTMLButtonElement).click();
    expect(events).toHaveLength(2);
  });

  it('opens a table of every visible card from the keyboard', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.unit = 'miit';
    });
    const details = q(el, 'details[part="table-disclosure"]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    (details.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    expect(q(el, 'table caption')!.textContent).toBe(
      'Measures · Economy and Information Technology Bureau · as of December 31, 2025',
    );
    const rows = qa(el, 'tbody tr').map((tr) => tr.querySelector('th')!.textContent);
    expect(rows).toEqual([
      'Build industrial cluster parks',
      'Close or relocate polluting firms',
      'Phase out backward capacity',
    ]);
    expect(qa(el, 'thead th')).toHaveLength(12);
  });

  it('renders data as text: markup in names is never parsed', async () => {
    const hostile = structuredClone(bundle) as {
      framework: { measures: Array<{ title: { zh: string; en: string } }> };
    };
    hostile.framework.measures[0]!.title = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const el = await mount((e) => (e.data = hostile));
    expect(q(el, 'img')).toBeNull();
    expect(q(el, '[part="board"]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe-core violations: board, owner groups with the table open, empty filter, error and loading', async () => {
    document.title = 'task board';
    const el = await mount((e) => (e.data = bundle));
    expect(await axeViolations()).toEqual([]);
    el.groupBy = 'owner';
    await el.updateComplete;
    (q(el, 'details') as HTMLDetailsElement).open = true;
    expect(await axeViolations()).toEqual([]);
    el.unit = 'xihu';
    await el.updateComplete;
    expect(await axeViolations()).toEqual([]);
    el.data = assessment;
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    const loading = document.createElement('eco-task-board');
    loading.setAttribute('src', '/__still-loading-task-board.json');
    loading.setAttribute('timeout', '60000');
    document.querySelector('main')!.append(loading);
    await loading.updateComplete;
    expect(loading.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  }); // five axe runs over 21 cards: about 12 s on an idle machine; the browser project allows 120 s

  it('an unknown unit (attribute or permalink) is an error naming the units there are, not the measures of the whole city', async () => {
    await expectUnknownUnitError(mount, bundle);
  });
});
