/**
 * Finding the records a row names — body, award type, decision, recipient and unit, ceremony — or
 * creating them from the row's columns: by exact reference, else by the whole name folded, never by
 * a part of a name and never by a guess (several candidates, or a name of another kind, are listed to
 * the clerk). Whether a new decision may be created is judge.ts's answer.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { KIND_LABELS, regimeFor, type RecipientKind } from '../domain.js';
import type { HeaderMap } from './columns.js';
import type { CreatedRecord, ImportSummary } from './importer.js';
import { judgeNewDecision } from './judge.js';
import { Lookups, type BodyRec, type CeremonyRec, type DecisionRec, type Lookup, type RecipientRec, type TypeRec } from './lookups.js';
import { looksCollective, NearNames } from './names.js';
import { fold } from '../text.js';
import type { ValidRow } from './row.js';
import type { ImportStore } from './store.js';
import { IMPORT_MATCH } from '../../i18n/messages/core-io-import.js';
import { humanDate } from '../../i18n/index.js';

type Issue = (key: string, message: string) => void;
type Counted = 'bodies' | 'recipients' | 'decisions' | 'ceremonies';

export class Matcher {
  readonly lookups: Lookups;
  /** The largest id of each table before the import: records above it are the import's own. */
  readonly maxIdBefore: Record<Counted, number>;
  private readonly seen = { bodies: new Set<number>(), recipients: new Set<number>(), decisions: new Set<number>(), ceremonies: new Set<number>() };
  /** New collectives close to names already in the registry. */
  near: NearNames | undefined;
  /** The header's map (set once the header is read). */
  map!: HeaderMap;
  /** The row being matched, the kind its section names, the unit it names, whether it created its recipient. */
  currentRow = 0;
  sectionKind: RecipientKind | undefined;
  rowUnit: RecipientRec | undefined;
  rowCreatedRecipient = false;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly store: ImportStore,
    private readonly summary: ImportSummary,
    private readonly dryRun: boolean,
  ) {
    this.lookups = new Lookups(sqlite);
    const maxId = (t: string) => sqlite.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck().get() as number;
    this.maxIdBefore = { bodies: maxId('body'), recipients: maxId('recipient'), decisions: maxId('decision'), ceremonies: maxId('ceremony') };
  }

  /** Before each row. */
  startRow(row: number, sectionKind: RecipientKind | undefined): void {
    this.currentRow = row;
    this.sectionKind = sectionKind;
    this.rowUnit = undefined;
    this.rowCreatedRecipient = false;
  }

  /** The unit printed on the line: the row's (its name when the row gives the unit's reference), else a person's unit. */
  unitName(v: ValidRow, recipient: RecipientRec): string | null {
    if (v.unit) return this.rowUnit && v.unit.toLowerCase() === this.rowUnit.ref ? this.rowUnit.name : v.unit;
    return recipient.kind === 'individual' && recipient.unit_id !== null ? this.lookups.unitName(recipient.unit_id) : null;
  }

  /** A dry run lists the records it would create (the first thousand). */
  private created(table: CreatedRecord['table'], ref: string, name: string): void {
    if (!this.dryRun) return;
    const list = (this.summary.would_create ??= []);
    if (list.length < 1000) list.push({ table, ref, name, row: this.currentRow });
  }

  /** Counts a record found in the registry once, however many rows name it; records this import created are not "matched". */
  private matched(what: Counted, id: number): void {
    if (id > this.maxIdBefore[what] || this.seen[what].has(id)) return;
    this.seen[what].add(id);
    this.summary[what].matched++;
  }

  // ------------------------------------------------------------------------------------- bodies

  body(v: ValidRow, issue: Issue): BodyRec | undefined {
    if (v.body_ref) {
      const b = this.lookups.bodyByRef(v.body_ref);
      if (b) {
        if (fold(v.issuing_body) !== fold(b.name) && v.issuing_body.toLowerCase() !== b.ref) {
          issue('issuing_body', IMPORT_MATCH.bodyRefOther(v.issuing_body, b.ref, b.name));
          return undefined;
        }
        this.matched('bodies', b.id);
        return b;
      }
    }
    const l = this.lookups.body(v.issuing_body);
    if ('found' in l) {
      if (v.body_ref && l.found.ref !== v.body_ref) {
        issue('body_ref', IMPORT_MATCH.bodyRefMissing(v.body_ref, v.issuing_body, l.found.ref));
        return undefined;
      }
      this.matched('bodies', l.found.id);
      return l.found;
    }
    if ('ambiguous' in l) {
      issue('issuing_body', IMPORT_MATCH.bodyAmbiguous(v.issuing_body, l.ambiguous.length, l.ambiguous.join('; ')));
      return undefined;
    }
    if (!v.body_level) {
      issue('issuing_body', IMPORT_MATCH.bodyMissing(v.issuing_body));
      return undefined;
    }
    const abbr = v.body_abbr ?? v.decision_number.issuer.split(/[.-]/)[0];
    const ref = v.body_ref ?? this.store.uniqueRef('body', v.issuing_body);
    const values = { ref, name: v.issuing_body, name_folded: fold(v.issuing_body), level: v.body_level, abbr, place: null, parent_id: null, note: null };
    const id = this.store.create('body', values);
    this.created('body', ref, v.issuing_body);
    const b: BodyRec = { id, ref, name: v.issuing_body, level: v.body_level, abbr };
    this.lookups.addBody(b);
    this.summary.bodies.created++;
    return b;
  }

  // -------------------------------------------------------------------------------- award types

  awardType(v: ValidRow, body: BodyRec | undefined, issue: Issue): TypeRec | undefined {
    const l = this.lookups.awardType(v.award_type, body?.level);
    if ('found' in l) return l.found;
    if ('ambiguous' in l) issue('award_type', IMPORT_MATCH.typeAmbiguous(v.award_type, l.ambiguous));
    else issue('award_type', IMPORT_MATCH.typeMissing(v.award_type));
    return undefined;
  }

  // ---------------------------------------------------------------------------------- decisions

  decision(v: ValidRow, body: BodyRec, year: number, issue: Issue): DecisionRec | undefined {
    const symbol = v.decision_number.symbol;
    let d: DecisionRec | undefined;
    if (v.decision_ref) {
      d = this.lookups.decisionByRef(v.decision_ref);
      if (d && (d.symbol !== symbol || d.body_id !== body.id || d.date.slice(0, 4) !== String(year))) {
        issue('decision_ref', IMPORT_MATCH.decisionRefOther(v.decision_ref, d.symbol, humanDate(d.date), symbol, humanDate(v.decision_date), body.ref));
        return undefined;
      }
    }
    if (!d) {
      d = this.lookups.decisionByKey(body.id, year, symbol);
      if (d && v.decision_ref) {
        issue('decision_ref', IMPORT_MATCH.decisionRefMissing(v.decision_ref, body.name, symbol, year, d.ref));
        return undefined;
      }
    }
    if (d) {
      if (d.date !== v.decision_date) {
        issue('decision_date', IMPORT_MATCH.decisionDateOther(symbol, body.name, humanDate(d.date), humanDate(v.decision_date)));
        return undefined;
      }
      this.matched('decisions', d.id);
      return d;
    }
    const refused = judgeNewDecision(v.decision_number.issuer, String(v.decision_number.number), symbol, v.decision_date, body);
    if (refused) {
      issue(refused.key, refused.message);
      return undefined;
    }
    const ref = v.decision_ref ?? this.store.uniqueRef('decision', `${body.ref}-${year}-${v.decision_number.number}`);
    const values = {
      ref,
      number: v.decision_number.number,
      symbol,
      date: v.decision_date,
      year,
      body_id: body.id,
      signer_name: v.signer_name,
      signer_capacity: v.signer_capacity,
      summary: v.decision_summary,
      regime: regimeFor(v.decision_date).code,
      note: null,
    };
    const id = this.store.create('decision', values);
    this.created('decision', ref, symbol);
    d = { id, ref, symbol, date: v.decision_date, body_id: body.id };
    this.lookups.addDecision(d, year);
    this.summary.decisions.created++;
    return d;
  }

  // --------------------------------------------------------------------------------- recipients

  recipient(v: ValidRow, type: TypeRec | undefined, issue: Issue): RecipientRec | undefined {
    const kind = (v.recipient_kind ?? this.sectionKind ?? this.map!.impliedKind ?? singleKind(type)) as RecipientKind | undefined;
    if (v.recipient_ref) {
      const r = this.lookups.recipientByRef(v.recipient_ref);
      if (r) {
        if (v.recipient_kind && r.kind !== v.recipient_kind) {
          issue('recipient_kind', IMPORT_MATCH.recipientKindOther(r.ref, r.name, KIND_LABELS[r.kind as RecipientKind], r.kind, v.recipient_kind, KIND_LABELS[v.recipient_kind]));
          return undefined;
        }
        if (v.recipient_name && fold(v.recipient_name) !== r.name_folded) {
          issue('recipient_name', IMPORT_MATCH.recipientNameOther(r.ref, r.name, v.recipient_name));
          return undefined;
        }
        this.matched('recipients', r.id);
        return r;
      }
    }
    if (!v.recipient_name) {
      issue('recipient_name', v.recipient_ref ? IMPORT_MATCH.recipientRefMissing(v.recipient_ref) : IMPORT_MATCH.recipientNameEmpty());
      return undefined;
    }
    const unit = this.unit(v, issue);
    if (unit === null) return undefined;
    const nameFolded = fold(v.recipient_name);
    if (!v.recipient_ref) {
      // Only namesakes in the row's unit (or anywhere, for a row without one); none in a unit still to create.
      const namesakes = unit === 'new' ? [] : this.lookups.recipientsNamed(nameFolded, unit === 'none' ? undefined : unit.id);
      const candidates = kind ? namesakes.filter((c) => c.kind === kind) : namesakes;
      if (candidates.length === 0 && namesakes.length > 0) {
        // Never a second record of the same name and another kind: the clerk says which is meant.
        const list = namesakes.slice(0, 10).map((c) => `${c.ref} (${KIND_LABELS[c.kind as RecipientKind]})`);
        issue(
          this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name',
          IMPORT_MATCH.recipientOtherKind(v.recipient_name, list.join(', '), KIND_LABELS[kind!]),
        );
        return undefined;
      }
      if (candidates.length === 1) {
        this.matched('recipients', candidates[0].id);
        return candidates[0];
      }
      if (candidates.length > 1) {
        const list = candidates.slice(0, 10).map((c) => `${c.ref}${c.unit_id ? ` (${this.lookups.unitName(c.unit_id)})` : ''}`);
        issue('recipient_name', IMPORT_MATCH.recipientAmbiguous(v.recipient_name, candidates.length, `${list.join(', ')}${candidates.length > 10 ? ', …' : ''}`));
        return undefined;
      }
    }
    if (!kind) {
      issue(this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name', IMPORT_MATCH.kindNeeded(v.recipient_name));
      return undefined;
    }
    if (kind === 'individual' && looksCollective(v.recipient_name)) {
      const others = this.lookups.recipientsNamed(nameFolded).filter((c) => c.kind !== 'individual');
      const known = others.length ? IMPORT_MATCH.inRegistry(others.slice(0, 10).map((c) => `${c.ref} (${KIND_LABELS[c.kind as RecipientKind]})`).join(', ')) : '';
      issue(
        this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name',
        IMPORT_MATCH.collectiveName(v.recipient_name, known),
      );
      return undefined;
    }
    if (v.position && kind !== 'individual') {
      issue('position', IMPORT_MATCH.positionNotIndividual(v.recipient_name, KIND_LABELS[kind]));
      return undefined;
    }
    let unitId: number | null = null;
    if (unit === 'new') {
      const created = this.createUnit(v, issue);
      if (!created) return undefined;
      unitId = created.id;
    } else if (unit !== 'none') unitId = unit.id;
    this.rowCreatedRecipient = true;
    return this.createRecipient(v.recipient_ref ?? this.store.uniqueRef('recipient', nameFolded, true), kind, v.recipient_name, unitId, kind === 'individual' ? v.position : null, nameFolded);
  }

  /** The unit the row names: 'none' (no unit column value), a collective, 'new' (to create), or null (an issue). */
  private unit(v: ValidRow, issue: Issue): RecipientRec | 'none' | 'new' | null {
    if (!v.unit && !v.unit_ref) return 'none';
    const l: Lookup<RecipientRec> = v.unit_ref ? this.lookups.unit(v.unit_ref, true) : this.lookups.unit(v.unit!, false);
    if ('found' in l) {
      this.rowUnit = l.found;
      return l.found;
    }
    if ('ambiguous' in l) {
      issue('unit', IMPORT_MATCH.unitAmbiguous(String(v.unit), l.ambiguous.length, l.ambiguous.join(', ')));
      return null;
    }
    return 'new';
  }

  private createUnit(v: ValidRow, issue: Issue): RecipientRec | undefined {
    if (!v.unit) {
      issue('unit_ref', IMPORT_MATCH.unitRefMissing(String(v.unit_ref)));
      return undefined;
    }
    const name = v.unit;
    const ref = v.unit_ref ?? this.store.uniqueRef('recipient', name);
    const r = this.createRecipient(ref, 'collective', name, null, null);
    this.rowUnit = r;
    return r;
  }

  private createRecipient(ref: string, kind: string, name: string, unitId: number | null, position: string | null, nameFolded = fold(name)): RecipientRec {
    const values = { ref, kind, name, name_folded: nameFolded, unit_id: unitId, position, place: null, note: null };
    const id = this.store.create('recipient', values);
    this.created('recipient', ref, name);
    if (kind === 'collective' && this.maxIdBefore.recipients > 0) (this.near ??= new NearNames(this.sqlite, this.maxIdBefore.recipients)).check(name, nameFolded, this.currentRow);
    const r: RecipientRec = { id, ref, kind, name, name_folded: nameFolded, unit_id: unitId, position };
    this.lookups.addRecipient(r);
    this.summary.recipients.created++;
    return r;
  }

  // --------------------------------------------------------------------------------- ceremonies

  ceremony(v: ValidRow, issue: Issue): CeremonyRec | 'later' | undefined {
    if (!v.ceremony && !v.ceremony_ref) return undefined;
    let c: CeremonyRec | undefined;
    if (v.ceremony_ref) c = this.lookups.ceremonyByRef(v.ceremony_ref);
    else {
      const l = this.lookups.ceremony(v.ceremony!);
      if ('ambiguous' in l) {
        issue('ceremony', IMPORT_MATCH.ceremonyAmbiguous(v.ceremony!, l.ambiguous.length, l.ambiguous.join('; ')));
        return undefined;
      }
      if ('found' in l) c = l.found;
    }
    if (c) {
      this.matched('ceremonies', c.id);
      return c;
    }
    const what = v.ceremony ?? v.ceremony_ref!;
    if (!v.ceremony_date || !v.ceremony_organiser) {
      issue('ceremony', IMPORT_MATCH.ceremonyMissing(what));
      return undefined;
    }
    if (!v.ceremony) {
      issue('ceremony', IMPORT_MATCH.ceremonyNameEmpty(String(v.ceremony_ref)));
      return undefined;
    }
    const org = this.lookups.body(v.ceremony_organiser);
    if ('ambiguous' in org) {
      issue('ceremony_organiser', IMPORT_MATCH.organiserAmbiguous(v.ceremony_organiser, org.ambiguous.join('; ')));
      return undefined;
    }
    // The organiser may be created by a later row (as the body issuing another decision): the
    // hand-over waits for the end of the file.
    if ('missing' in org) return 'later';
    const ref = v.ceremony_ref ?? this.store.uniqueRef('ceremony', `${v.ceremony} ${v.ceremony_date}`);
    const values = { ref, name: v.ceremony, name_folded: fold(v.ceremony), date: v.ceremony_date, place: v.ceremony_place, organiser_id: org.found.id, note: null };
    const id = this.store.create('ceremony', values);
    this.created('ceremony', ref, v.ceremony);
    c = { id, ref, name: v.ceremony, date: v.ceremony_date };
    this.lookups.addCeremony(c);
    this.summary.ceremonies.created++;
    return c;
  }
}

function singleKind(type: TypeRec | undefined): string | undefined {
  if (!type || type.recipient_kinds.includes(',')) return undefined;
  return { C: 'collective', I: 'individual', H: 'household' }[type.recipient_kinds];
}
