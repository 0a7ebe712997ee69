// Armed forces deployed with no one named deploying them are sent by their own side: the forces are the source and
// the place they are sent to, if a state, the target (as forces withdrawn with no agent retreat, 087).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('forces deployed with no agent are their own side’s deployment', () => {
  assert.deepEqual(readings('Wagner Group fighters were deployed to Mali after the coup.', 'deployed'), [
    '150 RUSMIL->MLI asserted',
  ]);
  assert.deepEqual(readings('Many of the Russian troops deployed to Belarus were conscripts.', 'deployed'), [
    '150 RUSMIL->BLR asserted',
  ]);
  assert.deepEqual(
    readings('Some Ukrainian troops that were deployed in the southern districts retreated.', 'deployed'),
    ['150 UKRMIL->- asserted'],
  );
});

test('a state’s adjective before a noun of forces the dictionary lacks is its military', () => {
  assert.deepEqual(readings('In November, Russian peacekeepers were deployed in Georgia.', 'deployed'), [
    '150 RUSMIL->GEO asserted',
  ]);
});

test('a retreat with no agent keeps its reading', () => {
  assert.deepEqual(readings('Russian troops will be withdrawn from Belarus.', 'withdrawn'), [
    '0356 RUSMIL->BLR asserted',
  ]);
});

test('what is deployed must be a force to be the doer', () => {
  for (const r of readings('Western journalists were deployed in Ukraine.', 'deployed')) assert.match(r, /^150 -->/);
});
