// Mention lists compared by country or actor (actor-keys.ts): what eventsOf's filters over its own locals did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  sharesACountry,
  someOfCountry,
  withoutActorsOf,
  withoutCountriesOf,
  withoutCountryOf,
  withoutMentions,
} from '../../src/coding/actor-keys.ts';
import type { Mention } from '../../src/types.ts';

const mention = (name: string, code: string, country: string | null): Mention =>
  ({ actor: { text: name, name, code, country } }) as unknown as Mention;

const putin = mention('Vladimir Putin', 'RUSGOV', 'RUS');
const lavrov = mention('Sergey Lavrov', 'RUSGOV', 'RUS');
const kremlin = mention('Vladimir Putin', 'RUSGOV', 'RUS'); // the same actor, another mention
const scholz = mention('Olaf Scholz', 'DEUGOV', 'DEU');
const nato = mention('NATO', 'IGOWSTNAT', null);
const names = (list: readonly Mention[]): string[] => list.map((m) => m.actor.name);

test('by country: a country is shared by any two of its actors, and a countryless actor by its code', () => {
  assert.equal(someOfCountry([scholz, lavrov], putin), true);
  assert.equal(someOfCountry([scholz, nato], putin), false);
  assert.equal(someOfCountry([nato], mention('the Alliance', 'IGOWSTNAT', null)), true);
  assert.equal(sharesACountry([scholz, nato], [lavrov]), false);
  assert.equal(sharesACountry([scholz, lavrov], [putin]), true);
  assert.deepEqual(names(withoutCountryOf([putin, scholz, lavrov, nato], putin)), ['Olaf Scholz', 'NATO']);
  assert.deepEqual(names(withoutCountriesOf([putin, scholz, nato], [lavrov, nato])), ['Olaf Scholz']);
});

test('by actor and by mention: the same actor named twice, the same mention', () => {
  assert.deepEqual(names(withoutActorsOf([kremlin, lavrov, scholz], [putin])), ['Sergey Lavrov', 'Olaf Scholz']);
  assert.deepEqual(names(withoutMentions([kremlin, putin, scholz], [putin])), ['Vladimir Putin', 'Olaf Scholz']);
  assert.notEqual(withoutMentions([kremlin], [putin])[0], putin);
});

test('each gives a new list, in the order of the first', () => {
  const list = [scholz, putin];
  const kept = withoutCountriesOf(list, []);
  assert.deepEqual(kept, list);
  assert.notEqual(kept, list);
});
