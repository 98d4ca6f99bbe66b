import { describe, expect, it } from 'vitest';
import { flagsByUnit } from './flagsByUnit.js';

describe('flagsByUnit', () => {
  it("keeps the period's flags only, each once per unit, sorted whatever the list's order", () => {
    const flags = [
      { unit: 'xihu', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'xihu', period: '2025', flag: 'majorIncident' },
      { unit: 'xihu', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'nanshan', period: '2024', flag: 'nationalHonour' },
    ];
    const expected = { gangkou: ['verifiedComplaint'], xihu: ['majorIncident', 'verifiedComplaint'] };
    expect(flagsByUnit(flags, '2025')).toEqual(expected);
    expect(JSON.stringify(flagsByUnit([...flags].reverse(), '2025'))).toBe(JSON.stringify(expected));
    expect(flagsByUnit(flags, '2023')).toEqual({});
    expect(flagsByUnit([], '2025')).toEqual({});
  });
});
