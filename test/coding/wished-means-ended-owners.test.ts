// The means of an act only wished is not taken; an act after "the cessation of" and its possessor is ended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('the means of an act only wanted or planned is not taken', () => {
  assert.deepEqual(readings('Moscow wants to weaken Europe by cutting gas supplies to Germany.', 'cutting'), [
    '162 RUS->DEU hypothetical',
  ]);
  assert.deepEqual(readings('Russia intends to split the alliance by cutting gas supplies to Poland.', 'cutting'), [
    '162 RUS->POL hypothetical',
  ]);
  // An attempt's means are used: it is under way.
  assert.deepEqual(readings('Russia is trying to weaken Europe by cutting gas supplies to Germany.', 'cutting'), [
    '162 RUS->DEU asserted',
  ]);
});

test('an act whose possessor stands after "the cessation of" is ended, not done', () => {
  assert.deepEqual(readings('Poland announced the cessation of its trade with Russia.', 'trade'), [
    '061 POL->RUS negated',
  ]);
  assert.deepEqual(readings("The President ordered the cessation of Ukraine's trade with Russia.", 'trade'), [
    '061 UKR->RUS negated',
  ]);
  // A possessor with no ending noun before it leaves the act as it is.
  assert.deepEqual(readings('Poland praised its cooperation with Ukraine.', 'cooperation'), ['060 POL->UKR asserted']);
});
