import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { sortedReadings } from './fake-actors.ts';

const brief = sortedReadings;

test('a hyphenated pair of actors before a meeting noun names both parties of the meeting', () => {
  assert.deepEqual(brief('Russia-Belarus talks were held in Minsk on Friday.'), [
    '040 BLR->RUS asserted',
    '040 RUS->BLR asserted',
  ]);
  assert.deepEqual(brief('Speaking after the NATO-Ukraine summit, the secretary general said nothing.'), [
    '040 IGOWSTNAT->UKR asserted',
    '040 UKR->IGOWSTNAT asserted',
  ]);
  // Adjectives may stand between the pair and the noun.
  assert.deepEqual(brief('Secret, informal Ukraine-Russia talks are already under way.'), [
    '040 RUS->UKR asserted',
    '040 UKR->RUS asserted',
  ]);
});

test('a summit or meeting with one party, a spaced dash or a meeting named as context is no event', () => {
  assert.deepEqual(brief('The NATO summit ended in Madrid.'), []);
  assert.deepEqual(brief('Russia - and later Belarus - talks were mentioned.'), []);
  // After a preposition other than one of time, the meeting is the background of what the sentence tells.
  assert.deepEqual(brief('Poland hoped for a settlement in Ukraine-Russia talks.'), []);
  assert.deepEqual(brief('Russian-Ukrainian relations have deteriorated.'), []);
});

test('a meeting held in one side’s country is the other side’s visit: one direction, visitor to host', () => {
  assert.deepEqual(brief('Blinken held talks with Kuleba in Kyiv.'), ['040 USAGOV->UKRGOV asserted']);
  // A third country tells nothing of who visited whom.
  assert.deepEqual(brief('Blinken held talks with Kuleba in Poland.'), [
    '040 UKRGOV->USAGOV asserted',
    '040 USAGOV->UKRGOV asserted',
  ]);
});

test('"said this at a joint briefing with X": the speaker held the briefing with X', () => {
  assert.deepEqual(brief('Lavrov said this at a joint briefing with Blinken.'), [
    '040 RUSGOV->USAGOV asserted',
    '040 USAGOV->RUSGOV asserted',
  ]);
});

test('a cooperative event noun after "we have" or "let\'s have" in a quote is the speaker\'s', () => {
  const pipeline = createPipeline();
  const readings = (text: string): string[] =>
    pipeline
      .code({ id: 't', date: '2022-01-21', title: null, url: null, source: null, text })
      .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`);
  // "Let's" announces an intent to meet (036), as "will hold talks" does.
  assert.deepEqual(readings('"Let\'s have a dialogue with Russia," Zelensky said.'), ['036 UKRGOV->RUS asserted']);
  // A war one "has" is a state of affairs, not an act of the speaker's.
  assert.deepEqual(readings('"We have a war with Russia," Zelensky said.'), []);
});

test('the place where named sides meet is the venue, not a party; in one side’s country the other visits it', () => {
  const p = createPipeline();
  const met = (text: string): string[] =>
    p
      .code({ id: 't', date: '2022-02-15', title: null, url: null, source: null, text })
      .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`)
      .sort();
  assert.deepEqual(met('Scholz and Zelensky met in Kyiv.'), ['040 DEUGOV->UKRGOV']);
  assert.deepEqual(met('The foreign ministers of Russia and Ukraine met in Turkey.'), [
    '044 RUSGOV->UKRGOV',
    '044 UKRGOV->RUSGOV',
  ]);
  // A single side meeting in a place still meets there: the venue rule needs two named sides.
  assert.deepEqual(met('Zelensky will arrive in Warsaw on Monday.'), ['036 UKRGOV->POL']);
});

test('a meeting named in a phrase of time was held by the subject of the clause around it', () => {
  // Opening the sentence: the main clause's subject met the counterpart.
  assert.deepEqual(brief('During a meeting with Blinken, Kuleba discussed the consequences of the war.'), [
    '040 UKRGOV->USAGOV asserted',
    '040 USAGOV->UKRGOV asserted',
  ]);
  // After a passive's agent, past phrases that name no actor.
  assert.deepEqual(brief('This was stated by Kuleba in a statement to the media following talks with Blinken.'), [
    '040 UKRGOV->USAGOV asserted',
    '040 USAGOV->UKRGOV asserted',
  ]);
  // A hyphenated modifier of the meeting noun ("an hour-long meeting") is no break in the phrase.
  assert.deepEqual(brief('After a two-hour meeting with Blinken, Kuleba thanked the United States.'), [
    '040 UKRGOV->USAGOV asserted',
    '040 USAGOV->UKRGOV asserted',
    '051 UKRGOV->USA asserted',
  ]);
  // After the clause's verb.
  assert.deepEqual(brief('Kuleba spoke to reporters after talks with Blinken.'), [
    '040 UKRGOV->USAGOV asserted',
    '040 USAGOV->UKRGOV asserted',
  ]);
});

test('negotiations one has a position in, or a phrase not opening a clause of its holder, are held by no one', () => {
  assert.deepEqual(brief('Ukraine has a strong position in negotiations with Russia.'), []);
  assert.deepEqual(brief('During a meeting with Blinken, support for the idea was expressed.'), []);
  // The main clause tells the consultation between the same sides: the phrase only sets it in time.
  assert.deepEqual(brief('During a visit to Poland, Kuleba met with the foreign minister of Poland.'), [
    '040 UKRGOV->POL asserted',
  ]);
});

test('title words that a name leaves out stand before the counterpart: "Acting Federal Chancellor of …"', () => {
  assert.deepEqual(brief('Lavrov had a telephone conversation with Acting Federal Minister of Poland.'), [
    '041 POL->RUSGOV asserted',
    '041 RUSGOV->POL asserted',
  ]);
});
