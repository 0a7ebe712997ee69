// Readout wording found uncoded on the dev held-out sets and recurring in the corpus (session 18, issue 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

const CALL = 'Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. ';

test('a matter one side of a readout spoke about is told to the other side; both sides talking discuss it', () => {
  assert.deepEqual(readings(`${CALL}Kassym-Jomart Tokayev spoke about the steps Astana is taking.`, 'spoke'), [
    '040 KAZGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL}Vladimir Putin spoke in detail about the grain deal.`, 'spoke'), [
    '040 RUSGOV->KAZGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL}The leaders also talked about energy prices.`, 'talked'), [
    '040 RUSGOV->KAZGOV asserted',
    '040 KAZGOV->RUSGOV asserted',
  ]);
});

test('words about a topic that are no turn of the talks told are no consultation', () => {
  // "we are talking about": this concerns; a future or a perfect; the speaker's own words; a back-reference.
  assert.deepEqual(readings(`${CALL}"We are talking about six months," Putin said.`, 'talking'), []);
  assert.deepEqual(readings(`${CALL}Vladimir Putin will talk about the budget later.`, 'talk'), []);
  assert.deepEqual(readings(`${CALL}Vladimir Putin has spoken about the budget many times.`, 'spoken'), []);
  assert.deepEqual(readings(`${CALL}"We talked about the new railway," Putin said.`, 'talked'), []);
  assert.deepEqual(readings(`${CALL}These are the mistakes which they talked about every year.`, 'talked'), []);
  assert.deepEqual(readings(`${CALL}Vladimir Putin spoke about it at length.`, 'spoke'), []);
  // Praise is no telling.
  assert.deepEqual(readings(`${CALL}Vladimir Putin spoke highly of the joint work.`, 'spoke'), []);
});

test('a phone conversation that opens the sentence stays the event, not the matter spoken about in it', () => {
  assert.deepEqual(
    readings(
      'During a phone conversation with US President Joseph Biden, President Volodymyr Zelenskyy spoke about the new sanctions.',
      'spoke',
    ),
    [],
  );
});

test('refugees or civilians welcomed, hosted or received are sheltered (075), not visitors hosted (043)', () => {
  assert.deepEqual(readings('Canada has begun a programme to welcome Ukrainian refugees.', 'welcome'), [
    '075 CAN->UKRREF asserted',
  ]);
  assert.deepEqual(readings('Lithuania received Ukrainian children for medical treatment.', 'received'), [
    '075 LTU->UKRCVL asserted',
  ]);
  // A delegation or an official received is a visit hosted.
  assert.deepEqual(readings('Lithuania received a Ukrainian government delegation.', 'received'), [
    '043 LTU->UKRGOV asserted',
  ]);
});

test('a matter one side of a readout drew attention to is raised with the other side; attention drawn is not', () => {
  assert.deepEqual(readings(`${CALL}Vladimir Putin drew attention to the state of the grain deal.`, 'drew'), [
    '040 RUSGOV->KAZGOV asserted',
  ]);
  assert.deepEqual(
    readings(`${CALL}The Kazakh side's attention was drawn to the state of the grain deal.`, 'drawn'),
    [],
  );
});

test('both sides of a readout focusing on a matter discuss it; one side or the talks themselves do not', () => {
  assert.deepEqual(readings(`${CALL}The parties also focused on the transit of goods.`, 'focused'), [
    '040 RUSGOV->KAZGOV asserted',
    '040 KAZGOV->RUSGOV asserted',
  ]);
  assert.deepEqual(readings(`${CALL}Vladimir Putin focused on the transit of goods.`, 'focused'), []);
  assert.deepEqual(readings(`${CALL}The conversation focused on the transit of goods.`, 'focused'), []);
});
