// The baseline of the import benchmarks: a CSV parsed with csv-parse and inserted raw into one table of
// text columns (its header row skipped), a prepared statement, one transaction. Returned as the script a
// child process runs (`node --input-type=module -e <script>`, from the project's folder so that it
// resolves better-sqlite3 and csv-parse).

/** The script that loads `csv` (whose rows have `columns` cells) into a new SQLite file `db`. */
export function rawLoadScript(csv, db, columns) {
  return `
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse';
const db = new Database(${JSON.stringify(db)});
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const cols = ${JSON.stringify(Array.from({ length: columns }, (_, i) => `c${i}`))};
db.exec('CREATE TABLE raw (' + cols.map((c) => c + ' TEXT').join(', ') + ')');
const insert = db.prepare('INSERT INTO raw VALUES (' + cols.map(() => '?').join(', ') + ')');
db.exec('BEGIN IMMEDIATE');
let header = true;
for await (const rec of createReadStream(${JSON.stringify(csv)}).pipe(parse({ bom: true, relax_column_count: true }))) {
  if (header) { header = false; continue; }
  insert.run(rec);
}
db.exec('COMMIT');
db.close();
`;
}
