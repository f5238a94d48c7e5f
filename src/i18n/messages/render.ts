/** Texts of the renderers themselves (not of a particular table). */
import { getLang, msg } from '../index.js';

export const RENDER = {
  field: msg('Field', 'Trường'),
  value: msg('Value', 'Giá trị'),
  /** A workbook's sheet when nothing names it (Excel's own word). */
  sheet: msg('Sheet', 'Trang tính'),
};

/**
 * The words a Vietnamese table shows for the registry's codes; an English table shows the codes, which
 * are also what scripts read and what commands take.
 */
const CODE_WORDS: Record<'level' | 'recipient-kind' | 'status', Record<string, string>> = {
  level: {
    state: 'Nhà nước',
    government: 'Chính phủ',
    province: 'Bộ, tỉnh',
    department: 'Sở, ngành',
    district: 'Huyện',
    commune: 'Xã',
    unit: 'Đơn vị',
  },
  'recipient-kind': { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' },
  status: { active: 'hiệu lực', revoked: 'thu hồi', stripped: 'tước', voided: 'hủy' },
};

export function codeLabel(kind: keyof typeof CODE_WORDS, code: string): string {
  return getLang() === 'vi' ? (CODE_WORDS[kind][code] ?? code) : code;
}
