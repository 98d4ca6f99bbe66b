/**
 * Detail of the `eco-select` event of `<eco-ranking>`: the unit the user activated (its row's
 * button, or its bar).
 *
 * @category Widgets
 * @example
 * ranking.addEventListener('eco-select', (e) => {
 *   const { unit } = (e as CustomEvent<RankingSelectDetail>).detail; // e.g. 'gangkou'
 *   scorecard.unit = unit;
 * });
 */
export interface RankingSelectDetail {
  unit: string;
}
