import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/main.js';
import { commands } from '../../src/cli/commands/index.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

function leaves(cmd: Command, path: string[] = []): { path: string; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const p = [...path, c.name()];
    return c.commands.length ? [{ path: p.join(' '), cmd: c }, ...leaves(c, p)] : [{ path: p.join(' '), cmd: c }];
  });
}

describe('every command is documented', async () => {
  const { program } = await buildProgram(bufferIO(), { all: true });
  const all = leaves(program);

  it('the program has every command of the list', () => {
    expect(program.commands.map((c) => c.name())).toEqual(commands.map((c) => c.name));
  });

  for (const { path, cmd } of all) {
    it(`tdkt ${path}: a description, examples in --help, and a place in the README`, () => {
      expect(cmd.description().length).toBeGreaterThan(10);
      if (cmd.commands.length === 0) {
        let help = '';
        cmd.configureOutput({ writeOut: (s) => (help += s) });
        cmd.outputHelp();
        const examples = help.split('\nExamples:\n')[1]?.split('\n').filter((l) => l.startsWith('  $ ')) ?? [];
        expect(examples.some((l) => l.includes(` ${path}`)), `an example of tdkt ${path}`).toBe(true);
      }
      expect(README).toContain(`tdkt ${path}`);
    });
  }
});
