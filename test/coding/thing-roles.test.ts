// Real-news events an analyst does not code at all (session 28): an act that a body's or a thing's role, platform or
// way serves, named by an -ing form ("the commission plays an important role in strengthening ties").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test("an act a body's or a thing's role or platform serves is no event", () => {
  const commission = 'The joint commission plays a vital role in strengthening trade ties between Russia and Serbia.';
  assert.deepEqual(readings(commission, 'strengthening'), []);
  const forum = 'The business forum provided a platform for expanding cooperation between Russia and Vietnam.';
  assert.deepEqual(readings(forum, 'expanding'), []);
  // A side playing the role keeps its act.
  const side = 'The United States plays a very important role in supporting Ukraine.';
  assert.deepEqual(readings(side, 'supporting'), ['051 USA->UKR asserted']);
});
