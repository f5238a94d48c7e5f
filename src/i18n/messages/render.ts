/** Texts of the renderers themselves (not of a particular table). */
import { msg } from '../index.js';

export const RENDER = {
  field: msg('Field', 'Trường'),
  value: msg('Value', 'Giá trị'),
  /** A workbook's sheet when nothing names it (Excel's own word). */
  sheet: msg('Sheet', 'Trang tính'),
};
