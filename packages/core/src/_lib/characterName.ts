// The Unicode names of the characters an id is most often faked or corrupted with: the Cyrillic
// and Greek letters that look Latin, and the invisible format characters. Other characters are
// named by their code point and script.
const CYRILLIC = [
  'A',
  'BE',
  'VE',
  'GHE',
  'DE',
  'IE',
  'ZHE',
  'ZE',
  'I',
  'SHORT I',
  'KA',
  'EL',
  'EM',
  'EN',
  'O',
  'PE',
  'ER',
  'ES',
  'TE',
  'U',
  'EF',
  'HA',
  'TSE',
  'CHE',
  'SHA',
  'SHCHA',
  'HARD SIGN',
  'YERU',
  'SOFT SIGN',
  'E',
  'YU',
  'YA',
];
const CYRILLIC_EXTRA = [
  'IE WITH GRAVE',
  'IO',
  'DJE',
  'GJE',
  'UKRAINIAN IE',
  'DZE',
  'BYELORUSSIAN-UKRAINIAN I',
  'YI',
  'JE',
  'LJE',
  'NJE',
  'TSHE',
  'KJE',
  'I WITH GRAVE',
  'SHORT U',
  'DZHE',
];
const GREEK = [
  'ALPHA',
  'BETA',
  'GAMMA',
  'DELTA',
  'EPSILON',
  'ZETA',
  'ETA',
  'THETA',
  'IOTA',
  'KAPPA',
  'LAMDA',
  'MU',
  'NU',
  'XI',
  'OMICRON',
  'PI',
  'RHO',
  'FINAL SIGMA',
  'SIGMA',
  'TAU',
  'UPSILON',
  'PHI',
  'CHI',
  'PSI',
  'OMEGA',
];
const FORMAT = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0x00a0, 'NO-BREAK SPACE'],
]);
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Han',
  'Arabic',
  'Hebrew',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
].map((name) => ({ name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }));

/**
 * The script of a character among the common ones (Latin, Cyrillic, Greek, Han, Arabic…), or `undefined`.
 *
 * @example
 * scriptOf('\u0445') //=> 'Cyrillic'
 */
export function scriptOf(ch: string): string | undefined {
  return SCRIPTS.find((s) => s.pattern.test(ch))?.name;
}

/**
 * A character as a person can find it in a file: its code point and Unicode name
 * (`U+0445 CYRILLIC SMALL LETTER HA`), or its code point and script when the name is not in the
 * short table above (`U+4E2D (Han)`).
 *
 * @example
 * characterName('\u0445') //=> 'U+0445 CYRILLIC SMALL LETTER HA'
 * characterName('\u200b') //=> 'U+200B ZERO WIDTH SPACE'
 */
export function characterName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const named = (name: string | undefined): string | undefined => (name === undefined ? undefined : `${hex} ${name}`);
  const name =
    cp >= 0x0410 && cp <= 0x042f
      ? named(`CYRILLIC CAPITAL LETTER ${CYRILLIC[cp - 0x0410]}`)
      : cp >= 0x0430 && cp <= 0x044f
        ? named(`CYRILLIC SMALL LETTER ${CYRILLIC[cp - 0x0430]}`)
        : cp >= 0x0400 && cp <= 0x040f
          ? named(`CYRILLIC CAPITAL LETTER ${CYRILLIC_EXTRA[cp - 0x0400]}`)
          : cp >= 0x0450 && cp <= 0x045f
            ? named(`CYRILLIC SMALL LETTER ${CYRILLIC_EXTRA[cp - 0x0450]}`)
            : cp >= 0x0391 && cp <= 0x03a9 && cp !== 0x03a2
              ? named(`GREEK CAPITAL LETTER ${GREEK[cp - 0x0391]}`)
              : cp >= 0x03b1 && cp <= 0x03c9
                ? named(`GREEK SMALL LETTER ${GREEK[cp - 0x03b1]}`)
                : named(FORMAT.get(cp));
  if (name !== undefined) return name;
  const script = scriptOf(ch);
  return script === undefined ? hex : `${hex} (${script})`;
}
