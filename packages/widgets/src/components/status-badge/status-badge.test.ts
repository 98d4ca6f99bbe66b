import { afterEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { EcoStatusBadge } from './status-badge.component.js';
import { defineElement } from '../../shared/define-element.js';
import '../../define.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

async function mount(markup: string): Promise<EcoStatusBadge[]> {
  const host = document.createElement('main');
  host.innerHTML = markup;
  document.body.append(host);
  const badges = [...host.querySelectorAll('eco-status-badge')];
  await Promise.all(badges.map((b) => b.updateComplete));
  return badges;
}

const label = (el: EcoStatusBadge) => el.shadowRoot!.querySelector('[part="label"]')!.textContent;
const iconPath = (el: EcoStatusBadge) => el.shadowRoot!.querySelector('svg path')!.getAttribute('d');

describe('<eco-status-badge>', () => {
  it('shows the status as text next to an icon', async () => {
    const [badge] = await mount('<eco-status-badge status="onTrack" lang="en"></eco-status-badge>');
    expect(label(badge!)).toBe('On track');
    expect(badge!.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('speaks Chinese when its lang says so', async () => {
    const [badge] = await mount('<eco-status-badge status="overdue" lang="zh-CN"></eco-status-badge>');
    expect(label(badge!)).toBe('已逾期');
  });

  it('takes the closest lang up the tree when it has none', async () => {
    const [badge] = await mount(
      '<section lang="zh"><p><eco-status-badge status="done"></eco-status-badge></p></section>',
    );
    expect(label(badge!)).toBe('已完成');
  });

  it('re-renders when the page language changes', async () => {
    const [badge] = await mount('<eco-status-badge status="lagging"></eco-status-badge>');
    expect(label(badge!)).toBe('Lagging');
    document.documentElement.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r, 0));
    await badge!.updateComplete;
    expect(label(badge!)).toBe('进度滞后');
  });

  it('gives every status its own icon shape, so colour is never the only cue', async () => {
    const statuses = [
      'achieved',
      'onTrack',
      'moderate',
      'limited',
      'deteriorating',
      'noData',
      'noTarget',
      'notStarted',
      'atRisk',
      'lagging',
      'overdue',
      'done',
    ];
    const badges = await mount(statuses.map((s) => `<eco-status-badge status="${s}"></eco-status-badge>`).join(''));
    expect(new Set(badges.map(iconPath)).size).toBe(statuses.length);
  });

  it('updates when the status property changes', async () => {
    const [badge] = await mount('<eco-status-badge status="atRisk"></eco-status-badge>');
    badge!.status = 'done';
    await badge!.updateComplete;
    expect(label(badge!)).toBe('Done');
    expect(badge!.getAttribute('status')).toBe('done');
  });

  it('shows a visible error for an unknown or missing status, as text', async () => {
    const [unknown, missing, hostile] = await mount(
      '<eco-status-badge status="late"></eco-status-badge><eco-status-badge></eco-status-badge>' +
        '<eco-status-badge status="&lt;img src=x onerror=alert(1)&gt;"></eco-status-badge>',
    );
    expect(label(unknown!)).toBe('Unknown status “late”');
    expect(label(missing!)).toBe('No status given');
    expect(label(hostile!)).toBe('Unknown status “<img src=x onerror=alert(1)>”');
    expect(hostile!.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('has no axe-core violations in either language or in the error state', async () => {
    await mount(
      '<h1>Badges</h1><p><eco-status-badge status="achieved"></eco-status-badge> <eco-status-badge status="overdue" lang="zh-CN"></eco-status-badge>' +
        ' <eco-status-badge status="bogus"></eco-status-badge></p>',
    );
    const results = await axe.run(document.querySelector('main')!);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  });
});

describe('defineElement', () => {
  it('leaves an existing tag alone when the same version defines it again', () => {
    expect(defineElement('eco-status-badge', EcoStatusBadge)).toBe('already');
  });

  it('reports a clash with another version instead of throwing', () => {
    class Other extends HTMLElement {
      static ecoVersion = '0.0.1';
    }
    expect(defineElement('eco-status-badge', Other)).toBe('another');
    expect(customElements.get('eco-status-badge')).toBe(EcoStatusBadge);
  });

  it('defines a tag the page does not have yet', () => {
    class Fresh extends EcoStatusBadge {}
    expect(defineElement('eco-test-fresh-badge', Fresh)).toBe('defined');
    expect(customElements.get('eco-test-fresh-badge')).toBe(Fresh);
  });

  it('warns once, naming every clashing tag, when another version got there first', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { defineElements } = await import('../../shared/define-element.js');
    class Older extends HTMLElement {
      static ecoVersion = '0.0.1';
    }
    defineElements(
      [
        ['eco-status-badge', Older],
        ['eco-test-fresh-badge', Older],
      ],
      '0.0.1',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /<eco-status-badge> \(0\.1\.0\), <eco-test-fresh-badge> \(0\.1\.0\)/,
    );
    warn.mockRestore();
  });
});
