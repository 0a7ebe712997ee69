import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an amount between the words of a pattern is no word of it: what is given is still given', () => {
  assert.deepEqual(
    readings('Canada has donated hundreds of millions of dollars of military aid to Ukraine.', 'donated'),
    ['071 CAN->UKR asserted'],
  );
  assert.deepEqual(readings('Norway sent billions of kroner of weapons to Ukraine.', 'sent'), [
    '072 NOR->UKR asserted',
  ]);
  assert.deepEqual(readings('Italy has given more than 3 billion euros of aid to Tunisia.', 'given'), [
    '070 ITA->TUN asserted',
  ]);
  assert.deepEqual(readings('Qatar has sent large amounts of aid to Sudan.', 'sent'), ['070 QAT->SDN asserted']);
  // A pattern that names the amount's own words still takes them.
  assert.deepEqual(readings('Spain pledged $40 million in military aid to Ukraine.', 'pledged'), [
    '0332 ESP->UKR asserted',
  ]);
});

test('an actor after "and" that opens a clause of its own is no object of the act before', () => {
  assert.deepEqual(
    readings('Russia launched its invasion in February and NATO ministers are meeting in Brussels.', 'invasion'),
    ['190 RUS->- asserted'],
  );
  assert.deepEqual(readings('Russia launched its invasion in August against Georgia.', 'invasion'), [
    '190 RUS->GEO asserted',
  ]);
});

test('a bare "fight" that names no one fought is no event, a fight with an adversary stays', () => {
  assert.deepEqual(readings('Our servicemen continue to fight bravely.', 'fight'), []);
  assert.deepEqual(readings('Georgians have fought like heroes, the president said.', 'fought'), []);
  // Sworn or readied, a fight is a threat (1384) and stays.
  assert.deepEqual(readings('The rebels have sworn to fight until they take the capital.', 'fight'), [
    '1384 ---REB->- asserted',
  ]);
  assert.deepEqual(readings('Rebels fought government troops in Bamako.', 'fought'), ['190 ---REB->MLIMIL asserted']);
  assert.deepEqual(
    readings('Russia invaded Ukraine in February. Ukrainian troops are fighting the occupiers near Izium.', 'fighting'),
    ['190 UKRMIL->RUSMIL asserted'],
  );
});

test('two sides that fight with no one else fought fight each other, unless they fought side by side', () => {
  assert.deepEqual(readings('Armenian and Azerbaijani troops fought overnight.', 'fought'), [
    '190 ARMMIL->AZEMIL asserted',
    '190 AZEMIL->ARMMIL asserted',
  ]);
  assert.deepEqual(readings('Estonian and Latvian soldiers fought together.', 'fought'), []);
});
