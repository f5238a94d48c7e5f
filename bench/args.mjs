// The benchmarks' options, read strictly (util.parseArgs): an unknown or misspelt option, or a count that
// is not a positive whole number, is refused with the script's usage rather than ignored; --help prints
// that usage, the comment the script opens with.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The script's options by name (`options` as parseArgs takes them; --help added), or exit. */
export function benchOptions(scriptUrl, options) {
  const fail = (message) => {
    console.error(`${message}\n\n${usage(scriptUrl)}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    fail(e.message);
  }
  if (values.help) {
    console.log(usage(scriptUrl));
    process.exit(0);
  }
  /** The option `name` as a positive whole number, `fallback` when not given. */
  values.count = (name, fallback) => {
    if (values[name] === undefined) return fallback;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) fail(`--${name} takes a positive whole number, not "${values[name]}"`);
    return n;
  };
  return values;
}

/** The comment lines a script opens with (after its #! line), without their slashes. */
function usage(scriptUrl) {
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const out = [];
  for (const line of lines.slice(lines[0].startsWith('#!') ? 1 : 0)) {
    if (!line.startsWith('//')) break;
    out.push(line.replace(/^\/\/ ?/, ''));
  }
  return out.join('\n');
}
