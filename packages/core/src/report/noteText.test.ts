import { describe, expect, it } from 'vitest';
import { noteText } from './noteText.js';

describe('noteText', () => {
  const both = { zh: '港区扩建影响', en: 'port expansion' };

  it('shows the page language’s text of a note in both languages, never both at once', () => {
    expect(noteText(both, 'zh-CN')).toEqual({ text: '港区扩建影响', lang: 'zh-CN' });
    expect(noteText(both, 'en')).toEqual({ text: 'port expansion', lang: 'en' });
  });

  it('shows a note in one language on a page in the other, marked with its language', () => {
    expect(noteText({ zh: '港区扩建影响' }, 'en')).toEqual({ text: '港区扩建影响', lang: 'zh-CN' });
    expect(noteText({ en: 'port expansion' }, 'zh-CN')).toEqual({ text: 'port expansion', lang: 'en' });
  });

  it('shows plain text as written, its language unknown', () => {
    expect(noteText('港区扩建影响 / port expansion', 'en')).toEqual({
      text: '港区扩建影响 / port expansion',
      lang: null,
    });
  });
});
