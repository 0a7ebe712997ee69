// A coercive act announced as the consequence of a condition that comes first is a threat, besides the act itself
// (src/coding/conditional-threats.ts); a warning's target may be the condition's doer (src/coding/warnings.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('"If X, Y will <coercive act>": a threat asserted, the act hypothetical', () => {
  assert.deepEqual(
    allReadings('If Russia invades Ukraine, the United States will impose severe sanctions on Moscow.'),
    ['190 RUS->UKR hypothetical', '163 USA->RUS hypothetical', '1312 USA->RUS asserted'],
  );
  // Inverted "should", and "would".
  assert.deepEqual(allReadings('Should Kyiv attack Donbas, Russia would strike Ukraine.'), [
    '190 RUS->UKR hypothetical',
    '1384 RUS->UKR asserted',
  ]);
  // No target in the act: the condition's doer is threatened.
  assert.ok(allReadings('If Kyiv attacks Donbas, Russia will impose sanctions.').includes('1312 RUS->UKR asserted'));
  // Reported by the side that will act.
  assert.ok(
    allReadings('Biden said that if Russia invades, the US will impose sanctions on Russia.').includes(
      '1312 USA->RUS asserted',
    ),
  );
});

test('no threat: a negated or past consequence, a forecast by someone else, an act first', () => {
  const none = (text: string): void =>
    assert.deepEqual(
      allReadings(text).filter((e) => e.startsWith('13')),
      [],
      text,
    );
  none('If Russia invades, the US will not send troops to Ukraine.');
  none('If Russia had invaded, the US would have imposed sanctions.');
  none('If Donbas falls, he believes, Putin will target Kyiv again.');
  none('If the talks fail, analysts expect that Russia will attack Ukraine.');
});

test("a warning names the condition's doer when it names no one else, and a cost foreseen for oneself warns no one", () => {
  assert.ok(allReadings('If Russia attacked Ukraine, NATO would respond.').includes('130 IGOWSTNAT->RUS asserted'));
  assert.deepEqual(
    allReadings(
      'Stoltenberg said: "If Putin learns the lesson from this war, we will pay a much higher price."',
    ).filter((e) => e.startsWith('13')),
    [],
  );
  assert.ok(allReadings('Russia would pay a heavy price, Biden said.').includes('130 USAGOV->RUS asserted'));
});
