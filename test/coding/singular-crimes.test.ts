// A crime named in the singular with its doer charges the doer as the plural does (src/coding/crimes.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings } from './shipped-readings.ts';

test('a single crime named with its doer is a charge of war crimes', () => {
  const crimes = (text: string): string[] => allReadings(text, 'rules:crime');
  assert.deepEqual(crimes('"This is a war crime committed by the Russian army in plain sight," Zelensky said.'), [
    '1124 UKRGOV->RUSMIL asserted',
  ]);
  assert.deepEqual(crimes('Kuleba said the shelling of the school was a war crime of Russian troops.'), [
    '1124 UKRGOV->RUSMIL asserted',
  ]);
  assert.deepEqual(crimes('Zelensky said the world must respond to this new crime of Russia.'), [
    '1124 UKRGOV->RUS asserted',
  ]);
});

test('crime as a domain of policing, or classifying another noun, charges no one', () => {
  const crimes = (text: string): string[] => allReadings(text, 'rules:crime');
  assert.deepEqual(crimes('"Our police will fight organised crime in Russia," Zelensky said.'), []);
  assert.deepEqual(crimes('The minister said the Russian war crime investigators had arrived in Kyiv.'), []);
});
