import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';
import { setLang } from '../../src/i18n/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README and the manual in docs/: every command is written out in full somewhere in them. */
const DOCS = [README, ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(ROOT, 'docs', f), 'utf8'))].join('\n');

function leaves(cmd: Command, path: string[] = []): { path: string; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const p = [...path, c.name()];
    return c.commands.length ? [{ path: p.join(' '), cmd: c }, ...leaves(c, p)] : [{ path: p.join(' '), cmd: c }];
  });
}

describe('every command is documented', async () => {
  // The program is built while the tests are collected, before test/setup.ts's beforeEach: in English.
  setLang('en');
  const { program } = await buildProgram(bufferIO(), { all: true });
  const all = leaves(program);

  it('the program has every command of the list', () => {
    expect(program.commands.map((c) => c.name())).toEqual(commands.map((c) => c.name));
  });

  for (const { path, cmd } of all) {
    it(`tdkt ${path}: a description, examples in --help, and a place in the docs`, () => {
      expect(cmd.description().length).toBeGreaterThan(10);
      if (cmd.commands.length === 0) {
        let help = '';
        cmd.configureOutput({ writeOut: (s) => (help += s) });
        cmd.outputHelp();
        const examples = help.split('\nExamples:\n')[1]?.split('\n').filter((l) => l.startsWith('  $ ')) ?? [];
        expect(examples.some((l) => l.includes(` ${path}`)), `an example of tdkt ${path}`).toBe(true);
      }
      expect(DOCS).toContain(`tdkt ${path}`);
      expect(README, 'the README\'s command table names it').toContain(`tdkt ${path.split(' ')[0]}`);
    });
  }
});
