// A speaker's apology in passing, thanks for a question, a bare "Agreed.", a side's resolve to fight with no
// adversary and seizing on an idea are no events (session 27): speakers-apologies.ts, courtesy.ts, bare-assents.ts,
// generic-fights.ts and seized-ideas.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('an "I" or "we" apologising to no actor in a speech is courtesy, no apology', () => {
  assert.deepEqual(
    readings('"I apologise - the footage is hard to watch, but it is true," Zelenskyy said.', 'apolog'),
    [],
  );
  assert.deepEqual(
    readings('"I would like to apologise, but we must take a short break now," Putin said.', 'apolog'),
    [],
  );
  assert.deepEqual(
    readings(
      '"We apologise to the residents of our city who waited in vain," the Deputy Prime Minister said.',
      'apolog',
    ),
    [],
  );
  // An apology to another side stays.
  assert.deepEqual(readings('Poland has apologised to Ukraine for the border incident.', 'apolog'), [
    '055 POL->UKR asserted',
  ]);
});

test('"pardon my language" opening an aside is an interjection, no pardon', () => {
  assert.deepEqual(
    readings('"We are used to this, pardon my language, cynical Western conduct," Lukashenko said.', 'pardon'),
    [],
  );
  assert.deepEqual(readings('"Biden will pardon my son," the senator said.', 'pardon'), ['035 USAGOV->- asserted']);
});

test('a "we" or an "I" vowing to fight to the end, with no adversary, is resolve, no threat', () => {
  assert.deepEqual(readings('"I will fight to the last," Zelenskyy said.', 'fight'), []);
  assert.deepEqual(readings('"We will fight until we achieve victory," Zelenskyy said.', 'fight'), []);
  assert.deepEqual(readings('"We will fight as long as it takes," Zelenskyy said.', 'fight'), []);
  assert.deepEqual(readings('"We will fight in any way we can," Zelenskyy said.', 'fight'), []);
  assert.deepEqual(readings('"We will fight and we will not give up," Zelenskyy said.', 'fight'), []);
  // A fight until an aim that implies the adversary stays a threat.
  assert.deepEqual(readings('"We will fight until we regain our land," Zelenskyy said.', 'fight'), [
    '1384 UKRGOV->- asserted',
  ]);
});

test('a fight as long as it takes to liberate the land implies the adversary and stays', () => {
  assert.deepEqual(readings('"We will fight as long as it takes to liberate our land," Zelenskyy said.', 'fight'), [
    '1384 UKRGOV->- asserted',
  ]);
});

test("thanks for a question are a speaker's courtesy; thanks for raising a matter stay", () => {
  const transcript = (thanks: string): string[] =>
    allReadings(
      'Vladimir Putin met with Alexander Lukashenko in the Kremlin.\n\n' +
        `President of Russia Vladimir Putin: Mr President, ${thanks} We have a lot to discuss. ` +
        'President of Belarus Alexander Lukashenko: Thank you, Mr President. We will discuss the economy.',
      '05-support',
    );
  assert.deepEqual(transcript('thank you for this question.'), []);
  assert.deepEqual(transcript('thank you for raising the question of gas prices.'), ['051 RUSGOV->BLRGOV asserted']);
});

test('to seize on an idea or a fear is to exploit it, no seizure; a seizure on a day stays', () => {
  assert.deepEqual(readings('Putin seized on old strands of imperial thought to justify the war.', 'seiz'), []);
  assert.deepEqual(readings('Russian officials are seizing on fears of a new offensive.', 'seiz'), []);
  assert.deepEqual(readings('Iran seized on Friday a British tanker in the Gulf.', 'seiz'), ['171 IRN->GBR asserted']);
});

test('to seize an occasion is no seizure; a thing seized stays', () => {
  assert.deepEqual(readings('Putin is seizing the opportunity to double down.', 'seiz'), []);
  assert.deepEqual(readings('This is a chance that the Kremlin is seizing.', 'seiz'), []);
  assert.deepEqual(readings("Russia's seizing the initiative worries its neighbours.", 'seiz'), []);
  assert.deepEqual(readings('Iran seized a British tanker that had left port.', 'seiz'), ['171 IRN->GBR asserted']);
});

test('a one-word "Agreed." opening a turn of a working meeting is no agreement; one naming a side stays', () => {
  const meeting = (reply: string): string[] =>
    allReadings(
      'Vladimir Putin held a meeting with Deputy Prime Minister Alexander Novak.\n\n' +
        'Alexander Novak: We propose to extend the programme until 2030.\n\n' +
        `Vladimir Putin: ${reply}`,
      '03-agree',
    );
  assert.deepEqual(meeting('Agreed.'), []);
  assert.deepEqual(meeting('Agreed, I will sign the decree.'), []);
  assert.deepEqual(readings('Russia accepted the proposal of Turkey on Monday.', 'accepted'), [
    '030 RUS->TUR asserted',
  ]);
});
