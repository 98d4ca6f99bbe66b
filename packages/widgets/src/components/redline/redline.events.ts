/**
 * Detail of the `eco-select` event of `<eco-redline>`: the period and unit filter the user picked.
 *
 * @category Widgets
 * @example
 * redline.addEventListener('eco-select', (e) => {
 *   const { period, unit } = (e as CustomEvent<RedlineSelectDetail>).detail; // unit null = all units
 * });
 */
export interface RedlineSelectDetail {
  period: string;
  /** The unit whose zones are shown (with the units under it), or `null` for all. */
  unit: string | null;
}
