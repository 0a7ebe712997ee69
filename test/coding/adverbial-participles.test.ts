// An adverbial participle has no subject of its own: its doer is the subject of the clause it modifies
// (src/coding/adverbial-participles.ts). A request naming no addressee, joined to a verb of thanking or informing,
// is made to the one thanked or informed (src/coding/addressed-requests.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a participle that opens the sentence is done by the subject after its comma', () => {
  assert.deepEqual(
    readings(
      'After conferring with U.S. President Joe Biden on Tuesday, Scholz said all of us will support Ukraine.',
      'conferring',
    ),
    ['040 DEUGOV->USAGOV asserted', '040 USAGOV->DEUGOV asserted'],
  );
  assert.deepEqual(readings('Since invading Ukraine in 2022, Putin has made veiled threats.', 'invading'), [
    '190 RUSGOV->UKR asserted',
  ]); // A perfect participle ("Having launched …") and "in" + gerund opening the sentence likewise.
  assert.deepEqual(readings('Having attacked Ukraine, Russia has blocked its ports.', 'attacked'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(
    readings('In launching a war on Ukraine, President Vladimir Putin claimed Russia would win.', 'launching'),
    ['190 RUSGOV->UKR asserted'],
  );
});

test('a participle after the clause is done by that clause’s subject, past a subordinate clause', () => {
  assert.deepEqual(
    readings(
      'Guterres has had little contact with Zelenskyy since the war began, speaking with him once by telephone.',
      'speaking',
    ),
    ['041 IGOUNO->UKRGOV asserted', '041 UKRGOV->IGOUNO asserted'],
  );
  assert.deepEqual(
    readings(
      'Taoiseach Leo Varadkar pledged to stand with Ukraine after holding talks with President Volodymyr Zelensky.',
      'holding',
    ),
    ['040 IRLGOV->UKRGOV asserted', '040 UKRGOV->IRLGOV asserted'],
  );
  // "Russia, while mobilizing troops, denies …": the phrase between the subject and its verb.
  assert.deepEqual(
    readings('Russia, while mobilizing 100,000 troops, denies it plans to invade.', 'mobilizing')[0]?.slice(0, 8),
    '154 RUS-',
  );
});

test('a gerund in a list, a quote or after a future clause gets no doer from the clause', () => {
  // "concerns such as preventing NATO expansion, refusing to deploy …" names demands, not acts.
  const list =
    'Putin said the letters did not take into account such concerns of Russia as preventing NATO expansion, refusing to deploy strike weapons.';
  assert.ok(readings(list, 'refusing').every((r) => !r.startsWith('120 RUSGOV')));
  // "will visit Poland before travelling to Germany" is for the clause's future to say.
  const future = 'The prime minister will visit Poland on Tuesday before travelling to Germany.';
  assert.ok(readings(future, 'travelling').every((r) => !r.includes('asserted')));
});

test('a request joined to a verb of thanking is made to the one thanked', () => {
  assert.deepEqual(
    readings(
      'The Deputy Head of the Office of the President of Ukraine thanked the German side for its support and called for further strengthening of sanctions pressure.',
      'called for',
    ),
    ['100 UKRGOV->DEUGOV asserted'],
  );
  // Two of one delegation thank and ask together.
  const delegation =
    'Andriy Yermak and Valerii Zaluzhnyi thanked the United States for its assistance and raised the issue of the ' +
    'needs of the Ukrainian army.';
  assert.deepEqual(readings(delegation, 'raised'), ['100 UKRGOV->USA asserted', '100 UKRMIL->USA asserted']);
});

test('a harm told as the result of a passive is done by its agent, never by the one that suffered it', () => {
  // "A Kyiv apartment block was destroyed, killing …": the block (Kyiv, Ukraine) killed nobody.
  const agentless = 'A Kyiv apartment block was destroyed, killing at least one and wounding six others.';
  assert.deepEqual(readings(agentless, 'killing'), []);
  assert.deepEqual(readings(agentless, 'wounding'), []);
  const agent = 'The building was destroyed by Russian missiles, killing at least one.';
  assert.deepEqual(readings(agent, 'killing'), ['190 RUSMIL->- asserted']);
  // An active clause keeps its subject.
  assert.deepEqual(readings('Russian troops entered the village, killing five civilians.', 'killing'), [
    '190 RUSMIL->- asserted',
  ]);
});

test('a participle after an object, with a pronoun as its own object, is done by the clause’s subject', () => {
  // Scholz does not congratulate himself: "him" is Scholz, so the sender does it.
  assert.deepEqual(
    readings('Vladimir Putin sent a message to Olaf Scholz congratulating him on taking office.', 'congratulating'),
    [],
  );
  assert.deepEqual(
    readings('Vladimir Putin sent a message to Olaf Scholz congratulating him on taking office.', 'sent a message to'),
    ['051 RUSGOV->DEUGOV asserted'],
  );
});
