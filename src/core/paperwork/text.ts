/**
 * Text of official documents (Decree 30/2020/NĐ-CP): the date line, upper case, Roman numerals, body
 * names written out.
 */

/**
 * "ngày 05 tháng 02 năm 2025", "ngày 29 tháng 6 năm 2019": the day below 10 and the months 1 and 2 take a
 * leading zero, other months do not (Decree 30, Appendix I).
 */
export function dateWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`); // i18n-ignore: a programmer's error (dates are ISO in the registry)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = mo <= 2 ? String(mo).padStart(2, '0') : String(mo);
  return `ngày ${String(d).padStart(2, '0')} tháng ${month} năm ${y}`;
}

/** "Lê Chân, ngày 10 tháng 01 năm 2022"; without a place, "Ngày 10 tháng 01 năm 2022". */
export function placeDateLine(place: string | null | undefined, iso: string): string {
  const words = dateWords(iso);
  return place ? `${place}, ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/** 05/01/2022 → the short form used in tables. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Counts in a decision's articles take a leading zero below 10: "06 tập thể". */
export function count2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "UBND quận Lê Chân" → "Ủy ban nhân dân quận Lê Chân"; other names as they are. */
export function expandBodyName(name: string): string {
  return name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân').replace(new RegExp('(^|\\s)HĐND(?=\\s|$)', 'gu'), '$1Hội đồng nhân dân');
}

/** "Ủy ban nhân dân quận Lê Chân" → "UBND quận Lê Chân" (the short form used after "của"). */
export function shortBodyName(name: string): string {
  return name.replace(new RegExp('Ủy ban nhân dân(?=\\s|$)', 'giu'), 'UBND');
}

/** Text ending with exactly one of ";" "." or "./." as asked. */
export function endWith(text: string, end: ';' | '.' | './.'): string {
  return text.replace(/(\.\/\.|[;.,:]+)\s*$/u, '').trimEnd() + end;
}
