import { describe, expect, it } from 'vitest';
import { NoteSchema } from './note.schema.js';
import { parseObservations } from './parseObservations.js';

describe('NoteSchema', () => {
  it('accepts plain text, and a note in Chinese, English or both', () => {
    for (const note of [
      '港区扩建影响',
      { zh: '港区扩建影响' },
      { en: 'port expansion' },
      { zh: '港区扩建影响', en: 'port expansion' },
    ])
      expect(NoteSchema.safeParse(note).success).toBe(true);
  });

  it('refuses an empty note, an empty language and an unknown key', () => {
    for (const note of ['', { zh: '' }, { fr: 'agrandissement du port' }, 3])
      expect(NoteSchema.safeParse(note).success).toBe(false);
  });

  it('refuses a note object with neither language as an issue at the note, in English and Chinese', () => {
    const r = parseObservations([{ indicator: 'pm25', unit: 'gangkou', period: '2024', value: 42.8, note: {} }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.message])).toEqual([
      [
        [0, 'note'],
        {
          en: 'give the note in Chinese (zh), English (en) or both, or write it as plain text',
          zh: '备注须至少有中文（zh）或英文（en），或直接写为文本',
        },
      ],
    ]);
  });
});
