/**
 * What a body sets once for the documents it issues: the heading lines, the signing authority, the
 * grounds (căn cứ), the articles after the first, the recipients (Nơi nhận), the signer, the place of the
 * date line and the font. Every key has a default worked out from the body (its name, level and parent)
 * and the decision's regime, so a decision prints sensibly before anything is set. Values are stored as
 * JSON text in body_setting; every change is audited.
 */
import type { Kysely } from 'kysely';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { regimeFor } from '../domain.js';
import { InvalidError, NotFoundError } from '../errors.js';
import type { DB } from '../tables.js';
import { expandBodyName, shortBodyName, upper } from './text.js';
import { BODY_SETTING, BODY_SETTING_ABOUT } from '../../i18n/messages/core-io-paperwork.js';

export type SettingValue = string | string[] | number;

export interface BodyForPaper {
  id: number;
  ref: string;
  name: string;
  level: string;
  place: string | null;
  parent_name: string | null;
}

interface Ctx {
  body: BodyForPaper;
  /** ISO date of the decision (the grounds in force then). */
  date: string;
}

interface Spec {
  key: keyof typeof BODY_SETTING_ABOUT;
  /** Several lines (one per value), or one text, or a number. */
  type: 'lines' | 'text' | 'size';
  example: string;
  default(c: Ctx): SettingValue;
}

const isPeoplesCommittee = (name: string) => new RegExp('^(Chủ tịch\\s+)?(UBND|Ủy ban nhân dân)(\\s|$)', 'iu').test(name);
/** "Chủ tịch UBND thành phố Hải Phòng" → "UBND thành phố Hải Phòng": the body in whose name the heading is. */
const bodyOfName = (name: string) => name.replace(new RegExp('^Chủ tịch\\s+', 'iu'), '');

/** The laws on organisation a decision of a people's committee or the Government cites, by date. */
function organisationGrounds(c: Ctx): string[] {
  const { name, level } = c.body;
  const d = c.date;
  if (level === 'government' || level === 'state') {
    if (level === 'state') return [];
    if (d >= '2025-03-01') return ['Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'];
    if (d >= '2020-07-01') {
      return ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'];
    }
    return ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'];
  }
  if (!isPeoplesCommittee(name)) return [];
  if (d >= '2025-07-01') return ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'];
  if (d >= '2025-03-01') return ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;'];
  if (d >= '2020-07-01') {
    return ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'];
  }
  if (d >= '2016-01-01') return ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'];
  return ['Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;'];
}

/** The law on emulation and commendation and its decree, by the regime in force on the decision's date. */
export function lawGrounds(date: string): string[] {
  const regime = regimeFor(date).code;
  const law2003 =
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;';
  const law2022 = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
  switch (regime) {
    case 'law2003':
      return [law2003, 'Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'];
    case 'law2003-nd91':
      return [law2003, 'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'];
    case 'law2022-nd98':
      return [law2022, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'];
    default:
      return [law2022, 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;'];
  }
}

const PROPOSER: Record<string, string> = {
  state: 'Thủ tướng Chính phủ',
  government: 'Bộ trưởng Bộ Nội vụ',
  province: 'Giám đốc Sở Nội vụ',
  district: 'Trưởng phòng Nội vụ',
  commune: 'công chức phụ trách công tác thi đua, khen thưởng',
  unit: 'Hội đồng Thi đua - Khen thưởng',
};

export const BODY_SETTINGS: Spec[] = [
  {
    key: 'heading.governing',
    type: 'text',
    example: '"UBND THÀNH PHỐ HẢI PHÒNG"',
    default: ({ body }) => (body.parent_name ? upper(shortBodyName(bodyOfName(body.parent_name))) : ''),
  },
  {
    key: 'heading.issuer',
    type: 'lines',
    example: '"ỦY BAN NHÂN DÂN" "QUẬN LÊ CHÂN"',
    default: ({ body }) => {
      const name = expandBodyName(bodyOfName(body.name));
      const m = new RegExp('^(Ủy ban nhân dân)\\s+(.+)$', 'u').exec(name);
      return m ? [upper(m[1]), upper(m[2])] : [upper(name)];
    },
  },
  {
    key: 'authority',
    type: 'text',
    example: '"CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN"',
    default: ({ body }) => {
      const name = expandBodyName(bodyOfName(body.name));
      return upper(isPeoplesCommittee(body.name) ? `Chủ tịch ${name}` : name);
    },
  },
  {
    key: 'issued-by',
    type: 'text',
    example: '"Chủ tịch UBND quận Lê Chân"',
    default: ({ body }) => (isPeoplesCommittee(body.name) ? `Chủ tịch ${shortBodyName(bodyOfName(body.name))}` : body.name),
  },
  {
    key: 'place',
    type: 'text',
    example: '"Lê Chân"',
    default: ({ body }) => body.place ?? '',
  },
  {
    key: 'grounds.organisation',
    type: 'lines',
    example: '"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"',
    default: organisationGrounds,
  },
  {
    key: 'grounds.law',
    type: 'lines',
    example: '"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"',
    default: ({ date }) => lawGrounds(date),
  },
  {
    key: 'grounds.own',
    type: 'lines',
    example: '"Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 năm 2019 của UBND quận ban hành Quy chế thi đua, khen thưởng;"',
    default: () => [],
  },
  {
    key: 'proposer',
    type: 'text',
    example: '"Trưởng phòng Nội vụ quận"',
    default: ({ body }) => PROPOSER[body.level] ?? PROPOSER.unit,
  },
  {
    key: 'articles',
    type: 'lines',
    example: '"Quyết định này có hiệu lực kể từ ngày ký." "Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này."',
    default: () => [
      'Quyết định này có hiệu lực kể từ ngày ký.',
      'Chánh Văn phòng, Thủ trưởng cơ quan làm công tác thi đua, khen thưởng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
  },
  {
    key: 'recipients',
    type: 'lines',
    example: '"Như Điều 3" "Ban Thi đua - Khen thưởng thành phố"',
    default: () => ['Như Điều {last}'],
  },
  {
    key: 'archive',
    type: 'text',
    example: '"VT, NV"',
    default: () => 'VT',
  },
  {
    key: 'signer.capacity',
    type: 'text',
    example: '"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"',
    default: () => '',
  },
  {
    key: 'signer.name',
    type: 'text',
    example: '"Nguyễn Văn Thành"',
    default: () => '',
  },
  {
    key: 'register',
    type: 'text',
    example: 'ubnd-hai-phong',
    default: () => '',
  },
  {
    key: 'font.name',
    type: 'text',
    example: '"Times New Roman"',
    default: () => 'Times New Roman',
  },
  {
    key: 'font.size',
    type: 'size',
    example: '14',
    default: () => 14,
  },
];

function spec(key: string): Spec {
  const s = BODY_SETTINGS.find((x) => x.key === key);
  if (!s) throw new NotFoundError(BODY_SETTING.notFound(key), BODY_SETTING.keys(BODY_SETTINGS.map((x) => x.key).join(', ')));
  return s;
}

/** Checks and shapes the values given for a key; throws InvalidError naming the key. */
export function parseBodySetting(key: string, values: string[]): SettingValue {
  const s = spec(key);
  const hint = BODY_SETTING.example(key, s.example);
  const vals = values.map((v) => v.normalize('NFC').trim());
  if (s.type === 'lines') {
    if (vals.some((v) => v === '')) throw new InvalidError(BODY_SETTING.emptyLine(key), { hint });
    return vals;
  }
  if (vals.length !== 1) throw new InvalidError(BODY_SETTING.oneValue(key, vals.length), { hint: BODY_SETTING.quoteHint(hint) });
  if (s.type === 'size') {
    const n = Number(vals[0].replace(',', '.'));
    if (n !== 13 && n !== 14) throw new InvalidError(BODY_SETTING.fontSize(key, vals[0]), { hint });
    return n;
  }
  return vals[0];
}

export interface BodySettingRow {
  key: string;
  value: SettingValue;
  set: boolean;
  describe: string;
}

export async function bodyForPaper(db: Kysely<DB>, bodyId: number): Promise<BodyForPaper> {
  const b = await db
    .selectFrom('body as b')
    .leftJoin('body as p', 'p.id', 'b.parent_id')
    .select(['b.id', 'b.ref', 'b.name', 'b.level', 'b.place', 'p.name as parent_name'])
    .where('b.id', '=', bodyId)
    .executeTakeFirstOrThrow();
  return b;
}

/** Every body setting with its value for documents of `date` (set, or the default). Read-only. */
export async function bodySettings(db: Kysely<DB>, bodyId: number, date: string): Promise<BodySettingRow[]> {
  const body = await bodyForPaper(db, bodyId);
  const stored = new Map(
    (await db.selectFrom('body_setting').select(['key', 'value']).where('body_id', '=', bodyId).execute()).map((r) => [r.key, r.value]),
  );
  return BODY_SETTINGS.map((s) => {
    const raw = stored.get(s.key);
    const set = raw !== undefined && raw !== null;
    return { key: s.key, value: set ? (JSON.parse(raw) as SettingValue) : s.default({ body, date }), set, describe: BODY_SETTING_ABOUT[s.key]() };
  });
}

/** The resolved settings as a typed record, for the document builders. */
export interface Paper {
  governing: string;
  issuer: string[];
  authority: string;
  issuedBy: string;
  place: string;
  grounds: string[];
  proposer: string;
  articles: string[];
  recipients: string[];
  archive: string;
  signerCapacity: string;
  signerName: string;
  fontName: string;
  fontSize: number;
}

export async function paperOf(db: Kysely<DB>, bodyId: number, date: string): Promise<Paper> {
  const rows = await bodySettings(db, bodyId, date);
  const v = (k: string) => rows.find((r) => r.key === k)!.value;
  const lines = (k: string) => v(k) as string[];
  return {
    governing: v('heading.governing') as string,
    issuer: lines('heading.issuer'),
    authority: v('authority') as string,
    issuedBy: v('issued-by') as string,
    place: v('place') as string,
    grounds: [...lines('grounds.organisation'), ...lines('grounds.law'), ...lines('grounds.own')],
    proposer: v('proposer') as string,
    articles: lines('articles'),
    recipients: lines('recipients'),
    archive: v('archive') as string,
    signerCapacity: v('signer.capacity') as string,
    signerName: v('signer.name') as string,
    fontName: v('font.name') as string,
    fontSize: v('font.size') as number,
  };
}

/** Sets (values) or unsets (null) a body setting inside a write transaction, with its audit event. */
export async function writeBodySetting(trx: Tx, audit: Auditor, body: { id: number; ref: string }, key: string, values: string[] | null, now: string): Promise<void> {
  const value = values === null ? null : parseBodySetting(key, values);
  if (key === 'register' && value) {
    const other = await trx.selectFrom('body').select('ref').where('ref', '=', String(value).toLowerCase()).executeTakeFirst();
    if (!other) throw new InvalidError(BODY_SETTING.noRegisterBody(String(value)), { hint: BODY_SETTING.registerHint() });
  }
  const json = value === null ? null : JSON.stringify(key === 'register' ? String(value).toLowerCase() : value);
  const ref = `${body.ref}:${key}`;
  const row = await trx.selectFrom('body_setting').selectAll().where('body_id', '=', body.id).where('key', '=', key).executeTakeFirst();
  if (row) {
    if (row.value === json) return;
    await trx.updateTable('body_setting').set({ value: json, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record(json === null ? 'unset' : 'update', 'body_setting', row.id, { before: row as unknown as Record<string, unknown>, ref });
  } else {
    if (json === null) return;
    const { id } = await trx
      .insertInto('body_setting')
      .values({ body_id: body.id, key, value: json, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('create', 'body_setting', id, { ref });
  }
}

export async function setBodySetting(reg: Registry, body: { id: number; ref: string }, key: string, values: string[] | null): Promise<void> {
  spec(key);
  await reg.write((trx, audit) => writeBodySetting(trx, audit, body, key, values, reg.now()));
}
