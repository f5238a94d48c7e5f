/**
 * Bodies (src/core/body/), recipients (src/core/recipient/), their evidence (src/core/evidence/), the
 * award types (src/core/award-type/) and the registry's settings (src/core/settings/).
 */
import { msg } from '../index.js';

/** "an individual", "a collective" in English; the kind's Vietnamese name (cá nhân, tập thể, hộ gia đình). */
const aKind = (kind: string): string => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
const kindVi = (kind: string): string => ({ collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' })[kind] ?? kind;

/** What bodies and recipients share: a reference chosen by the clerk. */
export const REFS = {
  chooseAnother: msg(
    'Choose another --ref, or leave it out to derive one.',
    'Hãy chọn --ref khác, hoặc bỏ trống để tdkt tự đặt mã.',
  ),
};

export const BODY = {
  abbr: msg(
    'must be the abbreviation used in decision symbols, e.g. UBND or TTg',
    'phải là chữ viết tắt dùng trong ký hiệu quyết định, ví dụ UBND hoặc TTg',
  ),
  exists: msg(
    (ref: string) => `A body with reference "${ref}" already exists`,
    (ref) => `Đã có cơ quan, đơn vị với mã "${ref}"`,
  ),
  notFound: msg((ref: string) => `No body with reference "${ref}"`, (ref) => `Không tìm thấy cơ quan, đơn vị có mã "${ref}"`),
};

export const RECIPIENT = {
  kind: msg(
    (text: string, kinds: string) => `"${text}" is not a recipient kind: expected ${kinds} (or tập thể, cá nhân, hộ gia đình)`,
    (text, kinds) => `"${text}" không phải là loại đối tượng: cần một trong ${kinds} (hoặc tập thể, cá nhân, hộ gia đình)`,
  ),
  exists: msg(
    (ref: string) => `A recipient with reference "${ref}" already exists`,
    (ref) => `Đã có đối tượng với mã "${ref}"`,
  ),
  notFound: msg((ref: string) => `No recipient with reference "${ref}"`, (ref) => `Không tìm thấy đối tượng có mã "${ref}"`),
  positionOnlyIndividual: msg(
    (name: string, kind: string) => `Only an individual has a position; ${name} is ${aKind(kind)}`,
    (name, kind) => `Chỉ cá nhân mới có chức vụ; ${name} là ${kindVi(kind)}`,
  ),
  positionOnlyIndividualHint: msg('Leave out --position.', 'Hãy bỏ --position.'),
  kindLocked: msg(
    (name: string, kind: string) => `${name} has awards recorded as ${aKind(kind)}; its kind cannot change`,
    (name, kind) => `${name} đã có khen thưởng được ghi là ${kindVi(kind)}; không đổi loại đối tượng được`,
  ),
  ownUnit: msg((name: string) => `${name} cannot be its own unit`, (name) => `${name} không thể là đơn vị của chính mình`),
  // Merging a duplicate (src/core/recipient/merge.ts).
  sameRecipient: msg(
    (a: string, b: string, ref: string) => `"${a}" and "${b}" are the same recipient (${ref})`,
    (a, b, ref) => `"${a}" và "${b}" là cùng một đối tượng (${ref})`,
  ),
  kindsDiffer: msg(
    (dup: string, dupKind: string, kept: string, keptKind: string) =>
      `${dup} is ${aKind(dupKind)} and ${kept} ${aKind(keptKind)}: only records of the same kind are merged`,
    (dup, dupKind, kept, keptKind) => `${dup} là ${kindVi(dupKind)} còn ${kept} là ${kindVi(keptKind)}: chỉ gộp được các đối tượng cùng loại`,
  ),
  kindsDifferHint: msg(
    (ref: string, kind: string) => `If one kind is wrong, correct it first: tdkt recipient edit ${ref} --kind ${kind}`,
    (ref, kind) => `Nếu một bên ghi sai loại, hãy sửa trước: tdkt recipient edit ${ref} --kind ${kind}`,
  ),
  memberOf: msg(
    (kept: string, dup: string) => `${kept} is a member of ${dup}: a unit cannot be merged into its own member`,
    (kept, dup) => `${kept} là thành viên của ${dup}: không gộp được một đơn vị vào thành viên của chính nó`,
  ),
  bothHaveRating: msg((year: string) => `both have a rating for ${year}`, (year) => `cả hai đều có xếp loại năm ${year}`),
  bothHaveMembers: msg(
    (year: string) => `both have a member count for ${year}`,
    (year) => `cả hai đều có số lượng thành viên năm ${year}`,
  ),
  overlap: msg(
    (dup: string, kept: string) => `Cannot merge ${dup} into ${kept}: their evidence overlaps`,
    (dup, kept) => `Không gộp được ${dup} vào ${kept}: minh chứng của hai bên trùng nhau`,
  ),
  overlapHint: msg(
    (dup: string) => `Keep one value per year first (tdkt evidence show ${dup}), then merge`,
    (dup) => `Hãy giữ lại một giá trị cho mỗi năm trước (tdkt evidence show ${dup}), rồi mới gộp`,
  ),
};

export const EVIDENCE = {
  rating: msg(
    (text: string, ratings: string) =>
      `"${text}" is not a rating: expected ${ratings} (or hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)`,
    (text, ratings) =>
      `"${text}" không phải là mức xếp loại: cần một trong ${ratings} (hoặc hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)`,
  ),
  disciplineForm: msg(
    (text: string, forms: string) =>
      `"${text}" is not a disciplinary form: expected ${forms} (or khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc)`,
    (text, forms) =>
      `"${text}" không phải là hình thức kỷ luật: cần một trong ${forms} (hoặc khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc)`,
  ),
  initiativeLevel: msg(
    (text: string, levels: string) => `"${text}" is not a level of recognition: expected ${levels} (or cơ sở, tỉnh, toàn quốc)`,
    (text, levels) => `"${text}" không phải là phạm vi công nhận: cần một trong ${levels} (hoặc cơ sở, tỉnh, toàn quốc)`,
  ),
  nameWho: msg((noun: string) => `name the ${noun} (reference or name)`, (noun) => `hãy ghi ${noun} (mã hoặc tên)`),
  disciplineYear: msg(
    'give the year the discipline covers, or its date, e.g. --year 2021',
    'hãy ghi năm bị kỷ luật, hoặc ngày kỷ luật, ví dụ --year 2021',
  ),
  moreThanMembers: msg(
    (count: string, members: string) => `${count} is more than the ${members} members`,
    (count, members) => `${count} nhiều hơn số thành viên (${members})`,
  ),
  noRating: msg(
    (recipient: string, year: string) => `No rating of ${recipient} for ${year}`,
    (recipient, year) => `Không tìm thấy xếp loại của ${recipient} năm ${year}`,
  ),
  noDiscipline: msg((id: string) => `No discipline #${id}`, (id) => `Không tìm thấy kỷ luật #${id}`),
  noInitiative: msg((id: string) => `No initiative #${id}`, (id) => `Không tìm thấy sáng kiến #${id}`),
  noMembers: msg(
    (collective: string, year: string) => `No member count of ${collective} for ${year}`,
    (collective, year) => `Không tìm thấy số lượng thành viên của ${collective} năm ${year}`,
  ),
  disciplineTwin: msg(
    (name: string, label: string, form: string, year: string, id: string) => `${name} already has ${label} (${form}) recorded for ${year} (#${id})`,
    (name, label, form, year, id) => `${name} đã có hình thức kỷ luật ${label} (${form}) được ghi cho năm ${year} (#${id})`,
  ),
  disciplineTwinHint: msg(
    (ref: string) => `List it with: tdkt evidence discipline list --recipient ${ref}`,
    (ref) => `Xem bằng: tdkt evidence discipline list --recipient ${ref}`,
  ),
  initiativeTwin: msg(
    (name: string, title: string, year: string, id: string, level: string) =>
      `${name} already has the initiative "${title}" recorded for ${year} (#${id}, ${level})`,
    (name, title, year, id, level) => `${name} đã có sáng kiến "${title}" được ghi cho năm ${year} (#${id}, ${level})`,
  ),
  membersOnlyCollectives: msg(
    (name: string, kind: string) => `${name} is ${aKind(kind)}; member counts are recorded for collectives`,
    (name, kind) => `${name} là ${kindVi(kind)}; số lượng thành viên chỉ ghi cho tập thể`,
  ),
  membersOnlyCollectivesHint: msg('Name the collective (tập thể) instead.', 'Hãy ghi tập thể thay vào đó.'),
  membersNeedCount: msg(
    (name: string) => `Member counts for ${name} need member_count`,
    (name) => `Số lượng thành viên của ${name} cần có member_count`,
  ),
  membersNeedCountIssue: msg('give the number of members, e.g. 25', 'hãy ghi số thành viên, ví dụ 25'),
  // What a record of a set of evidence is called when it is invalid ("Invalid rating of … for 2021").
  whatRating: msg(
    (recipient: string, year: string) => `rating of ${recipient} for ${year}`,
    (recipient, year) => `xếp loại của ${recipient} năm ${year}`,
  ),
  whatDiscipline: msg((recipient: string) => `discipline of ${recipient}`, (recipient) => `kỷ luật của ${recipient}`),
  whatInitiative: msg((recipient: string) => `initiative of ${recipient}`, (recipient) => `sáng kiến của ${recipient}`),
  whatMembers: msg(
    (collective: string, year: string) => `members of ${collective} for ${year}`,
    (collective, year) => `số lượng thành viên của ${collective} năm ${year}`,
  ),
};

export const AWARD_TYPE = {
  kindLetter: msg(
    (text: string, kinds: string) => `"${text}" is not a recipient kind: use I, C, H or ${kinds}`,
    (text, kinds) => `"${text}" không phải là loại đối tượng: dùng I, C, H hoặc ${kinds}`,
  ),
  atLeastOneKind: msg('name at least one recipient kind, e.g. I,C', 'hãy ghi ít nhất một loại đối tượng, ví dụ I,C'),
  code: msg(
    'must be ASCII capitals, digits and underscores, e.g. KNC_GD',
    'chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, ví dụ KNC_GD',
  ),
  family: msg(
    'must be title (danh hiệu thi đua) or form (hình thức khen thưởng)',
    'phải là title (danh hiệu thi đua) hoặc form (hình thức khen thưởng)',
  ),
  exists: msg((code: string) => `Award type ${code} already exists`, (code) => `Đã có hình thức khen thưởng ${code}`),
  existsHint: msg((code: string) => `See it with: tdkt award-type show ${code}`, (code) => `Xem bằng: tdkt award-type show ${code}`),
  notFound: msg(
    (code: string) => `No award type with code "${code}"`,
    (code) => `Không tìm thấy hình thức khen thưởng có mã "${code}"`,
  ),
};

export const SETTINGS = {
  percent: msg(
    (text: string) => `"${text}" is not a percentage between 0 and 100, e.g. 15`,
    (text) => `"${text}" không phải là tỷ lệ phần trăm từ 0 đến 100, ví dụ 15`,
  ),
  bool: msg((text: string) => `"${text}" is not true or false`, (text) => `"${text}" không phải là true hoặc false`),
  year: msg((text: string) => `"${text}" is not a year, e.g. 2019`, (text) => `"${text}" không phải là một năm, ví dụ 2019`),
  describeStrict: msg(
    'award add (and import) refuse a line with findings of the chain rules instead of warning',
    'award add (và import) từ chối dòng khen thưởng có phát hiện của các quy tắc chuỗi điều kiện, thay vì chỉ cảnh báo',
  ),
  describeCompleteFrom: msg(
    'first year from which the registry holds every award of its recipients; a missing title before it is missing evidence, not a failure',
    'năm đầu tiên mà từ đó sổ có đủ mọi khen thưởng của các đối tượng; trước năm này, thiếu một danh hiệu chỉ là thiếu minh chứng, không phải là không đạt',
  ),
  describeCstdcsShare: msg(
    'cap on CSTDCS as a percentage of the LDTT of a unit in a year (decisions of Decree 91/2017 are capped at 15% whatever this says)',
    'tỷ lệ tối đa CSTDCS so với số LĐTT của một đơn vị trong năm, tính theo phần trăm (quyết định theo Nghị định 91/2017 luôn giới hạn 15%, bất kể giá trị này)',
  ),
  notFound: msg((key: string) => `No setting "${key}"`, (key) => `Không có thiết lập "${key}"`),
  notFoundHint: msg((keys: string) => `Settings are: ${keys}`, (keys) => `Các thiết lập: ${keys}`),
  cannotSet: msg((key: string, error: string) => `Cannot set ${key}: ${error}`, (key, error) => `Không đặt được ${key}: ${error}`),
  cannotSetHint: msg(
    (key: string, example: string) => `e.g. tdkt settings set ${key} ${example}`,
    (key, example) => `ví dụ tdkt settings set ${key} ${example}`,
  ),
};
