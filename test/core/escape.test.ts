import { describe, expect, it } from 'vitest';
import { escapeControl, hasControl } from '../../src/render/escape.js';

describe('escapeControl', () => {
  it('shows escape sequences, line breaks and bidi overrides as visible escapes', () => {
    expect(escapeControl('Nguyễn\u001b[2JVăn A')).toBe('Nguyễn\\x1b[2JVăn A');
    expect(escapeControl('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(escapeControl('x\u202ey\u0085z\u007f')).toBe('x\\u202ey\\x85z\\x7f');
  });
  it('leaves Vietnamese text as it is', () => {
    const s = 'Trường THCS Trần Phú — Đông Hải, Dư Hàng Kênh';
    expect(escapeControl(s)).toBe(s);
    expect(hasControl(s)).toBe(false);
    expect(hasControl('a\u001bb')).toBe(true);
  });
});
