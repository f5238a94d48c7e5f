/**
 * The law's texts: citations, the rules a line and a decision meet on their own, one achievement – one
 * award, the quota and discipline rules, the rules table. (Requirements and chains: law-chains.ts; the
 * nomination list: law-eligible.ts.)
 */
import { msg } from '../index.js';

/** How an article is cited: "Art. 74.1.a, Law 06/2022/QH15" / "Điểm a khoản 1 Điều 74 Luật Thi đua, khen thưởng 06/2022/QH15". */
export const CITE = {
  law2003: msg('Law 15/2003/QH11', 'Luật Thi đua, khen thưởng 15/2003/QH11'),
  law2022: msg('Law 06/2022/QH15', 'Luật Thi đua, khen thưởng 06/2022/QH15'),
  decree: msg((n: string) => `Decree ${n}`, (n) => `Nghị định ${n}`),
  /** One citation: article (with clause and point), the act, a note; any part may be empty. */
  ref: msg(
    (art: string, clause: string, point: string, act: string, note: string) => {
      const a = art ? `Art. ${art}${clause ? `.${clause}` : ''}${clause && point ? `.${point}` : ''}` : '';
      return [a, act].filter(Boolean).join(', ') + (note ? ` (${note})` : '');
    },
    (art, clause, point, act, note) => {
      const a = art ? `${clause && point ? `Điểm ${point} khoản ${clause} ` : clause ? `Khoản ${clause} ` : ''}Điều ${art}` : '';
      return [a, act].filter(Boolean).join(' ') + (note ? ` (${note})` : '');
    },
  ),
  /** A citation the catalogue holds as text it cannot read (e.g. "NĐ 86/2023"), with its act. */
  raw: msg((text: string, act: string) => [text, act].filter(Boolean).join(', '), (text, act) => [text, act].filter(Boolean).join(', ')),
  fallsUnder2003: msg('the decision falls under Law 15/2003/QH11', 'quyết định thuộc thời kỳ Luật Thi đua, khen thưởng 15/2003/QH11'),
  oneAchievement: msg('one achievement, one award', 'một thành tích chỉ khen thưởng một lần'),
  documentNumber: msg('number and symbol of a document', 'số, ký hiệu của văn bản'),
  cstdcsCap: msg('CSTDCS at most 15% of LDTT', 'CSTDCS không quá 15% số LDTT'),
  setting: msg((key: string) => `setting ${key}`, (key) => `thiết lập ${key}`),
  typeArticleFallback: msg('Art. 19–28, 73–75', 'Điều 19–28, 73–75'),
};

/** Words shared by the rules' texts. */
export const LAW = {
  or: msg('or', 'hoặc'),
  and: msg('and', 'và'),
  /** Alternatives not met, one after the other. */
  andAlso: msg(', and ', '; và '),
  /** A recipient kind as a message names it: "individual (cá nhân)" / "cá nhân". */
  kindName: msg((code: string, label: string) => `${code} (${label})`, (_code, label) => label),
  /** "an individual" / "cá nhân". */
  aKind: msg((article: string, code: string, _label: string) => `${article} ${code}`, (_a, _c, label) => label),
  regimeAll: msg('all', 'tất cả'),
  regimeEachOwn: msg('all (each decision by its own law)', 'tất cả (mỗi quyết định theo luật ở thời điểm ký)'),
  regimeFrom2024: msg((acts: string, date: string) => `${acts} (decisions from ${date})`, (acts, date) => `${acts} (quyết định từ ngày ${date})`),
  regimeBefore2024: msg((law: string) => `${law} (decisions before 2024)`, (law) => `${law} (quyết định trước năm 2024)`),
  recordAward: msg((id: string, symbol: string) => `(award #${id}, decision ${symbol})`, (id, symbol) => `(dòng khen thưởng #${id}, quyết định ${symbol})`),
};

/** The dated levels of the catalogue (levels.ts). */
export const LEVELS_MSG = {
  notALevel: msg((name: string, levels: string) => `"${name}" is not a level: use ${levels}`, (name, levels) => `"${name}" không phải là cấp: dùng ${levels}`),
  badPeriod: msg(
    (raw: string) => `"${raw}": write a period as level@FROM..TO with ISO dates, either end open, e.g. district@..2025-06-30 or commune@2025-07-01..`,
    (raw) => `"${raw}": ghi thời hạn theo dạng cấp@TỪ..ĐẾN với ngày ISO, có thể bỏ trống một đầu, ví dụ district@..2025-06-30 hoặc commune@2025-07-01..`,
  ),
  endsBeforeStart: msg((raw: string) => `"${raw}": the period ends before it starts`, (raw) => `"${raw}": thời hạn kết thúc trước khi bắt đầu`),
  atLeastOne: msg((levels: string) => `name at least one level: use ${levels}`, (levels) => `cần nêu ít nhất một cấp: dùng ${levels}`),
  fromTo: msg((level: string, from: string, to: string) => `${level} from ${from} to ${to}`, (level, from, to) => `${level} từ ${from} đến ${to}`),
  from: msg((level: string, from: string) => `${level} from ${from}`, (level, from) => `${level} từ ${from}`),
  until: msg((level: string, to: string) => `${level} until ${to}`, (level, to) => `${level} đến hết ${to}`),
};

/** The rules every line meets on its own (line.ts). */
export const LINE = {
  recipientKind: {
    describe: msg(
      "the award type may go to the recipient's kind (collective, individual, household)",
      'hình thức khen thưởng được tặng cho loại đối tượng của dòng (tập thể, cá nhân, hộ gia đình)',
    ),
    article: msg((arts: string) => `the award type's article (${arts})`, (arts) => `điều khoản của hình thức khen thưởng (${arts})`),
    hint: msg(
      'Check the recipient and the award type of the line; if the line was recorded in error it should be voided.',
      'Kiểm tra đối tượng và hình thức khen thưởng của dòng; nếu dòng bị nhập nhầm thì hủy dòng đó.',
    ),
    message: msg(
      (code: string, name: string, allowed: string, recipient: string, kind: string) => `${code} (${name}) goes to ${allowed} only; ${recipient} is ${kind}`,
      (code, name, allowed, recipient, kind) => `${code} (${name}) chỉ tặng cho ${allowed}; ${recipient} là ${kind}`,
    ),
  },
  conferringLevel: {
    describe: msg(
      "the signing body's level may confer the award type on the decision's date (the catalogue's dated levels)",
      'cấp của cơ quan ký có thẩm quyền tặng hình thức khen thưởng vào ngày ký quyết định (các cấp có thời hạn trong danh mục)',
    ),
    hint: msg(
      "Check the decision's signing body, or the levels of the award type (tdkt award-type show).",
      'Kiểm tra cơ quan ký quyết định, hoặc các cấp của hình thức khen thưởng (tdkt award-type show).',
    ),
    mayNot: msg(
      (body: string, level: string, code: string, date: string) => `${body} (level ${level}) may not confer ${code}${date ? ` on ${date}` : ''}`,
      (body, level, code, date) => `${body} (cấp ${level}) không có thẩm quyền tặng ${code}${date ? ` vào ngày ${date}` : ''}`,
    ),
    conferredAt: msg((levels: string) => `it is conferred at level ${levels}`, (levels) => `hình thức này do cấp ${levels} tặng`),
    noLevel: msg('no level confers it on that date', 'vào ngày đó không cấp nào có thẩm quyền tặng'),
  },
  signingLevel: {
    describe: msg(
      'no district body signs after 30/06/2025: the two-tier local government gave its powers to the commune',
      'sau ngày 30/06/2025 không cơ quan cấp huyện nào ký quyết định: chính quyền địa phương hai cấp đã chuyển thẩm quyền đó cho cấp xã',
    ),
    hint: msg(
      "Record the decision under the body that signed it: since 01/07/2025 the commune's chairman (UBND xã/phường) confers what the district did; the province's departments confer in their own right (level department).",
      'Ghi quyết định theo đúng cơ quan đã ký: từ ngày 01/07/2025 Chủ tịch UBND cấp xã (xã/phường) khen thưởng thay cho cấp huyện; các sở của tỉnh khen thưởng theo thẩm quyền riêng (cấp department).',
    ),
    line: msg(
      (body: string, symbol: string, date: string, abolished: string) =>
        `${body} is a district body, and decision ${symbol} is dated ${date}: the district level was abolished on ${abolished}; since then the commune chairman confers what the district chairman did`,
      (body, symbol, date, abolished) =>
        `${body} là cơ quan cấp huyện, và quyết định ${symbol} ký ngày ${date}: cấp huyện chấm dứt hoạt động từ ngày ${abolished}; từ đó Chủ tịch UBND cấp xã khen thưởng thay cho Chủ tịch UBND cấp huyện`,
    ),
  },
  achievementPeriod: {
    describe: msg(
      "the achievement period ends no later than the decision's year; an annual title covers one year",
      'thời gian tính thành tích kết thúc không muộn hơn năm ký quyết định; danh hiệu hằng năm chỉ tính một năm',
    ),
    hint: msg("Correct the period of the line as printed in the decision's annex.", 'Sửa thời gian tính thành tích của dòng theo đúng phụ lục của quyết định.'),
    endsAfter: msg(
      (period: string, year: string) => `the achievement period ${period} ends after the decision's year ${year}`,
      (period, year) => `thời gian tính thành tích ${period} kết thúc sau năm ký quyết định (${year})`,
    ),
    oneYear: msg((code: string, year: string) => `${code} is an annual title: give one year, e.g. ${year}`, (code, year) => `${code} là danh hiệu hằng năm: ghi một năm, ví dụ ${year}`),
  },
  evidence: msg(
    'the line, its decision (date, signing body and level) and the award type (recipient kinds, dated levels)',
    'dòng khen thưởng, quyết định của dòng (ngày ký, cơ quan ký và cấp) và hình thức khen thưởng (loại đối tượng, các cấp có thời hạn)',
  ),
};

/** One achievement, one award (line.ts, rules/duplicates.ts). */
export const DUPLICATE = {
  oneAnnualTitle: {
    describe: msg(
      'an annual title is conferred at most once per recipient and year, whoever signs',
      'mỗi danh hiệu hằng năm chỉ tặng một lần cho một đối tượng trong một năm, dù cơ quan nào ký',
    ),
    hint: msg(
      'Keep one line: void the duplicate (its decision may repeat an earlier one), or correct the year.',
      'Giữ một dòng: hủy dòng trùng (quyết định của dòng đó có thể lặp lại một quyết định trước), hoặc sửa năm.',
    ),
    message: msg(
      (recipient: string, code: string, year: string, where: string) =>
        `${recipient} already holds ${code} for ${year} ${where}: an annual title is conferred at most once per recipient and year`,
      (recipient, code, year, where) => `${recipient} đã có ${code} năm ${year} ${where}: mỗi danh hiệu hằng năm chỉ tặng một lần cho một đối tượng trong một năm`,
    ),
  },
  oneAchievement: {
    describe: msg(
      'the same body does not give the same form again for an overlapping achievement period (regular merit)',
      'cùng một cơ quan không tặng lại cùng hình thức cho thời gian tính thành tích trùng nhau (khen thưởng công trạng)',
    ),
    hint: msg(
      'If it is a new achievement, correct the period; a sudden deed or a thematic movement is recorded with its kind (--kind sudden / movement).',
      'Nếu là thành tích mới, sửa thời gian tính thành tích; khen thưởng đột xuất hoặc theo chuyên đề được ghi với loại hình của nó (--kind sudden / movement).',
    ),
  },
  otherBody: {
    describe: msg(
      'the same form from another body for an overlapping period: look that it honours another achievement',
      'cùng hình thức do cơ quan khác tặng cho thời gian trùng nhau: xem lại để chắc chắn là khen một thành tích khác',
    ),
    hint: msg(
      (art: string) => `Check both decisions' achievement texts; if they honour the same achievement, the later one is open to revocation (${art}).`,
      (art) => `Đối chiếu nội dung thành tích của hai quyết định; nếu cùng một thành tích thì quyết định sau có thể bị hủy bỏ (${art}).`,
    ),
  },
  /** "Nguyễn Văn An already received GK for 2021 (row 2 of this file)" + overlap + whose. */
  received: msg(
    (recipient: string, code: string, period: string, where: string) => `${recipient} already received ${code} for ${period} ${where}`,
    (recipient, code, period, where) => `${recipient} đã được tặng ${code} cho ${period} ${where}`,
  ),
  overlaps: msg((period: string) => `, which overlaps ${period},`, (period) => `, trùng với ${period},`),
  sameBody: msg(' from the same body: one achievement, one award', ' của cùng cơ quan: một thành tích chỉ khen thưởng một lần'),
  anotherBody: msg(' from another body', ' của cơ quan khác'),
  evidence: msg(
    "the recipient's other active lines (type, period, kind, signing body)",
    'các dòng khen thưởng còn hiệu lực khác của đối tượng (hình thức, thời gian, loại hình, cơ quan ký)',
  ),
};

/** The rules a decision meets on its own (decision.ts). */
export const DECISION_LAW = {
  numberAbbr: msg(
    (symbol: string, body: string, abbr: string) => `Decision ${symbol} does not carry the abbreviation of ${body} (${abbr})`,
    (symbol, body, abbr) => `Số quyết định ${symbol} không mang chữ viết tắt của ${body} (${abbr})`,
  ),
  numberHint: msg(
    (number: string, abbr: string) => `Check the signing body, or write the number as ${number}/QĐ-${abbr}.`,
    (number, abbr) => `Kiểm tra cơ quan ký, hoặc ghi số là ${number}/QĐ-${abbr}.`,
  ),
  district: msg(
    (body: string, abolished: string) =>
      `${body} is a district body; the district level was abolished on ${abolished}, and since then the commune chairman confers what the district chairman did`,
    (body, abolished) => `${body} là cơ quan cấp huyện; cấp huyện chấm dứt hoạt động từ ngày ${abolished}, từ đó Chủ tịch UBND cấp xã khen thưởng thay cho Chủ tịch UBND cấp huyện`,
  ),
  afterCeremony: msg(
    (symbol: string, date: string, ceremony: string, ceremonyDate: string) =>
      `decision ${symbol} of ${date} is after the ceremony ${ceremony} (${ceremonyDate}): an award is handed over after it is decided`,
    (symbol, date, ceremony, ceremonyDate) => `quyết định ${symbol} ngày ${date} ký sau buổi lễ ${ceremony} (${ceremonyDate}): khen thưởng chỉ được trao tặng sau khi có quyết định`,
  ),
};

/** CSTDCS as a share of LDTT (rules/cstdcs-quota.ts). */
export const QUOTA = {
  describe: msg(
    "CSTDCS of a unit's members in a year stay within the cap as a share of their LDTT",
    'số CSTDCS của thành viên một đơn vị trong năm không vượt mức trần tính theo tỷ lệ trên số LDTT',
  ),
  evidence: msg(
    "the unit's members' CSTDCS lines; the unit's declared LDTT count (else missing evidence)",
    'các dòng CSTDCS của thành viên đơn vị; số LDTT đơn vị kê khai (nếu chưa có: thiếu minh chứng)',
  ),
  regimes: msg('Decree 91/2017: 15%; otherwise the setting (no cap when unset)', 'Nghị định 91/2017: 15%; các thời kỳ khác theo thiết lập (không giới hạn khi chưa đặt)'),
  noLdtt: msg('no LDTT', 'không có LDTT'),
  undeclared: msg(
    (n: string, year: string, ldtt: string, share: string, cap: string) =>
      `${n} CSTDCS for ${year} against the ${ldtt} LDTT the registry holds (${share}); the cap is ${cap}% of LDTT, and the unit's LDTT count for ${year} is not declared`,
    (n, year, ldtt, share, cap) => `${n} CSTDCS năm ${year} so với ${ldtt} LDTT có trong sổ (${share}); mức trần là ${cap}% số LDTT, và đơn vị chưa kê khai số LDTT năm ${year}`,
  ),
  declared: msg(
    (n: string, year: string, ldtt: string, share: string, cap: string) => `${n} CSTDCS for ${year} against ${ldtt} LDTT (${share}, declared); the cap is ${cap}% of LDTT`,
    (n, year, ldtt, share, cap) => `${n} CSTDCS năm ${year} so với ${ldtt} LDTT (${share}, theo kê khai); mức trần là ${cap}% số LDTT`,
  ),
  lines: msg((ids: string) => `CSTDCS lines: ${ids}`, (ids) => `Các dòng CSTDCS: ${ids}`),
  declare: msg(
    (ref: string, year: string) => `; if the registry lacks LDTT lines, declare the count: tdkt evidence members set ${ref} --year ${year} --count <members> --ldtt <n>`,
    (ref, year) => `; nếu sổ thiếu dòng LDTT, hãy kê khai số liệu: tdkt evidence members set ${ref} --year ${year} --count <số thành viên> --ldtt <n>`,
  ),
};

/** Awards to a recipient under discipline (rules/under-discipline.ts). */
export const DISCIPLINE_LAW = {
  describe: msg(
    'no award to a recipient disciplined in its achievement period (an error for emulation titles, a warning otherwise)',
    'không khen thưởng đối tượng bị kỷ luật trong thời gian tính thành tích (lỗi với danh hiệu thi đua, cảnh báo với hình thức khác)',
  ),
  evidence: msg("the recipient's discipline records (form, year, decision)", 'hồ sơ kỷ luật của đối tượng (hình thức, năm, quyết định)'),
  message: msg(
    (form: string, label: string, decision: string, year: string, period: string) =>
      `disciplined (${form}, ${label}${decision ? `, ${decision}` : ''}) in ${year}, within the achievement period ${period}`,
    (_form, label, decision, year, period) => `bị kỷ luật ${label}${decision ? ` (${decision})` : ''} năm ${year}, trong thời gian tính thành tích ${period}`,
  ),
  hintTitle: msg(
    "An emulation title needs a year free of discipline: correct the discipline's year if it is wrong; otherwise the award is open to revocation.",
    'Danh hiệu thi đua đòi hỏi năm không bị kỷ luật: nếu năm kỷ luật ghi sai thì sửa lại; nếu không, khen thưởng này có thể bị hủy bỏ.',
  ),
  hintForm: msg(
    'Check that the achievement outweighs the violation; a violation found later in the period is a ground for revocation.',
    'Xem xét thành tích có vượt trội so với vi phạm không; vi phạm trong thời gian tính thành tích phát hiện sau là căn cứ để hủy bỏ khen thưởng.',
  ),
};

/** `tdkt rules`: the rules table. */
export const RULES_TABLE = {
  title: msg('Rules of tdkt check', 'Các quy tắc của tdkt check'),
  rule: msg('Rule', 'Quy tắc'),
  describe: msg('What it checks', 'Nội dung kiểm tra'),
  article: msg('Article', 'Điều khoản'),
  regimes: msg('Regime', 'Thời kỳ áp dụng'),
  evidence: msg('Evidence it reads', 'Minh chứng cần có'),
  blocking: msg('Refuses a write', 'Từ chối ghi'),
  yes: msg('yes', 'có'),
  no: msg('no', 'không'),
};
