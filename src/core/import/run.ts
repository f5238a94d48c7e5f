/**
 * One import, row by row inside the transaction: the reader's rows (readers/), the header
 * (header.ts), the annex's shape around the rows (annex.ts), each row validated (row.ts), its records
 * found or created (match.ts), judged (judge.ts), checked for a line it would repeat (twins.ts) and
 * written (store.ts). A bad row is kept with its problems and the rest still read; the caller rolls
 * everything back if any row was bad.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Readable } from 'node:stream';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { InvalidError, TdktError } from '../errors.js';
import { isFooter, sectionOf } from './annex.js';
import { POSITION_AND_UNIT, type HeaderMap } from './columns.js';
import type { ImportConnection } from './connection.js';
import { HEADER_SEARCH_ROWS, headerNotFound, isNumberingRow, readHeader, readJsonHeader } from './header.js';
import { ImportError, whereOf, type BadRow, type ImportAwardsOptions, type ImportSummary, type RowIssue } from './importer.js';
import { achievementLane } from '../law/line.js';
import { achievementOf, judgeLine, twinJudgement } from './judge.js';
import type { CeremonyRec, RecipientRec } from './lookups.js';
import { Matcher } from './match.js';
import { splitPositionAndUnit } from './names.js';
import { openSource, type SourceRow } from './readers/source.js';
import { workerSource } from './readers/worker-source.js';
import { cellValue, RowParser, type RowEvidence, type ValidRow } from './row.js';
import { ImportStore } from './store.js';
import { Twins } from './twins.js';
import { IMPORT_CELL, IMPORT_MATCH, IMPORT_RUN } from '../../i18n/messages/core-io-import.js';

type Issues = RowIssue[];

export class ImportRun {
  private readonly parser = new RowParser();
  private readonly store: ImportStore;
  private readonly match: Matcher;
  private readonly twins: Twins;
  private readonly sqlite;
  private readonly now: string;
  private map: HeaderMap | undefined;
  private mappedWidth = 0;
  private header: string[] = [];
  private skippedBeforeHeader: SourceRow[] = [];
  private checkNumbering = false;
  private headerNotices: string[] = [];
  /** Rows a spreadsheet hides, skipped: their numbers. */
  private readonly hiddenRows: number[] = [];
  /** The row that ended the list, and how many rows followed it. */
  private footer: SourceRow | undefined;
  private afterFooter = 0;
  /** The kind the current section row names, and how many section rows were read. */
  private sectionKind: RecipientKind | undefined;
  private sectionNo = 0;
  /** Per decision: the highest line number so far, the section it was in, the offset of that section's STT, the last STT. */
  private readonly sectionLines = new Map<number, { max: number; section: number; base: number; stt: number }>();
  /** Values given for the whole file (--decision, --ceremony), by key. */
  private readonly constants: Record<string, string> = {};
  private readonly issues: RowIssue[] = [];
  private badRows = 0;
  private pendingBad: BadRow[] = [];
  private readonly maxIssues: number;

  constructor(
    reg: Registry,
    private readonly trx: Tx,
    private readonly audit: Auditor,
    private readonly conn: ImportConnection,
    private readonly opts: ImportAwardsOptions,
    private readonly summary: ImportSummary,
  ) {
    this.now = reg.now();
    this.sqlite = reg.sqlite;
    this.store = new ImportStore(reg.sqlite, audit, this.now);
    this.match = new Matcher(reg.sqlite, this.store, summary, Boolean(opts.dryRun));
    this.twins = new Twins(reg.sqlite, conn);
    this.maxIssues = opts.maxIssues ?? 1000;
  }

  /** The id of the first award line written (0: none). */
  get firstAwardId(): number {
    return this.twins.firstAwardId;
  }

  async read(input: Readable): Promise<void> {
    const { format, name, sheet, path, parseWorker } = this.opts;
    const source =
      parseWorker && (format === 'csv' || format === 'tsv')
        ? workerSource(parseWorker.path, { format, name, sheet }, parseWorker.script)
        : await openSource(input, { format, name, sheet, path });
    let sawAnything = false;
    await this.resolveConstants();
    for await (const batch of source.rows) {
      for (const r of batch) {
        if (r.cells.every((c) => c === null || c.trim() === '')) continue;
        sawAnything = true;
        if (source.headerInRows && !this.map) {
          this.findHeader(r);
          continue;
        }
        if (!source.headerInRows && source.header.length !== this.mappedWidth) {
          this.useHeader(readJsonHeader(name, source.header, source.headerSeen ?? [], this.headerOptions()), [...source.header]);
          this.mappedWidth = source.header.length;
        }
        if (this.checkNumbering) {
          this.checkNumbering = false;
          if (isNumberingRow(r.cells)) continue;
        }
        if (this.footer) {
          this.afterFooter++;
          continue;
        }
        if (source.headerInRows) {
          const section = sectionOf(r.cells);
          if (section) {
            if (section.kind) this.sectionKind = section.kind;
            this.sectionNo++;
            continue;
          }
          if (isFooter(r.cells)) {
            this.footer = r;
            continue;
          }
        }
        if (r.hidden && !this.opts.includeHidden) {
          this.hiddenRows.push(r.row);
          continue;
        }
        this.summary.rows++;
        this.row(r);
      }
      await this.writeEvidence();
      await this.flushBad();
      this.opts.onProgress?.({ rows: this.summary.rows, bytes: source.bytesRead() });
    }
    for (const n of source.notices ?? []) this.opts.onNotice?.(n);
    for (const n of this.headerNotices) this.opts.onNotice?.(n);
    if (this.footer) {
      const text = this.footer.cells.filter((c) => c && c.trim()).join(' ').trim();
      this.opts.onNotice?.(IMPORT_RUN.listEnds(this.opts.name, this.footer.row, text.length > 60 ? text.slice(0, 57) + '…' : text, this.afterFooter));
    }
    this.match.near?.report(this.opts.onNotice);
    if (this.hiddenRows.length) {
      const first = this.hiddenRows.slice(0, 10).join(', ') + (this.hiddenRows.length > 10 ? ', …' : '');
      this.opts.onNotice?.(IMPORT_RUN.hiddenRows(this.opts.name, this.hiddenRows.length, first));
    }
    if (!sawAnything) {
      throw new InvalidError(IMPORT_RUN.empty(this.opts.name), { hint: IMPORT_RUN.emptyHint() });
    }
    if (source.headerInRows && !this.map) headerNotFound(name, this.skippedBeforeHeader);
    if (this.summary.rows === 0) {
      throw new InvalidError(IMPORT_RUN.noLines(this.opts.name, source.headerInRows), { hint: IMPORT_RUN.noLinesHint() });
    }
  }

  /** After the last row: the award indexes a bulk load left out are built, and its references checked. */
  complete(): void {
    this.twins.buildIndexes();
    this.conn.checkReferences(this.firstAwardId);
  }

  finish(): void {
    if (this.badRows === 0) return;
    const shown = this.issues.map((i) => ({ where: whereOf(i), message: i.message }));
    const listed = this.issues.length >= this.maxIssues ? this.maxIssues : undefined;
    throw new ImportError(IMPORT_RUN.refused(this.opts.name, this.badRows, this.summary.rows, listed), shown, this.badRows, this.issues, this.summary, IMPORT_RUN.refusedHint());
  }

  // ------------------------------------------------------------------------------------- header

  private findHeader(r: SourceRow): void {
    const found = readHeader(this.opts.name, r, this.headerOptions());
    if (!found) {
      this.skippedBeforeHeader.push(r);
      if (this.skippedBeforeHeader.length >= HEADER_SEARCH_ROWS) headerNotFound(this.opts.name, this.skippedBeforeHeader);
      return;
    }
    this.headerNotices = found.notices;
    this.useHeader(found.map, r.cells.map((c) => c ?? ''));
    this.checkNumbering = true;
  }

  private useHeader(map: HeaderMap, header: string[]): void {
    this.map = map;
    this.match.map = map;
    this.header = header;
  }

  private headerOptions() {
    return { given: Object.keys(this.constants), ignore: this.opts.ignoreColumns };
  }

  /** --decision and --ceremony: the records they name, whose fields fill every row's empty cells. */
  private async resolveConstants(): Promise<void> {
    const { resolveDecision, resolveCeremony } = await import('../resolve.js');
    if (this.opts.decision) {
      const d = await resolveDecision(this.trx, this.opts.decision);
      const body = this.sqlite.prepare('SELECT ref FROM body WHERE id = ?').pluck().get(d.body_id) as string;
      Object.assign(this.constants, { decision_ref: d.ref, decision_number: d.symbol, decision_date: d.date, issuing_body: body });
    }
    if (this.opts.ceremony) {
      const c = await resolveCeremony(this.trx, this.opts.ceremony);
      this.constants.ceremony_ref = c.ref;
    }
  }

  // ---------------------------------------------------------------------------------------- rows

  private row(r: SourceRow): void {
    const map = this.map!;
    const match = this.match;
    match.startRow(r.row, this.sectionKind);
    const input: Record<string, string | null> = {};
    const keys = map.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k) input[k] = cellValue(r.cells[i]);
    }
    for (const k in this.constants) input[k] ??= this.constants[k];
    const both = input[POSITION_AND_UNIT];
    if (both) {
      const { position, unit } = splitPositionAndUnit(both);
      input.position ??= position;
      input.unit ??= unit;
    }
    const issues: Issues = [];
    const issue = (key: string | undefined, message: string) =>
      issues.push({ row: r.row, column: key, header: key ? (map.headers[key] ?? key) : undefined, value: key ? (input[key] ?? null) : undefined, message });
    if (map.keys.length < r.cells.length && r.cells.slice(map.keys.length).some((c) => c !== null && c.trim() !== '')) {
      issue(undefined, IMPORT_CELL.outsideTable(r.cells.length, map.keys.length));
    }
    // A cell holding a spreadsheet error or an uncomputed formula: that, not "is empty", is its problem.
    const cellErrors = r.errors?.filter((e) => keys[e.column]);
    for (const e of cellErrors ?? []) issue(keys[e.column], e.message);
    const parsed = this.parser.parse(input);
    if (!parsed.ok) {
      for (const i of parsed.issues) if (!cellErrors?.some((e) => keys[e.column] === i.key)) issue(i.key, i.message);
      return this.bad(r, issues);
    }
    if (issues.length) return this.bad(r, issues);
    const v = parsed.value;
    const year = Number(v.decision_date.slice(0, 4));

    const body = match.body(v, issue);
    const type = match.awardType(v, body, issue);
    const decision = body ? match.decision(v, body, year, issue) : undefined;
    const recipient = match.recipient(v, type, issue);
    const ceremony = match.ceremony(v, issue);
    if (issues.length || !body || !type || !decision || !recipient) return this.bad(r, issues);

    const shownAt = ceremony === 'later' ? { name: v.ceremony!, date: v.ceremony_date! } : ceremony;
    const kindKey = map.headers.recipient_kind ? 'recipient_kind' : 'recipient_name';
    for (const j of judgeLine({ type, recipient, body, decision, period: v.achievement_period, ceremony: shownAt, kindKey })) issue(j.key, j.message);
    // A recipient this row created has no line yet to repeat.
    const line = achievementOf(type, v.commendation_kind, v.achievement_period, decision.body_id);
    const rule = achievementLane(line);
    if (rule && !match.rowCreatedRecipient) {
      const earlier = this.twins.find(rule, recipient.id, type.id, v.achievement_period, decision.body_id);
      const j = earlier && twinJudgement(line, recipient, earlier);
      if (j) issue(j.key, j.message);
    }
    this.evidenceIssues(v, recipient, issue);
    if (issues.length) return this.bad(r, issues);

    let awardId: number;
    try {
      awardId = this.store.create(
        'award',
        {
          decision_id: decision.id,
          line_no: this.lineNumber(v.line_no, decision.id),
          recipient_id: recipient.id,
          award_type_id: type.id,
          period_from: v.achievement_period.from,
          period_to: v.achievement_period.to,
          achievement: v.achievement,
          kind: v.commendation_kind,
          unit_name: match.unitName(v, recipient),
          position: v.position ?? recipient.position,
          note: v.note,
        },
      );
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE' || v.line_no === null) throw e;
      issue('line_no', this.twins.lineTaken(decision.id, decision.symbol, v.line_no));
      return this.bad(r, issues);
    }
    this.twins.written(awardId, r.row, rule, recipient.id, type.id, v.achievement_period);
    this.summary.awards.created++;
    if (ceremony === 'later') this.defer(awardId, r, v);
    else if (ceremony) this.present(ceremony, awardId);
    if (v.evidence) this.pendingEvidence.push({ row: r, recipient, year: v.achievement_period.to, evidence: v.evidence });
  }

  /**
   * The line's number in its decision: the STT, or in a file whose sections number their rows from 1
   * again, the STT after the lines of the decision's earlier sections (II.1 after I.5 is line 6).
   */
  private lineNumber(stt: number | null, decisionId: number): number | null {
    if (stt === null || this.sectionNo === 0) return stt;
    let s = this.sectionLines.get(decisionId);
    if (!s) this.sectionLines.set(decisionId, (s = { max: 0, section: this.sectionNo, base: 0, stt: 0 }));
    else if (s.section !== this.sectionNo) {
      // A section that numbers from 1 again follows the lines before it; one that goes on (B. after A.) keeps its numbers' offset.
      s.section = this.sectionNo;
      if (stt <= s.stt) s.base = s.max;
    }
    s.stt = stt;
    const line = s.base + stt;
    if (line > s.max) s.max = line;
    return line;
  }

  // ----------------------------------------------------------------------------------- evidence

  private pendingEvidence: { row: SourceRow; recipient: RecipientRec; year: number; evidence: RowEvidence }[] = [];

  /** Member counts are a collective's: checked before the line is written, so the row is reported with its column. */
  private evidenceIssues(v: ValidRow, recipient: RecipientRec, issue: (k: string, m: string) => void): void {
    const e = v.evidence;
    if (e && e.member_count !== null && recipient.kind !== 'collective') {
      issue('member_count', IMPORT_CELL.memberCountNotCollective(recipient.name, KIND_LABELS[recipient.kind as RecipientKind], recipient.kind));
    }
  }

  /** Records the evidence columns of the rows written so far, through the same service as tdkt evidence (loaded only when a file has such columns). */
  private async writeEvidence(): Promise<void> {
    if (!this.pendingEvidence.length) return;
    const { recordEvidence } = await import('../evidence/service.js');
    const pending = this.pendingEvidence;
    this.pendingEvidence = [];
    for (const p of pending) {
      try {
        const out = await recordEvidence(this.trx, this.audit, p.recipient.id, { year: p.year, ...p.evidence }, this.now);
        for (const k of ['ratings', 'disciplines', 'initiatives', 'members'] as const) this.summary.evidence[k] += out[k];
      } catch (e) {
        if (!(e instanceof TdktError)) throw e;
        const detail = e.issues?.map((i) => (i.where ? `${i.where}: ${i.message}` : i.message)).join('; ');
        this.bad(p.row, [{ row: p.row.row, message: detail ? `${e.message}: ${detail}` : e.message }]);
      }
    }
  }

  // ------------------------------------------------------------------------------------- checks

  private present(ceremony: CeremonyRec, awardId: number): void {
    this.store.create('presentation', { ceremony_id: ceremony.id, award_id: awardId }, 'present');
    this.summary.presentations.created++;
  }

  private deferred: BetterSqlite3.Statement | undefined;
  private deferredCount = 0;

  /** Keeps a hand-over for the end of the file, in a temporary table (not in memory, not in the registry). */
  private defer(awardId: number, r: SourceRow, v: ValidRow): void {
    if (!this.deferred) {
      this.sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS import_deferred (award_id INTEGER, row INTEGER, cells TEXT, fields TEXT)');
      this.sqlite.exec('DELETE FROM temp.import_deferred');
      this.deferred = this.sqlite.prepare('INSERT INTO temp.import_deferred VALUES (?, ?, ?, ?)');
    }
    const fields = { ceremony: v.ceremony, ceremony_ref: v.ceremony_ref, ceremony_date: v.ceremony_date, ceremony_place: v.ceremony_place, ceremony_organiser: v.ceremony_organiser };
    this.deferred.run(awardId, r.row, JSON.stringify(r.cells), JSON.stringify(fields));
    this.deferredCount++;
  }

  /** The hand-overs whose organiser was not yet known when their row was read. */
  async presentDeferred(): Promise<void> {
    if (!this.deferredCount) return;
    // In pages: better-sqlite3 runs no other statement while one is being iterated.
    const page = this.sqlite.prepare('SELECT rowid AS id, award_id, row, cells, fields FROM temp.import_deferred WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as { id: number; award_id: number; row: number; cells: string; fields: string }[];
      if (rows.length === 0) break;
      last = rows[rows.length - 1].id;
      for (const d of rows) await this.presentOne(d);
    }
    await this.flushBad();
    this.sqlite.exec('DROP TABLE temp.import_deferred');
  }

  private async presentOne(d: { award_id: number; row: number; cells: string; fields: string }): Promise<void> {
    {
      const v = JSON.parse(d.fields) as ValidRow;
      const cells = JSON.parse(d.cells) as (string | null)[];
      const issues: Issues = [];
      const issue = (key: string, message: string) => issues.push({ row: d.row, column: key, header: this.map!.headers[key] ?? key, value: (v as unknown as Record<string, unknown>)[key] as string, message });
      const c = this.match.ceremony(v, issue);
      if (c === 'later') issue('ceremony_organiser', IMPORT_MATCH.organiserMissing(String(v.ceremony_organiser)));
      else if (c) this.present(c, d.award_id);
      if (issues.length) this.bad({ row: d.row, cells }, issues);
      if (this.pendingBad.length >= 512) await this.flushBad();
    }
  }

  private async flushBad(): Promise<void> {
    if (this.pendingBad.length && this.opts.onBadRows) await this.opts.onBadRows(this.pendingBad, this.header);
    this.pendingBad = [];
  }

  private bad(r: SourceRow, issues: Issues): void {
    this.badRows++;
    for (const i of issues) if (this.issues.length < this.maxIssues) this.issues.push(i);
    this.pendingBad.push({ row: r.row, cells: r.cells, issues });
  }
}
