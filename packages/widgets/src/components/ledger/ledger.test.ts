import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { assess, parseBundle, type Assessment } from '@eco-reform/core';
import type { EcoDataErrorDetail } from '../../shared/data-controller.js';
import type { EcoLedger } from './ledger.component.js';
import type { LedgerSelectDetail } from './ledger.component.js';
import { expectUnknownUnitError } from '../../shared/not-found.testing.js';
import '../../elements/ledger.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: Record<string, unknown>;
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

async function mount(setup: (el: EcoLedger) => void, lang = 'en'): Promise<EcoLedger> {
  const main = document.createElement('main');
  main.lang = lang;
  const h1 = document.createElement('h1');
  h1.textContent = 'Supervision';
  const el = document.createElement('eco-ledger');
  setup(el);
  main.append(h1, el);
  document.body.append(main);
  await untilRendered(el, '[part="list"], [role="alert"]');
  return el;
}
const q = (el: EcoLedger, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: EcoLedger, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const selects = (el: EcoLedger) => qa(el, '[part="controls"] select') as HTMLSelectElement[];
const ids = (el: EcoLedger) => qa(el, '[part="item"]').map((i) => i.getAttribute('data-item'));
const axeViolations = async () =>
  (await axe.run(document.querySelector('main')!)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('<eco-ledger>', () => {
  it('loads a bundle from src and lists every item at the date, overdue first, with the counts', async () => {
    const el = await mount((e) => {
      e.src = '/examples/meixi/bundle.json';
      e.setAttribute('as-of', '2025-12-31');
    });
    expect(q(el, '[part="header"]')!.textContent).toContain('Supervision ledgers · as of December 31, 2025');
    expect(q(el, '.summary')!.textContent).toBe('3 overdue, 9 not finished');
    expect(ids(el).slice(0, 3)).toEqual(['p-2025-03', 'o-2025-11/dongcheng', 'r-monthly/qingxi/2025-11']);
    expect(q(el, '[part="count"]')!.textContent).toBe('30 of 30 items');
    const first = q(el, '[part="item"]')!;
    expect(first.classList.contains('overdue')).toBe(true);
    expect(first.querySelector('.overdue-days')!.textContent).toBe('61 days overdue');
    expect(first.querySelector('[data-state]')!.textContent).toBe('Open');
    expect(qa(el, '[part="item"]')[1]!.textContent).toContain('Listed for supervision');
  });

  it('shows the history and evidence on demand, and fires eco-select when the user opens it', async () => {
    const events: LedgerSelectDetail[] = [];
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-12-31');
      e.addEventListener('eco-select', (ev) => events.push((ev as CustomEvent<LedgerSelectDetail>).detail));
    });
    const item = qa(el, '[part="item"]').find((i) => i.getAttribute('data-item') === 'redline-nanshan-forest-2025')!;
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    (details.querySelector('summary') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(details.open).toBe(true);
    expect(events).toEqual([{ item: 'redline-nanshan-forest-2025' }]);
    (details.querySelector('summary') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(details.open).toBe(false);
    events.length = 0;
    (details.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await new Promise((r) => setTimeout(r, 50));
    expect(details.open).toBe(true);
    expect(events).toEqual([{ item: 'redline-nanshan-forest-2025' }]);
    const steps = [...details.querySelectorAll('ol.history > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(steps[0]).toBe('September 15, 2025 · Opened · Nanshan District');
    expect(steps[3]).toContain('December 18, 2025 · Closed · Supervision Office');
    expect(steps[3]).toContain('evidence/nanshan-closure-approval.md');
    expect(steps[3]).toContain('SHA-256 a69e9f0a5cec14f35ba6398b655889af6fd130a15086a82592fff8e538c7a105');
    el.asOf = '2025-12-30';
    await el.updateComplete;
    expect(events).toHaveLength(1);
  });

  it('filters by source, unit and state from native selects with the keyboard, and announces the count', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-12-31');
    });
    const [source] = selects(el);
    source!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.getAttribute('source')).toBe('provincialInspection');
    expect(q(el, '[part="count"]')!.textContent).toBe('3 of 30 items');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(selects(el)[1]);
    const state = selects(el)[2]!;
    state.value = 'closed';
    state.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('state')).toBe('closed');
    expect(ids(el)).toEqual(['p-2025-01']);
  });

  it('speaks Chinese', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-12-31');
      e.setAttribute('state', 'returned');
    }, 'zh-CN');
    expect(q(el, '.scope')!.textContent).toBe('督查台账 · 截至 2025年12月31日');
    expect(q(el, '[part="count"]')!.textContent).toBe('显示 0 项，共 30 项');
    expect(q(el, '[part="list"]')!.textContent).toBe('没有符合条件的事项');
  });

  it('has a table twin of the shown rows', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-12-31');
      e.setAttribute('unit', 'qingxi');
    });
    const rows = qa(el, '[part="table"] tbody tr');
    expect(rows).toHaveLength(8);
    expect(rows[0]!.querySelector('th')!.textContent).toBe('r-monthly/qingxi/2025-11');
  });

  it('is axe-clean with a history and the table open', async () => {
    const el = await mount((e) => {
      e.data = bundle;
      e.setAttribute('as-of', '2025-12-31');
      e.setAttribute('unit', 'qingxi');
    });
    const events: LedgerSelectDetail[] = [];
    el.addEventListener('eco-select', (ev) => events.push((ev as CustomEvent<LedgerSelectDetail>).detail));
    for (const d of qa(el, 'details')) (d as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(await axeViolations()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('refuses an assessment and a bundle without ledgers, each with its own error', async () => {
    const errors: EcoDataErrorDetail[] = [];
    document.addEventListener('eco-data-error', (e) => errors.push((e as CustomEvent<EcoDataErrorDetail>).detail), {
      once: true,
    });
    const el = await mount((e) => (e.data = assessment));
    expect(q(el, '[role="alert"]')!.textContent).toContain('an assessment has no ledgers');
    expect(errors[0]?.kind).toBe('schema');
    const { ledgers: _, ...bare } = bundle;
    const none = await mount((e) => (e.data = bare), 'zh-CN');
    expect(q(none, '[role="alert"]')!.textContent).toContain('数据包中没有台账（ledgers）');
  });

  it('shows a visible error for a failing src', async () => {
    const el = await mount((e) => (e.src = '/__missing-ledger.json'));
    expect(q(el, '[role="alert"]')!.textContent).toContain('404');
  });

  it('an unknown unit is an error naming the units there are', () => expectUnknownUnitError(mount, bundle));
});
