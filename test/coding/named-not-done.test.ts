// Real-news constructions that name an act without reporting it done (session 13, precision on the corpus): a noun
// naming the war as a whole, a thing's forecast effect after "will", the topic of talks or of a question, and the
// way or option to do something.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a noun naming the war is an event as its subject only with a verb of the war starting or growing', () => {
  assert.deepEqual(readings("Russia's invasion of Ukraine began on February 24.", 'invasion'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings("Russia's war against Ukraine escalated in February.", 'war'), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings('The invasion of Ukraine was launched on Thursday.', 'invasion'), ['190 -->UKR asserted']);
  // Launched in an earlier month, the war is the story's background, and with no doer named it is dropped as history.
  assert.deepEqual(readings('The invasion of Ukraine was launched in February.', 'invasion'), []);
  // The subject of a copula or of any other verb names the ongoing war; so does a war that goes on.
  assert.deepEqual(readings("However, Russia's war against Ukraine is still ongoing.", 'war'), []);
  assert.deepEqual(readings("Russia's aggression against Ukraine is not just a European matter.", 'aggression'), []);
  assert.deepEqual(readings("Russia's invasion of Ukraine has caused $60bn in damage.", 'invasion'), []);
  assert.deepEqual(readings("The horrors of Russia's war on Ukraine have been laid bare.", 'war'), []);
  assert.deepEqual(readings('The Russian invasion continues.', 'invasion'), []);
  assert.deepEqual(readings("RUSSIA'S INVASION OF UKRAINE: LIVE UPDATES", 'INVASION'), []);
  // A specific operation is no war name: its shelling continuing is reported.
  assert.deepEqual(readings('The Russian shelling of Kharkiv continued.', 'shelling'), ['194 RUS->UKR asserted']);
  // A clause with its own verb is coded as before.
  assert.deepEqual(readings('Russia launched an invasion of Ukraine.', 'invasion'), ['190 RUS->UKR asserted']);
});

test('a thing as the subject of "will" forecasts an effect: no intent, and the doerless effect is dropped', () => {
  // No intent (033) is coded; the effect itself has no doer, and such acts are dropped (src/coding/doerless-speech.ts).
  assert.deepEqual(readings('Yes, it will help Ukraine a lot, the President said.', 'help'), []);
  assert.deepEqual(readings('This will also protect Europe.', 'protect'), []);
  assert.deepEqual(readings('Such cooperation will strengthen economic ties with Europe.', 'strengthen'), []);
  assert.deepEqual(readings('We need weapons that will help Ukraine.', 'help'), []);
  // People and bodies announce what they will do.
  assert.deepEqual(readings('Germany said it will help Ukraine.', 'help'), ['033 DEU->UKR asserted']);
  assert.deepEqual(readings('Poland will help Ukraine.', 'help'), ['033 POL->UKR asserted']);
  // Participants named before meet: "The two leaders will discuss …" is their intent to meet.
  assert.deepEqual(
    readings('Vladimir Putin met with Alexander Lukashenko. The two leaders will discuss the economy.', 'discuss'),
    ['036 RUSGOV->BLRGOV asserted', '036 BLRGOV->RUSGOV asserted'],
  );
});

test('the topic of talks or of a question is no act ("negotiations on ending the war"); prospects for one are possible', () => {
  assert.deepEqual(readings('Zelensky held negotiations with Russia on ending the war in Donbas.', 'ending'), []);
  assert.deepEqual(
    readings('Putin accused Kyiv of being inconsistent in talks with Moscow over ending the war.', 'ending'),
    [],
  );
  assert.deepEqual(readings('The Prime Minister raised the issue of supporting Ukraine.', 'supporting'), []);
  // What a noun of what may come is "for" is possible, not done.
  assert.deepEqual(readings('Russia sees considerable potential for expanding cooperation with Turkey.', 'expanding'), [
    '060 RUS->TUR hypothetical',
  ]);
  assert.deepEqual(readings('Russia talked about the prospects for deepening cooperation with Italy.', 'deepening'), [
    '060 RUS->ITA hypothetical',
  ]);
  // A role played in an act, and a process one is in, are not topics. (Ending a war named by a gerund is no war ended
  // either way: senses.ts `endingAimedAt`.)
  assert.deepEqual(readings('Poland played an important role in supporting Ukraine.', 'supporting'), [
    '051 POL->UKR asserted',
  ]);
});

test('a way or an option to do something is an act not yet taken; an offensive "under way to" is going on', () => {
  assert.deepEqual(readings('Negotiations are the shortest way to end the war, Yermak said.', 'end'), []);
  assert.deepEqual(readings('Britain is looking at ways to supply missiles to Ukraine.', 'supply'), [
    '072 GBR->UKR hypothetical',
  ]);
  assert.deepEqual(readings('A large Russian offensive is under way to seize the town of Chasiv Yar.', 'seize'), [
    '192 RUS->- asserted',
  ]);
});

test('an attempt still to come or only possible has not been made; a past or ongoing hostile attempt is an act', () => {
  assert.deepEqual(readings('Russia will try to attack Kyiv again.', 'attack'), ['190 RUS->UKR hypothetical']);
  assert.deepEqual(readings('The Russian military may attempt to destroy Kharkiv.', 'destroy'), [
    '1712 RUSMIL->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Russia tried to attack Kyiv.', 'attack'), ['190 RUS->UKR asserted']);
  assert.deepEqual(readings('Russia is trying to seize Kharkiv.', 'seize'), ['171 RUS->UKR asserted']);
});

test('a response noun that names an outcome or a reply is no warning', () => {
  const warn = (text: string): string[] => readings(text, '').filter((r) => r.startsWith('130'));
  assert.deepEqual(warn('Russia said the system will help deal with the consequences of climate change.'), []);
  assert.deepEqual(warn('Putin said he will flesh out his claims in response to the question.'), []);
  assert.deepEqual(warn('Tokayev said there will be a very good response to it throughout the world.'), []);
  assert.deepEqual(warn('Zelensky said an embargo would mean short-term fuel price inflation.'), []);
  // Announced consequences stay a warning.
  assert.deepEqual(warn('Mr Johnson said there would be "severe consequences" for the world if Russia moved.'), [
    '130 GBRGOV->RUS asserted',
  ]);
});

test('an act argued for, focused on or talked about is named, not done; an anniversary names a past act', () => {
  assert.deepEqual(
    readings('The Polish Prime Minister spoke in favor of providing Ukraine with support.', 'providing'),
    ['070 POLGOV->UKR hypothetical'],
  );
  assert.deepEqual(readings('Poland focused on expanding cooperation with Ukraine.', 'expanding'), [
    '060 POL->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Poland is talking about helping Ukraine.', 'helping'), ['070 POL->UKR hypothetical']);
  // What one intends to focus on is an intent (AGREE 030), as "interested in" is.
  assert.deepEqual(readings('Russia intends to focus on cooperating with Egypt.', 'cooperating'), [
    '030 RUS->EGY asserted',
  ]);
  // "In terms of" frames what is done: the support is given.
  assert.deepEqual(readings('Poland was the first in terms of supporting Ukraine.', 'supporting'), [
    '051 POL->UKR asserted',
  ]);
  // The act an anniversary commemorates is no event; the greeting or call on it is.
  assert.deepEqual(readings('Russia marked the 30th anniversary of signing the treaty with Finland.', 'signing'), []);
  assert.deepEqual(
    readings("Ukraine marked the anniversary of Canada's recognition of Ukraine's independence.", 'recogn'),
    [],
  );
  assert.deepEqual(
    readings('Ukraine congratulated the EU on the anniversary of the victory and thanked Poland.', 'thanked'),
    ['051 UKR->POL asserted'],
  );
});

test('an act noun pressed for is demanded, not done; the demand is the event', () => {
  assert.deepEqual(readings('China did not push for a Russian withdrawal from Ukraine.', 'withdrawal'), [
    '087 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Russia insisted on a withdrawal of NATO forces from Romania.', 'withdrawal'), [
    '087 IGOWSTNATMIL->ROU hypothetical',
  ]);
  // Not pressed for: the withdrawal is reported.
  assert.deepEqual(readings('China noted a Russian withdrawal from Ukraine.', 'withdrawal'), ['087 RUS->UKR asserted']);
});
