/**
 * The version of `@eco-reform/widgets`; a test keeps it equal to `package.json`.
 *
 * @category Widgets
 * @example
 * customElements.get('eco-scorecard')?.ecoVersion === VERSION //=> true when this copy defined it
 */
export const VERSION = '0.1.0';
