import type { ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';

/**
 * Options of {@link decodeText}.
 *
 * @category I/O
 * @example
 * decodeText(bytes, { encoding: 'gb18030' })
 */
export interface DecodeTextOptions {
  /**
   * Read the bytes in this encoding (a WHATWG label: `utf-8`, `gb18030`, `gbk`, `utf-16le`,
   * `big5`, …) instead of detecting it. Bytes that are not valid in it are an issue.
   */
  encoding?: string;
}

/**
 * Text read from bytes, and the encoding it was read in (the WHATWG name, e.g. `utf-8`,
 * `gb18030`, `utf-16le`).
 *
 * @category I/O
 * @example
 * const t: DecodedText = { text: '西湖区', encoding: 'gb18030' };
 */
export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  /** The encoding the bytes were read in. */
  encoding: string;
}

const boms: ReadonlyArray<[ReadonlyArray<number>, string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean =>
  prefix.every((b, k) => bytes[k] === b);

/** Reads strictly; `null` when the bytes are not valid in the encoding. The BOM is kept, to be dropped once for every encoding. */
function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How the bytes read as UTF-8: the offset of the first byte not in a valid sequence (the length if none), and how many multi-byte sequences are valid and how many bytes are not. */
function scanUtf8(bytes: Uint8Array): { first: number; good: number; bad: number } {
  let first = bytes.length;
  let good = 0;
  let bad = 0;
  for (let k = 0; k < bytes.length; ) {
    const b = bytes[k]!;
    if (b < 0x80) {
      k++;
      continue;
    }
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : b === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0];
    let valid = length > 0 && k + length <= bytes.length && bytes[k + 1]! >= low && bytes[k + 1]! <= high;
    for (let j = 2; valid && j < length; j++) valid = bytes[k + j]! >= 0x80 && bytes[k + j]! <= 0xbf;
    if (valid) {
      good++;
      k += length;
    } else {
      if (bad === 0) first = k;
      bad++;
      k++;
    }
  }
  return { first, good, bad };
}

/** The issue for bytes that are not UTF-8 where UTF-8 is expected, at the first bad byte and its line. */
function notUtf8(bytes: Uint8Array, offset: number, forced: boolean): ParseResult<DecodedText> {
  let line = 1;
  for (let k = 0; k < offset; k++) if (bytes[k] === 0x0a) line++;
  const [en, zh] = forced
    ? [
        'the file is in another encoding, e.g. GB18030 (--encoding gb18030), or leave out the encoding to detect it',
        '文件可能是其他编码，如 GB18030（--encoding gb18030），或不指定编码由程序识别',
      ]
    : [
        'the rest of the file is UTF-8, so it is likely damaged there; fix it, or give the encoding with --encoding',
        '文件其余部分是 UTF-8，此处可能已损坏；请修正，或用 --encoding 指定编码',
      ];
  return {
    ok: false,
    issues: [
      makeIssue(
        ['byte', offset],
        'invalid_encoding',
        `byte ${offset} (line ${line}) is not valid UTF-8: ${en}`,
        `第 ${offset} 字节（第 ${line} 行）不是有效的 UTF-8：${zh}`,
      ),
    ],
  };
}

/**
 * Reads a file's bytes as text, saying which encoding it was read in. A byte order mark decides
 * (UTF-8, UTF-16 LE or BE, GB18030) and is dropped; without one, bytes that are valid UTF-8 are
 * UTF-8, and any others GB18030 (which includes GBK and GB2312: what Excel's "CSV (逗号分隔)"
 * writes on Chinese Windows), so a Chinese file is never read as mojibake; but bytes that are
 * UTF-8 but for a few bad bytes (at least 8 valid multi-byte characters per bad byte) are a
 * damaged UTF-8 file, an issue at the first bad byte. With `encoding` the
 * bytes are read in that encoding only, strictly. Uses the platform's `TextDecoder` (Node with
 * full ICU, the default build, and browsers).
 *
 * @category I/O
 * @param bytes - The file's bytes.
 * @param options - **encoding**: a WHATWG label to read in instead of detecting.
 * @returns `{ ok: true, value: { text, encoding } }`, or an issue for an unknown label or bytes
 *   not valid in the forced encoding (for UTF-8, with the byte offset and line).
 * @example
 * decodeText(new Uint8Array([0xce, 0xf7, 0xba, 0xfe, 0xc7, 0xf8]))
 * //=> { ok: true, value: { text: '西湖区', encoding: 'gb18030' } }
 */
export function decodeText(bytes: Uint8Array, { encoding }: DecodeTextOptions = {}): ParseResult<DecodedText> {
  let name: string;
  let text: string | null;
  if (encoding !== undefined) {
    try {
      name = new TextDecoder(encoding).encoding;
    } catch {
      return {
        ok: false,
        issues: [
          makeIssue(
            ['encoding'],
            'invalid_encoding',
            `"${encoding}" is not an encoding label (try utf-8, gb18030, gbk, utf-16le, utf-16be, big5)`,
            `“${encoding}”不是编码名称（可用 utf-8、gb18030、gbk、utf-16le、utf-16be、big5）`,
          ),
        ],
      };
    }
    text = strict(bytes, name);
    if (text === null) {
      if (name !== 'utf-8') {
        return {
          ok: false,
          issues: [
            makeIssue(
              [],
              'invalid_encoding',
              `the bytes are not valid ${name}; leave out the encoding to detect it`,
              `内容不是有效的 ${name} 编码；可不指定编码，由程序识别`,
            ),
          ],
        };
      }
      return notUtf8(bytes, scanUtf8(bytes).first, true);
    }
  } else {
    const bom = boms.find(([prefix]) => startsWith(bytes, prefix));
    name = bom ? bom[1] : 'utf-8';
    text = strict(bytes, name);
    if (text === null && !bom) {
      // A few bad bytes among many valid UTF-8 characters are damage, not another encoding: GB18030
      // text, read as UTF-8, has far more invalid bytes than valid sequences.
      const scan = scanUtf8(bytes);
      if (scan.good >= 8 * scan.bad) return notUtf8(bytes, scan.first, false);
      name = 'gb18030';
      text = strict(bytes, name);
    }
    if (text === null) {
      return {
        ok: false,
        issues: [
          makeIssue(
            [],
            'invalid_encoding',
            `the bytes are not valid ${name}${bom ? ', though they start with its byte order mark' : ' or UTF-8'}; give the encoding with --encoding`,
            `内容不是有效的 ${name}${bom ? '（尽管以其字节顺序标记开头）' : '或 UTF-8'} 编码；请用 --encoding 指定编码`,
          ),
        ],
      };
    }
  }
  return { ok: true, value: { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: name } };
}
