// The user dictionary: a persons file outside the repository that `detente actors --accept` writes and every
// `code`, `ingest` and `watch` run loads after the built-in dictionaries. Its path is --dict (accept) or the
// DETENTE_USER_DICT environment variable, else ./detente-actors.tsv.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Candidate } from './discovery.ts';
import { parseTsv } from './tsv.ts';

export const USER_DICT_ENV = 'DETENTE_USER_DICT';
export const DEFAULT_USER_DICT = 'detente-actors.tsv';

const COLUMNS = ['id', 'name', 'gender', 'country', 'aliases', 'short', 'roles'] as const;
const HEADER = `# Détente user dictionary: persons accepted with \`detente actors --accept NAME\`, loaded by every code, ingest and
# watch run. Same columns as dictionaries/actors/persons/*.tsv (see dictionaries/actors/README.md): edit the role
# dates (the first one is the first article that named the person), add spelling variants to aliases.
${COLUMNS.join('\t')}
`;

type Env = Readonly<Record<string, string | undefined>>;

/** The user dictionary's path: the given one, else $DETENTE_USER_DICT, else ./detente-actors.tsv. */
export function userDictionaryPath(explicit?: string, env: Env = process.env): string {
  const given = explicit ?? env[USER_DICT_ENV];
  return resolve(given !== undefined && given !== '' ? given : DEFAULT_USER_DICT);
}

/**
 * The actor files a run loads after the built-in ones: the --user-actors files, then the user dictionary when it
 * exists. A DETENTE_USER_DICT that names a missing file is an error (a typo would silently drop accepted persons).
 */
export function userActorFiles(explicit: readonly string[] | undefined, env: Env = process.env): string[] {
  const files = (explicit ?? []).map((f) => resolve(f));
  const path = userDictionaryPath(undefined, env);
  const named = env[USER_DICT_ENV] !== undefined && env[USER_DICT_ENV] !== '';
  if (!existsSync(path)) {
    if (named) throw new Error(`${USER_DICT_ENV}=${env[USER_DICT_ENV]}: no such file (unset it or create the file)`);
    return files;
  }
  return files.includes(path) ? files : [...files, path];
}

/** "Zbigniew Rau" → "zbigniew-rau" (letters of any script kept). */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The persons-file row for a candidate: its title as a role from the first article that named it, open-ended;
 * the surname as a short form. `isState` says whether a code's first three letters are a state.
 */
export function candidateRow(c: Candidate, id: string, isState: (iso3: string) => boolean): string {
  const head = c.code?.slice(0, 3) ?? '';
  const country = isState(head) ? head : '-';
  const words = c.name.split(' ');
  const short = words.length > 1 ? words[words.length - 1]! : '-';
  const roles =
    c.code !== null && c.title !== null && c.firstDate !== null ? `${c.code},${c.title},${c.firstDate},` : '-';
  return [id, c.name, '-', country, c.name, short, roles].join('\t');
}

/**
 * Adds a candidate to the user dictionary at `path` (created with its header when missing) and returns the row.
 * `takenIds` are the ids already in use in the registry.
 */
export function acceptCandidate(
  path: string,
  c: Candidate,
  takenIds: ReadonlySet<string>,
  isState: (iso3: string) => boolean,
): string {
  const ids = new Set(takenIds);
  if (existsSync(path)) {
    const table = parseTsv(readFileSync(path, 'utf8'));
    if (COLUMNS.some((col) => !table.columns.includes(col))) {
      throw new Error(`${path}: not a persons file (columns ${table.columns.join(', ')}); give another --dict`);
    }
    for (const row of table.rows) {
      if ((row['name'] ?? '').toLowerCase() === c.name.toLowerCase()) {
        throw new Error(`${path}: "${c.name}" is already there (edit the file to change it)`);
      }
      ids.add(row['id'] ?? '');
    }
  } else writeFileSync(path, HEADER);
  const base = slug(c.name) || 'person';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  const row = candidateRow(c, id, isState);
  const text = readFileSync(path, 'utf8');
  appendFileSync(path, `${text.endsWith('\n') || text === '' ? '' : '\n'}${row}\n`);
  return row;
}
