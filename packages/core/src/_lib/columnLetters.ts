/** A column's letters as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export const columnLetters = (c: number): string =>
  (c < 26 ? '' : columnLetters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));
