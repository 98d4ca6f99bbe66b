import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../../packages/widgets/scripts/cdn-css.mjs';

describe('minifyCss', () => {
  it('removes comments, indentation and the spaces around braces, semicolons, commas and child combinators', () => {
    expect(minifyCss('\n  :host {\n    display: block; /* a box */\n  }\n  a,\n  b > c { color: red; }\n')).toBe(
      ' :host{display:block}a,b>c{color:red}',
    );
  });

  it('keeps one space where CSS reads it: descendant combinators, value lists, calc(), before a pseudo-class', () => {
    expect(minifyCss('.a  .b { margin: 0  0 1px; width: calc(100% - 2rem); }\n.c :hover { x: y }')).toBe(
      '.a .b{margin:0 0 1px;width:calc(100% - 2rem)}.c :hover{x:y}',
    );
  });

  it('keeps quoted strings as written, with the commas, spaces and comment marks inside them', () => {
    expect(minifyCss(`.a::before { content: "x , y  /* not a comment */"; } .b { font-family: 'A  B', serif; }`)).toBe(
      `.a::before{content:"x , y  /* not a comment */"}.b{font-family:'A  B',serif}`,
    );
  });

  it('drops a comment that holds a quote without taking the rule after it for a string', () => {
    expect(minifyCss('/* the "why" */ .why { display: none; }')).toBe(' .why{display:none}');
  });

  it('keeps at-rules and their conditions readable', () => {
    expect(minifyCss('@container (max-width: 36rem) {\n  table { display: block; }\n}')).toBe(
      '@container (max-width:36rem){table{display:block}}',
    );
  });
});

// The sources below are TypeScript text: their `${…}` are meant as written, not as interpolations.
describe('minifyCssTemplates', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the holes of a template in source text
  it('minifies the text of css`` templates and keeps their ${…} holes as written', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above
    const source = 'export const s = css`\n  ${frame}\n  .a { color: ${ok ? "red" : "blue"}; }\n`;';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above
    expect(minifyCssTemplates(source)).toBe('export const s = css` ${frame} .a{color:${ok ? "red" : "blue"}}`;');
  });

  it('leaves other templates and the code between templates alone', () => {
    const source = 'const h = html`<p>\n  a  b\n</p>`;\nconst c = css`a { b: c; }`;\nconst t = `x {  y }`;';
    expect(minifyCssTemplates(source)).toBe(
      'const h = html`<p>\n  a  b\n</p>`;\nconst c = css`a{b:c}`;\nconst t = `x {  y }`;',
    );
  });

  it('keeps escaped characters of the template text', () => {
    expect(minifyCssTemplates("css`.a::before { content: '\\\\2014'; }`")).toBe("css`.a::before{content:'\\\\2014'}`");
  });

  it('throws on a css`` template that does not end', () => {
    expect(() => minifyCssTemplates('const s = css`a { b: c; }')).toThrow(SyntaxError);
  });
});
