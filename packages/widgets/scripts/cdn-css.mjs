// The CDN builds' css`` templates without their layout: esbuild minifies the code around a tagged
// template but leaves the template's text as written (comments, indentation, a declaration a line),
// and every element carries its styles, the design tokens and the frame. This removes comments and
// the whitespace CSS does not read, outside quoted strings and `${…}` holes, and leaves every space
// that can mean something (a descendant combinator, `calc(a + b)`, `0 0 1px`) as one space. No
// top-level import of node: the browser test of every widget style sheet imports the functions.

/**
 * The CSS text between two holes of a css`` template, minified: comments removed, each run of
 * whitespace one space, no space around `{`, `}`, `;`, `,` and `>` or after `:` (a pseudo-class's
 * colon is never followed by a space), no `;` before `}`. Quoted strings are kept as written.
 *
 * @param {string} text - Static CSS text (no `${…}`), as it appears in the source.
 * @returns {string}
 * @example
 * minifyCss(':host {\n  display: block; /* a box *\/\n}\n.a > .b { content: "x , y"; }')
 * //=> ':host{display:block}.a>.b{content:"x , y"}'
 */
export function minifyCss(text) {
  // Odd pieces are quoted strings (and, in the first pass, comments): the rules apply between them.
  const strings = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
  const stringsAndComments = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/;
  const spaced = text
    .split(stringsAndComments)
    .map((piece, k) => (k % 2 === 0 ? piece.replace(/\s+/g, ' ') : piece.startsWith('/*') ? ' ' : piece))
    .join('');
  return spaced
    .split(strings)
    .map((piece, k) =>
      k % 2 === 1
        ? piece
        : piece
            .replace(/ +/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * A source file with the static text of each css`` template minified ({@link minifyCss}); the
 * `${…}` holes (other templates, `unsafeCSS`) are kept as written.
 *
 * @param {string} source - TypeScript or JavaScript source.
 * @returns {string}
 * @throws {SyntaxError} When a css`` template does not end.
 * @example
 * minifyCssTemplates('const s = css`\n  ${frame}\n  .a { color: red; }\n`;')
 * //=> 'const s = css` ${frame} .a{color:red}`;'
 */
export function minifyCssTemplates(source) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = source.indexOf('css`', at);
    if (start < 0) return out + source.slice(at);
    out += source.slice(at, start + 4);
    let k = start + 4;
    let text = '';
    for (;;) {
      if (k >= source.length) throw new SyntaxError(`unterminated css\`\` template at offset ${start}`);
      const c = source[k];
      if (c === '\\') {
        text += source.slice(k, k + 2);
        k += 2;
      } else if (c === '`') {
        out += `${minifyCss(text)}\``;
        k += 1;
        break;
      } else if (c === '$' && source[k + 1] === '{') {
        out += minifyCss(text);
        text = '';
        let depth = 0;
        const open = k;
        for (; k < source.length; k++) {
          if (source[k] === '{') depth += 1;
          else if (source[k] === '}' && --depth === 0) break;
        }
        out += source.slice(open, k + 1);
        k += 1;
      } else {
        text += c;
        k += 1;
      }
    }
    at = k;
  }
}

/**
 * An esbuild plugin that minifies the css`` templates of the widgets' own sources (see
 * {@link minifyCssTemplates}); files without one are left to esbuild.
 *
 * @returns {import('esbuild').Plugin}
 * @example
 * esbuild.build({ entryPoints: ['src/cdn/autoload.ts'], bundle: true, minify: true, plugins: [cssTemplates()] });
 */
export function cssTemplates() {
  return {
    name: 'eco-css-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        return source.includes('css`') ? { contents: minifyCssTemplates(source), loader: 'ts' } : undefined;
      });
    },
  };
}
