import { describe, expect, it } from 'vitest';
import { flagsByUnit } from './flagsByUnit.js';

describe('flagsByUnit', () => {
  it("keeps the period's flags only, sorted whatever the list's order, a flag that happened once as its plain name", () => {
    const flags = [
      { unit: 'xihu', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'xihu', period: '2025', flag: 'majorIncident' },
      { unit: 'nanshan', period: '2024', flag: 'nationalHonour' },
    ];
    const expected = { gangkou: ['verifiedComplaint'], xihu: ['majorIncident', 'verifiedComplaint'] };
    expect(flagsByUnit(flags, '2025')).toEqual(expected);
    expect(JSON.stringify(flagsByUnit([...flags].reverse(), '2025'))).toBe(JSON.stringify(expected));
    expect(flagsByUnit(flags, '2023')).toEqual({});
    expect(flagsByUnit([], '2025')).toEqual({});
  });

  it('adds up the counts of one unit, period and flag, an entry without a count counting 1', () => {
    const flags = [
      { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint', count: 2 },
      { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'gangkou', period: '2024', flag: 'verifiedComplaint', count: 5 },
      { unit: 'xihu', period: '2025', flag: 'majorIncident' },
      { unit: 'xihu', period: '2025', flag: 'majorIncident' },
    ];
    expect(flagsByUnit(flags, '2025')).toEqual({
      gangkou: [{ flag: 'verifiedComplaint', count: 3 }],
      xihu: [{ flag: 'majorIncident', count: 2 }],
    });
  });
});
