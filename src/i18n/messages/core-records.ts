/**
 * The core library's own texts: the names of its records, the errors every record shares (not found,
 * ambiguous, read-only, busy), finding a record by name, the parsers of dates, periods and decision
 * numbers, and the validation of what a clerk types.
 */
import { msg } from '../index.js';

/**
 * The kinds of records, named in messages ("No body matches …", "… matches 2 bodies"). Keyed by the
 * English name the core passes around (`resolveRecipient(db, q, 'collective')`, `parseInput(…, 'award
 * line')`); called with a count, the English name agrees with it. Vietnamese has no plural.
 */
export const NOUN = {
  recipient: msg((n: number = 1) => (n === 1 ? 'recipient' : 'recipients'), 'đối tượng'),
  collective: msg((n: number = 1) => (n === 1 ? 'collective' : 'collectives'), 'tập thể'),
  individual: msg((n: number = 1) => (n === 1 ? 'individual' : 'individuals'), 'cá nhân'),
  household: msg((n: number = 1) => (n === 1 ? 'household' : 'households'), 'hộ gia đình'),
  body: msg((n: number = 1) => (n === 1 ? 'body' : 'bodies'), 'cơ quan, đơn vị'),
  ceremony: msg((n: number = 1) => (n === 1 ? 'ceremony' : 'ceremonies'), 'buổi lễ'),
  decision: msg((n: number = 1) => (n === 1 ? 'decision' : 'decisions'), 'quyết định'),
  'award type': msg((n: number = 1) => (n === 1 ? 'award type' : 'award types'), 'hình thức khen thưởng'),
  'award line': msg((n: number = 1) => (n === 1 ? 'award line' : 'award lines'), 'dòng khen thưởng'),
  record: msg((n: number = 1) => (n === 1 ? 'record' : 'records'), 'bản ghi'),
  rating: msg((n: number = 1) => (n === 1 ? 'rating' : 'ratings'), 'xếp loại'),
  discipline: msg((n: number = 1) => (n === 1 ? 'discipline' : 'disciplines'), 'kỷ luật'),
  initiative: msg((n: number = 1) => (n === 1 ? 'initiative' : 'initiatives'), 'sáng kiến'),
  'member count': msg((n: number = 1) => (n === 1 ? 'member count' : 'member counts'), 'số lượng thành viên'),
  'member counts': msg('member counts', 'số lượng thành viên'),
  'evidence columns': msg('evidence columns', 'các cột minh chứng'),
  reinstatement: msg('reinstatement', 'khôi phục dòng khen thưởng'),
  revocation: msg('revocation', 'thu hồi'),
  stripping: msg('stripping', 'tước danh hiệu'),
  voiding: msg('voiding', 'hủy dòng khen thưởng'),
  annulment: msg('annulment', 'hủy bỏ quyết định'),
};

/** What src/core/errors.ts says itself. */
export const ERRORS = {
  ambiguous: msg(
    (query: string, count: string, nouns: string) => `"${query}" matches ${count} ${nouns}`,
    (query, count, nouns) => `"${query}" khớp với ${count} ${nouns}`,
  ),
  ambiguousHint: msg(
    (refs: string) => `Use one of the references instead: ${refs}`,
    (refs) => `Hãy dùng một trong các mã sau: ${refs}`,
  ),
  readOnly: msg(
    (command: string) => `The registry is open read-only: cannot run ${command}`,
    (command) => `Sổ đang mở chỉ để đọc: không thể chạy lệnh ${command}`,
  ),
  readOnlyHint: msg(
    'Run without --read-only (and unset TDKT_READ_ONLY) to make changes.',
    'Chạy lại không có --read-only (và bỏ biến TDKT_READ_ONLY) để thay đổi dữ liệu.',
  ),
  busyHolder: msg(
    (command: string, pid: string, actor: string, since: string) => `${command} (process ${pid}, by ${actor}, since ${since})`,
    (command, pid, actor, since) => `${command} (tiến trình ${pid}, do ${actor} chạy, từ ${since})`,
  ),
  busyAnother: msg('another process', 'một tiến trình khác'),
  busyWaited: msg((seconds: string) => `; waited ${seconds} s`, (seconds) => `; đã chờ ${seconds} giây`),
  busy: msg(
    (path: string, who: string, waited: string) => `The registry ${path} is busy: ${who} is writing to it${waited}`,
    (path, who, waited) => `Sổ ${path} đang bận: ${who} đang ghi vào sổ${waited}`,
  ),
  busyHintHolder: msg(
    'Try again when it has finished (a large import can take minutes).',
    'Hãy thử lại khi lệnh đó chạy xong (nhập một tệp lớn có thể mất vài phút).',
  ),
  busyHintUnknown: msg(
    'Try again in a moment; if it stays busy, look for a stuck tdkt process (or a long import) using the same file.',
    'Hãy thử lại sau giây lát; nếu sổ vẫn bận, hãy tìm tiến trình tdkt bị treo (hoặc một lần nhập dài) đang dùng cùng tệp.',
  ),
};

/** Finding a record from what a clerk types (src/core/resolve.ts). */
export const RESOLVE = {
  noMatch: msg(
    (noun: string, query: string) => `No ${noun} matches "${query}"`,
    (noun, query) => `Không tìm thấy ${noun} nào khớp với "${query}"`,
  ),
  hintRecipient: msg(
    'List candidates with: tdkt search <words>, or add the recipient with: tdkt recipient add',
    'Xem các đối tượng gần đúng bằng: tdkt search <từ khóa>, hoặc thêm đối tượng bằng: tdkt recipient add',
  ),
  hintBody: msg(
    'List bodies with: tdkt body list, or add one with: tdkt body add',
    'Xem danh sách cơ quan, đơn vị bằng: tdkt body list, hoặc thêm bằng: tdkt body add',
  ),
  hintCeremony: msg('List ceremonies with: tdkt ceremony list', 'Xem danh sách buổi lễ bằng: tdkt ceremony list'),
  hintAwardType: msg('List award types with: tdkt award-type list', 'Xem danh sách hình thức khen thưởng bằng: tdkt award-type list'),
  hintDecision: msg('List decisions with: tdkt decision list', 'Xem danh sách quyết định bằng: tdkt decision list'),
};

/** The parsers of dates, periods and decision numbers (src/core/parse.ts). */
export const PARSE = {
  notADate: msg(
    (text: string) => `"${text}" is not a date: expected YYYY-MM-DD or DD/MM/YYYY, e.g. 2022-01-17 or 17/01/2022`,
    (text) => `"${text}" không phải là ngày: cần viết DD/MM/YYYY hoặc YYYY-MM-DD, ví dụ 17/01/2022 hoặc 2022-01-17`,
  ),
  notACalendarDate: msg(
    (text: string) => `"${text}" is not a real calendar date`,
    (text) => `"${text}" không phải là một ngày có thật trên lịch`,
  ),
  dateYearRange: msg(
    (text: string) => `"${text}": the year must be between 1945 and 2100`,
    (text) => `"${text}": năm phải từ 1945 đến 2100`,
  ),
  notAPeriod: msg(
    (text: string) => `"${text}" is not an achievement period: expected a year or a range, e.g. 2021 or 2020-2021`,
    (text) => `"${text}" không phải là giai đoạn thành tích: cần một năm hoặc một khoảng năm, ví dụ 2021 hoặc 2020-2021`,
  ),
  periodYearRange: msg(
    (text: string) => `"${text}": years must be between 1945 and 2100`,
    (text) => `"${text}": các năm phải từ 1945 đến 2100`,
  ),
  periodReversed: msg(
    (text: string, to: string, from: string) => `"${text}": the first year is after the last; write it as ${to}-${from}`,
    (text, to, from) => `"${text}": năm đầu sau năm cuối; hãy viết ${to}-${from}`,
  ),
  notADecisionNumber: msg(
    (text: string) => `"${text}" is not a decision number: expected number/QĐ-ISSUER, e.g. 215/QĐ-UBND or 722/QĐ-TTg`,
    (text) => `"${text}" không phải là số quyết định: cần viết số/QĐ-CƠQUAN, ví dụ 215/QĐ-UBND hoặc 722/QĐ-TTg`,
  ),
  runningNumber: msg(
    (text: string) => `"${text}": the running number starts at 01`,
    (text) => `"${text}": số thứ tự của quyết định bắt đầu từ 01`,
  ),
};

/** Validation of what a clerk types, shared by every record (src/core/validate.ts and the schemas). */
export const INPUT = {
  invalid: msg((what: string) => `Invalid ${what}`, (what) => `Thông tin ${what} không hợp lệ`),
  empty: msg('must not be empty', 'không được để trống'),
  tooLong: msg((max: string) => `must be at most ${max} characters`, (max) => `dài tối đa ${max} ký tự`),
  ref: msg(
    'must be lowercase letters, digits and hyphens, e.g. truong-thcs-tran-phu',
    'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ truong-thcs-tran-phu',
  ),
  wholeNumber: msg('must be a whole number', 'phải là số nguyên'),
  oneOrMore: msg('must be 1 or more', 'phải từ 1 trở lên'),
  zeroOrMore: msg('must be 0 or more', 'phải từ 0 trở lên'),
  year: msg('must be a year, e.g. 2021', 'phải là một năm, ví dụ 2021'),
  yearFrom: msg('must be 1945 or later', 'phải từ năm 1945 trở về sau'),
  yearTo: msg('must be 2100 or earlier', 'phải không muộn hơn năm 2100'),
  oneOf: msg((choices: string) => `must be one of ${choices}`, (choices) => `phải là một trong: ${choices}`),
  nameDecision: msg('name the decision, e.g. 215/QĐ-UBND', 'hãy ghi quyết định, ví dụ 215/QĐ-UBND'),
  nameRecipient: msg('name the recipient', 'hãy ghi đối tượng được khen thưởng'),
  nameAwardType: msg('name the award type, e.g. BK_BT', 'hãy ghi hình thức khen thưởng, ví dụ BK_BT'),
  nameSigningBody: msg('name the signing body, e.g. ubnd-le-chan', 'hãy ghi cơ quan ký quyết định, ví dụ ubnd-le-chan'),
  nameOrganiser: msg('name the organising body, e.g. ubnd-le-chan', 'hãy ghi cơ quan tổ chức, ví dụ ubnd-le-chan'),
  nothingToChange: msg('Nothing to change', 'Không có gì để sửa'),
  nothingToChangeHint: msg('Give at least one field to correct.', 'Hãy ghi ít nhất một trường cần sửa.'),
};

/** The audit trail (src/core/audit.ts). */
export const AUDIT = {
  clockBehind: msg(
    (now: string, last: string) => `The clock says ${now}, before the registry's last change (${last}): nothing was written`,
    (now, last) => `Đồng hồ máy tính đang chỉ ${now}, sớm hơn lần thay đổi cuối của sổ (${last}): chưa ghi gì`,
  ),
  clockBehindHint: msg(
    "Set the computer's date and time, then run the command again.",
    'Hãy chỉnh lại ngày giờ của máy tính, rồi chạy lại lệnh.',
  ),
};
