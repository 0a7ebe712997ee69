// Locations in the exports: GDELT ActionGeo_* columns (FIPS country codes, GDELT's type numbers), Actor1Geo/Actor2Geo
// at country level from the actor's country, CSV location columns and PLOVER's event_loc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_COLUMNS } from '../../src/export/gdelt-columns.ts';
import { gdeltRow } from '../../src/export/gdelt.ts';
import { gdeltGeoType, locationCells } from '../../src/export/geo.ts';
import { csvLine, CSV_COLUMNS } from '../../src/export/csv.ts';
import { ploverRecord } from '../../src/export/plover.ts';
import type { StoredEvent } from '../../src/store/index.ts';
import type { Actor, EventLocation } from '../../src/types.ts';

const KHARKIV: EventLocation = {
  name: 'Kharkiv',
  fullName: 'Kharkiv, Kharkivska Oblast, Ukraine',
  type: 'city',
  country: 'UKR',
  countryFips: 'UP',
  adm1: 'Kharkivska Oblast',
  lat: 49.9925,
  long: 36.2311,
  featureId: '1804588413',
  text: 'Kharkiv',
  start: 30,
  end: 37,
  basis: 'sentence',
};

const actor = (code: string, country: string | null, type: Actor['type']): Actor => ({
  text: code,
  name: code,
  code,
  country,
  sector: null,
  type,
  id: null,
});

const stored = (location: EventLocation | null): StoredEvent => ({
  event: {
    id: 'a:0',
    sentenceIndex: 0,
    sentence: 'Russian forces shelled Kharkiv.',
    trigger: { start: 15, end: 22, text: 'shelled' },
    date: '2022-02-24',
    source: actor('RUSMIL', 'RUS', 'organization'),
    target: actor('IGOWSTNAT', null, 'igo'),
    cameo: '195',
    plover: 'ASSAULT',
    mode: null,
    goldstein: -10,
    quadClass: 4,
    modality: 'asserted',
    reportedBy: null,
    confidence: 0.9,
    rule: 'test',
    dictionaryVersion: 'test',
    location,
  },
  article: { id: 'a', date: '2022-02-24', title: null, url: null, source: null },
});

const cell = (row: readonly string[], column: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(column)];

test('ActionGeo columns hold the event location with the FIPS country code', () => {
  const row = gdeltRow(stored(KHARKIV), null, undefined);
  assert.equal(cell(row, 'ActionGeo_Type'), '4'); // world city
  assert.equal(cell(row, 'ActionGeo_FullName'), 'Kharkiv, Kharkivska Oblast, Ukraine');
  assert.equal(cell(row, 'ActionGeo_CountryCode'), 'UP'); // FIPS, not ISO UA/UKR
  assert.equal(cell(row, 'ActionGeo_ADM1Code'), 'UP');
  assert.equal(cell(row, 'ActionGeo_ADM2Code'), '');
  assert.equal(cell(row, 'ActionGeo_Lat'), '49.9925');
  assert.equal(cell(row, 'ActionGeo_Long'), '36.2311');
  assert.equal(cell(row, 'ActionGeo_FeatureID'), '1804588413');
});

test('Actor geo columns: the actor’s country at country level, empty for an IGO', () => {
  const row = gdeltRow(stored(KHARKIV), null, undefined);
  assert.equal(cell(row, 'Actor1Geo_Type'), '1');
  assert.equal(cell(row, 'Actor1Geo_FullName'), 'Russia');
  assert.equal(cell(row, 'Actor1Geo_CountryCode'), 'RS');
  assert.equal(cell(row, 'Actor1Geo_FeatureID'), 'RS');
  assert.equal(cell(row, 'Actor1Geo_Lat'), '60');
  assert.equal(cell(row, 'Actor2Geo_Type'), '');
  assert.equal(cell(row, 'Actor2Geo_CountryCode'), '');
});

test('no location leaves the ActionGeo columns empty', () => {
  const row = gdeltRow(stored(null), null, undefined);
  for (const c of GDELT_COLUMNS.filter((c) => c.startsWith('ActionGeo_'))) assert.equal(cell(row, c), '', c);
});

test("GDELT's geo types: country 1, US state 2, US city 3, world city 4, world state 5", () => {
  assert.equal(gdeltGeoType({ type: 'country', country: 'USA' }), '1');
  assert.equal(gdeltGeoType({ type: 'adm1', country: 'USA' }), '2');
  assert.equal(gdeltGeoType({ type: 'city', country: 'USA' }), '3');
  assert.equal(gdeltGeoType({ type: 'city', country: 'UKR' }), '4');
  assert.equal(gdeltGeoType({ type: 'adm1', country: 'UKR' }), '5');
  const country = locationCells({ ...KHARKIV, type: 'country', name: 'Ukraine', fullName: 'Ukraine', adm1: null });
  assert.equal(country.featureId, 'UP'); // GDELT's FeatureID for a country is its code
  const division = locationCells({ ...KHARKIV, type: 'adm1', featureId: null });
  assert.equal(division.featureId, '');
});

test('CSV carries the location in its last seven columns', () => {
  const cells = csvLine(stored(KHARKIV)).trimEnd().split(',');
  const at = (name: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(name)];
  assert.equal(at('location_name'), 'Kharkiv');
  assert.equal(at('location_type'), 'city');
  assert.equal(at('location_country'), 'UKR');
  assert.equal(at('location_fips'), 'UP');
  assert.equal(at('location_adm1'), 'Kharkivska Oblast');
  assert.equal(at('location_lat'), '49.9925');
  assert.equal(at('location_long'), '36.2311');
});

test('PLOVER event_loc uses Mordecai/GeoNames field names; the full record stays under detente', () => {
  const r = ploverRecord(stored(KHARKIV));
  assert.deepEqual(r.event_loc, {
    placename: 'Kharkiv',
    name: 'Kharkiv',
    admin1_name: 'Kharkivska Oblast',
    country_code: 'UKR',
    lat: 49.9925,
    lon: 36.2311,
    feature_class: 'P',
    feature_code: 'PPL',
    resolution: 'city',
    geonameid: null,
    start_char: 30,
    end_char: 37,
  });
  assert.deepEqual(r.detente.location, KHARKIV);
  assert.equal(ploverRecord(stored(null)).event_loc, null);
});
