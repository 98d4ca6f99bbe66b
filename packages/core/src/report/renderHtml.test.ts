import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml.js';

describe('renderHtml', () => {
  it('writes one page with its language, the first heading as title and every text escaped', () => {
    const html = renderHtml(
      [
        { kind: 'heading', level: 1, text: '通报 <2025>' },
        { kind: 'table', head: ['单位'], rows: [['"西湖区" & <b>']] },
        { kind: 'list', items: ['甲'] },
      ],
      'en',
    );
    expect(html).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>通报 &lt;2025&gt;<\/title>/,
    );
    expect(html).toContain('<h1>通报 &lt;2025&gt;</h1>');
    expect(html).toContain('<thead><tr><th scope="col">单位</th></tr></thead>');
    expect(html).toContain('<td>&quot;西湖区&quot; &amp; &lt;b&gt;</td>');
    expect(html).toContain('<ul>\n  <li>甲</li>\n</ul>');
    expect(html).not.toMatch(/<script|<link|https?:/);
  });
});
