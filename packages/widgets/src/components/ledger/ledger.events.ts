/**
 * Detail of the `eco-select` event of `<eco-ledger>`: the ledger entry whose history the user opened.
 *
 * @example
 * board.addEventListener('eco-select', (e) => {
 *   const { item } = (e as CustomEvent<LedgerSelectDetail>).detail; // e.g. 'p-2025-03'
 * });
 *
 * @category Widgets
 */
export interface LedgerSelectDetail {
  /** The entry's id, as `ledgerStateAt` gives it. */
  item: string;
}
