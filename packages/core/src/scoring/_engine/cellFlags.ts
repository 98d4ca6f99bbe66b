import type { CellFlag } from '../assess/assessment.js';

/**
 * Cell flags as bits, so a run keeps one byte per cell instead of an array. Expanded, a cell's
 * flags are listed in this declared order, whatever order they were raised in.
 */
export const CELL_FLAG_ORDER: readonly CellFlag[] = [
  'missing',
  'unscorable',
  'imputed',
  'capped',
  'excluded',
  'notApplicable',
];

/** The bit of each flag. */
export const FLAG: Readonly<Record<CellFlag, number>> = {
  missing: 1,
  unscorable: 2,
  imputed: 4,
  capped: 8,
  excluded: 16,
  notApplicable: 32,
};

// Every combination expanded once; expansion then hands out copies, so callers may mutate them.
const EXPANDED: ReadonlyArray<readonly CellFlag[]> = Array.from({ length: 64 }, (_, bits) =>
  CELL_FLAG_ORDER.filter((f) => (bits & FLAG[f]) !== 0),
);

/** The flags set in `bits`, in {@link CELL_FLAG_ORDER}. */
export function flagsOf(bits: number): CellFlag[] {
  // No flag (nearly every cell and area) as a fresh literal: slicing an empty array costs V8 about
  // ten times as much, and reading a run's results makes one per area and unit (see docs/performance.md).
  return (bits & 63) === 0 ? [] : EXPANDED[bits & 63]!.slice();
}

/** Raises the flag bits `bits` on `cell`. */
export function raise(flags: Uint8Array, cell: number, bits: number): void {
  flags[cell] = flags[cell]! | bits;
}
