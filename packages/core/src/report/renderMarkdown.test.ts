import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown.js';

describe('renderMarkdown', () => {
  it("writes headings, paragraphs, lists and pipe tables, a cell's pipe and newline escaped", () => {
    expect(
      renderMarkdown([
        { kind: 'heading', level: 2, text: '考核结果' },
        { kind: 'paragraph', text: '说明' },
        { kind: 'list', items: ['甲', '乙'] },
        { kind: 'table', head: ['单位', '说明'], rows: [['西湖区', 'a|b\nc']] },
      ]),
    ).toBe('## 考核结果\n\n说明\n\n- 甲\n- 乙\n\n| 单位 | 说明 |\n| --- | --- |\n| 西湖区 | a\\|b c |\n');
  });
});
