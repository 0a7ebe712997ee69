// "Hungary is the only EU country refusing to …", "India is the only Asian nation that abstained, refusing to …": the
// actor that qualifies the ranked kind is the class, not the doer; the doer is the copula's subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriggers } from '../pipeline/coded-triggers.ts';

const events = (text: string): string[] => codedTriggers(text, '');

test('a participle after the ranked kind is done by the subject', () => {
  const got = events('Austria is the only EU country refusing to send weapons to Ukraine.');
  assert.ok(got.includes('refusing to AUT->UKR'), got.join('; '));
});

test('a participle after a relative clause on the ranked kind is done by the subject', () => {
  const got = events('Chile was the only Latin American nation that voted against, refusing to condemn Russia.');
  assert.ok(got.includes('refusing to CHL->RUS'), got.join('; '));
});
