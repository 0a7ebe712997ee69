// Real-news events an analyst does not code as done (session 17, second wave): acts called for by a noun's "must" or
// "should", acts one only has the ability to do, acts called needed in a mandated that-clause or for others, and wars
// qualified as economic, legal or informational.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an act noun the clause says must or should come about is called for, not done', () => {
  assert.deepEqual(
    readings('We agreed that the sixth package of sanctions against Russia should be accelerated.', 'sanctions'),
    ['163 -->RUS hypothetical'],
  );
  assert.deepEqual(readings('Sanctions against Russia must be strengthened!', 'Sanctions'), [
    '163 -->RUS hypothetical',
  ]);
  assert.deepEqual(readings('Sanctions against Kremlin propagandists need to be stepped up.', 'Sanctions'), [
    '163 -->RUSGOV hypothetical',
  ]);
  // A noun "need" belongs to another phrase; a sanction named with a past verb is done. (Named as what another act is
  // about, "thanked Slovenia for supporting the introduction of … EU sanctions", it is background: judged-measures.ts.)
  const inForce =
    'EU sanctions against Russia came into force, and Yermak informed about the need to further increase the pressure.';
  assert.deepEqual(readings(inForce, 'sanctions'), ['163 IGOEUREEC->RUS asserted']);
  assert.deepEqual(readings('The sanctions against Russia were imposed in March.', 'sanctions'), [
    '163 -->RUS asserted',
  ]);
});

test('an act one has the ability or capacity to do is not done', () => {
  assert.deepEqual(readings("The missiles will neutralize Russia's ability to kill civilians.", 'kill'), [
    '190 RUS->- hypothetical',
  ]);
  assert.deepEqual(readings('Russia has the military capacity to invade a NATO country.', 'invade'), [
    '190 RUS->IGOWSTNAT hypothetical',
  ]);
});

test('an act called needed for others, or after "continue to", is not done', () => {
  assert.deepEqual(readings('It is necessary for all Europeans to block ports for all Russian ships.', 'block'), [
    '191 -->RUS hypothetical',
  ]);
  assert.deepEqual(readings('To stop the war, Germany must continue to support Ukraine.', 'support'), [
    '051 DEU->UKR hypothetical',
  ]);
});

test('a present-tense that-clause after "it is important" is mandated; a past one is a fact', () => {
  assert.deepEqual(readings('It is very important that the Polish authorities reliably support Ukraine.', 'support'), [
    '051 POLGOV->UKR hypothetical',
  ]);
  assert.deepEqual(readings('It is essential that Russia continue expanding cooperation with China.', 'expanding'), [
    '060 RUS->CHN hypothetical',
  ]);
  assert.deepEqual(
    readings('It is important that the presidents of Poland and Lithuania visited Ukraine.', 'visited'),
    ['042 POLGOV->UKR asserted', '042 LTUGOV->UKR asserted'],
  );
  // A relative clause inside it reports its own past act.
  const machine =
    'It is important that companies do not help this military machine, which has already killed thousands of Ukrainians.';
  assert.deepEqual(readings(machine, 'killed'), ['202 -->UKRCVL asserted']);
});

test('a war qualified as economic, legal or informational is no attack', () => {
  assert.deepEqual(
    readings('The Western countries have unleashed a complete sanctions war against Russia.', 'unleashed'),
    [],
  );
  assert.deepEqual(
    readings('Western countries have launched a financial and economic war against Russia.', 'launched'),
    [],
  );
  assert.deepEqual(readings('Russia has already started an energy war against Poland.', 'started'), []);
  assert.deepEqual(readings('The Ministry of Justice is waging an effective legal war against Russia.', 'waging'), []);
  // Armed, hybrid and plain wars stay attacks.
  assert.deepEqual(readings('Russia launched a war against Ukraine.', 'launched'), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings('In 2014, Russia started a hybrid war against Ukraine.', 'started'), [
    '190 RUS->UKR asserted',
  ]);
});

test('a "we" that fights with no one fought is rhetoric, not an attack', () => {
  assert.deepEqual(readings('We continue to fight.', 'fight'), []);
  assert.deepEqual(readings('That is why we fight.', 'fight'), []);
  assert.deepEqual(readings('And for us, time is very important, because we fight every day.', 'fight'), []);
  assert.deepEqual(readings('But we are fighting not just for ourselves.', 'fighting'), []);
  // The side fought is named: an attack.
  assert.deepEqual(readings('Today Ukrainian troops are fighting the Russian troops in Donbas.', 'fighting'), [
    '190 UKRMIL->RUSMIL asserted',
  ]);
  assert.deepEqual(readings('We fight the Russian army every day.', 'fight'), ['190 -->RUSMIL asserted']);
});
