/**
 * Vocabularies of the evidence the rules need: yearly ratings (xếp loại), disciplinary forms (hình thức
 * kỷ luật) and the reach of an initiative's recognition. Codes are ASCII and stable; labels are Vietnamese
 * as printed on documents; parsers accept the code, the label with or without diacritics, and the usual
 * abbreviations.
 */
import { fold } from '../text.js';

export const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'hoàn thành xuất sắc nhiệm vụ',
  good: 'hoàn thành tốt nhiệm vụ',
  completed: 'hoàn thành nhiệm vụ',
  failed: 'không hoàn thành nhiệm vụ',
};
/** Higher is better: excellent 3 … failed 0. */
export function ratingRank(r: string): number {
  const i = RATINGS.indexOf(r as Rating);
  return i < 0 ? -1 : RATINGS.length - 1 - i;
}
const RATING_ALIASES: Record<string, Rating> = {
  htxsnv: 'excellent',
  htxs: 'excellent',
  'xuat sac': 'excellent',
  'hoan thanh xuat sac': 'excellent',
  httnv: 'good',
  htt: 'good',
  tot: 'good',
  'hoan thanh tot': 'good',
  htnv: 'completed',
  ht: 'completed',
  'hoan thanh': 'completed',
  khtnv: 'failed',
  kht: 'failed',
  'khong hoan thanh': 'failed',
};
export function parseRating(text: string): Rating | undefined {
  const t = fold(text).replace(/[.,;]+$/, '');
  if ((RATINGS as readonly string[]).includes(t)) return t as Rating;
  for (const r of RATINGS) if (t === fold(RATING_LABELS[r])) return r;
  return RATING_ALIASES[t];
}

/** Disciplinary forms for cadres, civil servants and public employees, lightest first. */
export const DISCIPLINE_FORMS = ['reprimand', 'caution', 'salary_cut', 'demotion', 'removal', 'dismissal'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DISCIPLINE_LABELS: Record<DisciplineForm, string> = {
  reprimand: 'khiển trách',
  caution: 'cảnh cáo',
  salary_cut: 'hạ bậc lương',
  demotion: 'giáng chức',
  removal: 'cách chức',
  dismissal: 'buộc thôi việc',
};
/** Higher is heavier: reprimand 0 … dismissal 5. */
export function disciplineRank(form: string): number {
  return DISCIPLINE_FORMS.indexOf(form as DisciplineForm);
}
const DISCIPLINE_ALIASES: Record<string, DisciplineForm> = {
  'ha luong': 'salary_cut',
  'ha bac': 'salary_cut',
  'thoi viec': 'dismissal',
  'buoc thoi viec': 'dismissal',
  warning: 'caution',
};
export function parseDisciplineForm(text: string): DisciplineForm | undefined {
  const t = fold(text).replace(/[-_]/g, ' ');
  for (const f of DISCIPLINE_FORMS) if (t === f.replace('_', ' ') || t === fold(DISCIPLINE_LABELS[f])) return f;
  return DISCIPLINE_ALIASES[t];
}

/** How far an initiative's recognition reaches: the chains ask for province-wide or nationwide effect. */
export const INITIATIVE_LEVELS = ['grassroots', 'province', 'national'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];
export const INITIATIVE_LEVEL_LABELS: Record<InitiativeLevel, string> = {
  grassroots: 'cấp cơ sở',
  province: 'cấp bộ, ban, ngành, tỉnh',
  national: 'toàn quốc',
};
export function initiativeRank(level: string): number {
  return INITIATIVE_LEVELS.indexOf(level as InitiativeLevel);
}
const INITIATIVE_ALIASES: Record<string, InitiativeLevel> = {
  'co so': 'grassroots',
  'cap co so': 'grassroots',
  'don vi': 'grassroots',
  unit: 'grassroots',
  district: 'grassroots',
  huyen: 'grassroots',
  tinh: 'province',
  'cap tinh': 'province',
  'thanh pho': 'province',
  bo: 'province',
  'cap bo': 'province',
  nganh: 'province',
  ministry: 'province',
  'toan quoc': 'national',
  'quoc gia': 'national',
  nationwide: 'national',
};
export function parseInitiativeLevel(text: string): InitiativeLevel | undefined {
  const t = fold(text);
  if ((INITIATIVE_LEVELS as readonly string[]).includes(t)) return t as InitiativeLevel;
  for (const l of INITIATIVE_LEVELS) if (t === fold(INITIATIVE_LEVEL_LABELS[l])) return l;
  return INITIATIVE_ALIASES[t];
}
