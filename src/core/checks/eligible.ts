/**
 * The clerk's nomination list: who meets the chain of an award type for an achievement year, with the
 * evidence that qualifies each, and the near misses with what they lack. Judged by the law in force on
 * the date of the decision being prepared. Read-only.
 */
import type { Kysely } from 'kysely';
import { regimeFor } from '../domain.js';
import { InvalidError } from '../errors.js';
import { resolveAwardType, resolveRecipient } from '../resolve.js';
import { compareVi } from '../text.js';
import type { DB } from '../tables.js';
import { CHAINS, chainFor, judgeChain, judgesRegime, routeName } from '../law/chains.js';
import { FactsProbe, FactsShared, FactsTooNarrow, loadFacts, recipientsAsked, type Facts, type RecipientFact } from './facts.js';
import { loadSettings } from '../settings/settings.js';
import { lawOf, lawTitle } from '../law/finding.js';
import { cite } from '../law/cite.js';
import { chainArticle } from '../law/chains.js';
import { regimesText } from '../law/rules/chain-rule.js';
import { humanDate } from '../../i18n/index.js';
import { ELIGIBLE } from '../../i18n/messages/law-eligible.js';
import { noDiscipline, type Requirement } from '../law/requirements.js';
import { cstdcsPlacesLeft } from '../law/rules/cstdcs-quota.js';

/**
 * eligible: every requirement met; missing-evidence: nothing unmet, some evidence not recorded;
 * near-miss: exactly one requirement unmet while another of the chain is met; not-eligible: the rest;
 * awarded: already holds it (as regular merit) for the year.
 */
export const ELIGIBILITY = ['eligible', 'missing-evidence', 'near-miss', 'not-eligible', 'awarded'] as const;
export type Eligibility = (typeof ELIGIBILITY)[number];

export interface EligibleRow {
  status: Eligibility;
  recipient: string;
  recipient_name: string;
  unit: string | null;
  unit_name: string | null;
  award_type: string;
  year: number;
  /** The article the row is judged by, with its law, and the regime of the decision being prepared. */
  article: string;
  regime: string;
  /**
   * The routes by which the requirements with alternatives were met (empty: the chain has one route, or
   * the row does not meet it): the article's route ("Art. 74.1.d, Law 06/2022/QH15 (CSTDCS twice in a
   * row)") and within it the alternative ("the LDTT standard in 2024: rated good or better in 2024").
   */
  route: string[];
  /** Of a chain with routes, not met: the route closest to being met (else null). */
  closest_route: string | null;
  /** A near miss: the single requirement it lacks (else null). */
  lacks: string | null;
  /** CSTDCS: the places the unit has left under the quota for the year (null: no cap, or no declared LDTT count). */
  quota_left: number | null;
  /** The evidence that meets each requirement met. */
  qualifies: string[];
  /** What is unmet or not recorded. */
  missing: string[];
}

export interface EligibleOptions {
  year: number;
  /** Date of the decision being prepared (ISO); picks the law. */
  date: string;
  /** Members of this collective (and the collective itself, for collective titles). */
  unit?: string;
  /** Also the candidates that are not eligible, and those already awarded. */
  all?: boolean;
}

export interface EligibleList {
  award_type: string;
  year: number;
  regime: string;
  article: string;
  /** The chain has alternative routes: each row names the route met or the closest one. */
  routes: boolean;
  rows: EligibleRow[];
}

/** Candidates judged together (their facts loaded in one go). */
const GROUP = 500;

export async function eligibleFor(db: Kysely<DB>, awardType: string, opts: EligibleOptions): Promise<EligibleList> {
  const type = await resolveAwardType(db, awardType);
  const chain = chainFor(type.code);
  // Art. 75.2, Law 06/2022/QH15: "Bộ, ban, ngành, tỉnh, trong phạm vi nhiệm vụ, quyền hạn của mình, quy
  // định chi tiết, hướng dẫn cụ thể tiêu chuẩn xét tặng giấy khen đối với cá nhân, tập thể, hộ gia đình
  // thuộc thẩm quyền quản lý" — the law sets no criteria of its own that tdkt could judge.
  if (!chain && type.code === 'GK') {
    throw new InvalidError(ELIGIBLE.delegated(type.code, cite({ art: '75', clause: 2, act: 'law2022' })), { hint: ELIGIBLE.delegatedHint() });
  }
  if (!chain) {
    throw new InvalidError(ELIGIBLE.noChain(type.code), { hint: ELIGIBLE.knows(CHAINS.map((c) => c.code).join(', ')) });
  }
  const regime = regimeFor(opts.date);
  const law = lawOf(regime.code);
  if (!judgesRegime(chain, regime.code)) {
    throw new InvalidError(ELIGIBLE.wrongLaw(type.code, regimesText(chain), humanDate(opts.date), lawTitle(law)), { hint: ELIGIBLE.giveDate() });
  }
  const unit = opts.unit ? await resolveRecipient(db, opts.unit, 'collective') : undefined;
  const rows: EligibleRow[] = [];
  // The quota places of a unit are the same for each of its members: counted once per unit.
  const placesLeft = new Map<number, number | null>();
  const judge = (facts: Facts, r: RecipientFact): EligibleRow | undefined => {
    const quotaOf = (unitId: number) => {
      if (!placesLeft.has(unitId)) placesLeft.set(unitId, cstdcsPlacesLeft(facts, unitId, opts.year, regime.code === 'law2003-nd91'));
      return placesLeft.get(unitId)!;
    };
    const subject = { facts, r };
    const verdict = judgeChain(chain, subject, opts.year, regime.code);
    const chainReqs = verdict.requirements;
    const reqs: Requirement[] = chain.recipientKind === 'individual' ? [...chainReqs, noDiscipline(subject, chain.window(opts.year))] : chainReqs;
    // A clean record alone does not make a near miss: only the chain's own requirements count as progress.
    const progress = chainReqs.some((q) => q.status === 'met');
    const met = reqs.filter((q) => q.status === 'met');
    const unmet = reqs.filter((q) => q.status === 'unmet');
    const missing = reqs.filter((q) => q.status === 'missing');
    let status: Eligibility;
    if (facts.titleFor(r.id, chain.code, opts.year)) status = 'awarded';
    else if (!unmet.length && !missing.length) status = 'eligible';
    else if (!unmet.length) status = 'missing-evidence';
    else if (unmet.length === 1 && progress) status = 'near-miss';
    else status = 'not-eligible';
    if (!opts.all && (status === 'not-eligible' || status === 'awarded')) return undefined;
    const u = r.unit_id !== null ? facts.recipients.get(r.unit_id) : undefined;
    return {
      status,
      recipient: r.ref,
      recipient_name: r.name,
      unit: u?.ref ?? null,
      unit_name: u?.name ?? null,
      award_type: chain.code,
      year: opts.year,
      article: verdict.article,
      regime: regime.code,
      route: [...(verdict.route?.met ? [routeName(verdict.route)] : []), ...met.filter((q) => q.route).map((q) => ELIGIBLE.route(q.need, q.route!))],
      closest_route: verdict.route && !verdict.route.met ? routeName(verdict.route) : null,
      lacks: status === 'near-miss' ? unmet[0].detail : null,
      quota_left: chain.code === 'CSTDCS' && r.unit_id !== null && facts.recipients.has(r.unit_id) ? quotaOf(r.unit_id) : null,
      qualifies: met.map((q) => q.detail),
      missing: [...unmet, ...missing].map((q) => q.detail),
    };
  };
  // Judged first for a recipient of whom nothing is recorded: when that one is not listed, only those
  // holding a fact the chain asked about can be (FactsProbe); the others are never loaded.
  const probe = new FactsProbe(await loadSettings(db));
  const nobody = judge(probe, { id: -1, ref: '', name: '', kind: chain.recipientKind, unit_id: null });
  const asked = nobody ? undefined : await recipientsAsked(db, probe.asked, chain.recipientKind, unit?.id);
  const ids =
    asked ??
    (
      await db
        .selectFrom('recipient')
        .select('id')
        .where('kind', '=', chain.recipientKind)
        .$if(unit !== undefined, (q) => q.where((eb) => eb.or([eb('unit_id', '=', unit!.id), eb('id', '=', unit!.id)])))
        .orderBy('id')
        .execute()
    ).map((r) => r.id);
  // A group of candidates at a time, with their units (and the units' members when the chain or the
  // quota counts them): memory stays bounded on a registry of any size.
  // Only the lines of the types the chain asked about are loaded; should a candidate's answer ask
  // about another (FactsTooNarrow), its group is loaded whole and judged again.
  const members = probe.asked.members || chain.code === 'CSTDCS' || chain.recipientKind === 'collective';
  const types = probe.asked.everyLine ? undefined : [...probe.asked.titles.keys()];
  const shared = new FactsShared();
  for (let i = 0; i < ids.length; i += GROUP) {
    const group = ids.slice(i, i + GROUP);
    const judged = async (narrow: boolean) => {
      const facts = await loadFacts(db, { recipientIds: group, members, shared, types: narrow ? types : undefined });
      return group.map((id) => judge(facts, facts.recipients.get(id)!));
    };
    let found: (EligibleRow | undefined)[];
    try {
      found = await judged(types !== undefined);
    } catch (e) {
      if (!(e instanceof FactsTooNarrow)) throw e;
      found = await judged(false);
    }
    for (const row of found) if (row) rows.push(row);
  }
  rows.sort(
    (a, b) =>
      ELIGIBILITY.indexOf(a.status) - ELIGIBILITY.indexOf(b.status) ||
      compareVi(a.unit_name ?? '\uffff', b.unit_name ?? '\uffff') ||
      compareVi(a.recipient_name, b.recipient_name) ||
      (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0),
  );
  return { award_type: chain.code, year: opts.year, regime: regime.code, article: chainArticle(chain, regime.code), routes: Boolean(chain.routes), rows };
}
