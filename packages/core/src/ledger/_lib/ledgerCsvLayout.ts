/** A ledger's CSV layout: its columns in the order written (the item's id first, then `action`) and the columns each action's row fills. */
export interface LedgerCsvLayout {
  columns: readonly string[];
  actions: Readonly<Record<string, readonly string[]>>;
}
