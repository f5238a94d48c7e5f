/**
 * The texts of the prerequisite chains (src/core/law/chains.ts) and of their building blocks
 * (requirements.ts): what each requirement needs, the evidence that meets it, what is wrong or missing,
 * and how to supply it.
 */
import { msg } from '../index.js';

/** "in 2024" / "năm 2024"; "in 2023, 2024" / "các năm 2023, 2024". */
const inYearsVi = (span: string) => (/[,\u2013]/.test(span) ? `các năm ${span}` : `năm ${span}`);

export const REQ = {
  /** How a counted award is cited: "1201/QĐ-UBND of 15/12/2024, UBND quận Lê Chân". */
  cite: msg((symbol: string, date: string, body: string) => `${symbol} of ${date}, ${body}`, (symbol, date, body) => `${symbol} ngày ${date} của ${body}`),
  absence: msg(
    (year: string) => `the registry holds awards completely from ${year} (setting awards.complete-from)`,
    (year) => `sổ chỉ lưu đầy đủ khen thưởng từ năm ${year} (thiết lập awards.complete-from)`,
  ),
  history: msg((ref: string) => `See the history: tdkt history ${ref}`, (ref) => `Xem quá trình khen thưởng: tdkt history ${ref}`),
  /** `${what}: ${detail}`, e.g. "the LDTT standard: rated good in 2024". */
  labelled: msg((what: string, detail: string) => `${what}: ${detail}`, (what, detail) => `${what}: ${detail}`),

  // holdsTitle
  titleNeed: msg((code: string, year: string) => `${code} ${year}`, (code, year) => `${code} năm ${year}`),
  titleMet: msg((code: string, year: string, cited: string) => `${code} ${year} (${cited})`, (code, year, cited) => `${code} năm ${year} (${cited})`),
  titleNoRecord: msg((code: string, year: string, note: string) => `no record of ${code} for ${year}; ${note}`, (code, year, note) => `không có bản ghi ${code} năm ${year}; ${note}`),
  titleRecordHint: msg(
    (code: string, year: string) => `Record the ${code} decision for ${year} if there is one (tdkt decision add, tdkt award add).`,
    (code, year) => `Nếu có quyết định ${code} năm ${year}, hãy nhập vào sổ (tdkt decision add, tdkt award add).`,
  ),
  titleNone: msg((code: string, year: string) => `no ${code} for ${year}`, (code, year) => `không có ${code} năm ${year}`),
  titleLacksHint: msg(
    (code: string, year: string) => `Record the ${code} decision for ${year} if there is one; otherwise the line lacks its prerequisite.`,
    (code, year) => `Nếu có quyết định ${code} năm ${year}, hãy nhập vào sổ; nếu không, dòng này thiếu điều kiện tiên quyết.`,
  ),

  // consecutiveTitles
  eachNeed: msg((code: string, span: string) => `${code} in each of ${span}`, (code, span) => `${code} trong từng năm ${span}`),
  heldList: msg((code: string, years: string, cited: string) => `${code} ${years} (${cited})`, (code, years, cited) => `${code} ${inYearsVi(years)} (${cited})`),
  heldButNot: msg((code: string, held: string, absent: string) => `${code} in ${held} but not in ${absent}`, (code, held, absent) => `${code} ${inYearsVi(held)} nhưng không có ${inYearsVi(absent)}`),
  noneIn: msg((code: string, span: string) => `no ${code} in ${span}`, (code, span) => `không có ${code} ${inYearsVi(span)}`),
  needsConsecutive: msg((detail: string, n: string) => `${detail} (needs ${n} consecutive years)`, (detail, n) => `${detail} (cần ${n} năm liên tục)`),
  withNote: msg((detail: string, note: string) => `${detail}; ${note}`, (detail, note) => `${detail}; ${note}`),
  recordTitles: msg(
    (code: string, years: string) => `Record the ${code} decisions for ${years} if there are any.`,
    (code, years) => `Nếu có quyết định ${code} ${inYearsVi(years)}, hãy nhập vào sổ.`,
  ),

  // ratings
  ratedExcellentNeed: msg((year: string) => `rated excellent in ${year}`, (year) => `hoàn thành xuất sắc nhiệm vụ năm ${year}`),
  ratedMinNeed: msg((min: string, label: string, year: string) => `rated ${min} or better in ${year}`, (_min, label, year) => `xếp loại ${label} trở lên năm ${year}`),
  noRating: msg((year: string) => `no rating recorded for ${year}`, (year) => `chưa ghi xếp loại năm ${year}`),
  recordRating: msg(
    (ref: string, year: string) => `Record it: tdkt evidence rating set ${ref} --year ${year} --rating <rating>`,
    (ref, year) => `Ghi xếp loại: tdkt evidence rating set ${ref} --year ${year} --rating <xếp loại>`,
  ),
  rated: msg((rating: string, label: string, year: string) => `rated ${rating} in ${year}`, (_rating, label, year) => `xếp loại ${label} năm ${year}`),
  ratedLabelled: msg((rating: string, label: string, year: string) => `rated ${rating} (${label}) in ${year}`, (_rating, label, year) => `xếp loại ${label} năm ${year}`),
  needsExcellent: msg('excellent', 'hoàn thành xuất sắc nhiệm vụ'),
  needsMin: msg((min: string, label: string) => `${min} or better`, (_min, label) => `${label} trở lên`),
  ratedButNeeds: msg((rated: string, needs: string) => `${rated}; needs ${needs}`, (rated, needs) => `${rated}; cần ${needs}`),
  correctRating: msg(
    (ref: string, year: string) => `If the rating is recorded wrongly, correct it: tdkt evidence rating set ${ref} --year ${year} --rating <rating>`,
    (ref, year) => `Nếu xếp loại ghi sai, hãy sửa: tdkt evidence rating set ${ref} --year ${year} --rating <xếp loại>`,
  ),
  ratedExcellentEachNeed: msg((span: string) => `rated excellent in each of ${span}`, (span) => `hoàn thành xuất sắc nhiệm vụ trong từng năm ${span}`),
  ratedMinEachNeed: msg((min: string, label: string, span: string) => `rated ${min} or better in each of ${span}`, (_min, label, span) => `xếp loại ${label} trở lên trong từng năm ${span}`),
  needsEveryYear: msg((low: string, needs: string) => `${low}; needs ${needs} every year`, (low, needs) => `${low}; cần ${needs} tất cả các năm`),
  correctRatings: msg(
    (ref: string, year: string) => `If a rating is recorded wrongly, correct it: tdkt evidence rating set ${ref} --year ${year} --rating <rating>`,
    (ref, year) => `Nếu có xếp loại ghi sai, hãy sửa: tdkt evidence rating set ${ref} --year ${year} --rating <xếp loại>`,
  ),
  noRatings: msg((years: string) => `no rating recorded for ${years}`, (years) => `chưa ghi xếp loại ${inYearsVi(years)}`),
  recordRatings: msg(
    (ref: string, year: string) => `Record them: tdkt evidence rating set ${ref} --year ${year} --rating <rating>`,
    (ref, year) => `Ghi các xếp loại: tdkt evidence rating set ${ref} --year ${year} --rating <xếp loại>`,
  ),
  ratedExcellentSpan: msg((span: string) => `rated excellent ${span}`, (span) => `hoàn thành xuất sắc nhiệm vụ ${inYearsVi(span)}`),
  ratedMinSpan: msg((min: string, label: string, span: string) => `rated ${min} or better ${span}`, (_min, label, span) => `xếp loại ${label} trở lên ${inYearsVi(span)}`),

  // initiatives
  recognised: msg('recognised', 'được công nhận'),
  recognisedNationwide: msg('recognised nationwide', 'được công nhận trên phạm vi toàn quốc'),
  recognisedProvince: msg('recognised at province level or above', 'được công nhận cấp bộ, ban, ngành, tỉnh trở lên'),
  initiativesNeed: msg(
    (count: number, where: string, span: string) => `${count === 1 ? 'an initiative' : `${count} initiatives`} ${where} in ${span}`,
    (count, where, span) => `${count === 1 ? 'một sáng kiến' : `${count} sáng kiến`} ${where} ${inYearsVi(span)}`,
  ),
  /** An initiative with who recognised it: `initiative "…" (province, 2023, recognised by Hội đồng sáng kiến …)`. */
  initiative: msg(
    (title: string, level: string, label: string, year: string, by: string) => `initiative "${title}" (${level}, ${year}${by ? `, recognised by ${by}` : ''})`,
    (title, _level, label, year, by) => `sáng kiến "${title}" (${label}, năm ${year}${by ? `, do ${by} công nhận` : ''})`,
  ),
  onlyInitiatives: msg((n: number, where: string) => `only ${n} ${n === 1 ? 'initiative' : 'initiatives'} ${where}`, (n, where) => `chỉ có ${n} sáng kiến ${where}`),
  needsCount: msg((count: string) => ` (needs ${count})`, (count) => ` (cần ${count})`),
  noInitiative: msg((where: string) => `no initiative ${where}`, (where) => `không có sáng kiến nào ${where}`),
  lowerLevel: msg(
    (lower: string, level: string, label: string) => ` (${lower} recognised at a lower level; ${level} level, ${label}, is needed)`,
    (lower, _level, label) => ` (${lower} sáng kiến được công nhận ở cấp thấp hơn; cần ${label})`,
  ),
  initiativesFound: msg((found: string, span: string, extra: string) => `${found} in ${span}${extra}`, (found, span, extra) => `${found} ${inYearsVi(span)}${extra}`),
  recordInitiative: msg(
    (ref: string, year: string, level: string) => `If one was recognised, record it: tdkt evidence initiative add ${ref} --year ${year} --title "…" --level ${level}`,
    (ref, year, level) => `Nếu có sáng kiến được công nhận, hãy ghi: tdkt evidence initiative add ${ref} --year ${year} --title "…" --level ${level}`,
  ),

  // the interval from the previous award
  afterNeed: msg((code: string) => `years after the previous ${code}`, (code) => `các năm sau lần ${code} trước`),
  afterPrevious: msg(
    (code: string, period: string, symbol: string, to: string, next: string) =>
      `the previous ${code} (${period}, ${symbol}) already covers ${to}; the years counted must follow it (from ${next})`,
    (code, period, symbol, to, next) => `${code} lần trước (${period}, ${symbol}) đã tính đến năm ${to}; các năm xét phải tiếp sau đó (từ năm ${next})`,
  ),

  // discipline
  noDisciplineNeed: msg((span: string) => `no discipline in ${span}`, (span) => `không bị kỷ luật ${inYearsVi(span)}`),
  noDisciplineMet: msg((span: string) => `no discipline recorded in ${span}`, (span) => `không có kỷ luật nào được ghi ${inYearsVi(span)}`),
  disciplineRecords: msg(
    (ref: string) => `See the records: tdkt evidence discipline list --recipient ${ref}`,
    (ref) => `Xem hồ sơ kỷ luật: tdkt evidence discipline list --recipient ${ref}`,
  ),
  disciplined: msg((form: string, label: string, year: string) => `disciplined (${form}, ${label}) in ${year}`, (_form, label, year) => `bị kỷ luật ${label} năm ${year}`),

  // collectives
  membersNeed: msg((year: string) => `member count for ${year}`, (year) => `số thành viên năm ${year}`),
  members: msg((n: string, year: string) => `${n} members in ${year}`, (n, year) => `${n} thành viên năm ${year}`),
  noMembers: msg((year: string) => `no member count recorded for ${year}`, (year) => `chưa ghi số thành viên năm ${year}`),
  recordMembers: msg(
    (ref: string, year: string) => `Record it: tdkt evidence members set ${ref} --year ${year} --count <members> [--ldtt <n>]`,
    (ref, year) => `Ghi số thành viên: tdkt evidence members set ${ref} --year ${year} --count <số thành viên> [--ldtt <n>]`,
  ),
  moreThan: msg('more than', 'trên'),
  atLeast: msg('at least', 'ít nhất'),
  shareNeed: msg((than: string, pct: string, year: string) => `${than} ${pct}% of members LDTT in ${year}`, (than, pct, year) => `${than} ${pct}% thành viên đạt LDTT năm ${year}`),
  shareDeclared: msg(
    (n: string, total: string, year: string, pct: string) => `${n} of ${total} members LDTT in ${year} (${pct}, declared)`,
    (n, total, year, pct) => `${n}/${total} thành viên đạt LDTT năm ${year} (${pct}, theo kê khai)`,
  ),
  shareRegistry: msg(
    (n: string, total: string, year: string, pct: string) => `${n} of ${total} members LDTT in ${year} (${pct}, from the registry)`,
    (n, total, year, pct) => `${n}/${total} thành viên đạt LDTT năm ${year} (${pct}, theo sổ)`,
  ),
  shareNeeds: msg((detail: string, than: string, pct: string) => `${detail}; needs ${than} ${pct}%`, (detail, than, pct) => `${detail}; cần ${than} ${pct}%`),
  shareMissing: msg(
    (year: string, n: string, total: string, recorded: string, than: string, pct: string) =>
      `the registry holds LDTT ${year} for ${n} of ${total} members (${recorded} recorded); needs ${than} ${pct}%`,
    (year, n, total, recorded, than, pct) => `sổ có LDTT năm ${year} của ${n}/${total} thành viên (${recorded} thành viên có trong sổ); cần ${than} ${pct}%`,
  ),
  correctCount: msg(
    (ref: string, year: string, total: string, flag: string) => `If the count is wrong, correct it: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
    (ref, year, total, flag) => `Nếu số liệu sai, hãy sửa: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
  ),
  declareCount: msg(
    (ref: string, year: string, total: string, flag: string) => `Declare the count: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
    (ref, year, total, flag) => `Kê khai số liệu: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
  ),
  declareIt: msg(
    (ref: string, year: string, total: string, flag: string) => `Declare it: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
    (ref, year, total, flag) => `Kê khai: tdkt evidence members set ${ref} --year ${year} --count ${total} ${flag} <n>`,
  ),
  compareFigures: msg(
    (ref: string, year: string) => `Compare the registry's figures: tdkt evidence members list --unit ${ref} --year ${year}`,
    (ref, year) => `Đối chiếu số liệu trong sổ: tdkt evidence members list --unit ${ref} --year ${year}`,
  ),
  cstdcsMemberNeed: msg((year: string) => `a member with CSTDCS in ${year}`, (year) => `có thành viên đạt CSTDCS năm ${year}`),
  cstdcsMembers: msg((year: string, names: string) => `CSTDCS ${year}: ${names}`, (year, names) => `CSTDCS năm ${year}: ${names}`),
  cstdcsDeclared: msg((n: string, year: string) => `${n} members CSTDCS in ${year} (declared)`, (n, year) => `${n} thành viên đạt CSTDCS năm ${year} (theo kê khai)`),
  noCstdcsDeclared: msg((year: string) => `no member CSTDCS in ${year} (declared)`, (year) => `không có thành viên nào đạt CSTDCS năm ${year} (theo kê khai)`),
  noCstdcsInRegistry: msg(
    (year: string, recorded: string, total: string) => `no member holds CSTDCS ${year} in the registry (${recorded} of ${total} members recorded)`,
    (year, recorded, total) => `trong sổ không có thành viên nào đạt CSTDCS năm ${year} (có ${recorded}/${total} thành viên trong sổ)`,
  ),
  noCstdcs: msg((year: string) => `no member CSTDCS in ${year}`, (year) => `không có thành viên nào đạt CSTDCS năm ${year}`),
  completedNeed: msg((year: string) => `every member completed their duties in ${year}`, (year) => `tất cả thành viên hoàn thành nhiệm vụ năm ${year}`),
  ratedFailed: msg((names: string, year: string) => `${names} rated failed in ${year}`, (names, year) => `${names} xếp loại không hoàn thành nhiệm vụ năm ${year}`),
  completedDeclared: msg((n: string, total: string) => `${n} of ${total} members completed their duties (declared)`, (n, total) => `${n}/${total} thành viên hoàn thành nhiệm vụ (theo kê khai)`),
  completedDeclaredShort: msg(
    (n: string, total: string, year: string) => `${n} of ${total} members completed their duties in ${year} (declared); needs all`,
    (n, total, year) => `${n}/${total} thành viên hoàn thành nhiệm vụ năm ${year} (theo kê khai); cần tất cả`,
  ),
  completedRegistry: msg((n: string, total: string) => `${n} of ${total} members completed their duties (from the registry)`, (n, total) => `${n}/${total} thành viên hoàn thành nhiệm vụ (theo sổ)`),
  ratingsRecordedFor: msg((year: string, rated: string, total: string) => `ratings for ${year} recorded for ${rated} of ${total} members`, (year, rated, total) => `mới ghi xếp loại năm ${year} của ${rated}/${total} thành viên`),
  memberDisciplineNeed: msg((label: string, year: string) => `no member disciplined at ${label} or above in ${year}`, (label, year) => `không có thành viên bị kỷ luật từ ${label} trở lên năm ${year}`),
  memberDisciplineMet: msg(
    (label: string, year: string) => `no member disciplined at ${label} or above in ${year} (registry)`,
    (label, year) => `không có thành viên bị kỷ luật từ ${label} trở lên năm ${year} (theo sổ)`,
  ),
  memberDisciplined: msg((name: string, form: string, label: string, year: string) => `${name} disciplined (${form}, ${label}) in ${year}`, (name, _form, label, year) => `${name} bị kỷ luật ${label} năm ${year}`),
  memberDisciplineRecords: msg(
    (ref: string, year: string) => `See the records: tdkt evidence discipline list --unit ${ref} --year ${year}`,
    (ref, year) => `Xem hồ sơ kỷ luật: tdkt evidence discipline list --unit ${ref} --year ${year}`,
  ),

  // routes (chains.ts)
  /** "Art. 74.1.d, Law 06/2022/QH15 (2 consecutive CSTDCS)". */
  routeName: msg((article: string, label: string) => `${article} (${label})`, (article, label) => `${article} (${label})`),
  /** A finding of the route met or closest: "2 consecutive CSTDCS: CSTDCS in 2024 but not in 2023". */
  byRoute: msg((label: string, detail: string) => `${label}: ${detail}`, (label, detail) => `${label}: ${detail}`),

  // terms, awards before a window, titles among years (chains.ts)
  termsNeed: msg((code: string, ends: string) => `${code} for terms ending ${ends}`, (code, ends) => `${code} cho các đợt kết thúc năm ${ends}`),
  termHeld: msg((code: string, year: string, cited: string) => `${code} ${year} (${cited})`, (code, year, cited) => `${code} năm ${year} (${cited})`),
  termsButNot: msg((code: string, have: string, lack: string) => `${code} for ${have} but not for ${lack}`, (code, have, lack) => `${code} cho năm ${have} nhưng không có cho năm ${lack}`),
  noTerms: msg((code: string, ends: string) => `no ${code} for terms ending ${ends}`, (code, ends) => `không có ${code} cho đợt kết thúc năm ${ends}`),
  needsTwoTerms: msg((gap: string) => `${gap} (needs two consecutive terms)`, (gap) => `${gap} (cần hai đợt liên tục)`),
  beforeNeed: msg((code: string, year: string) => `${code} before ${year}`, (code, year) => `${code} trước năm ${year}`),
  awardMet: msg((code: string, when: string, cited: string) => `${code} ${when} (${cited})`, (code, when, cited) => `${code} ${when} (${cited})`),
  noneRecordedBefore: msg((code: string, year: string, note: string) => `no ${code} recorded before ${year}; ${note}`, (code, year, note) => `sổ không ghi ${code} nào trước năm ${year}; ${note}`),
  recordAward: msg((code: string) => `Record the ${code} decision if there is one.`, (code) => `Nếu có quyết định ${code}, hãy nhập vào sổ.`),
  fallsInside: msg(
    (code: string, when: string, from: string, to: string) => `${code} ${when} falls inside ${from}–${to}; the 5 years must follow it`,
    (code, when, from, to) => `${code} ${when} nằm trong giai đoạn ${from}–${to}; 5 năm xét phải tiếp sau đó`,
  ),
  noneEndingBefore: msg((code: string, year: string) => `no ${code} ending before ${year}`, (code, year) => `không có ${code} kết thúc trước năm ${year}`),
  amongNeed: msg((count: string, code: string, span: string) => `${count}× ${code} in ${span}`, (count, code, span) => `${count} lần ${code} trong giai đoạn ${span}`),
  amongMet: msg((code: string, years: string) => `${code} ${years}`, (code, years) => `${code} ${inYearsVi(years)}`),
  onlyIn: msg((code: string, years: string) => `${code} only in ${years}`, (code, years) => `${code} chỉ có ${inYearsVi(years)}`),
  noCode: msg((code: string) => `no ${code}`, (code) => `không có ${code}`),
  amongGap: msg((held: string, span: string, count: string) => `${held} in ${span} (needs ${count})`, (held, span, count) => `${held} trong giai đoạn ${span} (cần ${count})`),
  recordAwardsHistory: msg(
    (code: string, ref: string) => `Record the ${code} decisions if there are any; see tdkt history ${ref}`,
    (code, ref) => `Nếu có quyết định ${code}, hãy nhập vào sổ; xem tdkt history ${ref}`,
  ),
};

/** The chains: what each checks and reads (the rules table), and the names of their alternatives. */
export const CHAIN = {
  ldtt: {
    describe: msg('LDTT needs a rating of good (hoàn thành tốt nhiệm vụ) or better for the year', 'LDTT cần xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm'),
    evidence: msg("the person's rating for the year", 'xếp loại của cá nhân trong năm'),
  },
  cstdcs: {
    describe: msg(
      'CSTDCS needs the LDTT standard for the year (an LDTT title, or a rating of good or better) and an excellent rating or a recognised initiative (Law 2003: an initiative)',
      'CSTDCS cần đạt tiêu chuẩn LDTT trong năm (có danh hiệu LDTT, hoặc xếp loại hoàn thành tốt nhiệm vụ trở lên) và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận (Luật 2003: có sáng kiến)',
    ),
    evidence: msg(
      "LDTT lines or the year's rating; the rating; initiatives with the level that recognised them",
      'các dòng LDTT hoặc xếp loại trong năm; xếp loại; sáng kiến và cấp công nhận',
    ),
    standard: msg('the LDTT standard', 'tiêu chuẩn LDTT'),
    standardIn: msg((year: string) => `the LDTT standard in ${year}`, (year) => `tiêu chuẩn LDTT năm ${year}`),
    excellentOrInitiative: msg((year: string) => `rated excellent or an initiative in ${year}`, (year) => `hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến năm ${year}`),
  },
  cstdbt: {
    describe: msg(
      'CSTDBT needs CSTDCS in 3 consecutive years and an initiative with province-wide effect in them',
      'CSTDBT cần 3 năm liên tục đạt CSTDCS và có sáng kiến có phạm vi ảnh hưởng cấp tỉnh trong thời gian đó',
    ),
    evidence: msg('CSTDCS lines of 3 years; initiatives with their level; the previous CSTDBT', 'các dòng CSTDCS của 3 năm; sáng kiến và cấp công nhận; lần CSTDBT trước'),
  },
  cstdtq: {
    describe: msg(
      'CSTDTQ needs CSTDBT for two consecutive terms (ending in the year and 3 years before) and a nationwide initiative',
      'CSTDTQ cần hai lần liên tục đạt CSTDBT (kết thúc trong năm xét và 3 năm trước đó) và có sáng kiến phạm vi toàn quốc',
    ),
    evidence: msg('CSTDBT lines; initiatives recognised nationwide; the previous CSTDTQ', 'các dòng CSTDBT; sáng kiến được công nhận toàn quốc; lần CSTDTQ trước'),
  },
  bkbt: {
    describe: msg(
      'BK_BT (individual), by point d: CSTDCS in 2 consecutive years, or 2 consecutive excellent years with 2 initiatives (points a–c: movement and sudden awards, and assessments the registry does not hold)',
      'BK_BT (cá nhân), theo điểm d: 2 năm liên tục đạt CSTDCS, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến (điểm a–c: khen thưởng theo phong trào, đột xuất và các đánh giá sổ không lưu)',
    ),
    routeCstdcs: msg('CSTDCS twice in a row', 'hai lần liên tục đạt CSTDCS'),
    routeInitiatives: msg('2 consecutive excellent years with 2 initiatives', '2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến'),
    evidence: msg('CSTDCS lines, or ratings and initiatives of 2 years; the previous BK_BT', 'các dòng CSTDCS, hoặc xếp loại và sáng kiến của 2 năm; lần BK_BT trước'),
  },
  bkttg: {
    describe: msg(
      'BK_TTG (individual), by point b: a BK_BT before 5 consecutive years rated good or better that include 3 CSTDCS; under Decree 91/2017 (Art. 38.1.c): a BK_BT before 5 consecutive excellent years with 5 initiatives',
      'BK_TTG (cá nhân), theo điểm b: đã có BK_BT, sau đó 5 năm liên tục xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó có 3 lần CSTDCS; theo Nghị định 91/2017 (điểm c khoản 1 Điều 38): đã có BK_BT, sau đó 5 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 5 sáng kiến',
    ),
    route: msg('a BK_BT, then 5 years rated good or better with 3 CSTDCS', 'đã có BK_BT, sau đó 5 năm hoàn thành tốt nhiệm vụ trở lên với 3 lần CSTDCS'),
    routeNd91: msg('a BK_BT, then 5 excellent years with 5 initiatives', 'đã có BK_BT, sau đó 5 năm hoàn thành xuất sắc nhiệm vụ với 5 sáng kiến'),
    evidence: msg('BK_BT lines; ratings of 5 years; CSTDCS lines, or initiatives (Decree 91/2017)', 'các dòng BK_BT; xếp loại của 5 năm; các dòng CSTDCS, hoặc sáng kiến (Nghị định 91/2017)'),
  },
  hcld3: {
    describe: msg(
      'HC_LD_3 (individual, the route of merit): a BK_TTG, then 5 consecutive years rated excellent with 2 initiatives recognised at province level or above',
      'HC_LD_3 (cá nhân, theo thành tích): đã có BK_TTG, sau đó 5 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến được công nhận cấp tỉnh trở lên',
    ),
    evidence: msg(
      'BK_TTG lines; ratings of 5 years; initiatives with the level that recognised them; the previous HC_LD_3',
      'các dòng BK_TTG; xếp loại của 5 năm; sáng kiến và cấp công nhận; lần HC_LD_3 trước',
    ),
  },
  ttldtt: {
    describe: msg(
      "TTLDTT needs the collective's own result (duties and plan completed well), ≥70% of members LDTT (Law 2003: more than 50%) and no member disciplined at cảnh cáo or above",
      'TTLDTT cần kết quả của chính tập thể (hoàn thành tốt nhiệm vụ và kế hoạch được giao), ít nhất 70% thành viên đạt LDTT (Luật 2003: trên 50%) và không có thành viên bị kỷ luật từ cảnh cáo trở lên',
    ),
    evidence: msg(
      "the collective's rating; its member count and LDTT count (declared or from the registry); members' discipline",
      'xếp loại của tập thể; số thành viên và số LDTT (kê khai hoặc theo sổ); kỷ luật của thành viên',
    ),
  },
  ttldxs: {
    describe: msg(
      'TTLDXS needs an excellent rating, every member completing duties, ≥70% LDTT and a member with CSTDCS (Law 2003: and no member disciplined at cảnh cáo or above)',
      'TTLDXS cần hoàn thành xuất sắc nhiệm vụ, tất cả thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt LDTT và có thành viên đạt CSTDCS (Luật 2003: và không có thành viên bị kỷ luật từ cảnh cáo trở lên)',
    ),
    evidence: msg(
      "the collective's rating; member count, completed and LDTT counts; members' CSTDCS and discipline",
      'xếp loại của tập thể; số thành viên, số hoàn thành nhiệm vụ và số LDTT; CSTDCS và kỷ luật của thành viên',
    ),
  },
  ctdbt: {
    describe: msg(
      'CTDBT (a collective) leads a cluster or block of the ministry or province for the year (Law 06/2022: Art. 26; Decree 91/2017: Art. 12; decisions before 01/10/2017 are not judged)',
      'CTDBT (tập thể) dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh trong năm (Luật 06/2022: Điều 26; Nghị định 91/2017: Điều 12; quyết định trước ngày 01/10/2017 không được xét)',
    ),
    evidence: msg("the collective's clusters and blocks for the year and their ranking (tdkt evidence cluster)", 'các cụm, khối thi đua của tập thể trong năm và kết quả xếp hạng (tdkt evidence cluster)'),
    route: msg('leading a cluster or block of the ministry or province', 'dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh'),
  },
  ctdcp: {
    describe: msg(
      'CTDCP (a collective): leads a cluster of a ministry or province and is rated excellent, or leads a cluster of the Central Council (Art. 25.1–25.2); under Decree 91/2017 (Art. 11.1–11.2): holds CTDBT for the year, or leads a cluster of the Central Council; under Law 15/2003 (Art. 25.1): rated excellent',
      'CTDCP (tập thể): dẫn đầu cụm thi đua của bộ, ngành, tỉnh và hoàn thành xuất sắc nhiệm vụ, hoặc dẫn đầu cụm do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức (khoản 1–2 Điều 25); theo Nghị định 91/2017 (khoản 1–2 Điều 11): có CTDBT trong năm, hoặc dẫn đầu cụm của Hội đồng Trung ương; theo Luật 15/2003 (khoản 1 Điều 25): hoàn thành xuất sắc nhiệm vụ',
    ),
    evidence: msg("the collective's clusters and their ranking; its rating; its CTDBT", 'các cụm thi đua của tập thể và kết quả xếp hạng; xếp loại; CTDBT'),
    routeProvince: msg('leading a cluster of a ministry or province, rated excellent', 'dẫn đầu cụm thi đua của bộ, ngành, tỉnh, hoàn thành xuất sắc nhiệm vụ'),
    routeCentral: msg('leading a cluster of the Central Emulation and Commendation Council', 'dẫn đầu cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức'),
    routeFlag: msg('leading among the holders of the ministry or province flag: holds CTDBT', 'dẫn đầu trong số các tập thể đạt Cờ thi đua cấp bộ, tỉnh: có CTDBT'),
    routeTargets: msg("exceeded the year's targets: rated excellent", 'hoàn thành vượt mức chỉ tiêu trong năm: hoàn thành xuất sắc nhiệm vụ'),
  },
};
