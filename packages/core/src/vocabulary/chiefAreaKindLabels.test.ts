import { describe, expect, it } from 'vitest';
import { chiefAreaKindLabels } from './chiefAreaKindLabels.js';
import { ChiefAreaKindSchema } from './chiefAreaKind.schema.js';

describe('chiefAreaKindLabels', () => {
  it('names every kind the schema accepts, and nothing else, and its chief, in both languages', () => {
    expect(Object.keys(chiefAreaKindLabels).sort()).toEqual([...ChiefAreaKindSchema.options].sort());
    for (const { area, chief } of Object.values(chiefAreaKindLabels)) {
      for (const label of [area, chief]) {
        expect(label.zh.trim()).not.toBe('');
        expect(label.en.trim()).not.toBe('');
      }
    }
  });

  it('gives rivers a 河长, lakes and reservoirs a 湖长, forests and wetlands a 林长', () => {
    expect(Object.entries(chiefAreaKindLabels).map(([kind, l]) => [kind, l.area.zh, l.chief.zh])).toEqual([
      ['river', '河流', '河长'],
      ['lake', '湖泊', '湖长'],
      ['reservoir', '水库', '湖长'],
      ['forest', '林区', '林长'],
      ['wetland', '湿地', '林长'],
    ]);
  });
});
