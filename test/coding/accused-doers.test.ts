import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('an act under an alleged attempt is the accused one’s, not the accuser’s', () => {
  assert.deepEqual(readings('Tehran accused Israel of trying to destroy Iran from within.', 'destroy'), [
    '1712 ISR->IRN hypothetical',
  ]);
  assert.deepEqual(
    readings('Tehran accused Israel of attempting to divide Iranian society and destroy Iran from within.', 'destroy'),
    ['1712 ISR->IRN hypothetical'],
  );
});

test('news verbs of lashing out allege what they blame the object for', () => {
  assert.deepEqual(readings('Beijing lashed out at Washington for supplying weapons to Taiwan.', 'supplying'), [
    '072 USA->TWN hypothetical',
  ]);
  assert.deepEqual(readings('Moscow assailed Washington for sending missiles to Kyiv.', 'sending'), [
    '072 USA->UKR hypothetical',
  ]);
});

test("a penalty's stated cause is the penaliser's charge against the object, not its own act", () => {
  assert.deepEqual(readings('The EU sanctioned Belarus for supporting the invasion of Ukraine.', 'supporting'), [
    '051 BLR->- hypothetical',
  ]);
  // The penalty itself stays.
  assert.deepEqual(readings('The EU sanctioned Belarus for supporting the invasion of Ukraine.', 'sanctioned'), [
    '163 IGOEUREEC->BLR asserted',
  ]);
});
