// Category rules of the coder that read a sentence's grammar rather than one pattern: preparations for force, the
// side a that-clause demand is made of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "cameo src->tgt modality" per event, with the test actor table. */
function brief(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map(
    (e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

test('preparing to use force is a military posture (150), not the attack nor a threat', () => {
  assert.deepEqual(brief('Russian troops are preparing to attack Ukraine.'), ['150 RUSMIL->UKR asserted']);
  assert.deepEqual(brief('Russia prepared to resume shelling Ukraine.'), ['150 RUS->UKR asserted']);
  assert.deepEqual(brief('Russia prepares to launch an offensive against Ukraine.'), ['150 RUS->UKR asserted']);
});

test('being prepared to use force is readiness, a threat; a negated or non-violent preparation is no posture', () => {
  assert.deepEqual(brief('Russia is prepared to attack Ukraine.'), [
    '1384 RUS->UKR asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(brief('Russia is fully prepared to attack Ukraine.'), [
    '1384 RUS->UKR asserted',
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(brief('Russia is not preparing to attack Ukraine.'), ['190 RUS->UKR negated']);
  assert.deepEqual(brief('If Russia prepares to attack Ukraine, the EU will respond.').slice(0, 1), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.ok(!brief('Russia is preparing to hold talks with Ukraine.').some((e) => e.startsWith('150')));
});

test('a demand is made of the actor in the subject of the that-clause it states', () => {
  assert.deepEqual(brief('The rebels demanded that control of Kyiv be handed to a council.'), [
    '100 REB->UKRGOV asserted',
  ]);
  assert.deepEqual(brief('Protesters insisted on their demands that the government of Ukraine resign.').slice(0, 1), [
    '100 CVL->UKR asserted',
  ]);
  // Past the subject's noun phrase the clause names no one the demand is made of.
  assert.deepEqual(brief('The rebels demanded that the council hand control to Kyiv.'), ['100 REB->- asserted']);
});

test('a pattern reads over a measure of the change ("shortened by one hour the curfew"), not over any "by" phrase', () => {
  assert.deepEqual(brief('Russia shortened by one hour the curfew.'), ['0813 RUS->- asserted']);
  assert.deepEqual(brief('Russia shortened by 20 percent the curfew.'), ['0813 RUS->- asserted']);
  assert.deepEqual(brief('Russia shortened by decree the curfew.'), []);
});

test('what a text states is done only once it is adopted: vetoed, it is negated; put forward, hypothetical', () => {
  assert.deepEqual(brief('Russia vetoed a UN resolution condemning Poland.').slice(-1), ['111 RUS->POL negated']);
  assert.deepEqual(brief('The US circulated a draft resolution condemning Russia.'), ['111 USA->RUS hypothetical']);
  assert.deepEqual(brief('The EU adopted a resolution condemning Russia.'), ['111 IGOEUREEC->RUS asserted']);
});

test('the second verb of a coordinated infinitive is read with the first ("urged X to unite and mobilize")', () => {
  // (Its doer is the first verb's subject still: roles.ts does not carry object control over "and".)
  const mobilize = brief('Russia called on Belarus to unite and mobilize against Ukraine.').find((e) =>
    e.startsWith('154'),
  );
  assert.match(mobilize ?? '', /->UKR hypothetical$/);
  assert.deepEqual(brief('Russia plans to regroup and invade Ukraine.').slice(-2), [
    '1384 RUS->UKR asserted',
    '190 RUS->UKR hypothetical',
  ]);
  // A past verb after "and" is a verb of its own: "did not allow it to fall and supported it".
  assert.deepEqual(brief('Poland did not want Ukraine to fall and praised Ukraine.').slice(-1), [
    '051 POL->UKR asserted',
  ]);
});

test('a negating noun governs only what follows it closely: "at the end of his speech, X called on Y" is a call', () => {
  assert.deepEqual(brief('At the end of his speech, Blinken called on Russia to talk.').slice(0, 1), [
    '100 USAGOV->RUS asserted',
  ]);
  assert.deepEqual(brief('Russia agreed to a moratorium on deploying troops.').slice(-1), ['150 RUS->- negated']);
});

test('a verb whose past is its base form is read as a verb after its subject, though tagged a noun', () => {
  assert.deepEqual(brief('Kuleba cast doubt on Russia’s claims.'), ['111 UKRGOV->RUS asserted']);
  assert.deepEqual(brief('Poland cast doubt on Russia’s claims that it withdrew.'), ['111 POL->RUS asserted']);
  // A possessive before it makes it a noun: the cut is Russia's, not an act on Poland.
  assert.ok(!brief('Russia’s cut in gas to Poland angered Kyiv.').some((e) => e.startsWith('16')));
});

test('a cut or coercion one may make on a condition set to the other side is a threat', () => {
  assert.deepEqual(brief('The EU may halt mediation with Ukraine if talks fail.'), [
    '135 IGOEUREEC->UKR asserted',
    '165 IGOEUREEC->UKR hypothetical',
  ]);
  assert.deepEqual(brief('Poland could expel Russian diplomats unless Russia withdraws.').slice(0, 1), [
    '136 POL->RUS asserted',
  ]);
  // Without a condition it is only possible; on one's own will, a boast of power; done to oneself, no threat.
  assert.deepEqual(brief('The EU may halt mediation with Ukraine.'), ['165 IGOEUREEC->UKR hypothetical']);
  assert.deepEqual(brief('Poland could expel Russian diplomats if it wanted.'), ['166 POL->RUS hypothetical']);
  assert.ok(!brief('Russia may be forced to withdraw if the talks fail.').some((e) => e.startsWith('13')));
});

test('an adverb between the subject and a verb tagged an adjective leaves it a verb ("also informed/ADJ")', () => {
  assert.deepEqual(brief('Kuleba also informed Blinken about the situation.'), ['040 UKRGOV->USAGOV asserted']);
  assert.deepEqual(brief('Kuleba extensively informed Blinken about the situation.'), ['040 UKRGOV->USAGOV asserted']);
  // With no object after it the participle stays an adjective ("well informed").
  assert.deepEqual(brief('Kuleba was also well informed about the situation.'), []);
});

test('a participle tagged an adjective before "by" and an actor is a passive ("was liberated/ADJ by")', () => {
  assert.deepEqual(brief('The town was liberated by Russian troops.'), ['190 RUSMIL->- asserted']);
  // A reduced relative, with an adverb after its noun.
  assert.deepEqual(brief('It is a town recently liberated by Russian troops.'), ['190 RUSMIL->- asserted']);
  // The passive's subject is the target, not the doer.
  assert.deepEqual(brief('Kyiv was liberated by Russian troops.'), ['190 RUSMIL->UKRGOV asserted']);
  // "by" and a thing is a means: no agent, so no passive and no event.
  assert.deepEqual(brief('The town was liberated by force.'), []);
});

test("calling an actor a true friend or reliable partner of one's own is the speaker's praise (051)", () => {
  assert.deepEqual(brief('Kuleba said Poland is a true friend of Ukraine.'), ['051 UKRGOV->POL asserted']);
  assert.deepEqual(brief('Kuleba stressed that Poland is our reliable and close partner.'), [
    '051 UKRGOV->POL asserted',
  ]);
  // A class of relation is no judgement; someone else's friend is a fact; no speaker, no praise; negated, none.
  assert.deepEqual(brief('Kuleba said Poland is a strategic partner of Ukraine.'), []);
  assert.deepEqual(brief('Kuleba said Poland is a true friend of Russia.'), []);
  assert.deepEqual(brief('Poland is a reliable partner of Ukraine.'), []);
  assert.deepEqual(brief('Kuleba said Poland is not a true friend.'), []);
  // Calling one's own side reliable praises no one.
  assert.deepEqual(brief('Kuleba said Ukraine is a reliable partner.'), []);
});

test('the venue of a meeting may stand between its noun and "with" ("held talks in Moscow with X")', () => {
  const both = ['040 UKRGOV->USAGOV asserted', '040 USAGOV->UKRGOV asserted'];
  // The place is no party: the partner after "with" is.
  assert.deepEqual(brief('Kuleba held talks in Moscow with Blinken.'), both);
  assert.deepEqual(brief('Kuleba held a meeting in Geneva with Blinken.'), both);
  // A pattern that needs "in" itself keeps the place: "invested in Poland in 2020".
  assert.deepEqual(brief('Russia invested in Poland in 2020.'), ['061 RUS->POL asserted']);
});

test('"strike" with an object or a weapon for subject is a hit (190), not a labour strike (143)', () => {
  assert.deepEqual(brief('Russian troops struck two schools in Ukraine.'), ['190 RUSMIL->UKR asserted']);
  assert.deepEqual(brief('Russian troops struck at Kyiv overnight.'), ['190 RUSMIL->UKRGOV asserted']);
  assert.deepEqual(
    brief('Rockets struck Ukraine overnight.').map((e) => e.slice(0, 3)),
    ['190'],
  );
  // Workers who stop work strike with no object; a figure of speech is no act at all.
  assert.deepEqual(brief('Protesters struck on Monday against Russia.'), ['143 CVL->RUS asserted']);
  assert.deepEqual(brief('Lavrov struck a defiant tone in Moscow.'), []);
  // "call" with an object and then "a/an" names the object: no strike is called.
  assert.deepEqual(brief('Protesters called a strike against Russia.'), ['143 CVL->RUS asserted']);
  assert.deepEqual(brief('Kuleba called the strikes a heinous act.'), []);
});

test('to threaten a condition (security, peace, lives) is to endanger it, no threat; to threaten an actor is one', () => {
  assert.deepEqual(brief('Russia threatened Ukraine with war.'), ['130 RUS->UKR asserted']);
  assert.deepEqual(brief('NATO expansion threatens the regional security of Russia.'), []);
  assert.deepEqual(brief('The crisis continues to threaten European energy security.'), []);
  assert.deepEqual(brief('Shelling is intensifying, threatening primarily the lives of civilians.'), []);
  assert.deepEqual(brief('Russia threatens its existence.'), []);
});

test('to meet a duty (commitments, standards, demands) is no meeting; to meet an actor is one', () => {
  assert.deepEqual(brief('We are meeting all our obligations to Russia.'), []);
  assert.deepEqual(brief('Ukraine does not meet NATO standards.'), []);
  assert.deepEqual(brief('Russia met Ukraine in Minsk.'), ['040 RUS->UKR asserted', '040 UKR->RUS asserted']);
});

test('"thanks to" with no one giving the thanks is the preposition "because of", no praise', () => {
  assert.deepEqual(brief('Thanks to Russia, Ukraine is a space power today.'), []);
  assert.deepEqual(brief('Ukraine held on, thanks to Poland.'), []);
  assert.deepEqual(brief('Ukraine held on largely thanks to Poland.'), []);
  // Also when a future verb after it would have made the thanks an intent.
  assert.deepEqual(brief('Thanks to Poland we will receive information from our partners.'), []);
  // Thanks that someone gives are praise.
  assert.deepEqual(brief('Ukraine expressed thanks to Poland.'), ['051 UKR->POL asserted']);
  assert.deepEqual(brief('Many thanks to Poland.'), ['051 -->POL asserted']);
});

test('information handed out in the passive is no release of anyone ("a statement released by Russia")', () => {
  assert.deepEqual(brief('The footage released by Russia on Monday shows the meeting.'), []);
  assert.deepEqual(brief('No images of the meeting were released by Moscow.'), []);
  // People released are still freed.
  assert.deepEqual(brief('Russian troops were released by Ukraine on Monday.'), ['0841 UKR->RUSMIL asserted']);
});

test('an act after "the risk of", "capable of" or a question word with "to" has not happened', () => {
  assert.deepEqual(brief('NATO discussed the risk of Russia attacking Poland.'), ['190 RUS->POL hypothetical']);
  assert.deepEqual(brief('Russia tested missiles capable of hitting Ukraine.').slice(-1), [
    '190 RUS->UKR hypothetical',
  ]);
  assert.deepEqual(brief('The EU debated how to help Ukraine.'), ['070 IGOEUREEC->UKR hypothetical']);
  // A cost or a result of an act is no possibility: the act happened.
  assert.deepEqual(brief('The EU counted the cost of Russia attacking Ukraine.'), ['190 RUS->UKR asserted']);
});

test('an act named by the -ing form after "consider", "contemplate", "look at" … is an option, not done', () => {
  assert.deepEqual(brief('The US was considering sending tanks to Poland.'), ['072 USA->POL hypothetical']);
  assert.deepEqual(brief('Belarus is seriously contemplating providing Russia with aid.'), [
    '070 BLR->RUS hypothetical',
  ]);
  assert.deepEqual(brief('The US is looking at sending tanks to Poland.'), ['072 USA->POL hypothetical']);
  assert.deepEqual(brief('Russia continued shelling Ukraine.'), ['194 RUS->UKR asserted']);
  // A likelihood, high or low, is no act either.
  assert.deepEqual(brief('Russia is highly unlikely to attack Ukraine.'), ['190 RUS->UKR hypothetical']);
});

test('a participle between a number, adjective or preposition and its noun describes the noun, no event', () => {
  assert.deepEqual(brief('Ukraine counted 700 destroyed cities.'), []);
  assert.deepEqual(brief('Kyiv spoke of the number of killed civilians in Ukraine.'), []);
  // A year or a date's day is no quantity: the verb after it is the clause's verb.
  assert.deepEqual(brief('Russia in 2014 seized territory from Ukraine.'), ['192 RUS->UKR asserted']);
  // In a slot's gap the participle is the actor's adjective: the release is the event.
  assert.deepEqual(brief('Poland freed 150 jailed Belarus citizens.'), ['0841 POL->BLR asserted']);
  // An -ly adverb modifies the participle; after it, a determiner or the sentence's start also makes it attributive.
  assert.deepEqual(brief('Ukraine spoke about the temporarily occupied territories.'), []);
  assert.deepEqual(brief('Internationally recognized borders of Ukraine must be respected.'), []);
  assert.deepEqual(brief('Ukraine spoke about the temporarily occupied Crimea.'), []);
  assert.deepEqual(brief('Russia repeatedly attacked cities in Ukraine.'), ['190 RUS->UKR asserted']);
});

test('a "rally" that gathers or closes ranks, and a "march" that advances, is no demonstration', () => {
  assert.deepEqual(brief('Harris said the United States has rallied its allies against Russia.'), []);
  assert.deepEqual(brief('Zelensky returned to Bakhmut to rally the troops.'), []);
  assert.deepEqual(brief('Russians appear to be rallying behind Putin.'), []);
  assert.deepEqual(brief('Today, Russia is marching forward along its historic path.'), []);
  assert.deepEqual(brief('Russian soldiers marched directly to the front.'), []);
  // People who rally or march somewhere demonstrate.
  assert.deepEqual(brief('Ukrainians rallied in Kyiv on Saturday.'), ['140 -->UKRGOV asserted']);
});

test('ending a war named by an infinitive or a gerund is an aim or a topic, no war ended', () => {
  assert.deepEqual(brief('Ukraine is taking steps in the process of ending the war.'), []);
  assert.deepEqual(brief('Russia played an important role in ending the war between Azerbaijan and Armenia.'), []);
  assert.deepEqual(brief('The United States is involved in the peace process to end the war in Donbas.'), []);
  // A tensed "end" ends one, and so does one a past "forced" or "helped" makes done.
  assert.deepEqual(brief('Russia ended the war against Ukraine.'), ['087 RUS->UKR asserted']);
  assert.deepEqual(
    brief('The sanctions forced Russia to end the war against Ukraine.').filter((r) => r.startsWith('087')),
    ['087 RUS->UKR asserted'],
  );
});

test('to "defend" a land in arms, or a region in rhetoric, is no defence in words (052)', () => {
  assert.deepEqual(brief('Russian troops have been defending Russia for 28 days already.'), []);
  assert.deepEqual(brief('Thank you for defending Ukraine.'), []);
  assert.deepEqual(brief('Ukraine defends the West.'), []);
  // A state defending another in words still does.
  assert.deepEqual(brief('Belarus defended Russia at the United Nations.'), ['052 BLR->RUS asserted']);
});
