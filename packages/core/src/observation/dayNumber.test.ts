import { afterEach, describe, expect, it } from 'vitest';
import { civilDay, dayNumber } from './dayNumber.js';

const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('dayNumber and civilDay', () => {
  it('agree with Date.UTC on every day from 1900 to 2100, in any time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env['TZ'] = tz;
      for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (dayNumber(date) !== t / 86_400_000) throw new Error(`${tz}: dayNumber(${date}) = ${dayNumber(date)}`);
      }
    }
  });

  it('reads years 0–99 as written, not as 1900–1999, and year 0 as a leap year', () => {
    expect(dayNumber('0099-12-31') + 1).toBe(dayNumber('0100-01-01'));
    expect(dayNumber('0000-03-01') - dayNumber('0000-02-28')).toBe(2);
    expect(dayNumber('0099-01-01')).toBeLessThan(dayNumber('1999-01-01') - 365 * 1800);
  });

  it('refuses text that is not a real date', () => {
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      '2025/01/01',
      '２０２５-01-01',
    ]) {
      expect(dayNumber(bad), bad).toBeNaN();
    }
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
  });

  it('rolls a month past December into the next year, as Date does', () => {
    expect(civilDay(2025, 13, 1)).toBe(dayNumber('2026-01-01'));
    expect(civilDay(1970, 1, 2)).toBe(1);
  });
});
