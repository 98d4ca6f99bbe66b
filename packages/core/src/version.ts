/**
 * The version of `@eco-reform/core`, recorded in every assessment so an auditor knows which
 * code produced a number. A test keeps it equal to `package.json`.
 *
 * @category Model
 * @example
 * VERSION //=> '0.1.0'
 */
export const VERSION = '0.1.0';
