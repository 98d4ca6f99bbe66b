import { describe, expect, it } from 'vitest';
import { lookalikeId } from './lookalikeId.js';
import { IdSchema } from './id.schema.js';
import { parseFramework } from './parseFramework.js';
import { meixiFramework } from './_fixtures/meixi.js';

describe('lookalikeId', () => {
  it('names a Cyrillic or Greek letter among Latin ones, with its position', () => {
    expect(lookalikeId('\u0445ihu')?.en).toBe(
      'mixes Latin and Cyrillic letters: character 1 is U+0445 CYRILLIC SMALL LETTER HA, which looks like a Latin letter',
    );
    expect(lookalikeId('nan\u0455han')?.en).toContain('character 4 is U+0455 CYRILLIC SMALL LETTER DZE');
    expect(lookalikeId('\u03bfzone')?.zh).toBe(
      '混用拉丁字母与希腊字母：第 1 个字符为 U+03BF GREEK SMALL LETTER OMICRON，形似拉丁字母',
    );
  });

  it('names an invisible character: zero-width, bidi controls, no-break space, byte-order mark', () => {
    expect(lookalikeId('xihu\u200b')?.en).toBe(
      'contains an invisible or control character: character 5 is U+200B ZERO WIDTH SPACE',
    );
    expect(lookalikeId('\u202exihu')?.en).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(lookalikeId('xi\u00a0hu')?.en).toContain('U+00A0 NO-BREAK SPACE');
    expect(lookalikeId('\ufeffxihu')?.zh).toContain('U+FEFF ZERO WIDTH NO-BREAK SPACE');
  });

  it('refuses text that is not in NFC, giving the NFC form', () => {
    expect(lookalikeId('\u212b-zone')?.en).toBe(
      'is not in Unicode normal form NFC (the same text is written "\u00c5-zone")',
    );
  });

  it('accepts ids in one script, and Han or digits beside Latin', () => {
    for (const id of ['xihu', 'd-east', '西湖区', 'Москва', 'αθήνα', 'SDG-3.2', '西湖-A1', 'region:OECD', 'café'])
      expect(lookalikeId(id)).toBeNull();
  });
});

describe('IdSchema', () => {
  it('refuses a lookalike with the character named, and other characters with the general rule', () => {
    const message = (s: string) => {
      const r = IdSchema.safeParse(s);
      return r.success ? null : r.error.issues.map((i) => i.message);
    };
    expect(message('\u0445ihu')).toEqual([
      'the id mixes Latin and Cyrillic letters: character 1 is U+0445 CYRILLIC SMALL LETTER HA, which looks like a Latin letter',
    ]);
    expect(message('nanshan forest')).toEqual(['use letters, digits, "-", "_", "." or ":" only']);
    expect(message('xihu')).toBeNull();
  });

  it('makes a framework whose unit id hides a Cyrillic letter invalid, at the path of the id', () => {
    const f = meixiFramework();
    f['units'][1].id = 'xi\u0445u';
    const r = parseFramework(f);
    expect(r.ok ? [] : r.issues.filter((i) => i.at === 'units[1].id').map((i) => i.message.zh)).toEqual([
      '标识混用拉丁字母与西里尔字母：第 3 个字符为 U+0445 CYRILLIC SMALL LETTER HA，形似拉丁字母',
    ]);
  });
});
