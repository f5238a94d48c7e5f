/**
 * The text of a decision on awards in the layout of Decree 30/2020/NĐ-CP (Appendix I and III): heading,
 * title, authority, grounds, articles, recipients, signature, and the annex grouped by kind of recipient
 * in annex order. A plain model: the Word writer lays it out, tests read it. Read-only.
 */
import type { Kysely } from 'kysely';
import { InvalidError } from '../errors.js';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { resolveDecision } from '../resolve.js';
import type { DB } from '../tables.js';
import { paperOf, type Paper } from './body-settings.js';
import { count2, dateWords, endWith, lowerFirst, placeDateLine, roman, upper, upperFirst } from './text.js';
import { PAPERWORK } from '../../i18n/messages/core-io-paperwork.js';

export interface AnnexLine {
  award_id: number;
  /** STT as printed: 1… inside its group. */
  no: number;
  line_no: number | null;
  name: string;
  kind: RecipientKind;
  position: string | null;
  unit: string | null;
  achievement: string | null;
}

export interface AnnexGroup {
  /** "I. TẬP THỂ" */
  heading: string;
  kind: RecipientKind;
  lines: AnnexLine[];
}

export interface Annex {
  /** "Phụ lục I" when the decision has several annexes, else null. */
  label: string | null;
  title: string[];
  /** "(Kèm theo Quyết định số … ngày … của …)" */
  attached: string;
  /** Whether the lines' achievements differ (then the table has an achievement column). */
  achievementColumn: boolean;
  groups: AnnexGroup[];
}

export interface DecisionDoc {
  ref: string;
  symbol: string;
  date: string;
  governing: string;
  issuer: string[];
  /** "Số: 05/QĐ-UBND" */
  numberLine: string;
  nationalTitle: string;
  motto: string;
  dateLine: string;
  /** "QUYẾT ĐỊNH" */
  type: string;
  /** "Về việc tặng Giấy khen …" */
  about: string;
  authority: string;
  grounds: string[];
  decides: string;
  articles: { label: string; text: string }[];
  recipientsLabel: string;
  recipients: string[];
  capacity: string[];
  signerName: string;
  annexes: Annex[];
  fontName: string;
  fontSize: number;
  /** What the print should tell the clerk (missing signer, …). */
  warnings: string[];
}

export interface PrintOptions {
  /** "Tờ trình số 12/TTr-NV ngày 05/01/2022": the proposal the decision answers. */
  proposal?: string;
}

interface LineRow {
  award_id: number;
  line_no: number | null;
  kind: string;
  name: string;
  position: string | null;
  unit_name: string | null;
  recipient_unit: string | null;
  achievement: string | null;
  type_code: string;
  type_name: string;
  family: string;
}

/** "Đã có thành tích …": an achievement that reads on after the article's list. */
const STARTS_WITH_DA = new RegExp('^đã\\s', 'iu');
const KIND_ORDER: RecipientKind[] = ['collective', 'individual', 'household'];
const KIND_HEADINGS: Record<RecipientKind, string> = { collective: 'TẬP THỂ', individual: 'CÁ NHÂN', household: 'HỘ GIA ĐÌNH' };

/** "Tặng" for forms of commendation, "Công nhận danh hiệu" for titles. */
function verbOf(family: string, typeName: string): string {
  return family === 'title' ? `công nhận danh hiệu "${typeName}"` : `tặng ${typeName}`;
}

/** "06 tập thể, 12 cá nhân và 01 hộ gia đình" */
function countsText(lines: { kind: string }[]): string {
  const parts = KIND_ORDER.map((k) => [k, lines.filter((l) => l.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${count2(n)} ${KIND_LABELS[k]}`);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

function kindsWord(lines: { kind: string }[]): string {
  return KIND_ORDER.filter((k) => lines.some((l) => l.kind === k))
    .map((k) => upper(KIND_LABELS[k]))
    .join(', ');
}

export async function decisionDoc(db: Kysely<DB>, query: string, opts: PrintOptions = {}): Promise<DecisionDoc> {
  const match = await resolveDecision(db, query);
  const d = await db
    .selectFrom('decision as d')
    .select(['d.id', 'd.ref', 'd.symbol', 'd.date', 'd.body_id', 'd.signer_name', 'd.signer_capacity', 'd.summary'])
    .where('d.id', '=', match.id)
    .executeTakeFirstOrThrow();
  const rows: LineRow[] = await db
    .selectFrom('award as a')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .select([
      'a.id as award_id',
      'a.line_no',
      'r.kind',
      'r.name',
      'a.position',
      'a.unit_name',
      'u.name as recipient_unit',
      'a.achievement',
      't.code as type_code',
      't.name_vi as type_name',
      't.family',
    ])
    .where('a.decision_id', '=', d.id)
    .orderBy('t.precedence')
    .orderBy('t.id')
    .orderBy((eb) => eb(eb.ref('a.line_no'), 'is', null))
    .orderBy('a.line_no')
    .orderBy('a.id')
    .execute();
  if (rows.length === 0) {
    throw new InvalidError(PAPERWORK.noLines(d.symbol), { hint: PAPERWORK.noLinesHint(d.ref) });
  }
  const paper = await paperOf(db, d.body_id, d.date);
  return buildDoc(d, rows, paper, opts);
}

function buildDoc(
  d: { ref: string; symbol: string; date: string; signer_name: string | null; signer_capacity: string | null; summary: string | null },
  rows: LineRow[],
  paper: Paper,
  opts: PrintOptions,
): DecisionDoc {
  const warnings: string[] = [];
  const types = [...new Map(rows.map((r) => [r.type_code, { code: r.type_code, name: r.type_name, family: r.family }])).values()];
  const attached = `(Kèm theo Quyết định số ${d.symbol} ${dateWords(d.date)} của ${paper.issuedBy})`;

  const first = types[0];
  const summary = d.summary?.trim() || `${upperFirst(verbOf(first.family, first.name))} cho các ${kindsWord(rows).toLocaleLowerCase('vi')}`;
  const about = `Về việc ${lowerFirst(summary.replace(/\.$/, ''))}`;

  const article1 = types.map((t) => {
    const lines = rows.filter((r) => r.type_code === t.code);
    const achievements = new Set(lines.map((l) => l.achievement?.trim() ?? ''));
    const common = achievements.size === 1 ? [...achievements][0] : '';
    const annexRef = types.length > 1 ? `(có danh sách tại Phụ lục ${roman(types.indexOf(t) + 1)} kèm theo)` : '(có danh sách kèm theo)';
    // "Đã có thành tích …" reads on after the list; other texts are the annex's column.
    const tail = STARTS_WITH_DA.test(common) ? ` ${lowerFirst(common).replace(/[.;]\s*$/, '')}` : '';
    return `${upperFirst(verbOf(t.family, t.name))} cho ${countsText(lines)} ${annexRef}${tail}`;
  });
  const bodyArticles = paper.articles;
  const allArticles = [article1.map((a) => endWith(a, '.')).join(' '), ...bodyArticles];
  const articles = allArticles.map((text, i) => ({
    label: `Điều ${i + 1}.`,
    text: endWith(text, i === allArticles.length - 1 ? './.' : '.'),
  }));

  const proposal = opts.proposal?.trim();
  const grounds = [...paper.grounds, `Theo đề nghị của ${paper.proposer}${proposal ? ` tại ${proposal}` : ''}.`].map((g, i, all) =>
    endWith(g, i === all.length - 1 ? '.' : ';'),
  );

  const recipients = [
    ...paper.recipients.map((r) => `- ${endWith(r.replace(/\{last\}/g, String(articles.length)).replace(/^-\s*/, ''), ';')}`),
    `- Lưu: ${endWith(paper.archive, '.')}`,
  ];

  const capacityText = d.signer_capacity?.trim() || paper.signerCapacity;
  if (!capacityText) warnings.push(PAPERWORK.noCapacity(d.symbol, d.ref));
  const signerName = d.signer_name?.trim() || paper.signerName;
  if (!signerName) warnings.push(PAPERWORK.noSignerName(d.symbol, d.ref));

  const annexes: Annex[] = types.map((t, i) => {
    const lines = rows.filter((r) => r.type_code === t.code);
    const achievements = new Set(lines.map((l) => l.achievement?.trim() ?? ''));
    const groups: AnnexGroup[] = [];
    for (const kind of KIND_ORDER) {
      const of = lines.filter((l) => l.kind === kind);
      if (!of.length) continue;
      groups.push({
        heading: `${roman(groups.length + 1)}. ${KIND_HEADINGS[kind]}`,
        kind,
        lines: of.map((l, n) => ({
          award_id: l.award_id,
          no: n + 1,
          line_no: l.line_no,
          name: l.name,
          kind,
          position: l.position,
          unit: l.unit_name ?? l.recipient_unit,
          achievement: l.achievement,
        })),
      });
    }
    return {
      label: types.length > 1 ? `Phụ lục ${roman(i + 1)}` : null,
      title: ['DANH SÁCH', `${kindsWord(lines)} ĐƯỢC ${upper(verbOf(t.family, t.name))}`],
      attached,
      achievementColumn: achievements.size > 1 || !STARTS_WITH_DA.test([...achievements][0] ?? ''),
      groups,
    };
  });

  return {
    ref: d.ref,
    symbol: d.symbol,
    date: d.date,
    governing: paper.governing,
    issuer: paper.issuer,
    numberLine: `Số: ${d.symbol}`,
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: placeDateLine(paper.place, d.date),
    type: 'QUYẾT ĐỊNH',
    about,
    authority: paper.authority,
    grounds,
    decides: 'QUYẾT ĐỊNH:',
    articles,
    recipientsLabel: 'Nơi nhận:',
    recipients,
    capacity: capacityText ? capacityText.split(/\s*\/\s*/).map((s) => upper(s)) : [],
    signerName,
    annexes,
    fontName: paper.fontName,
    fontSize: paper.fontSize,
    warnings,
  };
}
