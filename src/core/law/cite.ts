/**
 * Citations as data: an article with its clause and point, and the act (a law or a decree), composed
 * into the run's language when shown — "Art. 74.1.a, Law 06/2022/QH15" in English, "Điểm a khoản 1 Điều
 * 74 Luật Thi đua, khen thưởng 06/2022/QH15" in Vietnamese (the Vietnamese order: point, clause, article).
 * Pure.
 */
import { CITE } from '../../i18n/messages/law.js';

/** The acts the rules cite: the two laws, or a decree by its number ("91/2017/NĐ-CP"). */
export type Act = 'law2003' | 'law2022' | { decree: string };

export interface Ref {
  /** The article, or a range or list of them: "74", "19–28, 73–75". */
  art?: string;
  clause?: string | number;
  /** The point (điểm) of the clause: "a". */
  point?: string;
  act?: Act;
  /** Said in brackets after the citation. */
  note?: () => string;
  /** A citation kept as the catalogue holds it, when it cannot be read as an article ("NĐ 86/2023"). */
  raw?: string;
}

export function actName(act: Act): string {
  if (act === 'law2003') return CITE.law2003();
  if (act === 'law2022') return CITE.law2022();
  return CITE.decree(act.decree);
}

/** One or more citations, separated by semicolons. */
export function cite(...refs: Ref[]): string {
  return refs
    .map((r) =>
      r.raw !== undefined
        ? CITE.raw(r.raw, r.act ? actName(r.act) : '')
        : CITE.ref(r.art ?? '', r.clause === undefined ? '' : String(r.clause), r.point ?? '', r.act ? actName(r.act) : '', r.note ? r.note() : ''),
    )
    .join('; ');
}

const ARTICLE = /^Art\. (\d+(?:[\u2013-]\d+)?(?:, \d+(?:[\u2013-]\d+)?)*)(?:\.(\d+)(?:\.([a-z\u0111]))?)?$/;

/** The article of the catalogue's `article` field ("Art. 24.2"), or a raw citation when it is not one. */
export function parseArticle(text: string): Ref {
  const m = ARTICLE.exec(text.trim());
  if (!m) return { raw: text };
  return { art: m[1], ...(m[2] ? { clause: m[2] } : {}), ...(m[3] ? { point: m[3] } : {}) };
}
