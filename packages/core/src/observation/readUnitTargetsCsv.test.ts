import { describe, expect, it } from 'vitest';
import { readUnitTargetsCsv } from './readUnitTargetsCsv.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';

const meixi = (): Framework => {
  const r = parseFramework(meixiFramework());
  if (!r.ok) throw new Error('Meixi must parse');
  return r.value;
};

describe('readUnitTargetsCsv', () => {
  it('reads one target per row, columns in any order, numbers as the data guide writes them and yes/no', () => {
    const r = readUnitTargetsCsv(
      '\uFEFFunit,indicator,target,period\n gangkou ,pm25,"38.0",2025\nxihu,eco-park,是,2025\n',
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 },
        { indicator: 'eco-park', unit: 'xihu', period: '2025', value: true },
      ],
    });
  });

  it('refuses a missing column, naming it', () => {
    const r = readUnitTargetsCsv('indicator,unit,period,value\npm25,gangkou,2025,38\n');
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`)).toEqual(['line[1].target missing_column']);
  });

  it('refuses a blank target, a bad period and conflicting rows, each at its line', () => {
    const r = readUnitTargetsCsv(
      'indicator,unit,period,target\npm25,gangkou,2025,\npm25,gangkou,25,38\npm25,xihu,2025,30\npm25,xihu,2025,31\n',
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      'line[2].target invalid_cell',
      'line[3].period invalid_cell',
      'line[5].target conflicting_observation',
    ]);
  });

  it('given the framework, refuses a target of the wrong kind and ids it does not declare, with the id meant', () => {
    const r = readUnitTargetsCsv('indicator,unit,period,target\neco-park,xihu,2025,1\npm2.5,Gangkou,2025,38\n', {
      framework: meixi(),
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code} ${i.message.en}`)).toEqual([
      'line[2].target value_kind line 2, column "target": indicator "eco-park" is yes/no: write true or false (是/否), not 1',
      'line[3].unit unknown_reference unknown unit "Gangkou" in 1 observation; did you mean "gangkou"?',
      'line[3].indicator unknown_reference unknown indicator "pm2.5" in 1 observation; did you mean "pm25"?',
    ]);
  });
});
