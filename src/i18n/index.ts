/**
 * The language tdkt speaks to people, and the one way a text reaches them: a message of the catalogue
 * (`src/i18n/messages/`), written once in Vietnamese and in English and chosen at the moment it is shown.
 *
 * Vietnamese is the default: tdkt's users are Vietnamese offices, and a terminal's locale is more often
 * unset (C, POSIX) or English by the installer's default than chosen. English is chosen by `--lang en`,
 * `TDKT_LANG=en`, or an English locale named in LC_ALL, LC_MESSAGES or LANG (in that order).
 *
 * Machine interfaces do not go through here: JSON keys, CSV/TSV column names for scripts, exit codes and
 * error codes stay English and stable whatever the language.
 */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

let current: Lang = 'vi';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** `vi`, `vi_VN.UTF-8`, `en-GB` → the language; anything else (C, POSIX, fr_FR) → undefined. */
export function langOf(value: string | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  const base = v.split(/[_.@-]/)[0];
  return base === 'vi' || base === 'en' ? base : undefined;
}

/**
 * The language of a run: `--lang` (already read from argv), else TDKT_LANG, else the locale, else
 * Vietnamese. A `--lang`/TDKT_LANG value that names no language is reported by the caller.
 */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const chosen = flag ?? (env.TDKT_LANG || undefined);
  if (chosen !== undefined) return langOf(chosen) ?? 'vi';
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return langOf(v) ?? 'vi';
  }
  return 'vi';
}

/** A text in both languages; called, it answers in the language of the run. */
export type Message<A extends unknown[] = []> = ((...args: A) => string) & {
  readonly en: (...args: A) => string;
  readonly vi: (...args: A) => string;
};

type Text<A extends unknown[]> = string | ((...args: A) => string);

const asFn = <A extends unknown[]>(t: Text<A>): ((...args: A) => string) => (typeof t === 'string' ? () => t : t);

/**
 * A message of the catalogue: `msg('No registry', 'Không có sổ')`, or with arguments
 * `msg((path: string) => \`No registry at ${path}\`, (path) => \`Không có sổ tại ${path}\`)`.
 */
export function msg<A extends unknown[] = []>(en: Text<A>, vi: Text<A>): Message<A> {
  const e = asFn(en);
  const v = asFn(vi);
  const m = ((...args: A) => (current === 'en' ? e(...args) : v(...args))) as Message<A>;
  Object.defineProperties(m, { en: { value: e }, vi: { value: v } });
  return m;
}

/** Is this value a catalogue message? (the catalogue test walks the modules with it) */
export function isMessage(v: unknown): v is Message<unknown[]> {
  return typeof v === 'function' && typeof (v as Message).en === 'function' && typeof (v as Message).vi === 'function';
}

// ------------------------------------------------------------------------------ dates and numbers

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/;

/** A date for people: `2022-01-17` → `17/01/2022` (in both languages). Anything else is returned as it is. */
export function humanDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A timestamp for people: `2026-03-01T09:05:00.000Z` → `01/03/2026 09:05` (UTC, as recorded). */
export function humanTime(iso: string): string {
  const m = ISO_TIME.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : humanDate(iso);
}

/** A whole number for people: 30.000 in Vietnamese, 30,000 in English. */
export function humanNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sep = current === 'en' ? ',' : '.';
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = frac === undefined ? '' : (current === 'en' ? '.' : ',') + frac;
  return (neg ? '-' : '') + grouped + dec;
}

/** "1 line" / "2 lines" in English; Vietnamese has no plural. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
