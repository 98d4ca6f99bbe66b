/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../packages/widgets/scripts/cdn-css.mjs';

// The CDN builds minify the css`` templates (packages/widgets/scripts/cdn-css.mjs): every style
// sheet of the widgets must read the same to the browser before and after.
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '../../packages/widgets/src/**/*.styles.ts',
    '../../packages/widgets/src/shared/*-styles.ts',
    '../../packages/widgets/src/shared/share-controls.ts',
  ],
  { eager: true },
);

const isCss = (x: unknown): x is CSSResult =>
  typeof x === 'object' && x !== null && typeof (x as CSSResult).cssText === 'string' && 'styleSheet' in x;

/**
 * The rules as the browser serialises them. A custom property's value is kept as written, spaces
 * included (`var(--a, 1px)` stays so, `var(--a,1px)` too), and reads the same where it is used: those
 * spaces, next to a comma or a bracket, are the only difference allowed.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) =>
    r.cssText
      .replace(/\s*,\s*/g, ',')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')'),
  );
}

const sheets = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCss(value))
    .map(([name, value]) => ({ name: `${file.replace(/^.*\/src\//, '')} ${name}`, css: (value as CSSResult).cssText })),
);

describe('the CDN builds’ minified widget styles', () => {
  it('covers every style sheet of the widgets', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(14);
  });

  it.each(sheets)('$name reads the same to the browser minified', ({ css }) => {
    const minified = minifyCss(css);
    expect(minified.length).toBeLessThan(css.length);
    expect(rules(minified)).toEqual(rules(css));
  });
});
