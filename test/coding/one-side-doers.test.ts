// Several doers of one country in a readout act as one side: "Vladimir Putin and Sergei Lavrov informed the leaders
// …" informs the other parties as "Vladimir Putin informed the leaders …" does, and an addressee-less consultation
// of theirs is done to the readout's counterpart as a lone doer's is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('two doers of one side inform the readout’s other parties, as one doer does', () => {
  const calls =
    'Vladimir Putin had telephone conversations with President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz. ';
  assert.deepEqual(
    readings(`${calls}Vladimir Putin and Sergei Lavrov informed the leaders of the results of the talks.`, 'informed'),
    [
      '040 RUSGOV->FRAGOV asserted',
      '040 RUSGOV->DEUGOV asserted',
      '040 RUSGOV->FRAGOV asserted',
      '040 RUSGOV->DEUGOV asserted',
    ],
  );
});

test('two doers of one side tell the readout’s counterpart; doers of two sides inform each other', () => {
  const met =
    'Vladimir Putin met with President of Azerbaijan Ilham Aliyev and Foreign Minister of Azerbaijan Jeyhun Bayramov. ';
  assert.deepEqual(
    readings(`${met}Ilham Aliyev and Jeyhun Bayramov informed about the situation on the border.`, 'informed'),
    ['040 AZEGOV->RUSGOV asserted', '040 AZEGOV->RUSGOV asserted'],
  );
  // Doers of both sides inform each other, as participants do, not the counterpart of one of them.
  assert.deepEqual(
    readings(`${met}Vladimir Putin and Ilham Aliyev informed about the situation on the border.`, 'informed'),
    ['040 RUSGOV->AZEGOV asserted', '040 AZEGOV->RUSGOV asserted'],
  );
});
