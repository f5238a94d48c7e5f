/**
 * The import template: the usual columns under their Vietnamese headers (what a clerk fills in) and,
 * in the workbook, a second sheet describing every accepted column. Writes only to `sink`.
 */
import type { Column } from '../../render/model.js';
import type { Sink } from '../../render/render.js';
import { writeExport, type ExportTable } from '../export/export.js';
import { IMPORT_COLUMNS, TEMPLATE_KEYS } from './columns.js';
import { IMPORT_RUN } from '../../i18n/messages/core-io-import.js';

export async function writeImportTemplate(format: 'csv' | 'xlsx', sink: Sink): Promise<void> {
  const byKey = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));
  const headers: Column[] = TEMPLATE_KEYS.map((k) => ({ key: byKey.get(k)!.vi, header: byKey.get(k)!.vi }));
  const tables: ExportTable[] = [{ name: 'Danh sách khen thưởng', columns: headers, rows: [] }];
  if (format === 'xlsx') {
    const keys = ['column', 'header_vi', 'other_headers', 'required', 'about', 'example'];
    tables.push({
      name: 'Hướng dẫn (columns)',
      columns: keys.map((key) => ({ key, header: key })),
      rows: [
        IMPORT_COLUMNS.map((c) => ({
          column: c.key,
          header_vi: c.vi,
          other_headers: c.aliases.join(', '),
          required: c.required ? IMPORT_RUN.required() : '',
          about: c.about,
          example: c.example,
        })),
      ],
    });
  }
  await writeExport(tables, format, sink, { excel: true });
}
