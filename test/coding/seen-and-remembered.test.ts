// "They saw missiles hit Kharkiv", "They remember how Birmingham was bombed": the one who sees or remembers is no
// party to the act seen or remembered; the weapon's phrase, or the clause after "how", has its own doer and patient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a weapon seen hitting hits for whoever its phrase names, not for the one who saw it', () => {
  const people = 'The Polish people remember the war. ';
  assert.deepEqual(readings(`${people}And they saw Russian missiles hit Lutsk.`, 'hit'), ['194 RUSMIL->UKR asserted']);
  assert.ok(!readings(`${people}And they saw missiles hit Lutsk.`, 'hit').some((r) => r.includes('POL')));
});

test('a passive in a "how" clause has no subject from the clause around it', () => {
  const people = 'The Polish people remember the war. ';
  assert.ok(!readings(`${people}They remember how Birmingham was bombed.`, 'bombed').some((r) => r.includes('POL')));
});
