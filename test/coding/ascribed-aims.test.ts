// A hostile aim ascribed to another side accuses it (CAMEO 112): "Russia's goal is to destroy Ukraine", said by
// Ukraine's president (src/coding/ascribed-aims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test("a speaker's hostile aim ascribed to another side accuses that side", () => {
  assert.deepEqual(
    allReadings('"Russia\'s real goal is to destroy Georgia," the Georgian president said.', 'rules:ascribed'),
    ['112 GEOGOV->RUS asserted'],
  );
  assert.deepEqual(allReadings("Zelensky said that Russia's plans to seize Odesa had failed.", 'rules:ascribed'), [
    '112 UKRGOV->RUS asserted',
  ]);
});

test('no accusation for peaceful aims, own aims, aims already condemned, or the Second World War recalled', () => {
  assert.deepEqual(allReadings('"Finland\'s plans to join NATO are no secret," Niinisto said.', 'rules:ascribed'), []);
  assert.deepEqual(allReadings('"Ukraine\'s goal is to liberate Crimea," Zelensky said.', 'rules:ascribed'), []);
  assert.deepEqual(
    allReadings('"We condemn Russia\'s attempts to seize Ukrainian land," Scholz said.', 'rules:ascribed'),
    [],
  );
  assert.deepEqual(
    allReadings("Putin recalled that Nazi Germany's plans to seize Moscow were shattered in 1941.", 'rules:ascribed'),
    [],
  );
});

test('an aim to undermine, to cause a harm, or an act after a second "to" is as hostile', () => {
  assert.deepEqual(
    allReadings('"Russia\'s real goal is to destabilize Georgia," the Georgian president said.', 'rules:ascribed'),
    ['112 GEOGOV->RUS asserted'],
  );
  assert.deepEqual(
    allReadings(
      '"Russia\'s plans to cause chaos in Georgia will fail," the Georgian president said.',
      'rules:ascribed',
    ),
    ['112 GEOGOV->RUS asserted'],
  );
  assert.deepEqual(
    allReadings("Russia's aim was to block Georgia from joining NATO, the Georgian president said.", 'rules:ascribed'),
    ['112 GEOGOV->RUS asserted'],
  );
  assert.deepEqual(allReadings('"Russia\'s goal is to try to seize Kyiv," Zelensky said.', 'rules:ascribed'), [
    '112 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(
    allReadings("Zelensky said Russia's plans to be able to attack Odesa had failed.", 'rules:ascribed'),
    ['112 UKRGOV->RUS asserted'],
  );
});

test('no accusation for an aim to bring about a good, nor for the Nazi state undermining Europe', () => {
  assert.deepEqual(allReadings('"Russia\'s aim is to bring peace to Georgia," Lavrov said.', 'rules:ascribed'), []);
  assert.deepEqual(allReadings('"Nazi Germany\'s aim was to destabilize Europe," Putin said.', 'rules:ascribed'), []);
});
