// One consultation with several counterparts runs both ways with each (the initiator is not known, as with one
// counterpart); a series of calls or contacts one side held runs from that side (src/coding/initiative.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a meeting, conference or call with several counterparts runs both ways with each', () => {
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy held a video conference with President of Lithuania Gitanas Nausėda and President of Poland Andrzej Duda.',
      'conference',
    ).sort(),
    [
      '040 LTUGOV->UKRGOV asserted',
      '040 POLGOV->UKRGOV asserted',
      '040 UKRGOV->LTUGOV asserted',
      '040 UKRGOV->POLGOV asserted',
    ],
  );
  assert.deepEqual(
    readings(
      'Vladimir Putin had a telephone conversation with Chancellor of the Federal Republic of Germany Olaf Scholz and President of the French Republic Emmanuel Macron.',
      'telephone',
    ).sort(),
    [
      '041 DEUGOV->RUSGOV asserted',
      '041 FRAGOV->RUSGOV asserted',
      '041 RUSGOV->DEUGOV asserted',
      '041 RUSGOV->FRAGOV asserted',
    ],
  );
});

test('visitors met by their host run from the visitors, however many', () => {
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Albania Edi Rama and Prime Minister of Montenegro Dritan Abazović, who are on a visit to our country.',
      'met',
    ).sort(),
    ['040 ALBGOV->UKRGOV asserted', '040 MNEGOV->UKRGOV asserted'],
  );
});

test('a series of calls or contacts one side held runs from that side', () => {
  assert.deepEqual(
    readings(
      'Vladimir Putin had telephone conversations with President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz.',
      'telephone',
    ).sort(),
    ['041 RUSGOV->DEUGOV asserted', '041 RUSGOV->FRAGOV asserted'],
  );
  assert.deepEqual(
    readings(
      'Nikol Pashinyan talked about his contacts with President of Azerbaijan Ilham Aliyev and President of the European Council Charles Michel.',
      'talked',
    ).sort(),
    ['040 ARMGOV->AZEGOV asserted', '040 ARMGOV->IGOEUREEC asserted'],
  );
});

const CALLS =
  'Vladimir Putin had telephone conversations with President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz. ';

test('after separate calls, the counterparts named together act on the caller, not on each other', () => {
  assert.deepEqual(
    readings(
      `${CALLS}The President of France and the Federal Chancellor of Germany expressed readiness to continue contacts.`,
      'readiness',
    ).sort(),
    ['036 DEUGOV->RUSGOV asserted', '036 FRAGOV->RUSGOV asserted'],
  );
  // Met together, they act on each other too.
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Spain Pedro Sánchez and Prime Minister of Denmark Mette Frederiksen. Sánchez and Frederiksen expressed readiness to continue contacts.',
      'readiness',
    ).sort(),
    ['036 DNKGOV->ESPGOV asserted', '036 ESPGOV->DNKGOV asserted'],
  );
});

test('a disposition indicated, or shown in an adverbial participle, is its clause subject’s', () => {
  assert.deepEqual(
    readings(
      `${CALLS}The President of France and the Federal Chancellor of Germany expressed disappointment over the developments, while also indicating readiness to continue contacts.`,
      'indicating',
    ).sort(),
    ['036 DEUGOV->RUSGOV asserted', '036 FRAGOV->RUSGOV asserted'],
  );
  // As "expressed readiness": one side's intent names no addressee.
  assert.deepEqual(readings(`${CALLS}The President of France indicated readiness to continue contacts.`, 'indicated'), [
    '036 FRAGOV->- asserted',
  ]);
});
