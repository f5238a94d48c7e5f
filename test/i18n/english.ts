/**
 * Finds English prose written in the source outside the message catalogue: every string literal and
 * template of `src/` (outside `src/i18n/`) read with the TypeScript parser, SQL and module names left
 * aside, and judged by its words.
 */
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const STOP = new Set(
  'the a an of to is are was be been not no with for in on by from use cannot must this that it its or and as at has have there which when than only one each every was were will would should can could does did do'.split(' '),
);

/** True for a text that reads as an English sentence or phrase (three words or more, a function word). */
export function isEnglishProse(text: string): boolean {
  const t = text.replace(/\$\{[^}]*\}/g, ' ');
  if (/[À-ỹĐđ]/.test(t)) return false;
  const words = t.match(/\b[A-Za-z][a-z']+\b/g) ?? [];
  if (words.length < 3) return false;
  if (/\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WHERE|JOIN|VALUES)\b/.test(t)) return false;
  return words.some((w) => STOP.has(w.toLowerCase()));
}

export interface Prose {
  file: string;
  line: number;
  text: string;
}

const SQL_CALLS = new Set(['prepare', 'exec', 'pragma', 'raw']);

/** Places where any word is for people: a column's header, a prompt, a hint, a command's help. */
const HUMAN_PROPERTIES = new Set(['header', 'short', 'title', 'empty', 'hint', 'message', 'label', 'summary', 'description']);
const HUMAN_CALLS = new Set(['description', 'summary', 'info', 'warn']);
/** Calls whose first argument is a flag or a name and whose second is for people. */
const HELP_CALLS = new Set(['option', 'requiredOption', 'argument']);

const isWords = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/\$\{[^}]*\}/g, ' '));

/** A literal that stands where people read it, whatever its length. */
function inHumanPlace(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return HUMAN_PROPERTIES.has(parent.name.text);
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    const i = parent.arguments.indexOf(node as ts.Expression);
    const callee = parent.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if (HUMAN_CALLS.has(name)) return i === 0;
    if (HELP_CALLS.has(name) || name === 'Option' || name === 'Argument') return i === 1;
    if (/Error$/.test(name)) return i >= 0 && !(name === 'TdktError' && i === 0);
  }
  return false;
}

/** The English prose literals of one file. */
export function proseIn(file: string, source: string): Prose[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: Prose[] = [];
  const add = (node: ts.Node, text: string) => {
    if (isEnglishProse(text) || (inHumanPlace(node) && isWords(text) && !/[À-ỹĐđ]/.test(text))) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isTaggedTemplateExpression(node)) return; // sql`…`
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SQL_CALLS.has(node.expression.name.text)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}'));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every English prose literal under `root/src`, outside the catalogue. */
export function englishOutsideCatalogue(root: string): Prose[] {
  const src = join(root, 'src');
  return sourceFiles(src)
    .filter((f) => !relative(src, f).startsWith('i18n'))
    .flatMap((f) => proseIn(relative(root, f), readFileSync(f, 'utf8')));
}
