/**
 * The fields printed on certificate blanks (phôi Bằng khen, Giấy khen), one row per award line of a
 * decision or a ceremony, in annex or roster order, for Word mail merge or a print program. Field names
 * are stable ASCII identifiers (a merge template binds to them). Exporting gives the lines their register
 * numbers (see register.ts): the only write.
 */
import type { Kysely } from 'kysely';
import type { Registry } from '../db.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { buildRoster } from '../report/roster.js';
import { resolveCeremony, resolveDecision, type CeremonyMatch, type DecisionMatch } from '../resolve.js';
import type { DB } from '../tables.js';
import type { Column } from '../../render/model.js';
import { paperOf, type Paper } from './body-settings.js';
import { assignRegisterNumbers } from './register.js';
import { dateWords, placeDateLine, upper } from './text.js';
import { CERTIFICATE_FIELD_ABOUT, PAPERWORK } from '../../i18n/messages/core-io-paperwork.js';

export interface CertificateRow {
  so_so: number;
  nam_so: number;
  danh_xung: string;
  ten: string;
  loai: string;
  chuc_vu: string;
  don_vi: string;
  chuc_vu_don_vi: string;
  thanh_tich: string;
  hinh_thuc: string;
  so_quyet_dinh: string;
  ngay_quyet_dinh: string;
  dia_danh_ngay: string;
  co_quan: string;
  chuc_vu_ky: string;
  chuc_vu_ky_2: string;
  nguoi_ky: string;
  ma_dong: number;
}

/** Field, meaning (in the run's language): written out in the docs; the field is the file's header. */
export const CERTIFICATE_FIELDS = (Object.keys(CERTIFICATE_FIELD_ABOUT) as (keyof CertificateRow)[]).map((k) => [k, CERTIFICATE_FIELD_ABOUT[k]] as const);

export const certificateColumns: Column<CertificateRow>[] = CERTIFICATE_FIELDS.map(([key]) => ({ key, header: key }));

export interface Target {
  kind: 'decision' | 'ceremony';
  ref: string;
  label: string;
  decision?: DecisionMatch;
  ceremony?: CeremonyMatch;
}

/** A decision or a ceremony, whichever the words name; both is ambiguous, neither not found. */
export async function resolveTarget(db: Kysely<DB>, query: string): Promise<Target> {
  const attempt = async <T>(f: () => Promise<T>) => {
    try {
      return await f();
    } catch (e) {
      if (e instanceof NotFoundError) return undefined;
      throw e;
    }
  };
  const [decision, ceremony] = [await attempt(() => resolveDecision(db, query)), await attempt(() => resolveCeremony(db, query))];
  if (decision && ceremony) {
    throw new ConflictError(PAPERWORK.bothTargets(query, decision.symbol, ceremony.ref), PAPERWORK.oneOf(decision.ref, ceremony.ref));
  }
  if (decision) return { kind: 'decision', ref: decision.ref, label: PAPERWORK.decisionLabel(decision.symbol), decision };
  if (ceremony) return { kind: 'ceremony', ref: ceremony.ref, label: PAPERWORK.ceremonyLabel(ceremony.ref), ceremony };
  throw new NotFoundError(PAPERWORK.noTarget(query), PAPERWORK.noTargetHint());
}

/** The active award lines of the target, in annex order (decision) or roster order (ceremony). */
export async function targetAwardIds(db: Kysely<DB>, t: Target): Promise<number[]> {
  if (t.kind === 'ceremony') return (await buildRoster(db, t.ref)).lines.map((l) => l.award_id);
  const rows = await db
    .selectFrom('award as a')
    .innerJoin('award_type as ty', 'ty.id', 'a.award_type_id')
    .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
    .select('a.id')
    .where('a.decision_id', '=', t.decision!.id)
    .where('x.id', 'is', null)
    .orderBy('ty.precedence')
    .orderBy((eb) => eb(eb.ref('a.line_no'), 'is', null))
    .orderBy('a.line_no')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

export interface Certificates {
  target: Target;
  rows: CertificateRow[];
  /** Register numbers given by this export. */
  assigned: number;
}

export async function certificates(reg: Registry, query: string): Promise<Certificates> {
  const target = await resolveTarget(reg.db, query);
  const ids = await targetAwardIds(reg.db, target);
  const assigned = await assignRegisterNumbers(reg, ids);
  const db = reg.db;
  const rows = new Map<number, CertificateRow>();
  const papers = new Map<string, Paper>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = await db
      .selectFrom('award as a')
      .innerJoin('decision as d', 'd.id', 'a.decision_id')
      .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
      .leftJoin('recipient as u', 'u.id', 'r.unit_id')
      .leftJoin('recipient_profile as rp', 'rp.recipient_id', 'r.id')
      .innerJoin('award_type as t', 't.id', 'a.award_type_id')
      .innerJoin('register_entry as e', 'e.award_id', 'a.id')
      .select([
        'a.id',
        'e.number',
        'e.year',
        'r.kind',
        'r.name',
        'rp.gender',
        'a.position',
        'a.unit_name',
        'u.name as recipient_unit',
        'a.achievement',
        't.name_vi',
        'd.symbol',
        'd.date',
        'd.body_id',
        'd.signer_capacity',
        'd.signer_name',
      ])
      .where('a.id', 'in', chunk)
      .execute();
    for (const f of found) {
      const key = `${f.body_id}:${f.date}`;
      let paper = papers.get(key);
      if (!paper) papers.set(key, (paper = await paperOf(db, f.body_id, f.date)));
      const capacity = (f.signer_capacity?.trim() || paper.signerCapacity).split(/\s*\/\s*/).filter(Boolean).map(upper);
      const unit = f.unit_name ?? f.recipient_unit ?? '';
      const position = f.position ?? '';
      rows.set(f.id, {
        so_so: f.number,
        nam_so: f.year,
        danh_xung: f.kind === 'individual' ? (f.gender === 'male' ? 'Ông' : f.gender === 'female' ? 'Bà' : '') : '',
        ten: f.name,
        loai: KIND_LABELS[f.kind as RecipientKind] ?? f.kind,
        chuc_vu: position,
        don_vi: unit,
        chuc_vu_don_vi: [position, unit].filter(Boolean).join(', '),
        thanh_tich: f.achievement ?? '',
        hinh_thuc: f.name_vi,
        so_quyet_dinh: f.symbol,
        ngay_quyet_dinh: dateWords(f.date),
        dia_danh_ngay: placeDateLine(paper.place, f.date),
        co_quan: paper.issuedBy,
        chuc_vu_ky: capacity[0] ?? '',
        chuc_vu_ky_2: capacity.slice(1).join(' '),
        nguoi_ky: f.signer_name?.trim() || paper.signerName,
        ma_dong: f.id,
      });
    }
  }
  return { target, rows: ids.map((id) => rows.get(id)!), assigned };
}
