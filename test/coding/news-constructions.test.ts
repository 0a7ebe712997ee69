// Constructions of real news that the review set rarely shows: turn-passing thanks, going back "to" a place,
// infinitives in a series after a call or a wish, and infinitives put after an expletive "it is …".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.ts';
import { readings } from './shipped-readings.ts';

const TRANSCRIPT =
  'Vladimir Putin met with Alexander Lukashenko in the Kremlin.\n\n' +
  'President of Russia Vladimir Putin: Mr President, thank you for coming. We have a lot to discuss. ' +
  'President of Belarus Alexander Lukashenko: Thank you, Mr President. We will discuss the economy. ' +
  'Vladimir Putin: Thank you very much for your attention and your help in our work. ' +
  'Thank you for your attention. ' +
  'Alexander Lukashenko: Thank you for your time and your attention. Thank you and good luck.';

test('thanks that pass or close a turn ("Thank you, Mr President.", "Thank you for your attention.") are courtesy', () => {
  const thanks = createPipeline()
    .code({ id: 't', date: '2021-08-20', title: null, url: null, source: null, text: TRANSCRIPT })
    .events.filter((e) => e.trigger.text.toLowerCase() === 'thank')
    .map((e) => `${e.cameo} ${e.source?.code}->${e.target?.code} ${e.sentence.split(': ').pop()}`);
  assert.deepEqual(thanks, [
    '051 RUSGOV->BLRGOV Mr President, thank you for coming.',
    '051 RUSGOV->BLRGOV Thank you very much for your attention and your help in our work.',
  ]);
});

test('"return to" a place is going back, no 0842; returning something, or being returned, yields it', () => {
  assert.deepEqual(readings('Crimea will return to Ukraine.', 'return'), []);
  assert.deepEqual(readings('The British ambassador returned to Kyiv on Monday.', 'return'), []);
  assert.deepEqual(readings('Russia returned the territory to Ukraine.', 'return'), ['0842 RUS->UKR asserted']);
  assert.deepEqual(readings('Over 100 Armenian servicemen were returned to Armenia by Azerbaijan.', 'return'), [
    '0842 AZE->ARMMIL asserted',
  ]);
});

test('a later infinitive of a series is called for with the first and has its doer, and a wish still performs thanks', () => {
  assert.deepEqual(
    readings('The EU called on Russia to comply with its obligations, to release Ukrainian prisoners.', 'release'),
    ['0841 RUS->UKR hypothetical'],
  );
  assert.deepEqual(
    readings(
      'The EU called on Russia to comply with the law, to immediately and unconditionally release the prisoners.',
      'release',
    ),
    ['084 RUS->- hypothetical'],
  );
  assert.deepEqual(readings('The EU urged Russia to stop the war and to withdraw its troops.', 'withdraw'), [
    '087 RUS->- hypothetical',
  ]);
  assert.deepEqual(
    readings(
      'A US Senate delegation urged Serbia to join the rest of Europe and impose sanctions against Russia.',
      'impose',
    ),
    ['163 SRB->RUS hypothetical'],
  );
  // A purpose after a past act stays done.
  assert.deepEqual(readings('Russia sent troops to Belarus to train and to attack Ukraine.', 'attack'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(
    readings('"I would like to address our citizens and to thank Belarus for its help," Putin said.', 'thank'),
    ['051 RUSGOV->BLR asserted'],
  );
});

test('an infinitive after an expletive "it is …" is judged, not done; a pleasure in it is done', () => {
  // Said by a known speaker: a doerless speech or aid act is dropped whatever its modality (doerless-speech.ts).
  assert.deepEqual(readings('"It is our duty to help Ukraine," Scholz said.', 'help'), [
    '070 DEUGOV->UKR hypothetical',
  ]);
  assert.deepEqual(readings('It is the basic interest of the world now to help protect Ukraine.', 'protect'), []);
  assert.deepEqual(readings('It was a mistake to invade Ukraine.', 'invade'), ['190 -->UKR hypothetical']);
  assert.deepEqual(readings('"That is why it is our duty to help Ukraine," Scholz said.', 'help'), [
    '070 DEUGOV->UKR hypothetical',
  ]);
  assert.deepEqual(readings('"It is a pleasure to meet President Macron," Scholz said.', 'meet'), [
    '040 DEUGOV->FRAGOV asserted',
    '040 FRAGOV->DEUGOV asserted',
  ]);
  assert.deepEqual(
    readings('"It is my great pleasure to congratulate President Macron," Scholz said.', 'congratulate'),
    ['051 DEUGOV->FRAGOV asserted'],
  );
});

test('an opening infinitive states a purpose, an unquoted imperative asks for the act: neither is done', () => {
  assert.deepEqual(
    readings('"To really help Ukraine, it is not necessary to talk about the dates," Scholz said.', 'help'),
    ['070 DEUGOV->UKR hypothetical'],
  );
  assert.deepEqual(readings('"First, to support Ukraine even more actively," Scholz said.', 'support'), [
    '051 DEUGOV->UKR hypothetical',
  ]);
  // With no doer at all, an appeal or aid act is no event (doerless-speech.ts).
  assert.deepEqual(readings('Help Ukrainians who are forced to flee their homes.', 'Help'), []);
  // A document starting with "To" once crashed the judged-infinitive test.
  assert.deepEqual(readings('To help Ukraine.', 'help'), []);
});

test('destroying forces or their arms is combat (190); destroying houses or civilian vehicles is damage (1712)', () => {
  assert.deepEqual(readings('Ukrainian forces destroyed 838 tanks and 176 planes.', 'destroyed'), [
    '190 UKRMIL->- asserted',
  ]);
  assert.deepEqual(readings('Russian troops destroyed civilian vehicles and houses in Bucha.', 'destroyed'), [
    '1712 RUSMIL->- asserted',
  ]);
});

test('an invitation to act is an appeal (020); one to visit, talk or take part in a summit stays 026', () => {
  assert.deepEqual(readings('Zelensky invited Germany to join the reconstruction of Ukraine.', 'invited'), [
    '020 UKRGOV->DEU asserted',
  ]);
  assert.deepEqual(readings('Putin invited Joe Biden to start talks on security guarantees.', 'invited'), [
    '026 RUSGOV->USAGOV asserted',
  ]);
  assert.deepEqual(readings('Zelensky invited Olaf Scholz to take part in the summit in Kyiv.', 'invited'), [
    '026 UKRGOV->DEUGOV asserted',
  ]);
});

test('"During the meeting," with no actor as the clause subject restates the meeting and names no participants', () => {
  assert.deepEqual(
    readings(
      "Zelensky met with Ursula von der Leyen. During the meeting, special attention was paid to Ukraine's European aspirations.",
      'meeting',
    ),
    [],
  );
  assert.deepEqual(
    readings(
      'Zelensky met with Justin Trudeau. During the meeting, the President invited the Prime Minister of Canada to visit Ukraine.',
      'meeting',
    ),
    ['040 UKRGOV->CANGOV asserted', '040 CANGOV->UKRGOV asserted'],
  );
});

test('the act thanked for ("thanked X for supporting Ukraine", "thank you for inviting me") is done by the one thanked', () => {
  assert.deepEqual(
    readings("Zelensky thanked Justin Trudeau for supporting Ukraine's European aspirations.", 'supporting'),
    ['051 CANGOV->UKR asserted'],
  );
  assert.deepEqual(
    readings('Tokayev expressed his gratitude to Vladimir Putin for agreeing to send troops.', 'agreeing'),
    ['030 RUSGOV->KAZGOV asserted'],
  );
  assert.deepEqual(readings('Zelensky thanked Spain for sheltering 100,000 Ukrainian migrants.', 'sheltering'), [
    '075 ESP->UKR asserted',
  ]);
});

test('a hyphenated compound between a verb and its literal modifies, whatever its tags ("started a full-blown war")', () => {
  // "full-blown" is tagged full/ADJ -/PUNCT blown/VERB: a word of a compound, not a word of its own.
  assert.deepEqual(readings('Kira was a month old when Russia started a full-blown war.', 'start'), [
    '190 RUS->- asserted',
  ]);
});

test('an amount restated in brackets, a currency sign glued to its number and a quantity keep a pattern whole', () => {
  assert.deepEqual(
    readings('Germany will provide a further 37 million euros ($40m) to Ukraine for reconstruction.', 'provide'),
    ['0331 DEU->UKR asserted'],
  );
  assert.deepEqual(readings('The UK pledged more than £4.7 billion to Ukraine.', 'pledge'), ['0331 GBR->UKR asserted']);
  // So does the "of" of a number noun: "tens of thousands of troops" is one quantity.
  assert.deepEqual(readings('Russia has amassed tens of thousands of troops near Ukraine.', 'amass'), [
    '150 RUS->UKR asserted',
  ]);
  // Brackets that are no amount still part the words: "(the alliance)" is an aside of another kind.
  assert.deepEqual(readings('Germany will provide 37 million euros (the first tranche) to Ukraine.', 'provide'), []);
});

test('"at least" is a quantity, not the "at" of "fire at": no shot aimed at anything', () => {
  assert.deepEqual(readings('Officials reported that Russia fired at least six cruise missiles.', 'fired at'), []);
  assert.deepEqual(readings('Russian troops fired at apartment buildings in Kharkiv.', 'fired at'), [
    '193 RUSMIL->UKR asserted',
  ]);
});

test('"slammed / blasted X for V-ing": X does the alleged act, as after "criticized … for"', () => {
  assert.deepEqual(readings('The Kremlin blasted Washington for supplying weapons to Kyiv.', 'supplying'), [
    '072 USA->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Lavrov slammed NATO for sending troops to Poland.', 'sending'), [
    '150 IGOWSTNAT->POL hypothetical',
  ]);
});

test('a past form the tagger reads as an adjective is the verb when "between" names the parties after it', () => {
  assert.deepEqual(readings('Norway mediated between Sri Lanka and the Tamil Tigers.', 'mediated'), [
    '045 NOR->LKA asserted',
    '045 NOR->LKAREB asserted',
  ]);
});
