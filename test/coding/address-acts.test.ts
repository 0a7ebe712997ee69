// An address's sentences with their "I" left out ("Thanked Erdoğan for …", src/coding/elided-subject.ts) and thanks
// for something to the person the speaker just spoke with (src/coding/thanks-for.ts thankedInterlocutor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import type { Event } from '../../src/types.ts';

const pipeline = createPipeline();
const ADDRESS = 'Address by President of Ukraine Volodymyr Zelenskyy';

/** "cameo src->tgt modality" of the events triggered by `word` in an address by Zelenskyy. */
function addressed(text: string, word: string): string[] {
  const events: readonly Event[] = pipeline.code({
    id: 't',
    date: '2022-03-01',
    title: ADDRESS,
    url: null,
    source: null,
    text,
  }).events;
  return events
    .filter((e) => e.trigger.text.startsWith(word))
    .map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
}

test('an address sentence opening with a past verb of diplomacy is the speaker’s, with its "I" left out', () => {
  const day = 'Dear Ukrainians! Today I spoke with the leaders of states. ';
  assert.deepEqual(addressed(`${day}Thanked my and our friend Erdoğan for the unwavering support.`, 'Thanked'), [
    '051 UKRGOV->TURGOV asserted',
  ]);
  assert.deepEqual(addressed(`${day}Discussed with Prime Minister Modi the course of our defence.`, 'Discussed'), [
    '040 UKRGOV->INDGOV asserted',
    '040 INDGOV->UKRGOV asserted',
  ]);
  // No one named right after the verb: no act of the speaker's to code.
  assert.deepEqual(addressed(`${day}Thanked them for their service in Kharkiv.`, 'Thanked'), []);
  // A participle naming victims is no act of the speaker's.
  assert.deepEqual(addressed(`${day}Killed Ukrainians in Bucha.`, 'Killed'), ['190 -->UKRCVL asserted']);
});

test('in an address, thanks for something go to the person the speaker just spoke with', () => {
  assert.deepEqual(
    addressed(
      'I held negotiations with the Prime Minister of Slovakia and thanked for the defensive support.',
      'thanked',
    ),
    ['051 UKRGOV->SVKGOV asserted'],
  );
  // Two sentences back, or an organisation only talked about, is no one the speaker just spoke with.
  assert.deepEqual(
    addressed(
      'We agreed to bring our country closer to the European Union. Next - Denmark. I expressed gratitude for the weapons.',
      'expressed',
    ),
    ['051 UKRGOV->- asserted'],
  );
});
