import { describe, expect, it } from 'vitest';
import { escapeControl } from './escapeControl.js';

describe('escapeControl', () => {
  it('writes ESC, CR, backspace, NUL and BEL as visible escapes, so a sequence cannot repaint a line', () => {
    expect(escapeControl('\u001b[2K\r\u001b[32m✔ valid\u0007\b\u0000')).toBe(
      '\\u{1b}[2K\\u{d}\\u{1b}[32m✔ valid\\u{7}\\u{8}\\u{0}',
    );
  });

  it('escapes DEL, the C1 controls (CSI 0x9b included) and the bidirectional overrides', () => {
    expect(escapeControl('a\u007fb\u009b31mc\u202ed\u2066e\u200f')).toBe(
      'a\\u{7f}b\\u{9b}31mc\\u{202e}d\\u{2066}e\\u{200f}',
    );
  });

  it('keeps tab, line feed and every printable character, Chinese included', () => {
    const text = 'rank\tunit\n1\t西湖区 98.2 优秀 ✔ ✖ → … "quoted" \\u{1b}';
    expect(escapeControl(text)).toBe(text);
  });
});
