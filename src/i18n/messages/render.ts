/** Texts of the renderers themselves (not of a particular table). */
import { msg } from '../index.js';

export const RENDER = {
  field: msg('Field', 'Trường'),
  value: msg('Value', 'Giá trị'),
};
