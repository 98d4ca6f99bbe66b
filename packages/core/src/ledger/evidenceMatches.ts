import { sha256Bytes } from '../_lib/sha256.js';
import type { Evidence } from './evidence.schema.js';

/**
 * Whether a file's bytes are the ones a piece of evidence names: their SHA-256 equals the recorded
 * one (hex compared without regard to case). This is how an auditor checks, years later, that the
 * file behind a closure is the file the closure was granted on; a `false` means the file was
 * changed or is another file.
 *
 * @category Ledgers
 * @param evidence - The recorded evidence.
 * @param bytes - The file's bytes as read (no decoding, no line-ending conversion).
 * @returns `true` when the digests are equal.
 * @example
 * evidenceMatches({ ref: 'empty.txt', sha256: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855' }, new Uint8Array(0)) //=> true
 */
export function evidenceMatches(evidence: Evidence, bytes: Uint8Array): boolean {
  return sha256Bytes(bytes) === evidence.sha256.toLowerCase();
}
