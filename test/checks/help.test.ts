import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, bufferIO } from '../../src/cli/main.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const MINE = ['check', 'rules', 'eligible', 'evidence', 'settings'];

function leaves(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  if (cmd.commands.length === 0) return [{ path, cmd }];
  return cmd.commands.flatMap((c) => leaves(c, [...path, c.name()]));
}

describe('the commands of the rules are documented', () => {
  const { program } = buildProgram(bufferIO());
  const commands = leaves(program).filter((l) => MINE.includes(l.path[0]));

  it('covers every command of the rules', () => {
    expect(commands.map((c) => c.path.join(' '))).toEqual([
      'evidence show',
      'evidence rating set',
      'evidence rating list',
      'evidence discipline add',
      'evidence discipline list',
      'evidence initiative add',
      'evidence initiative list',
      'evidence members set',
      'evidence members list',
      'check',
      'rules',
      'eligible',
      'settings list',
      'settings get',
      'settings set',
      'settings unset',
    ]);
  });

  for (const { path, cmd } of commands) {
    it(`tdkt ${path.join(' ')} has a description, examples and a place in the README`, () => {
      expect(cmd.description().length).toBeGreaterThan(10);
      let out = '';
      cmd.configureOutput({ writeOut: (s) => void (out += s), writeErr: () => undefined });
      cmd.outputHelp();
      expect(out).toContain(`Examples:\n  $ tdkt ${path.join(' ')}`);
      expect(README).toContain(`tdkt ${path.join(' ')}`);
    });
  }
});
