import { describe, expect, it } from 'vitest';
import { compareVi, fold, givenNameFirst, slugify, viDateLine } from '../../src/core/text.js';
import { formatPeriod, parseDate, parseDecisionNumber, parsePeriod } from '../../src/core/parse.js';
import { defaultRegistryPath } from '../../src/core/paths.js';
import { regimeFor } from '../../src/core/domain.js';

describe('Vietnamese text', () => {
  it('folds tones, vowel marks and đ/Đ (which Unicode does not decompose)', () => {
    expect(fold('Dư Hàng Kênh')).toBe('du hang kenh');
    expect(fold('ĐÔNG HẢI')).toBe('dong hai');
    expect(fold('  Hoà  ')).toBe(fold('Hòa'));
    expect(fold('thuỷ')).toBe(fold('thủy'));
    expect(fold('Nguyễn Thị Ánh Tuyết')).toBe('nguyen thi anh tuyet');
  });

  it('folds a text of letters a character at a time exactly as by Unicode decomposition', () => {
    // The definition: decomposed, marks removed, đ/Đ → d/D, lowercase, whitespace collapsed and trimmed.
    const byDecomposition = (t: string) =>
      t.normalize('NFD').replace(/\p{M}+/gu, '').replace(/\u0111/g, 'd').replace(/\u0110/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
    // ASCII, every Vietnamese letter in both cases, whitespace of every kind, combining marks, other scripts.
    const alphabet = [...'aZ09 -.,()/\t\n\r', ...letters, ...letters.toUpperCase(), '\u00a0', '\u3000', 'e\u0301', 'Ω', 'ß', 'İ', 'ǅ', 'ñ', '😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let t = '';
      for (let i = next() % 30; i > 0; i--) t += alphabet[next() % alphabet.length];
      expect(fold(t), JSON.stringify(t)).toBe(byDecomposition(t));
    }
    for (const c of [...letters, ...letters.toUpperCase()]) expect(fold(`  ${c}${c} x `)).toBe(byDecomposition(`  ${c}${c} x `));
    expect(fold('Trường  THCS\tTrần Phú'.repeat(200))).toBe(byDecomposition('Trường  THCS\tTrần Phú'.repeat(200)));
  });

  it('derives ASCII references', () => {
    expect(slugify('Trường THCS Trần Phú')).toBe('truong-thcs-tran-phu');
    expect(slugify('Phòng Tài chính – Kế hoạch')).toBe('phong-tai-chinh-ke-hoach');
  });

  it('sorts in Vietnamese order, and by given name when asked', () => {
    const names = ['Đỗ Văn L', 'Dương Văn N', 'Bùi Thị K', 'Ân'];
    expect([...names].sort(compareVi)).toEqual(['Ân', 'Bùi Thị K', 'Dương Văn N', 'Đỗ Văn L']);
    expect(givenNameFirst('Nguyễn Văn An')).toBe('An Nguyễn Văn');
  });

  it('writes the date line of a decision', () => {
    expect(viDateLine('2022-02-05', 'Lê Chân')).toBe('Lê Chân, ngày 05 tháng 02 năm 2022');
  });
});

describe('parsing what clerks type', () => {
  it('reads ISO and Vietnamese dates and refuses impossible ones', () => {
    expect(parseDate('17/01/2022')).toEqual({ ok: true, value: '2022-01-17' });
    expect(parseDate('2022-1-7')).toEqual({ ok: true, value: '2022-01-07' });
    expect(parseDate('29/02/2023')).toEqual({ ok: false, message: '"29/02/2023" is not a real calendar date' });
  });

  it('reads periods as a year or a range', () => {
    expect(parsePeriod('2020 – 2021')).toEqual({ ok: true, value: { from: 2020, to: 2021 } });
    expect(parsePeriod('2021-2020')).toEqual({ ok: false, message: '"2021-2020": the first year is after the last; write it as 2020-2021' });
    expect(formatPeriod(2016, 2020)).toBe('2016–2020');
  });

  it('normalises decision numbers (Decree 30/2020)', () => {
    expect(parseDecisionNumber('Số: 5/QD-UBND')).toEqual({ ok: true, value: { number: 5, symbol: '05/QĐ-UBND', issuer: 'UBND' } });
    expect(parseDecisionNumber('722/QĐ-TTg')).toEqual({ ok: true, value: { number: 722, symbol: '722/QĐ-TTg', issuer: 'TTg' } });
    expect(parseDecisionNumber('0/QĐ-UBND').ok).toBe(false);
  });

  it('finds the legal regime of a decision by its date', () => {
    expect(regimeFor('2017-09-30').code).toBe('law2003');
    expect(regimeFor('2023-12-31').code).toBe('law2003-nd91');
    expect(regimeFor('2024-01-01').code).toBe('law2022-nd98');
    expect(regimeFor('2025-07-01').code).toBe('law2022-nd152');
  });
});

describe('the registry location', () => {
  it('is TDKT_DB, else the system\'s data folder: %APPDATA% on Windows, ~/Library/Application Support on macOS, XDG elsewhere', () => {
    expect(defaultRegistryPath({ TDKT_DB: '/x/r.sqlite', XDG_DATA_HOME: '/d' }, '/home/c')).toBe('/x/r.sqlite');
    expect(defaultRegistryPath({ XDG_DATA_HOME: '/d' }, '/home/c')).toBe('/d/tdkt/tdkt.sqlite');
    expect(defaultRegistryPath({}, '/home/c', 'linux')).toBe('/home/c/.local/share/tdkt/tdkt.sqlite');
    expect(defaultRegistryPath({ APPDATA: 'C:\\Users\\lan\\AppData\\Roaming' }, 'C:\\Users\\lan', 'win32')).toBe('C:\\Users\\lan\\AppData\\Roaming\\tdkt\\tdkt.sqlite');
    expect(defaultRegistryPath({}, 'C:\\Users\\lan', 'win32')).toBe('C:\\Users\\lan\\AppData\\Roaming\\tdkt\\tdkt.sqlite');
    expect(defaultRegistryPath({ XDG_DATA_HOME: '/d' }, '/Users/lan', 'darwin')).toBe('/Users/lan/Library/Application Support/tdkt/tdkt.sqlite');
  });
});
