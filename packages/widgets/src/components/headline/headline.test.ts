import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { assess, cityHeadline, parseBundle, type Assessment } from '@eco-reform/core';
import type { EcoHeadline } from './headline.component.js';
import '../../elements/headline.js';
import { untilRendered } from '../../shared/rendered.testing.js';

let bundle: unknown;
let y2025: Assessment;
beforeAll(async () => {
  bundle = await (await fetch('/examples/meixi/bundle.json')).json();
  const parsed = parseBundle(bundle);
  if (!parsed.ok) throw new Error('the example bundle must parse');
  y2025 = JSON.parse(
    JSON.stringify(assess(parsed.value.framework, parsed.value.observations, { period: '2025' })),
  ) as Assessment;
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(attributes: string, data: unknown): Promise<EcoHeadline> {
  const main = document.createElement('main');
  main.innerHTML = `<h1>City</h1><eco-headline ${attributes}></eco-headline>`;
  document.body.append(main);
  const el = main.querySelector('eco-headline')!;
  el.data = data;
  // A bundle waits for the engine's first fetch; stop at the first rendered state that is not loading.
  await untilRendered(el, '[part="base"], [role="alert"]');
  return el;
}
const part = (el: EcoHeadline, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

describe('<eco-headline>', () => {
  it('shows the city, its average out of 100, the grade with an icon, the change, the basis and the grade table, in Chinese', async () => {
    const el = await mount('lang="zh-CN"', bundle);
    expect(part(el, 'title')!.textContent).toBe('美溪市 · 2025年考核');
    expect(part(el, 'score')!.textContent).toMatch(/^全市平均分 \d+\.\d \/ 100$/);
    expect(part(el, 'grade')!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(part(el, 'grade')!.textContent).toMatch(/^等次：(优秀|良好|合格|不合格)$/);
    expect(part(el, 'change')!.textContent).toMatch(/^较2024年(上升|下降) \d+\.\d 分$|^与2024年持平$/);
    expect(part(el, 'basis')!.textContent).toBe('6 个单位考核总分的平均值，各单位权重相同');
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')).toHaveLength(4);
  });

  it('shows the precomputed assessment’s figure, which is the core’s, and says there is no previous period', async () => {
    const el = await mount('lang="en"', y2025);
    const h = cityHeadline(y2025, null);
    expect(part(el, 'score')!.textContent).toBe(`City average ${h.score!.toFixed(1)} / 100`);
    expect(part(el, 'change')!.textContent).toBe('no previous period to compare with');
  });

  it('shows the publication date, the office and a keyboard-reachable link to the method, from its attributes', async () => {
    const el = await mount(
      'lang="zh-CN" published="2026-03-31" office="美溪市生态文明建设领导小组办公室" method-href="/method.html"',
      bundle,
    );
    expect(part(el, 'meta')!.textContent).toBe(
      '发布日期：2026-03-31 · 发布单位：美溪市生态文明建设领导小组办公室 · 考核办法',
    );
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).toBe('/method.html');
    const without = await mount('lang="zh-CN"', bundle);
    expect(part(without, 'meta')).toBeNull();
  });

  it('fails with the periods there are for a period the data does not have', async () => {
    const el = await mount('lang="en" period="2031"', bundle);
    expect(part(el, 'message')!.getAttribute('role')).toBe('alert');
    expect(part(el, 'message')!.textContent).toContain('2031');
  });

  it('has no axe-core violations in either language', async () => {
    document.documentElement.lang = 'en';
    document.title = 'headline';
    const main = document.createElement('main');
    main.innerHTML =
      '<h1>City</h1><eco-headline lang="zh-CN" published="2026-03-31" office="美溪市" method-href="/method.html"></eco-headline><eco-headline lang="en"></eco-headline>';
    document.body.append(main);
    const [a, b] = main.querySelectorAll('eco-headline');
    a!.data = bundle;
    b!.data = y2025;
    await new Promise((r) => setTimeout(r, 0));
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect([part(a!, 'score'), part(b!, 'score')].every((p) => p !== null)).toBe(true);
    const results = await axe.run(document.body);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
