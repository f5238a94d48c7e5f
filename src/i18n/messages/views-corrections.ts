/**
 * What a correction says before and after it is made (src/cli/views/corrections.ts): the preview of a
 * revocation, a void, an annulment, a withdrawn presentation or a merge, the question that confirms it,
 * and the line that reports it. Dates arrive already written for people (dd/mm/yyyy), counts as numbers.
 */
import { humanNumber, msg, plural } from '../index.js';

const n = (count: number, one: string, many = `${one}s`) => `${humanNumber(count)} ${plural(count, one, many)}`;
const vn = (count: number, what: string) => `${humanNumber(count)} ${what}`;

/** A status of a withdrawn line, as a Vietnamese sentence says it (the code is kept in English). */
const VI_STATUS: Record<string, string> = { revoked: 'đã bị thu hồi', stripped: 'đã bị tước', voided: 'đã bị hủy' };

export const CORRECTION = {
  /** One award line, as the previews name it. */
  line: msg(
    (id: number, type: string, recipient: string, period: string, decision: string, date: string, ceremony: string | null) =>
      `award #${id}: ${type} to ${recipient} (${period}), ${decision} of ${date}${ceremony ? `, presented at ${ceremony}` : ''}`,
    (id, type, recipient, period, decision, date, ceremony) =>
      `dòng khen thưởng #${id}: ${type} cho ${recipient} (${period}), ${decision} ngày ${date}${ceremony ? `, đã trao tại ${ceremony}` : ''}`,
  ),
  revokePreview: msg(
    (line: string, by: string, date: string, ground: string) =>
      `This revokes ${line}\n  by ${by} of ${date}, ground ${ground}. The line stays in history, marked revoked.`,
    (line, by, date, ground) =>
      `Thao tác này thu hồi ${line}\n  theo ${by} ngày ${date}, lý do ${ground}. Dòng vẫn được giữ trong lịch sử, đánh dấu đã thu hồi.`,
  ),
  revokeQuestion: msg((id: number) => `Revoke award #${id}?`, (id) => `Thu hồi dòng khen thưởng #${id}?`),
  voidPreview: msg(
    (line: string, reason: string) => `This voids ${line}\n  as entered by mistake: ${reason}. The line stays in history, marked voided.`,
    (line, reason) => `Thao tác này hủy ${line}\n  do nhập nhầm: ${reason}. Dòng vẫn được giữ trong lịch sử, đánh dấu đã hủy.`,
  ),
  voidQuestion: msg((id: number) => `Void award #${id}?`, (id) => `Hủy dòng khen thưởng #${id}?`),
  annulPreview: msg(
    (symbol: string, date: string, by: string, ground: string, lines: number, skipped: number) =>
      `This annuls ${symbol} of ${date}: by ${by}, ground ${ground}, it revokes ${n(lines, 'line')}${skipped ? ` (${humanNumber(skipped)} already withdrawn stay as they are)` : ''}:`,
    (symbol, date, by, ground, lines, skipped) =>
      `Thao tác này hủy bỏ ${symbol} ngày ${date}: theo ${by}, lý do ${ground}, thu hồi ${vn(lines, 'dòng')}${skipped ? ` (${humanNumber(skipped)} dòng đã thu hồi trước đó giữ nguyên)` : ''}:`,
  ),
  /** The lines of a long list not shown. */
  andMore: msg((more: number) => `… and ${humanNumber(more)} more`, (more) => `… và ${humanNumber(more)} dòng khác`),
  annulQuestion: msg(
    (symbol: string, lines: number) => `Annul ${symbol} and revoke its ${n(lines, 'line')}?`,
    (symbol, lines) => `Hủy bỏ ${symbol} và thu hồi ${vn(lines, 'dòng')} của quyết định?`,
  ),
  withdrawPreview: msg('This withdraws the presentation of:', 'Thao tác này rút lại việc trao tặng:'),
  withdrawKept: msg(
    'The lines stay active, to be presented later; the audit trail keeps the presentation.',
    'Các dòng vẫn còn hiệu lực, để trao tặng sau; nhật ký kiểm tra vẫn lưu việc trao tặng.',
  ),
  withdrawQuestion: msg(
    (count: number) => `Withdraw ${n(count, 'presentation')}?`,
    (count) => `Rút lại ${vn(count, 'lượt trao tặng')}?`,
  ),
  /** One line taken back from the ceremony it was presented at. */
  withdrawnFrom: msg((id: number, ceremony: string) => `#${id} from ${ceremony}`, (id, ceremony) => `#${id} khỏi ${ceremony}`),
  withdrawn: msg(
    (count: number, list: string) => `Withdrew ${n(count, 'presentation')}: ${list}`,
    (count, list) => `Đã rút lại ${vn(count, 'lượt trao tặng')}: ${list}`,
  ),
  /** One line moved here from the ceremony it was presented at. */
  movedFrom: msg((id: number, ceremony: string) => `#${id} from ${ceremony}`, (id, ceremony) => `#${id} từ ${ceremony}`),
  moved: msg(
    (count: number, ceremony: string, list: string, already: number) =>
      `Moved ${n(count, 'award line')} to ${ceremony}${count ? ` (${list})` : ''}${already ? `; ${humanNumber(already)} already there` : ''}`,
    (count, ceremony, list, already) =>
      `Đã chuyển ${vn(count, 'dòng khen thưởng')} sang ${ceremony}${count ? ` (${list})` : ''}${already ? `; ${humanNumber(already)} dòng đã có ở đó` : ''}`,
  ),
  ceremonyUpdated: msg((ref: string) => `Updated ceremony ${ref}`, (ref) => `Đã cập nhật buổi lễ ${ref}`),
  reinstated: msg(
    (
      id: number,
      symbol: string,
      date: string,
      type: string,
      recipient: string,
      period: string,
      status: string,
      revokedSymbol: string | null,
      revokedDate: string,
    ) =>
      `Award #${id} is active again by ${symbol} of ${date} (${type} to ${recipient}, ${period}); it was ${status}${revokedSymbol ? ` by ${revokedSymbol} of ${revokedDate}` : ''}, and history keeps both.`,
    (id, symbol, date, type, recipient, period, status, revokedSymbol, revokedDate) =>
      `Dòng khen thưởng #${id} có hiệu lực trở lại theo ${symbol} ngày ${date} (${type} cho ${recipient}, ${period}); trước đó dòng ${VI_STATUS[status] ?? status}${revokedSymbol ? ` theo ${revokedSymbol} ngày ${revokedDate}` : ''}, lịch sử lưu cả hai.`,
  ),
  mergeHead: msg(
    (duplicate: string, duplicateRef: string, kept: string, keptRef: string) => `This merges ${duplicate} [${duplicateRef}] into ${kept} [${keptRef}]:`,
    (duplicate, duplicateRef, kept, keptRef) => `Thao tác này gộp ${duplicate} [${duplicateRef}] vào ${kept} [${keptRef}]:`,
  ),
  mergeMoves: msg(
    (awards: number, members: number, ratings: number, disciplines: number, initiatives: number, memberCounts: number) =>
      `moves ${n(awards, 'award line')}, ${n(members, 'member')}, ${n(ratings, 'rating')}, ${n(disciplines, 'discipline')}, ${n(initiatives, 'initiative')}, ${n(memberCounts, 'member count')};`,
    (awards, members, ratings, disciplines, initiatives, memberCounts) =>
      `chuyển ${vn(awards, 'dòng khen thưởng')}, ${vn(members, 'thành viên')}, ${vn(ratings, 'lượt xếp loại')}, ${vn(disciplines, 'lượt kỷ luật')}, ${vn(initiatives, 'sáng kiến')}, ${vn(memberCounts, 'số liệu thành viên')};`,
  ),
  mergeKept: msg(
    (duplicateRef: string, keptRef: string) => `"${duplicateRef}" will still find ${keptRef}; the audit trail keeps the duplicate's record.`,
    (duplicateRef, keptRef) => `tìm "${duplicateRef}" vẫn ra ${keptRef}; nhật ký kiểm tra giữ hồ sơ của bản trùng.`,
  ),
  mergeQuestion: msg((duplicateRef: string, keptRef: string) => `Merge ${duplicateRef} into ${keptRef}?`, (duplicateRef, keptRef) => `Gộp ${duplicateRef} vào ${keptRef}?`),
  merged: msg(
    (duplicateRef: string, keptRef: string, awards: number) => `Merged ${duplicateRef} into ${keptRef}: ${n(awards, 'award line')} moved`,
    (duplicateRef, keptRef, awards) => `Đã gộp ${duplicateRef} vào ${keptRef}: chuyển ${vn(awards, 'dòng khen thưởng')}`,
  ),
};
