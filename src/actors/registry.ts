// Loads the actor dictionaries (dictionaries/actors/*.tsv plus user files) into phrase tries and lookup maps.
// Loading is one pass over a few small files; recognition then only walks tries.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorType } from '../types.ts';
import { addPhrase, createTrie, type Trie } from './trie.ts';
import { list, parseTsv, value, type TsvTable } from './tsv.ts';

export interface Role {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly title: string;
  readonly from: string;
  readonly to: string | null;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly gender: 'm' | 'f' | null;
  readonly country: string | null;
  readonly roles: readonly Role[];
}

/**
 * A code an organisation holds between two dates (eras.tsv): the Taliban are AFGGOV from 2021-08-15. `to` is
 * exclusive, null = still so.
 */
export interface Era {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly from: string;
  readonly to: string | null;
}

/** An actor named directly by a dictionary phrase: a state, organisation, seat or region. */
export interface NamedActor {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly type: ActorType;
}

/** What a phrase of the name trie denotes. */
export type NameEntry =
  | { readonly kind: 'state' | 'capital' | 'org' | 'seat' | 'region'; readonly actor: NamedActor }
  /** "the Alliance" after NATO was named: an organisation's short form, an actor only after its full name. */
  | { readonly kind: 'org-short'; readonly actor: NamedActor }
  | { readonly kind: 'adjective' | 'demonym'; readonly actor: NamedActor }
  | { readonly kind: 'person'; readonly person: Person; readonly short: boolean };

export interface SectorEntry {
  readonly sector: string;
  readonly type: ActorType;
  readonly label: string;
}

export interface TitleEntry {
  readonly title: string;
  readonly sector: string;
}

export interface ActorRegistry {
  readonly version: string;
  readonly names: Trie<NameEntry>;
  readonly sectors: Trie<SectorEntry>;
  readonly titles: Trie<TitleEntry>;
  readonly states: ReadonlyMap<string, NamedActor>;
  readonly persons: ReadonlyMap<string, Person>;
  /** `${country}|${title}` and `|${title}` → persons who ever held that title (dates checked on use). */
  readonly byTitle: ReadonlyMap<string, readonly Person[]>;
  /** Organisation id → the codes it holds over time (eras.tsv); see `registryOn`. */
  readonly eras: ReadonlyMap<string, readonly Era[]>;
}

const FILES = [
  'countries.tsv',
  'provinces.tsv',
  'regions.tsv',
  'organizations.tsv',
  'eras.tsv',
  'seats.tsv',
  'sectors.tsv',
  'titles.tsv',
];

export function loadActorRegistry(dir: string, userFiles: readonly string[]): ActorRegistry {
  const actorDir = join(dir, 'actors');
  const present = new Set(readdirSync(actorDir));
  const paths = [
    ...FILES.filter((f) => present.has(f)).map((f) => join(actorDir, f)),
    ...personFiles(actorDir, present),
  ];
  const hash = createHash('sha256');
  const builder = new Builder();
  for (const path of [...paths, ...userFiles]) {
    const text = readFileSync(path, 'utf8');
    hash.update(text);
    builder.add(parseTsv(text), path);
  }
  return builder.finish(`actors-${hash.digest('hex').slice(0, 10)}`);
}

/**
 * The built-in person files: every `persons/*.tsv` (one file per region), in name order so the version hash is
 * stable, plus a single `persons.tsv` if a dictionary directory still has one.
 */
function personFiles(actorDir: string, present: ReadonlySet<string>): string[] {
  const files = present.has('persons.tsv') ? [join(actorDir, 'persons.tsv')] : [];
  if (!present.has('persons')) return files;
  const dir = join(actorDir, 'persons');
  const regional = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
  return [...files, ...regional];
}

/** Builds a registry from tables already read (tests and user dictionaries use the same path). */
export function registryFromTables(tables: readonly TsvTable[], version = 'actors-test'): ActorRegistry {
  const builder = new Builder();
  for (const t of tables) builder.add(t, '(inline)');
  return builder.finish(version);
}

/** Splits a CAMEO-style code into country and sector: "RUSGOV" → RUS + GOV; "IGOWSTNAT" → null + IGO. */
export function splitCode(
  code: string,
  states: ReadonlyMap<string, NamedActor>,
): { country: string | null; sector: string | null } {
  const head = code.slice(0, 3);
  if (states.has(head)) return { country: head, sector: code.length > 3 ? code.slice(3) : null };
  if (head === 'IGO') return { country: null, sector: 'IGO' };
  return { country: null, sector: code.length > 3 ? code.slice(3, 6) : null };
}

class Builder {
  private readonly names = createTrie<NameEntry>();
  private readonly sectors = createTrie<SectorEntry>();
  private readonly titles = createTrie<TitleEntry>();
  private readonly states = new Map<string, NamedActor>();
  private readonly persons = new Map<string, Person>();
  private readonly byTitle = new Map<string, Person[]>();
  private readonly pendingPersons: Readonly<Record<string, string>>[] = [];
  private readonly orgIds = new Set<string>();
  /** Organisations by code, for the roles held in them ("IMGMUSISI,leader": the Islamic State's sector, REB). */
  private readonly orgsByCode = new Map<string, NamedActor>();
  private readonly eras = new Map<string, Era[]>();

  add(table: TsvTable, path: string): void {
    const has = (c: string): boolean => table.columns.includes(c);
    if (has('iso3')) for (const r of table.rows) this.state(r);
    else if (has('place') && has('state')) for (const r of table.rows) this.province(r, path);
    else if (has('roles')) this.pendingPersons.push(...table.rows);
    else if (has('id') && has('from')) for (const r of table.rows) this.era(r, path);
    else if (has('id') && has('code')) for (const r of table.rows) this.org(r);
    else if (has('alias') && has('code')) for (const r of table.rows) this.seat(r);
    else if (has('code') && has('aliases')) for (const r of table.rows) this.region(r);
    else if (has('phrase') && has('label')) for (const r of table.rows) this.sector(r);
    else if (has('phrase') && has('title')) for (const r of table.rows) this.title(r);
    else
      throw new Error(
        `${path}: unknown actor dictionary header (${table.columns.join(', ')}); see dictionaries/actors/README.md`,
      );
  }

  finish(version: string): ActorRegistry {
    // Persons last: their role codes are split against the states read before.
    for (const r of this.pendingPersons) this.person(r);
    return {
      version,
      names: this.names,
      sectors: this.sectors,
      titles: this.titles,
      states: this.states,
      persons: this.persons,
      byTitle: this.byTitle,
      eras: this.eras,
    };
  }

  private state(r: Readonly<Record<string, string>>): void {
    const iso = r['iso3'] ?? '';
    const actor: NamedActor = { id: iso, name: r['name'] ?? iso, code: iso, country: iso, sector: null, type: 'state' };
    this.states.set(iso, actor);
    for (const a of list(r['aliases'])) addPhrase(this.names, a, { kind: 'state', actor });
    for (const a of list(r['adjectives'])) addPhrase(this.names, a, { kind: 'adjective', actor });
    const people: NamedActor = { ...actor, id: `${iso}.people`, name: `${actor.name} (people)`, type: 'group' };
    for (const a of list(r['demonyms'])) addPhrase(this.names, a, { kind: 'demonym', actor: people });
    for (const a of list(r['capitals'])) addPhrase(this.names, a, { kind: 'capital', actor });
  }

  /** A state's sub-national place ("Sindh", "South Carolina") is a name of the state itself. */
  private province(r: Readonly<Record<string, string>>, path: string): void {
    const iso = r['state'] ?? '';
    const actor = this.states.get(iso);
    if (actor === undefined)
      throw new Error(`${path}: ${r['place'] ?? ''}: no state "${iso}"; use the iso3 of a row of countries.tsv`);
    addPhrase(this.names, r['place'] ?? '', { kind: 'state', actor });
  }

  private org(r: Readonly<Record<string, string>>): void {
    const type = (value(r['type']) ?? 'organization') as ActorType;
    const actor: NamedActor = {
      id: r['id'] ?? '',
      name: r['name'] ?? '',
      code: r['code'] ?? '',
      country: value(r['country']),
      sector: value(r['sector']),
      type,
    };
    this.orgIds.add(actor.id);
    if (!this.orgsByCode.has(actor.code)) this.orgsByCode.set(actor.code, actor);
    for (const a of list(r['aliases'])) addPhrase(this.names, a, { kind: 'org', actor });
    for (const a of list(r['short'])) addPhrase(this.names, a, { kind: 'org-short', actor });
  }

  private era(r: Readonly<Record<string, string>>, path: string): void {
    const id = r['id'] ?? '';
    const code = r['code'] ?? '';
    const from = r['from'] ?? '';
    const to = value(r['to']);
    const where = `${path}: era of "${id}"`;
    // Eras name organisations read before them (organizations.tsv, or a user file given earlier).
    if (!this.orgIds.has(id))
      throw new Error(`${where}: no organisation has this id; add it to organizations.tsv first`);
    for (const [field, date] of [['from', from] as const, ['to', to] as const]) {
      if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new Error(`${where}: ${field} "${date}" is not a date; write YYYY-MM-DD${field === 'to' ? ' or -' : ''}`);
    }
    if (to !== null && to <= from) throw new Error(`${where}: to ${to} is not after from ${from}`);
    const eras = this.eras.get(id) ?? [];
    eras.push({ code, ...splitCode(code, this.states), from, to });
    this.eras.set(id, eras);
  }

  private seat(r: Readonly<Record<string, string>>): void {
    const code = r['code'] ?? '';
    const name = r['name'] ?? '';
    const { country, sector } = splitCode(code, this.states);
    const actor: NamedActor = {
      id: `seat.${name.toLowerCase().replace(/^the /, '').replace(/\W+/g, '-')}`,
      name,
      code,
      country,
      sector,
      type: (value(r['type']) ?? 'organization') as ActorType,
    };
    addPhrase(this.names, r['alias'] ?? '', { kind: 'seat', actor });
  }

  private region(r: Readonly<Record<string, string>>): void {
    const code = r['code'] ?? '';
    const actor: NamedActor = { id: code, name: r['name'] ?? code, code, country: null, sector: null, type: 'region' };
    for (const a of list(r['aliases'])) addPhrase(this.names, a, { kind: 'region', actor });
    for (const a of list(r['adjectives'])) addPhrase(this.names, a, { kind: 'adjective', actor });
  }

  private sector(r: Readonly<Record<string, string>>): void {
    const entry: SectorEntry = {
      // "-": the noun names the body itself ("Western countries" is the West), with no sector.
      sector: r['sector'] === '-' ? '' : (r['sector'] ?? 'GOV'),
      type: (value(r['type']) ?? 'group') as ActorType,
      label: r['label'] ?? r['phrase'] ?? '',
    };
    addPhrase(this.sectors, r['phrase'] ?? '', entry);
  }

  private title(r: Readonly<Record<string, string>>): void {
    addPhrase(this.titles, r['phrase'] ?? '', { title: r['title'] ?? '', sector: r['sector'] ?? 'GOV' });
  }

  private person(r: Readonly<Record<string, string>>): void {
    const roles: Role[] = [];
    for (const spec of (r['roles'] ?? '').split(';')) {
      const [code, title, from, to] = spec.split(',').map((s) => s.trim());
      if (!code || !title || !from) continue;
      const org = this.orgsByCode.get(code);
      const { country, sector } = org ?? splitCode(code, this.states);
      roles.push({ code, country, sector, title: title.toLowerCase(), from, to: to ? to : null });
    }
    const g = value(r['gender']);
    const person: Person = {
      id: r['id'] ?? '',
      name: r['name'] ?? '',
      gender: g === 'm' || g === 'f' ? g : null,
      country: value(r['country']),
      roles,
    };
    this.persons.set(person.id, person);
    for (const a of list(r['aliases'])) addPhrase(this.names, a, { kind: 'person', person, short: false });
    for (const a of list(r['short'])) addPhrase(this.names, a, { kind: 'person', person, short: true });
    for (const role of roles) {
      for (const key of [`${role.country ?? role.code}|${role.title}`, `|${role.title}`]) {
        const l = this.byTitle.get(key) ?? [];
        if (!l.includes(person)) l.push(person);
        this.byTitle.set(key, l);
      }
    }
  }
}
