// Constructions of real readouts and speeches the review set showed the coder missing: a contribution praised, a
// right granted in words, an act kept from happening ("prevent X from V-ing", "warn X against V-ing"), "we" through a controlling verb, and
// a possessive before a word the tagger calls a verb ("In his turn X stated").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test('a judged contribution is praise of its maker by the speaker or reporter', () => {
  assert.deepEqual(
    readings(
      'Volodymyr Zelenskyy noted that Poland and Lithuania make an important contribution to increasing the defense capabilities of our country.',
      'contribution',
    ),
    ['051 UKRGOV->POL asserted', '051 UKRGOV->LTU asserted'],
  );
  assert.deepEqual(
    readings('Vladimir Putin noted the significant contribution of Turkey to the talks.', 'contribution'),
    ['051 RUSGOV->TUR asserted'],
  );
  assert.deepEqual(
    readings(
      'Prime Minister Rutte highly values Ukraine’s important contributions to Allied operations.',
      'contribution',
    ),
    ['051 NLDGOV->UKR asserted'],
  );
  // "you" in a letter is the counterpart the article names.
  assert.deepEqual(
    readings(
      'Vladimir Putin sent a message to President of Uzbekistan Shavkat Mirziyoyev. The message reads:"The results have confirmed your authority. You are making a major personal contribution to strengthening relations between our countries."',
      'contribution',
    ),
    ['051 RUSGOV->UZBGOV asserted'],
  );
});

test('no praise for an unjudged, possible or own-side contribution', () => {
  assert.deepEqual(readings('Putin said that Turkey made a contribution to the fund.', 'contribution'), []);
  assert.deepEqual(readings('"Belarus could make a major contribution to peace," Zelenskyy said.', 'contribution'), []);
  assert.deepEqual(readings('Putin said Russia made a significant contribution to the talks.', 'contribution'), []);
});

test('saying that another side has the right to act defends it verbally', () => {
  assert.deepEqual(
    readings('Mohamed bin Zayed Al Nahyan stated that Russia has the right to ensure its national security.', 'right'),
    ['052 AREGOV->RUS asserted'],
  );
  assert.deepEqual(
    readings(
      'Jens Stoltenberg noted that Ukraine, like all sovereign states, has the right to defend itself.',
      'right',
    ),
    ['052 IGOWSTNAT->UKR asserted'],
  );
  // Denied, in question, or one's own side's right: nothing.
  assert.deepEqual(readings('Zelensky said no Russian bank has the right to make money.', 'right'), []);
  assert.deepEqual(readings('Biden said Russia does not have the right to invade Ukraine.', 'right'), []);
  assert.deepEqual(
    readings('Lavrov said that if Ukraine has the right to join NATO, Russia will respond.', 'right'),
    [],
  );
  assert.deepEqual(readings('Medvedev said that Russia has the right to defend itself.', 'right'), []);
  // A question asked and then answered: the answer is not in question.
  assert.deepEqual(
    readings(
      'Prime Minister Boris Johnson was asked in an interview if he was happy for British weapons to be used against targets within Russia - and he replied that Ukraine had a right to defend itself.',
      'right',
    ),
    ['052 GBRGOV->UKR asserted'],
  );
  assert.deepEqual(
    readings('Biden was asked if Ukraine had a right to strike Russia, and he refused to answer.', 'right'),
    [],
  );
  // A third-person pronoun resolved to an actor holds the right; the speaker's own "we" does not.
  assert.deepEqual(
    readings(
      'Boris Johnson said: "But the Ukrainians, plainly, as James Heappey has said, they have a right to defend themselves."',
      'right',
    ),
    ['052 GBRGOV->UKR asserted'],
  );
  assert.deepEqual(readings('Boris Johnson said: "We have a right to defend ourselves."', 'right'), []);
});

test("understanding another side's logic or position defends it verbally (052)", () => {
  assert.deepEqual(
    readings(
      'Makei said: "Certain decisions were taken in Moscow. I understand the logic of the Russian partners."',
      'understand',
    ),
    ['052 BLRGOV->RUS asserted'],
  );
  assert.deepEqual(readings('Lukashenko said: "I understand these concerns."', 'understand'), []);
});

test('an act a preventing verb keeps from happening is hypothetical and done by its object; not prevented, it happened', () => {
  assert.deepEqual(readings('NATO tried to prevent Russia from attacking Ukraine.', 'attacking'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The US used its intelligence to dissuade Putin from invading Ukraine.', 'invading'), [
    '190 RUSGOV->UKR hypothetical',
  ]);
  assert.deepEqual(readings('The sanctions did not stop Russia from attacking Ukraine.', 'attacking'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(
    readings(
      'Vladimir Putin met Prime Minister of Hungary Viktor Orban. "The restrictions did not prevent us from discussing all issues," Putin said.',
      'discussing',
    ),
    ['040 RUSGOV->HUNGOV asserted', '040 HUNGOV->RUSGOV asserted'],
  );
});

test('an act a speaker warns its object against is hypothetical and done by that object, warning or no warning', () => {
  assert.deepEqual(readings('The United States warned Russia against using nuclear weapons in Ukraine.', 'using'), [
    '2042 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('NATO cautioned Moscow against attacking Kyiv.', 'attacking'), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(readings('Biden did not warn Putin against invading Ukraine.', 'invading'), [
    '190 RUSGOV->UKR hypothetical',
  ]);
  // "against" after a verb of another kind is no warning: "Russia launched strikes against Ukraine" is done.
  assert.deepEqual(readings('Ukraine defended itself by fighting against Russia.', 'fighting'), [
    '190 UKR->RUS asserted',
  ]);
});

test('"we" reaches a cooperative verb through a controlling verb where the article names two sides', () => {
  assert.deepEqual(
    readings(
      'Vladimir Putin met President of Brazil Jair Bolsonaro. "Together, we want to develop political and economic ties," Putin said.',
      'develop',
    ),
    ['030 RUSGOV->BRAGOV asserted'],
  );
  // A third side named: "we" may be any two of them, so no target is guessed.
  assert.deepEqual(readings('Putin met Lukashenko and Tokayev. "We want to develop ties," Putin said.', 'develop'), [
    '030 RUSGOV->- asserted',
  ]);
});

test('a word after a possessive is no verb taking the subject as object ("In his turn X stated")', () => {
  // Erdogan is the subject of "stated", so the obligation he states is his demand.
  assert.ok(
    readings('In his turn Erdogan stated that Russia must withdraw from Ukraine.', 'withdraw').includes(
      '105 TURGOV->RUS asserted',
    ),
  );
});

test('an act called important or necessary is not done; cooperation so called is its doers’ intent', () => {
  assert.deepEqual(readings('Zelensky said that it is necessary to impose an embargo on Russia.', 'impose'), [
    '163 -->RUS hypothetical',
  ]);
  // (Ukraine's economy supported by Ukraine's own government is domestic policy, no event: domestic-support.ts.)
  assert.deepEqual(readings('Scholz stressed the importance of supporting Ukraine’s economy.', 'supporting'), [
    '051 DEUGOV->UKR hypothetical',
  ]);
  assert.deepEqual(
    readings(
      'Vladimir Putin had a telephone conversation with President of Armenia Nikol Pashinyan. The leaders stressed the importance of strengthening cooperation.',
      'strengthening',
    ),
    ['030 RUSGOV->ARMGOV asserted', '030 ARMGOV->RUSGOV asserted'],
  );
});

test('a crime owned by an actor names its doer: possessive, modifier or "of" phrase (1124)', () => {
  assert.deepEqual(
    readings(
      'NATO leaders stressed that there can be no impunity for Russian war crimes and other atrocities.',
      'crimes',
    ),
    ['1124 IGOWSTNAT->RUS asserted'],
  );
  assert.deepEqual(readings('"Russia\'s war crimes do not stop," Zelensky said.', 'crimes'), [
    '1124 UKRGOV->RUS asserted',
  ]);
  assert.deepEqual(
    readings('Zelensky said the crimes of the Russian occupiers against Ukrainians are documented.', 'crimes'),
    ['1124 UKRGOV->RUSMIL asserted'],
  );
  // A classifying noun ("war crimes court"), a victim after "of genocide", a pronoun owner, a non-actor: no charge.
  assert.deepEqual(
    readings("Montenegro's prime minister has been indicted by the U.N. war crimes court.", 'crimes'),
    [],
  );
  assert.deepEqual(readings('Putin said the genocide of the Ukrainian people is a lie.', 'genocide'), []);
  assert.deepEqual(readings('Zelensky said Russia will answer for its crimes.', 'crimes'), []);
  assert.deepEqual(readings('Putin said the crimes of Nazism must never be forgotten.', 'crimes'), []);
});

test('a crime whose relative clause names its doer charges it (1124)', () => {
  assert.deepEqual(
    readings(
      'Zelensky said that despite all the crimes Russian soldiers committed in Bucha, we keep hearing calls for capitulation.',
      'crimes',
    ),
    ['1124 UKRGOV->RUSMIL asserted'],
  );
  assert.deepEqual(
    readings('Kuleba said the world must punish the crimes that the Russian army has committed in Bucha.', 'crimes'),
    ['1124 UKRGOV->RUSMIL asserted'],
  );
  // A pronoun doer is left alone, as "committed by it" is.
  assert.deepEqual(readings('Zelensky said they will answer for the crimes they committed.', 'crimes'), []);
});

test('a war named with the one who started or waged it accuses the starter of aggression (1123)', () => {
  assert.deepEqual(
    readings('"This is the full-scale war waged by the Russian Federation against our state," Zelensky said.', 'war'),
    ['1123 UKRGOV->RUS asserted'],
  );
  assert.deepEqual(
    readings(
      '"The destruction of the dam highlights the brutal consequences of the war started by Russia," Stoltenberg said.',
      'war',
    ),
    ['1123 IGOWSTNAT->RUS asserted'],
  );
  // No one who names it, or a pronoun as the starter: no charge.
  assert.deepEqual(readings('The war started by Russia has lasted a year.', 'war'), []);
  assert.deepEqual(readings('Zelensky said the war started by them must end.', 'war'), []);
});

test('blame stands beside an accusing verb that follows it, not one that governs it', () => {
  assert.deepEqual(
    readings(
      '"Russia bears full responsibility for its war of aggression against Ukraine, for which it must be held fully accountable," Stoltenberg said.',
      'responsibility',
    ),
    ['112 IGOWSTNAT->RUS asserted'],
  );
  assert.deepEqual(
    readings('Zelensky accused Russia, saying it bears full responsibility for the war.', 'responsibility'),
    [],
  );
});

test('naming a crime and its doer charges the doer (1124), by the speaker, reporter or main-clause subject', () => {
  assert.deepEqual(
    readings(
      'Spokesman John Kirby became visibly emotional as he asked how anyone could justify the atrocities committed by Russia.',
      'atrocities',
    ),
    ['1124 USAMIL->RUS asserted'],
  );
  assert.deepEqual(
    readings('Boris Johnson noted that war crimes committed by the Russian army in Bucha shocked the world.', 'crimes'),
    ['1124 GBRGOV->RUSMIL asserted'],
  );
  assert.deepEqual(
    readings('"Russia is committing genocide against the Ukrainian people," Zelensky said.', 'genocide'),
    ['1124 UKRGOV->RUS asserted'],
  );
  // In question, said by no one, or from a subordinate clause: no charge.
  assert.deepEqual(readings('"If Russians are committing war crimes, we must act," Zelensky said.', 'crimes'), []);
  assert.deepEqual(readings('Russian troops committed atrocities in Bucha.', 'atrocities'), []);
  assert.deepEqual(
    readings(
      'As the Ukrainians pushed Russian forces back revealing the atrocities committed by Moscow’s troops, negotiations continued.',
      'atrocities',
    ),
    [],
  );
});
