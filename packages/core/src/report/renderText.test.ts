import { describe, expect, it } from 'vitest';
import { renderText } from './renderText.js';

describe('renderText', () => {
  it('underlines the title with = and sections with -, as wide as the text shows, and leaves level 3 plain', () => {
    expect(
      renderText([
        { kind: 'heading', level: 1, text: '李明 audit' },
        { kind: 'heading', level: 2, text: 'Tasks' },
        { kind: 'heading', level: 3, text: '梅溪干流' },
      ]),
    ).toBe('李明 audit\n==========\n\nTasks\n-----\n\n梅溪干流\n');
  });

  it('aligns a table with wide characters counted twice, and writes paragraphs and lists as they are', () => {
    expect(
      renderText([
        {
          kind: 'table',
          head: ['单位', 'v'],
          rows: [
            ['西湖区', '1'],
            ['x', '22'],
          ],
        },
        { kind: 'paragraph', text: 'p' },
        { kind: 'list', items: ['a', 'b'] },
      ]),
    ).toBe('单位    v\n西湖区  1\nx       22\n\np\n\n- a\n- b\n');
  });
});
