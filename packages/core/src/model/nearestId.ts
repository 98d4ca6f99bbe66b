// Latin lookalikes of Cyrillic and Greek letters, for matching an id typed with the wrong keyboard.
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  а: 'a',
  в: 'b',
  е: 'e',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
});

/**
 * The form two ids are compared in when looking for what was meant: compatibility-normalised (NFKC:
 * full-width letters and digits become ASCII), without invisible or format characters, case-folded,
 * Cyrillic and Greek lookalikes read as Latin, and without the separators `- _ . :` and spaces.
 */
function loose(s: string): string {
  const folded = s
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .toLowerCase();
  let out = '';
  for (const ch of folded) out += LATIN_LOOKALIKE[ch] ?? ch;
  return out.replace(/[-_.:\s]/gu, '');
}

/** Levenshtein distance, stopping early past `limit` (returns `limit + 1`). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A declared id, and the names people write for it (a unit's name, an indicator's title).
 *
 * @category Model
 * @example
 * const xihu: IdCandidate = { id: 'xihu', names: ['西湖区', 'Xihu District'] };
 */
export interface IdCandidate {
  id: string;
  names: ReadonlyArray<string>;
}

/**
 * The declared id that `written` most likely meant, or `null`: first an id or name equal to it
 * once both are read loosely (case, NFKC, invisible characters, Cyrillic or Greek lookalikes and
 * the separators `- _ . :` ignored: `Xihu`, `西湖区`, `pm2.5`, `xi\u200bhu`), then the id nearest
 * by edit distance within a third of its length (at least 1), the first declared on a tie.
 *
 * @category Model
 * @param written - The id as written in the data.
 * @param candidates - The declared ids, in declaration order.
 * @returns The suggested id, or `null` when nothing is close.
 * @example
 * nearestId('pm2.5', [{ id: 'pm25', names: ['PM2.5 年均浓度'] }]) //=> 'pm25'
 * nearestId('西湖区', [{ id: 'xihu', names: ['西湖区'] }]) //=> 'xihu'
 * nearestId('xihv', [{ id: 'xihu', names: [] }]) //=> 'xihu'
 */
export function nearestId(written: string, candidates: ReadonlyArray<IdCandidate>): string | null {
  const key = loose(written);
  if (key === '') return null;
  for (const c of candidates) if (loose(c.id) === key || c.names.some((n) => loose(n) === key)) return c.id;
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = distance(key, loose(c.id), Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = c.id;
      bestDistance = d;
    }
  }
  return best;
}
