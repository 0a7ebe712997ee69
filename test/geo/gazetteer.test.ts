// The gazetteer built from a few rows: keys fold accents, apostrophes and hyphens; aliases add candidates; "X region"
// finds the division; bad alias rows fail with the file and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeKey, spanEndWithin, wordCount } from '../../src/geo/key.ts';
import { buildGazetteer } from '../../src/geo/gazetteer.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { CITIES, COUNTRIES, smallGazetteer } from './fixtures.ts';

test('placeKey folds case, accents, apostrophes and hyphens', () => {
  assert.equal(placeKey('Homyel’'), 'homyel');
  assert.equal(placeKey('Ivano-Frankivsk'), 'ivano frankivsk');
  assert.equal(placeKey('  Ivano   Frankivsk '), 'ivano frankivsk');
  assert.equal(placeKey('Île-de-France'), 'ile de france');
  assert.equal(placeKey('KYIV'), 'kyiv');
});

test('a transliteration alias adds the canonical city as a candidate', () => {
  const gaz = smallGazetteer();
  const odessa = gaz.places('odessa').map((p) => `${p.name}|${p.country}`);
  assert.deepEqual(odessa.sort(), ['Odesa|UKR', 'Odessa|USA']);
  assert.deepEqual(
    gaz.places('kiev').map((p) => p.name),
    ['Kyiv'],
  );
});

test('landmarks are kept apart from places', () => {
  const gaz = smallGazetteer();
  assert.deepEqual(gaz.places('kremlin'), []);
  assert.equal(gaz.landmark('kremlin')?.name, 'Moscow');
});

test('"X region" is the division named after X, else the division X is the seat of', () => {
  const gaz = smallGazetteer();
  const kyiv = gaz.places('kyiv')[0]!;
  assert.equal(gaz.division(kyiv, 'kyiv')?.name, 'Kyivska Oblast'); // not the city's own "Kyiv, Misto"
  const donetsk = gaz.places('donetsk').find((p) => p.country === 'UKR')!;
  assert.equal(gaz.division(donetsk, 'donetsk')?.name, 'Donetska Oblast');
  const odesa = gaz.places('odesa')[0]!;
  assert.equal(gaz.division(odesa, 'odesa')?.name, 'Odeska Oblast'); // seat of its oblast
  const mariupol = gaz.places('mariupol')[0]!;
  assert.equal(gaz.division(mariupol, 'mariupol'), null); // not a seat, no division of that name
});

test('a division stands at the mean of its cities', () => {
  const gaz = smallGazetteer();
  const donetska = CITIES.filter((c) => c.admin_name === 'Donetska Oblast');
  const kramatorsk = gaz.places('kramatorsk')[0]!;
  const division = gaz.division(kramatorsk, 'donetsk')!;
  assert.equal(division.type, 'adm1');
  const meanLat = donetska.reduce((s, c) => s + Number(c.lat), 0) / donetska.length;
  assert.ok(Math.abs(division.lat - meanLat) < 1e-3);
});

test('country lookups: FIPS code, name key, adjectives', () => {
  const gaz = smallGazetteer();
  assert.equal(gaz.country('UKR')?.fips, 'UP');
  assert.equal(gaz.countryByName('united states')?.iso3, 'USA');
  assert.equal(gaz.countryPlace('RUS')?.type, 'country');
  assert.ok(gaz.isAdjective('afghan'));
  assert.ok(!gaz.isAdjective('afghanistan'));
});

test('an alias to a city that is not in the list names the alias and the target', () => {
  assert.throws(
    () => buildGazetteer(CITIES, COUNTRIES, [{ alias: 'Kiev', target: 'Kief', country: 'UKR', kind: 'city' }], []),
    /aliases\.tsv: Kiev: no city "Kief" in UKR/,
  );
});

test('a division the actor dictionary names as its state is a place by that name, as populous as its cities', () => {
  const rows = [
    { city: 'Anchorage', lat: 61.2, lng: -149.9, iso3: 'USA', admin_name: 'Alaska', population: 290000 },
    { city: 'Toronto', lat: 43.7, lng: -79.4, iso3: 'CAN', admin_name: 'Ontario', population: 5400000 },
    { city: 'Ontario', lat: 34.1, lng: -117.6, iso3: 'USA', admin_name: 'California', population: 175000 },
    { city: 'Patna', lat: 25.6, lng: 85.1, iso3: 'IND', admin_name: 'Bihār', population: 2000000 },
  ];
  const provinces = [
    { place: 'Alaska', state: 'USA' },
    { place: 'Ontario', state: 'CAN' },
    { place: 'Bihar', state: 'IND' },
    { place: 'Alaska', state: 'CAN' }, // no such division of Canada: ignored
  ];
  const gaz = buildGazetteer(rows, COUNTRIES, [], [], [], provinces);
  assert.deepEqual(
    gaz.places('alaska').map((p) => `${p.name}|${p.type}|${p.country}`),
    ['Alaska|adm1|USA'],
  );
  assert.deepEqual(
    gaz.places('bihar').map((p) => p.name),
    ['Bihār'],
  ); // accents folded
  // The province and the Californian city of the same name: the province has its cities' people.
  const ontario = gaz.places('ontario');
  assert.deepEqual(ontario.map((p) => p.type).sort(), ['adm1', 'city']);
  assert.equal(ontario.find((p) => p.type === 'adm1')?.population, 5400000);
  // Without the actor dictionary's row a division stays nameless.
  assert.deepEqual(buildGazetteer(rows, COUNTRIES, [], []).places('alaska'), []);
});

test("the city list's codes for Gaza, the West Bank and Kosovo are the actor dictionary's states", () => {
  const rows = [
    { city: 'Gaza', lat: 31.5, lng: 34.47, iso3: 'XGZ', admin_name: 'Gaza Strip', population: 590000 },
    { city: 'Pristina', lat: 42.67, lng: 21.17, iso3: 'XKS', admin_name: 'Prishtinë', population: 200000 },
  ];
  const gaz = buildGazetteer(rows, COUNTRIES, [], []);
  assert.equal(gaz.places('gaza')[0]?.country, 'PSE');
  assert.equal(gaz.places('pristina')[0]?.country, 'XKX');
});

test('longestNameFrom: the most words of a city, landmark or country key opening with the word, 0 for no key', () => {
  const gaz = smallGazetteer();
  const longest = (word: string): number => gaz.longestNameFrom(word);
  assert.deepEqual(['kyiv', 'bila', 'ivano', 'kremlin', 'united', 'ukraine'].map(longest), [1, 2, 2, 1, 2, 1]);
  for (const word of ['tserkva', 'frankivsk', 'kingdom', 'putin', 'bila tserkva']) assert.equal(longest(word), 0, word);
});

test('spanEndWithin never cuts a span whose key may still have so few words', () => {
  const text =
    "Shells hit Bila Tserkva region, Kyiv's U.S.-made Kyiv - Odesa, Rostov-on-Don and N'Djamena ʼ Île-de-France  Oblast.";
  const doc = analyze({ id: 't', date: null, title: null, url: null, source: null, text });
  const { tokens } = doc;
  const words = (first: number, end: number): number =>
    wordCount(placeKey(text.slice(tokens[first]!.start, tokens[end - 1]!.end)));
  for (let first = 0; first < tokens.length; first++) {
    for (let most = 1; most <= 4; most++) {
      const reach = spanEndWithin(text, tokens, first, tokens.length, most);
      assert.ok(reach > first, `${tokens[first]!.text} ${most}`);
      for (let end = reach + 1; end <= tokens.length; end++) assert.ok(words(first, end) > most, `${first} ${end}`);
    }
  }
  // "Bila Tserkva" is two words, "region" the third.
  const bila = tokens.findIndex((t) => t.text === 'Bila');
  assert.equal(tokens[spanEndWithin(text, tokens, bila, tokens.length, 2)]?.text, 'region');
});
