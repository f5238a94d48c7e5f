/** Texts of tdkt evidence: ratings, discipline, initiatives, member counts, a recipient's record. */
import { humanNumber, msg } from '../index.js';

type Outcome = 'created' | 'updated' | 'unchanged';

const VERB_EN: Record<Outcome, string> = { created: 'Recorded', updated: 'Replaced', unchanged: 'Unchanged:' };

export const EVIDENCE_CMD = {
  ratingGroup: msg('performance ratings (xếp loại), one per recipient and year', 'xếp loại, mỗi đối tượng một kết quả mỗi năm'),
  disciplineGroup: msg('disciplinary measures (kỷ luật): khiển trách, cảnh cáo, …', 'kỷ luật: khiển trách, cảnh cáo, …'),
  initiativeGroup: msg(
    'recognised initiatives and science works (sáng kiến, đề tài) and the level that recognised them',
    'sáng kiến, đề tài khoa học đã được công nhận và cấp công nhận',
  ),
  membersGroup: msg(
    'what a collective declares about its members for a year, beside what the registry holds',
    'số liệu tập thể kê khai về thành viên của mình trong một năm, bên cạnh số liệu trong sổ',
  ),
  // the filter of the listings
  optRecipient: msg('of this recipient (reference or name)', 'của đối tượng này (mã hoặc tên)'),
  optUnitMembers: msg('of the members of this collective (and the collective itself)', 'của các thành viên của tập thể này (và của chính tập thể đó)'),
  // show
  showDescription: msg(
    "a recipient's record by year: rating, awards, initiatives, discipline (what the chains read)",
    'hồ sơ của một đối tượng theo từng năm: xếp loại, khen thưởng, sáng kiến, kỷ luật (căn cứ để xét các chuỗi điều kiện)',
  ),
  recordOf: msg((name: string, ref: string) => `Record of ${name} [${ref}]`, (name, ref) => `Hồ sơ của ${name} [${ref}]`),
  nothingRecorded: msg('Nothing recorded.', 'Chưa ghi gì.'),
  // rating
  ratingSetDescription: msg(
    'record the rating of a recipient for a year (replaces one recorded before)',
    'ghi xếp loại của một đối tượng trong một năm (thay kết quả đã ghi trước đó)',
  ),
  optYearRated: msg('the year rated', 'năm được xếp loại'),
  optRating: msg(
    (codes: string) => `${codes}, or the Vietnamese label (HTXSNV, HTTNV, …)`,
    (codes) => `${codes}, hoặc tên tiếng Việt (HTXSNV, HTTNV, …)`,
  ),
  optRatingNote: msg('free note, e.g. the rating decision', 'ghi chú, ví dụ quyết định xếp loại'),
  askYearRated: msg('Year rated', 'Năm được xếp loại'),
  askRating: msg('Rating', 'Xếp loại'),
  ratingDone: msg(
    (outcome: Outcome, name: string, year: number, rating: string, label: string) => `${VERB_EN[outcome]} rating of ${name} for ${year}: ${rating} (${label})`,
    (outcome, name, year, rating, label) =>
      `${{ created: 'Đã ghi xếp loại', updated: 'Đã thay xếp loại', unchanged: 'Không thay đổi: xếp loại' }[outcome]} của ${name} năm ${year}: ${label} (${rating})`,
  ),
  ratingListDescription: msg('list ratings by year and recipient', 'liệt kê xếp loại theo năm và đối tượng'),
  noRatings: msg('No ratings match.', 'Không có xếp loại nào phù hợp.'),
  // discipline
  disciplineAddDescription: msg('record a disciplinary measure against a recipient', 'ghi một hình thức kỷ luật đối với một đối tượng'),
  optForm: msg(
    (codes: string) => `${codes}, or the Vietnamese name (khiển trách, cảnh cáo, …)`,
    (codes) => `${codes}, hoặc tên tiếng Việt (khiển trách, cảnh cáo, …)`,
  ),
  optDisciplineYear: msg('the year it covers (default: the year of --date)', 'năm bị kỷ luật (mặc định: năm của --date)'),
  optDisciplineDate: msg('date of the disciplinary decision, e.g. 15/11/2021', 'ngày của quyết định kỷ luật, ví dụ 15/11/2021'),
  optDisciplineDecision: msg('number of the disciplinary decision', 'số quyết định kỷ luật'),
  askForm: msg('Form of discipline', 'Hình thức kỷ luật'),
  disciplineDone: msg(
    (id: number, form: string, label: string, name: string, year: number) => `Recorded discipline #${id}: ${form} (${label}) of ${name} for ${year}`,
    (id, form, label, name, year) => `Đã ghi kỷ luật #${id}: ${label} (${form}) đối với ${name} năm ${year}`,
  ),
  disciplineListDescription: msg('list disciplinary measures by year and recipient', 'liệt kê kỷ luật theo năm và đối tượng'),
  noDiscipline: msg('No discipline recorded.', 'Chưa ghi kỷ luật nào.'),
  // initiative
  initiativeAddDescription: msg(
    'record a recognised initiative or science work and the reach of its recognition',
    'ghi một sáng kiến hoặc đề tài khoa học đã được công nhận và phạm vi công nhận',
  ),
  optYearRecognised: msg('the year it was recognised', 'năm được công nhận'),
  optTitle: msg('its title', 'tên sáng kiến, đề tài'),
  optLevel: msg(
    (codes: string) => `${codes} (cơ sở, tỉnh, toàn quốc); default grassroots`,
    (codes) => `${codes} (cơ sở, tỉnh, toàn quốc); mặc định grassroots`,
  ),
  optRecognisedBy: msg('who recognised it', 'cơ quan công nhận'),
  askYearRecognised: msg('Year recognised', 'Năm được công nhận'),
  askTitle: msg('Title of the initiative', 'Tên sáng kiến'),
  initiativeDone: msg(
    (id: number, name: string, level: string, label: string, year: number, title: string) => `Recorded initiative #${id} of ${name} (${level}, ${year}): ${title}`,
    (id, name, _level, label, year, title) => `Đã ghi sáng kiến #${id} của ${name} năm ${year} (${label}): ${title}`,
  ),
  initiativeListDescription: msg('list recognised initiatives by year and recipient', 'liệt kê sáng kiến được công nhận theo năm và đối tượng'),
  noInitiatives: msg('No initiatives recorded.', 'Chưa ghi sáng kiến nào.'),
  // members
  membersSetDescription: msg(
    "record a collective's member count for a year, and the counts it declares (else derived from the registry)",
    'ghi số thành viên của một tập thể trong một năm và các số liệu tập thể kê khai (nếu không kê khai thì tính từ sổ)',
  ),
  optTheYear: msg('the year', 'năm'),
  optCount: msg('number of members', 'số thành viên'),
  optLdtt: msg('members with LDTT, as declared (default: counted in the registry)', 'số thành viên đạt LDTT theo kê khai (mặc định: đếm trong sổ)'),
  optCstdcs: msg('members with CSTDCS, as declared (default: counted in the registry)', 'số thành viên đạt CSTDCS theo kê khai (mặc định: đếm trong sổ)'),
  optCompleted: msg(
    'members who completed their duties (default: from their ratings)',
    'số thành viên hoàn thành nhiệm vụ (mặc định: theo xếp loại của họ)',
  ),
  askYear: msg('Year', 'Năm'),
  askCount: msg('Number of members', 'Số thành viên'),
  membersDone: msg(
    (outcome: Outcome, name: string, year: number, count: number, share: number | null) =>
      `${VERB_EN[outcome]} members of ${name} for ${year}: ${humanNumber(count)} (LDTT ${share === null ? '—' : humanNumber(share)}%)`,
    (outcome, name, year, count, share) =>
      `${{ created: 'Đã ghi số thành viên', updated: 'Đã thay số thành viên', unchanged: 'Không thay đổi: số thành viên' }[outcome]} của ${name} năm ${year}: ${humanNumber(count)} (LDTT ${share === null ? '—' : humanNumber(share)}%)`,
  ),
  membersListDescription: msg(
    "list member counts of collectives with the registry's figures beside them",
    'liệt kê số thành viên của các tập thể, bên cạnh số liệu trong sổ',
  ),
  optOfCollective: msg('of this collective', 'của tập thể này'),
  noMembers: msg('No member counts recorded.', 'Chưa ghi số thành viên nào.'),
};
