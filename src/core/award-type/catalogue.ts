/**
 * The award catalogue of docs/domain.md §4, installed with every new registry. Codes are ASCII and stable;
 * `precedence` is the total order a roster follows (lower first) and stays editable data, because the
 * law gives no single total order.
 */
import type { Kysely } from 'kysely';
import type { Auditor } from '../audit.js';
import { fold } from '../text.js';
import type { DB } from '../tables.js';

export interface CatalogueEntry {
  code: string;
  name_vi: string;
  name_en: string;
  family: 'title' | 'form';
  category: string;
  recipient_kinds: string;
  levels: string;
  rank: number | null;
  precedence: number;
  periodicity: string | null;
  article: string | null;
  note?: string;
}

/*
 * Local levels as dated data (Art. 80, Law 06/2022/QH15). Heads of provincial departments and of units
 * with legal status confer LĐTT, CSTĐCS, TTLĐTT and Giấy khen in their own right (Art. 80.1, 80.4). The
 * district chairman conferred them and thôn/tổ dân phố văn hóa (Art. 80.2) until the two-tier local
 * government; since 1 July 2025 the commune chairman does (Decree 129/2025/NĐ-CP), besides LĐTT, Giấy
 * khen and Gia đình văn hóa, which were the commune's already (Art. 80.3).
 */
const DISTRICT_UNTIL = 'district@..2025-06-30';
const COMMUNE_SINCE = 'commune@2025-07-01..';
const LOCAL_TITLES = `department,${DISTRICT_UNTIL},${COMMUNE_SINCE},unit`;
const LOCAL_ALL = `department,${DISTRICT_UNTIL},commune,unit`;
const ARMED_LOCAL = `${DISTRICT_UNTIL},unit`;

type Row = [code: string, vi: string, en: string, kinds: string, levels: string, rank: number | null, precedence: number, periodicity: string | null, article: string | null, note?: string];

const title = (category: string, rows: Row[]): CatalogueEntry[] => rows.map((r) => entry('title', category, r));
const form = (category: string, rows: Row[]): CatalogueEntry[] => rows.map((r) => entry('form', category, r));
function entry(family: 'title' | 'form', category: string, r: Row): CatalogueEntry {
  const [code, name_vi, name_en, recipient_kinds, levels, rank, precedence, periodicity, article, note] = r;
  return { code, name_vi, name_en, family, category, recipient_kinds, levels, rank, precedence, periodicity, article, ...(note ? { note } : {}) };
}

const CLASSES = [
  ['1', 'hạng Nhất', '1st class'],
  ['2', 'hạng Nhì', '2nd class'],
  ['3', 'hạng Ba', '3rd class'],
] as const;
/** Orders that come in three classes; paired orders interleave by class (Nhất of both before Nhì). */
function classed(code: string, vi: string, en: string, kinds: string, firstRank: number, precedences: number[]): Row[] {
  return CLASSES.map(([n, cvi, cen], i) => [
    `${code}_${n}`,
    `${vi} ${cvi}`,
    `${en}, ${cen}`,
    kinds,
    'state',
    firstRank + i,
    precedences[i],
    null,
    'Art. 9',
  ]);
}

/**
 * The catalogue as installed. Its names and notes are data, stored in each new registry as they are
 * (the English names in `name_en`, beside the Vietnamese ones), not texts of the program's messages.
 */
export const CATALOGUE: CatalogueEntry[] = [
  ...form('order', [
    ['HC_SV', 'Huân chương Sao vàng', 'Gold Star Order', 'I,C', 'state', 1, 101, null, 'Art. 33–34'],
    ['HC_HCM', 'Huân chương Hồ Chí Minh', 'Ho Chi Minh Order', 'I,C', 'state', 2, 102, null, 'Art. 9'],
    ...classed('HC_DL', 'Huân chương Độc lập', 'Independence Order', 'I,C', 3, [103, 105, 107]),
    ...classed('HC_QC', 'Huân chương Quân công', 'Military Exploit Order', 'I,C', 3, [104, 106, 108]),
    ...classed('HC_LD', 'Huân chương Lao động', 'Labour Order', 'I,C', 6, [109, 111, 113]),
    ...classed('HC_BVTQ', 'Huân chương Bảo vệ Tổ quốc', 'Fatherland Defence Order', 'I,C', 6, [110, 112, 114]),
    ...classed('HC_CC', 'Huân chương Chiến công', 'Feat of Arms Order', 'I,C', 9, [115, 116, 117]), // i18n-ignore: catalogue data
    ['HC_DDKDT', 'Huân chương Đại đoàn kết dân tộc', 'Great National Unity Order', 'I', 'state', 12, 118, null, 'Art. 9'],
    ['HC_DC', 'Huân chương Dũng cảm', 'Bravery Order', 'I', 'state', 13, 119, null, 'Art. 9'],
    ['HC_HN', 'Huân chương Hữu nghị', 'Friendship Order', 'I,C', 'state', 14, 120, null, 'Art. 9', 'for foreigners'],
  ]),
  ...form('medal', [
    ['HCH_QKQT', 'Huy chương Quân kỳ quyết thắng', 'Victory Banner Medal', 'I', 'state', 1, 201, 'seniority', 'Art. 9', '≥25 years of army service'], // i18n-ignore: catalogue data
    ['HCH_VANTQ', 'Huy chương Vì an ninh Tổ quốc', 'For National Security Medal', 'I', 'state', 1, 202, 'seniority', 'Art. 9', 'police, long service'], // i18n-ignore: catalogue data
    ...classed('HCH_CSVV', 'Huy chương Chiến sĩ vẻ vang', 'Glorious Fighter Medal', 'I', 2, [203, 204, 205]).map(
      (r): Row => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], 'seniority', r[8]],
    ),
    ['HCH_HN', 'Huy chương Hữu nghị', 'Friendship Medal', 'I', 'state', 5, 206, null, 'Art. 9', 'for foreigners'],
  ]),
  ...form('honorary', [
    ['DHVD_BMVNAH', 'Bà mẹ Việt Nam anh hùng', 'Heroic Vietnamese Mother', 'I', 'state', null, 301, null, 'Art. 59–60'],
    ['DHVD_AHLLVTND', 'Anh hùng Lực lượng vũ trang nhân dân', "Hero of the People's Armed Forces", 'I,C', 'state', null, 302, null, 'Art. 59–60'], // i18n-ignore: catalogue data
    ['DHVD_AHLD', 'Anh hùng Lao động', 'Labour Hero', 'I,C', 'state', null, 303, null, 'Art. 59–60'],
    ['DHVD_TPAH', 'Tỉnh anh hùng, Thành phố anh hùng', 'Heroic Province / City', 'C', 'state', null, 304, null, 'Art. 59–60'],
    ['DHVD_NGND', 'Nhà giáo nhân dân', "People's Teacher", 'I', 'state', null, 305, null, 'Art. 59–60'],
    ['DHVD_TTND', 'Thầy thuốc nhân dân', "People's Physician", 'I', 'state', null, 306, null, 'Art. 59–60'],
    ['DHVD_NSND', 'Nghệ sĩ nhân dân', "People's Artist", 'I', 'state', null, 307, null, 'Art. 59–60'],
    ['DHVD_NNND', 'Nghệ nhân nhân dân', "People's Artisan", 'I', 'state', null, 308, null, 'Art. 59–60'],
    ['DHVD_NGUT', 'Nhà giáo ưu tú', 'Meritorious Teacher', 'I', 'state', null, 309, null, 'Art. 59–60'],
    ['DHVD_TTUT', 'Thầy thuốc ưu tú', 'Meritorious Physician', 'I', 'state', null, 310, null, 'Art. 59–60'],
    ['DHVD_NSUT', 'Nghệ sĩ ưu tú', 'Meritorious Artist', 'I', 'state', null, 311, null, 'Art. 59–60'],
    ['DHVD_NNUT', 'Nghệ nhân ưu tú', 'Meritorious Artisan', 'I', 'state', null, 312, null, 'Art. 59–60'],
  ]),
  ...form('prize', [
    ['GT_HCM', 'Giải thưởng Hồ Chí Minh', 'Ho Chi Minh Prize', 'I', 'state', null, 401, null, 'Art. 9'],
    ['GT_NN', 'Giải thưởng Nhà nước', 'State Prize', 'I', 'state', null, 402, null, 'Art. 9'],
  ]),
  ...title('flag', [
    ['CTDCP', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', 'C', 'government', 1, 501, 'annual', 'Art. 25'],
  ]),
  ...title('fighter', [
    ['CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'I', 'government', 1, 502, 'eligibility', 'Art. 21'],
  ]),
  ...form('certificate', [
    ['BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificate of Merit", 'I,C', 'government', 1, 503, null, 'Art. 73'], // i18n-ignore: catalogue data
  ]),
  ...title('flag', [
    ['CTDBT', 'Cờ thi đua của Bộ, ban, ngành, tỉnh', 'Provincial/Ministerial Emulation Flag', 'C', 'province', 2, 601, 'annual', 'Art. 26', 'in Hải Phòng: Cờ thi đua của UBND thành phố'],
  ]),
  ...title('fighter', [
    ['CSTDBT', 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', 'Provincial/Ministerial Emulation Fighter', 'I', 'province', 2, 602, 'eligibility', 'Art. 22'],
  ]),
  ...title('collective_title', [
    ['TTLDXS', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'C', 'province', 3, 603, 'annual', 'Art. 27'],
    ['DVQT', 'Đơn vị quyết thắng', 'Determined-to-Win Unit', 'C', 'province', 3, 604, 'annual', 'Art. 27', 'armed forces'], // i18n-ignore: catalogue data
    ['XPTTB', 'Xã, phường, thị trấn tiêu biểu', 'Exemplary Commune/Ward', 'C', 'province', null, 605, 'annual', 'NĐ 86/2023'],
  ]),
  ...form('certificate', [
    ['BK_BT', 'Bằng khen của Bộ, ban, ngành, tỉnh', 'Provincial/Ministerial Certificate of Merit', 'I,C,H', 'province', 2, 606, null, 'Art. 74', 'in Hải Phòng: Bằng khen của Chủ tịch UBND thành phố'], // i18n-ignore: catalogue data
  ]),
  ...form('commemorative', [
    ['KNC', 'Kỷ niệm chương', 'Commemorative Medal', 'I', 'province', null, 607, null, 'Art. 71', 'per sector'],
  ]),
  ...title('fighter', [
    ['CSTDCS', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'I', LOCAL_TITLES, 3, 701, 'annual', 'Art. 23'],
  ]),
  ...title('collective_title', [
    ['TTLDTT', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'C', LOCAL_TITLES, 4, 702, 'annual', 'Art. 28'],
    ['DVTT', 'Đơn vị tiên tiến', 'Advanced Unit', 'C', ARMED_LOCAL, 4, 703, 'annual', 'Art. 28', 'armed forces'],
  ]),
  ...title('title', [
    ['LDTT', 'Lao động tiên tiến', 'Advanced Worker', 'I', LOCAL_ALL, 4, 704, 'annual', 'Art. 24'],
    ['CSTT', 'Chiến sĩ tiên tiến', 'Advanced Soldier', 'I', ARMED_LOCAL, 4, 705, 'annual', 'Art. 24.2', 'armed forces'],
    ['TDPVH', 'Thôn, tổ dân phố văn hóa', 'Cultural Village/Residential Group', 'C', `${DISTRICT_UNTIL},${COMMUNE_SINCE}`, null, 706, 'annual', 'NĐ 86/2023'],
  ]),
  ...form('certificate', [
    ['GK', 'Giấy khen', 'Certificate of Commendation', 'I,C,H', LOCAL_ALL, 3, 707, null, 'Art. 75'], // i18n-ignore: catalogue data
  ]),
  ...title('title', [
    ['GDVH', 'Gia đình văn hóa', 'Cultural Family', 'H', 'commune', null, 708, 'annual', 'NĐ 86/2023'],
  ]),
];

/** Inserts the catalogue with one audit event per type (part of creating a registry). */
export async function installCatalogue(trx: Kysely<DB>, audit: Auditor, now: string): Promise<void> {
  for (const e of CATALOGUE) {
    const { id } = await trx
      .insertInto('award_type')
      .values({
        ...e,
        note: e.note ?? null,
        name_folded: fold(e.name_vi),
        builtin: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('create', 'award_type', id);
  }
}

/**
 * Corrections to the built-in catalogue that existing registries receive when they are upgraded to
 * schema `since` (a new registry gets the catalogue as it stands). A row is corrected only while it
 * still holds the value it was installed with, so a clerk's own edit is never overwritten; every
 * correction is an audited update.
 */
export const CATALOGUE_CORRECTIONS: { since: number; code: string; levels: { was: string; now: string } }[] = [
  { since: 6, code: 'CSTDCS', levels: { was: 'district,unit', now: LOCAL_TITLES } },
  { since: 6, code: 'TTLDTT', levels: { was: 'district,unit', now: LOCAL_TITLES } },
  { since: 6, code: 'DVTT', levels: { was: 'district,unit', now: ARMED_LOCAL } },
  { since: 6, code: 'LDTT', levels: { was: 'district,commune,unit', now: LOCAL_ALL } },
  { since: 6, code: 'CSTT', levels: { was: 'district,unit', now: ARMED_LOCAL } },
  { since: 6, code: 'TDPVH', levels: { was: 'district', now: `${DISTRICT_UNTIL},${COMMUNE_SINCE}` } },
  { since: 6, code: 'GK', levels: { was: 'district,commune,unit', now: LOCAL_ALL } },
];

/** Applies the corrections for a registry upgraded from schema `fromVersion`, each audited. */
export async function correctCatalogue(trx: Kysely<DB>, audit: Auditor, fromVersion: number, now: string): Promise<void> {
  for (const c of CATALOGUE_CORRECTIONS) {
    if (fromVersion >= c.since) continue;
    const row = await trx.selectFrom('award_type').select(['id', 'levels']).where('code', '=', c.code).where('builtin', '=', 1).executeTakeFirst();
    if (!row || row.levels !== c.levels.was) continue;
    const before = await audit.snapshot('award_type', row.id);
    await trx.updateTable('award_type').set({ levels: c.levels.now, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record('update', 'award_type', row.id, { before });
  }
}
