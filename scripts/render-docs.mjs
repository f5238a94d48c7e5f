#!/usr/bin/env node
// Renders generated documents to PDF and PNG to look at them as a reader would:
//   npm run docs:render [-- <dir>] [--file <doc.docx|xlsx> ...]
// Without --file, builds the demo registry in <dir> and prints its decision 05/QĐ-UBND, the ceremony's
// MC script and roster, then renders each through LibreOffice (soffice --headless --convert-to pdf) and
// poppler (pdftoppm -png, 80 dpi). Default <dir>: /tmp/tdkt-renders. Needs LibreOffice and poppler-utils;
// the tests never do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const files = [];
let dir = '/tmp/tdkt-renders';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--file') files.push(resolve(args[++i]));
  else dir = resolve(args[i]);
}
mkdirSync(dir, { recursive: true });

const bin = fileURLToPath(new URL('../bin/tdkt.js', import.meta.url));
const tdkt = (...a) => execFileSync(process.execPath, [bin, ...a], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TDKT_ACTOR: 'render' } });

for (const tool of ['soffice', 'pdftoppm']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`render-docs: ${tool} is missing: apt-get install -y libreoffice-writer libreoffice-calc poppler-utils`);
    process.exit(2);
  }
}

if (files.length === 0) {
  const db = join(dir, 'demo.sqlite');
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  tdkt('demo', '--file', db); // its roster goes to the pipe, not the terminal
  const out = (name) => join(dir, name);
  const jobs = [
    ['decision', 'print', '05/QĐ-UBND', '-o', out('QD-05.docx')],
    ['decision', 'print', '4012/QĐ-UBND', '-o', out('QD-4012.docx')],
    ['ceremony', 'script', 'le-chan-2022', '-o', out('kich-ban.docx')],
    ['roster', 'le-chan-2022', '-o', out('roster.docx')],
    ['roster', 'le-chan-2022', '-o', out('roster.xlsx')],
    ['stats', '0603.N', '--year', '2021', '-o', out('0603N-2021.xlsx')],
  ];
  for (const j of jobs) {
    try {
      tdkt('--db', db, ...j);
      files.push(j[j.indexOf('-o') + 1]);
    } catch {
      console.error(`render-docs: skipped: tdkt ${j.join(' ')}`);
    }
  }
}

for (const f of files) {
  // roster.docx and roster.xlsx render to roster-docx.pdf and roster-xlsx.pdf.
  const stem = basename(f).replace(/\.([^.]+)$/, '-$1');
  const converted = join(dir, basename(f).replace(/\.[^.]+$/, '.pdf'));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, f], { stdio: 'ignore', env: { ...process.env, HOME: process.env.HOME ?? '/tmp' } });
  const pdf = join(dir, `${stem}.pdf`);
  if (existsSync(converted)) renameSync(converted, pdf);
  if (!existsSync(pdf)) {
    console.error(`render-docs: LibreOffice did not convert ${f}`);
    continue;
  }
  for (const old of readdirSync(dir).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.png'))) rmSync(join(dir, old));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(dir, stem)]);
  const pngs = readdirSync(dir).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.png'));
  console.log(`${pdf}: ${pngs.length} page(s) → ${pngs.map((p) => join(dir, p)).join(' ')}`);
}
