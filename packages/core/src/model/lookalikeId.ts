import type { LocalizedLabel } from '../vocabulary/lang.js';
import { characterName, scriptOf } from '../_lib/characterName.js';

// Scripts whose letters look alike: an id mixing them is almost always a copy-paste or a forgery.
const CONFUSABLE = new Map([
  ['Latin', '拉丁'],
  ['Cyrillic', '西里尔'],
  ['Greek', '希腊'],
]);
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u;

/**
 * Why an id would pass for another one it is not, or `null` when it cannot: an invisible
 * character (zero-width space, bidi control, no-break space…), a form other than Unicode NFC (the
 * same letters encoded differently), or Latin letters mixed with Cyrillic or Greek ones (`xihu`
 * typed with U+0445 CYRILLIC SMALL LETTER HA). Each message names the character and its position.
 *
 * @category Model
 * @param id - A would-be id.
 * @returns The reason in English and Chinese, or `null`.
 * @example
 * lookalikeId('\u0445ihu')?.en //=> 'mixes Latin and Cyrillic letters: character 1 is U+0445 CYRILLIC SMALL LETTER HA, which looks like a Latin letter'
 * lookalikeId('xihu') //=> null
 */
export function lookalikeId(id: string): LocalizedLabel | null {
  // Printable ASCII is one script, visible and already NFC: most ids end here.
  if (/^[\x21-\x7e]*$/.test(id)) return null;
  const chars = [...id];
  // A plain space is visible, and the general rule refuses it.
  const hidden = chars.findIndex((c) => c !== ' ' && INVISIBLE.test(c));
  if (hidden >= 0) {
    const name = characterName(chars[hidden]!);
    return {
      en: `contains an invisible or control character: character ${hidden + 1} is ${name}`,
      zh: `含不可见字符或控制字符：第 ${hidden + 1} 个字符为 ${name}`,
    };
  }
  const nfc = id.normalize('NFC');
  if (nfc !== id) {
    return {
      en: `is not in Unicode normal form NFC (the same text is written "${nfc}")`,
      zh: `不是 Unicode NFC 规范形式（同样的文字应写作“${nfc}”）`,
    };
  }
  const scripts = chars.map((c) => scriptOf(c)).map((s) => (s !== undefined && CONFUSABLE.has(s) ? s : undefined));
  const counts = new Map<string, number>();
  for (const s of scripts) if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size < 2) return null;
  // The script of most letters is the one meant (Latin on a tie); the others are the lookalikes.
  const main = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === 'Latin' ? -1 : b[0] === 'Latin' ? 1 : 0))[0]![0];
  const odd = scripts.findIndex((s) => s !== undefined && s !== main);
  const other = scripts[odd]!;
  const name = characterName(chars[odd]!);
  return {
    en: `mixes ${main} and ${other} letters: character ${odd + 1} is ${name}, which looks like a ${main} letter`,
    zh: `混用${CONFUSABLE.get(main)}字母与${CONFUSABLE.get(other)}字母：第 ${odd + 1} 个字符为 ${name}，形似${CONFUSABLE.get(main)}字母`,
  };
}
