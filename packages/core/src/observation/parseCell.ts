/** Cells that mean "no value": kept as missing, never read as 0. */
const missingTokens = new Set(['', '-', '–', '—', '..', '...', 'na', 'n/a', 'null', 'nan']);

/** Cells that say the indicator does not apply (不适用): not the same as an empty cell. */
const notApplicableTokens = new Set(['不适用', 'not applicable']);

/** White space a spreadsheet puts around a cell: trimmed, never read inside a number. */
const edges = /^[\s\u00a0\u2009\u202f]+|[\s\u00a0\u2009\u202f]+$/g;

// The number grammar of docs/data-formats.md, and nothing else (no hex, `Infinity`, `1_000` or
// decimal commas): a plain decimal with an optional exponent, or a decimal whose whole part is
// grouped by threes with one separator throughout (a comma, or one kind of space) and a first
// group that does not start with 0, so `0,305`, `12,15` and `30 5` are refused instead of
// read as 305, 1215 and 305.
const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const grouped =
  /^[+-]?[1-9]\d{0,2}(?:(,)\d{3}(?:,\d{3})*|( )\d{3}(?: \d{3})*|(\u00a0)\d{3}(?:\u00a0\d{3})*|(\u2009)\d{3}(?:\u2009\d{3})*|(\u202f)\d{3}(?:\u202f\d{3})*)(\.\d+)?$/;

/**
 * What a CSV cell holds: a number, a yes/no, a missing value, or text that is none of them
 * (`ok: false`, with the reason for people in `en` and `zh`).
 *
 * @category I/O
 * @example
 * const c: CellValue = parseCell('1,034'); //=> { ok: true, value: 1034 }
 */
export type CellValue =
  | { ok: true; value: number | boolean | null; notApplicable?: true }
  | { ok: false; en: string; zh: string };

/**
 * Reads a value cell, the one cell reader of every CSV reader: blank, `-`, `..`, `NA`, `n/a` are
 * missing; `不适用` and `not applicable` (any case) say the indicator does not apply (value `null`,
 * `notApplicable: true`); `true`/`false` (and `是`/`否`) are yes/no; a number is a plain decimal (`31.2`,
 * `-4`, `.5`, `1e3`) or one whose whole part is grouped by threes (`1,100`, `1 100`,
 * `1,234,567.5`; the same separator throughout, a comma or one kind of space, no-break and thin
 * spaces included). White space around the cell is trimmed; anything else is refused with a
 * reason, so a cell is never read as a number it does not plainly say.
 *
 * @category I/O
 * @param text - The cell as written.
 * @returns `{ ok: true, value }` or `{ ok: false, en, zh }`.
 * @example
 * parseCell(' 1 100 ') //=> { ok: true, value: 1100 }
 * parseCell('不适用') //=> { ok: true, value: null, notApplicable: true }
 * parseCell('0,305').ok //=> false (a decimal comma or a broken thousands group)
 */
export function parseCell(text: string): CellValue {
  const s = text.replace(edges, '');
  const lower = s.toLowerCase();
  if (missingTokens.has(lower)) return { ok: true, value: null };
  if (notApplicableTokens.has(lower)) return { ok: true, value: null, notApplicable: true };
  if (lower === 'true' || s === '是') return { ok: true, value: true };
  if (lower === 'false' || s === '否') return { ok: true, value: false };
  let digits: string | null = null;
  if (plain.test(s)) digits = s;
  else if (grouped.test(s)) digits = s.replace(/[,\u0020\u00a0\u2009\u202f]/g, '');
  if (digits === null) {
    return /^[+-]?\d[\d.,\s\u00a0\u2009\u202f]*$/.test(s)
      ? {
          ok: false,
          en: `"${s}" is not a number in an accepted format: write 1034 or "1,034" (thousands in groups of three), decimals with a point (0.305)`,
          zh: `“${s}”不是可接受的数字格式：应写作 1034 或 "1,034"（千位每三位一组），小数用小数点（0.305）`,
        }
      : {
          ok: false,
          en: `"${s}" is not a number, true/false or a missing mark`,
          zh: `“${s}”不是数字、是/否或缺失标记`,
        };
  }
  const value = Number(digits);
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, en: `"${s}" is too large to be a number`, zh: `“${s}”超出数字范围` };
}
