// "allowed Russian troops to use its territory to launch an invasion": the purpose infinitive after "use <something>"
// is done by the user, not by the owner of what is used (the "its" before it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriggers } from '../pipeline/coded-triggers.ts';

const events = (text: string): string[] => codedTriggers(text, '');

test('the user of a means does what it is used for', () => {
  const got = events('Belarus allowed Russian troops to use its territory to launch an invasion of Ukraine.');
  assert.ok(got.includes('invasion of RUSMIL->UKR'), got.join('; '));
});

test("a force using a supplier's weapons strikes with them itself", () => {
  const got = events('Britain allowed Ukrainian forces to use its long-range missiles to strike Russian airfields.');
  assert.ok(
    got.some((e) => e.startsWith('strike UKRMIL->')),
    got.join('; '),
  );
});
