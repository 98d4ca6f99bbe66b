import { describe, expect, it } from 'vitest';
import { parseBundle } from './parseBundle.js';
import { parseFramework } from './parseFramework.js';
import { parseUnitFlags } from './parseUnitFlags.js';
import { meixiFramework, readMeixi } from './_fixtures/meixi.js';

const framework = (() => {
  const r = parseFramework(meixiFramework());
  if (!r.ok) throw new Error('Meixi framework invalid');
  return r.value;
})();
const bundle = (flags: unknown): unknown => ({ ...(JSON.parse(readMeixi('bundle.json')) as object), flags });

describe('parseUnitFlags', () => {
  it('reads flags whose unit the framework declares and whose flag a rule of its scheme tests', () => {
    const flags = [
      {
        unit: 'gangkou',
        period: '2025',
        flag: 'verifiedComplaint',
        note: { zh: '查实投诉 1 件', en: 'One verified complaint' },
        source: '市信访局',
      },
    ];
    expect(parseUnitFlags(flags, framework)).toEqual({ ok: true, value: flags });
  });

  it('reports shapes with their paths, then unknown units and flags no rule tests, in both languages', () => {
    const shapes = parseUnitFlags([
      { unit: 'gangkou', period: '2025-13', flag: '' },
      { unit: 'xihu', period: '2025', flag: 'x', extra: 1 },
    ]);
    expect(shapes.ok).toBe(false);
    if (!shapes.ok) expect(shapes.issues.map((i) => i.at)).toEqual(['[0].period', '[0].flag', '[1].extra']);
    const refs = parseUnitFlags([{ unit: 'atlantis', period: '2025', flag: 'majorIncidnet' }], framework);
    expect(refs.ok).toBe(false);
    if (!refs.ok) {
      expect(refs.issues.map((i) => [i.at, i.code])).toEqual([
        ['[0].unit', 'unknown_reference'],
        ['[0].flag', 'unknown_reference'],
      ]);
      expect(refs.issues[1]!.message).toEqual({
        en: 'no rule of the scheme tests the flag "majorIncidnet" (flags the rules test: majorIncident, nationalHonour, verifiedComplaint)',
        zh: '考核方案中没有规则使用标记“majorIncidnet”（规则使用的标记：majorIncident, nationalHonour, verifiedComplaint）',
      });
    }
    // Without a framework only the shape is checked.
    expect(parseUnitFlags([{ unit: 'atlantis', period: '2025', flag: 'anything' }]).ok).toBe(true);
  });
});

describe('parseBundle with flags', () => {
  it('takes a bundle without flags, or with an empty list, as before', () => {
    expect(parseBundle(bundle(undefined)).ok).toBe(true);
    expect(parseBundle(bundle([])).ok).toBe(true);
  });

  it("checks the flags against the bundle's framework, at flags[k]", () => {
    const r = parseBundle(
      bundle([
        { unit: 'xihu', period: '2025', flag: 'nationalHonour' },
        { unit: 'nowhere', period: '2025', flag: 'nationalHonour' },
        { unit: 'xihu', period: '2025', flag: 'nope' },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.at)).toEqual(['flags[1].unit', 'flags[2].flag']);
    const shape = parseBundle(bundle([{ unit: 'xihu', period: 2025, flag: 'nationalHonour' }]));
    if (!shape.ok) expect(shape.issues.map((i) => i.at)).toEqual(['flags[0].period']);
    expect(shape.ok).toBe(false);
  });
});
