/** Kysely table types: the rows as stored. Domain types and JSON shapes are built from these, never dumped. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface BodyTable {
  id: Generated<number>;
  ref: string;
  name: string;
  name_folded: string;
  level: string;
  abbr: string;
  place: string | null;
  parent_id: number | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface RecipientTable {
  id: Generated<number>;
  ref: string;
  kind: string;
  name: string;
  name_folded: string;
  unit_id: number | null;
  position: string | null;
  place: string | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AwardTypeTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string | null;
  name_folded: string;
  family: string;
  category: string;
  /** Comma-separated letters: I individual, C collective, H household. */
  recipient_kinds: string;
  /** Comma-separated level codes that may confer the type. */
  levels: string;
  rank: number | null;
  precedence: number;
  periodicity: string | null;
  article: string | null;
  note: string | null;
  builtin: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface DecisionTable {
  id: Generated<number>;
  ref: string;
  number: number;
  symbol: string;
  date: string;
  year: number;
  body_id: number;
  signer_name: string | null;
  signer_capacity: string | null;
  summary: string | null;
  regime: string;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AwardTable {
  id: Generated<number>;
  decision_id: number;
  line_no: number | null;
  recipient_id: number;
  award_type_id: number;
  period_from: number;
  period_to: number;
  achievement: string | null;
  kind: Generated<string>;
  unit_name: string | null;
  position: string | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AwardRevocationTable {
  id: Generated<number>;
  award_id: number;
  action: string;
  decision_symbol: string | null;
  decision_date: string | null;
  body_id: number | null;
  ground: string | null;
  note: string | null;
  created_at: Generated<string>;
}

export interface CeremonyTable {
  id: Generated<number>;
  ref: string;
  name: string;
  name_folded: string;
  date: string;
  place: string | null;
  organiser_id: number;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface PresentationTable {
  id: Generated<number>;
  ceremony_id: number;
  award_id: number;
  created_at: Generated<string>;
}

export interface AwardReinstatementTable {
  id: Generated<number>;
  award_id: number;
  decision_symbol: string;
  decision_date: string;
  body_id: number;
  note: string | null;
  revoked_action: string;
  revoked_symbol: string | null;
  revoked_date: string | null;
  revoked_body_id: number | null;
  revoked_ground: string | null;
  revoked_note: string | null;
  revoked_at: string;
  created_at: Generated<string>;
}

export interface RecipientAliasTable {
  id: Generated<number>;
  ref: string;
  name: string;
  recipient_id: number;
  created_at: Generated<string>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  actor: string;
  command: string;
  action: string;
  entity: string;
  entity_id: number | null;
  /**
   * For an event recording many rows created together (import): the last row's id; `entity_id` is the
   * first's and `after` lists their digests (RANGE_PREFIX). Null for an event of one row.
   */
  entity_id_last: ColumnType<number | null, number | null | undefined, never>;
  entity_ref: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** A performance rating (xếp loại) of a recipient for a year; one per recipient and year. */
export interface RatingTable {
  id: Generated<number>;
  recipient_id: number;
  year: number;
  /** excellent | good | completed | failed */
  rating: string;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A disciplinary measure (kỷ luật) taken against a recipient, by the year it covers. */
export interface DisciplineTable {
  id: Generated<number>;
  recipient_id: number;
  year: number;
  /** reprimand | caution | salary_cut | demotion | removal | dismissal */
  form: string;
  date: string | null;
  decision: string | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A recognised initiative or science work (sáng kiến, đề tài) and the reach of its recognition. */
export interface InitiativeTable {
  id: Generated<number>;
  recipient_id: number;
  year: number;
  title: string;
  /** grassroots | province | national */
  level: string;
  recognised_by: string | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** What a collective declares about its members for a year; shares not declared are derived. */
export interface CollectiveYearTable {
  id: Generated<number>;
  collective_id: number;
  year: number;
  member_count: number;
  ldtt_count: number | null;
  cstdcs_count: number | null;
  completed_count: number | null;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** An emulation cluster or block (cụm, khối thi đua) and the body that organizes it. */
export interface EmulationClusterTable {
  id: Generated<number>;
  ref: string;
  name: string;
  name_folded: string;
  /** cluster | block */
  kind: string;
  organizer_id: number;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A collective in a cluster for a year, with its place in the cluster's ranking (leading: dẫn đầu). */
export interface ClusterMemberTable {
  id: Generated<number>;
  cluster_id: number;
  year: number;
  recipient_id: number;
  rank: number | null;
  leading: Generated<number>;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface SettingTable {
  id: Generated<number>;
  key: string;
  /** JSON text of the value; null when unset. */
  value: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface BodySettingTable {
  id: Generated<number>;
  body_id: number;
  key: string;
  /** JSON text. */
  value: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** The office's award register: one number per award line, per issuing body and year. */
export interface RegisterEntryTable {
  id: Generated<number>;
  award_id: number;
  body_id: number;
  year: number;
  number: number;
  created_at: Generated<string>;
}

export interface RecipientProfileTable {
  id: Generated<number>;
  recipient_id: number;
  /** 'male' | 'female' | null */
  gender: string | null;
  /** 1…5: the groups of individuals of the statistical forms. */
  stat_group: number | null;
  /** 1 when the collective is an enterprise, 0 when not, null unknown. */
  enterprise: number | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface DB {
  body: BodyTable;
  recipient: RecipientTable;
  award_type: AwardTypeTable;
  decision: DecisionTable;
  award: AwardTable;
  award_revocation: AwardRevocationTable;
  ceremony: CeremonyTable;
  presentation: PresentationTable;
  audit_event: AuditEventTable;
  rating: RatingTable;
  discipline: DisciplineTable;
  initiative: InitiativeTable;
  collective_year: CollectiveYearTable;
  setting: SettingTable;
  body_setting: BodySettingTable;
  register_entry: RegisterEntryTable;
  recipient_profile: RecipientProfileTable;
  award_reinstatement: AwardReinstatementTable;
  recipient_alias: RecipientAliasTable;
  emulation_cluster: EmulationClusterTable;
  cluster_member: ClusterMemberTable;
}

export type BodyRow = Selectable<BodyTable>;
export type RecipientRow = Selectable<RecipientTable>;
export type AwardTypeRow = Selectable<AwardTypeTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type AwardRow = Selectable<AwardTable>;
export type AwardRevocationRow = Selectable<AwardRevocationTable>;
export type CeremonyRow = Selectable<CeremonyTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAward = Insertable<AwardTable>;
export type AwardUpdate = Updateable<AwardTable>;
