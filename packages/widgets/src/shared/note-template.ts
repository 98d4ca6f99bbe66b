import { html, type TemplateResult } from 'lit';
import { type Lang, type Note, noteText } from '@eco-reform/core/display';

/**
 * A note as the page shows it: the page language's text (the core's `noteText`); a note only in
 * the other language is marked with its `lang`, so a screen reader pronounces it right; plain text
 * as written.
 *
 * @param note - The note, or `null` for none.
 * @param lang - The page language.
 * @returns The text, in a `<span lang>` when it is in the other language.
 * @example
 * html`<td>${noteTemplate({ zh: '港区扩建影响' }, 'en')}</td>` // <td><span lang="zh-CN">港区扩建影响</span></td>
 */
export function noteTemplate(note: Note | null, lang: Lang): TemplateResult | string {
  if (note === null) return '';
  const shown = noteText(note, lang);
  return shown.lang !== null && shown.lang !== lang ? html`<span lang=${shown.lang}>${shown.text}</span>` : shown.text;
}
