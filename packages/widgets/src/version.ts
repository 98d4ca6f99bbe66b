/** The version of `@eco-reform/widgets`; a test keeps it equal to `package.json`. @category Widgets */
export const VERSION = '0.1.0';
