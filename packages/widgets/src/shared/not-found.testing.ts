// Shared expectations of the browser tests: every element that takes a `unit` or `period` shows the
// same notFound error for one the data lacks, names what exists, and recovers when given a real one.
import { expect } from 'vitest';
import type { EcoDataErrorDetail } from './data-controller.js';

/** What the expectations set on an element. */
interface Asked {
  data: unknown;
  unit?: string | null;
  period?: string | null;
}

type Mount<E extends HTMLElement> = (setup: (el: E) => void, lang?: string) => Promise<E>;

const alertText = (el: HTMLElement): string =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/**
 * Mounts the element on Meixi's bundle with the unit `gangkuo` (a typo of `gangkou`): the error
 * state names the units there are, one `eco-data-error` of kind `notFound` fires (in both
 * languages), and setting `gangkou` clears the error without another event.
 *
 * @example
 * it('an unknown unit is an error', () => expectUnknownUnitError(mount, bundle));
 */
export async function expectUnknownUnitError<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  mount: Mount<E>,
  data: unknown,
): Promise<E> {
  const errors: EcoDataErrorDetail[] = [];
  const el = await mount((e) => {
    e.addEventListener('eco-data-error', (ev) => errors.push((ev as CustomEvent<EcoDataErrorDetail>).detail));
    (e as unknown as Asked).data = data;
    (e as unknown as Asked).unit = 'gangkuo';
  });
  await el.updateComplete;
  expect(alertText(el)).toContain('the data has no unit “gangkuo”; its units: ');
  expect(alertText(el)).toContain('gangkou');
  expect(errors.map((x) => x.kind)).toEqual(['notFound']);
  expect(errors[0]!.reason.zh).toContain('数据中没有单位“gangkuo”');
  (el as unknown as Asked).unit = 'gangkou';
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  expect(errors).toHaveLength(1);
  return el;
}

/**
 * Mounts the element in Chinese on Meixi's bundle with the period 2030: the error state names the
 * periods there are.
 *
 * @example
 * it('a period without observations is an error', () => expectUnknownPeriodError(mount, bundle));
 */
export async function expectUnknownPeriodError<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  mount: Mount<E>,
  data: unknown,
): Promise<E> {
  const el = await mount((e) => {
    (e as unknown as Asked).data = data;
    (e as unknown as Asked).period = '2030';
  }, 'zh-CN');
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(
    '数据中没有期间“2030”；数据中的期间：2020、2021、2022、2023、2024、2025',
  );
  return el;
}
