import type { Note } from '../observation/note.schema.js';
import type { Lang } from '../vocabulary/lang.js';

/**
 * A note as a page in one language shows it: the text, and the language it is in when that is
 * known, for the element's `lang` attribute, so a screen reader pronounces it right.
 *
 * @category Reporting
 * @example
 * const shown: NoteText = noteText({ zh: '港区扩建影响' }, 'en'); //=> { text: '港区扩建影响', lang: 'zh-CN' }
 */
export interface NoteText {
  text: string;
  /** The language of `text` when the note says it (`{ zh, en }`); `null` for plain text, whose language is not known. */
  lang: Lang | null;
}

/**
 * Picks the text of a note for a page in `lang`: plain text as written (`lang: null`); of a
 * `{ zh, en }` note the page language's text, else the one language there is, marked with its
 * language. Never both at once: a reader sees one note in one language.
 *
 * @category Reporting
 * @param note - The note.
 * @param lang - The page language.
 * @returns The text and its language.
 * @example
 * noteText({ zh: '港区扩建影响', en: 'port expansion' }, 'en') //=> { text: 'port expansion', lang: 'en' }
 * noteText({ zh: '港区扩建影响' }, 'en') //=> { text: '港区扩建影响', lang: 'zh-CN' }
 * noteText('港区扩建影响', 'en') //=> { text: '港区扩建影响', lang: null }
 */
export function noteText(note: Note, lang: Lang): NoteText {
  if (typeof note === 'string') return { text: note, lang: null };
  const own = lang === 'zh-CN' ? note.zh : note.en;
  if (own !== undefined) return { text: own, lang };
  // The schema refuses a note with neither language, so the other one is there.
  return lang === 'zh-CN' ? { text: note.en!, lang: 'en' } : { text: note.zh!, lang: 'zh-CN' };
}
