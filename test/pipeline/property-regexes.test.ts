// Under tsx (esbuild) a regex literal with a Unicode property escape (`/^\p{Lu}/u`) is compiled to
// `new RegExp(…)`, so inside a function it is built again at every call: the actors stage's parseName built two at
// every word of every name run (docs/reliability.md, the actors and nlp pass of session 31). The coder's stages keep
// such regexes in module-level constants; this test reads their sources and names any that stands inside a function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

/** The stages `pipeline.code` runs for every article. */
const STAGES = ['nlp', 'actors', 'quotes', 'coding', 'geo'];
/** Read once, at load: the user dictionary's slugs may build their regexes per call. */
const LOAD_ONLY = new Set(['actors/user-dictionary.ts']);

/** A regex literal with a Unicode property escape: `/^\p{Lu}/u`, `/[\p{L}\p{M}]+/u`. */
const PROPERTY_LITERAL = /(?:^|[\s(=!,&|?:])\/[^/\n]*\\[pP]\{[^/\n]*\/[a-z]*u/;

/** A line of code inside a function (indented: module-level constants start at the margin) with such a literal. */
function builtPerCall(line: string): boolean {
  const code = line.trimStart();
  if (line === code || code.startsWith('//') || code.startsWith('*')) return false;
  return PROPERTY_LITERAL.test(line);
}

test("no regex literal with a \\p{…} escape stands inside a function of the coder's stages", () => {
  const found: string[] = [];
  let files = 0;
  for (const stage of STAGES) {
    const dir = new URL(`../../src/${stage}/`, import.meta.url);
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || LOAD_ONLY.has(`${stage}/${file}`)) continue;
      files++;
      readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .forEach((line, n) => {
          if (builtPerCall(line)) found.push(`src/${stage}/${file}:${n + 1}`);
        });
    }
  }
  assert.ok(files > 200, `the stages were read (${files} files)`);
  assert.deepEqual(found, []);
});

test('the pattern finds the literals it guards against', () => {
  assert.ok(builtPerCall("    if (e > i && /^[\\p{L}\\p{M}'’-]+$/u.test(t.text)) {"));
  assert.ok(builtPerCall('  return a.id === null && /^\\p{Lu}\\p{L}+$/u.test(a.name);'));
  assert.ok(builtPerCall('    if (!/^\\P{Ll}/u.test(quote.text)) return;'));
  assert.ok(builtPerCall('  return ch !== undefined && /[\\p{L}\\p{N}]/u.test(ch);'));
  assert.ok(!builtPerCall('const UPPER_START = /^\\p{Lu}/u;'));
  assert.ok(!builtPerCall('    if (!NAME_WORD.test(t.text)) return null;'));
  assert.ok(!builtPerCall('// tsx compiles a `\\p{…}` literal to `new RegExp(…)`, which /u'));
});
