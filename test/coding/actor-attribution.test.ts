import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allReadings, readings } from './shipped-readings.ts';

test('a meeting place in the source’s own country is no target; the one met "with" after it is', () => {
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy met in Kyiv with Prime Minister of the Grand Duchy of Luxembourg Xavier Bettel.',
      'met',
    ),
    ['044 UKRGOV->LUXGOV asserted'],
  );
  assert.deepEqual(
    readings('In this regard, the President of Ukraine proposed to hold a summit in Kyiv in February.', 'proposed'),
    ['036 UKRGOV->- asserted'],
  );
});

test('a speaker telling what others do to the speaker’s country is not their doer', () => {
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(
    readings(
      '"We are delighted that Palantir is ready to invest in Ukraine," President of Ukraine Volodymyr Zelenskyy said.',
      'invest',
    ),
    [],
  );
  // A speaker who says "we" does it.
  assert.deepEqual(readings('"We will defend Moldova," President of Ukraine Volodymyr Zelenskyy said.', 'defend'), [
    '030 UKRGOV->MDA asserted',
  ]);
  // A domestic party named by its state keeps the speaker as its doer (aid: words of support at home are no event,
  // domestic-routine.ts); the target is the society aided, not the state its adjective names (self-targets.ts).
  assert.deepEqual(readings('"We provide aid to the Russian Red Cross," Vladimir Putin said.', 'provide'), [
    '070 RUSGOV->NGOIRC asserted',
  ]);
});

test('the patient of a reduced passive relative after a noun’s complement, with an adverb before the participle', () => {
  assert.deepEqual(
    readings(
      'Separately, President Zelenskyy emphasized the violation of the rights of Ukrainians forcibly deported to Russia.',
      'deported',
    ),
    ['174 -->UKRCVL asserted'],
  );
  // "the invasion of Ukraine destroyed …": the complement of the subject is no patient.
  assert.deepEqual(readings('The Russian invasion of Ukraine destroyed the security of Europe.', 'destroyed'), [
    '1712 RUS->EUR asserted',
  ]);
});

test('thanks for a benefit go to its giver, else in a readout to the counterpart', () => {
  assert.deepEqual(
    readings(
      'The Deputy Head of the Office of the President of Ukraine thanked for the military assistance received from Spain.',
      'thanked',
    ),
    ['051 UKRGOV->ESP asserted'],
  );
  assert.deepEqual(
    readings(
      'President of Ukraine Volodymyr Zelenskyy met with President of Azerbaijan Ilham Aliyev. The President of Ukraine thanked for the support of the sovereignty of Ukraine.',
      'thanked',
    ),
    ['051 UKRGOV->AZEGOV asserted'],
  );
  // "the evacuation of Turkish citizens from Ukraine": a place, not the giver.
  assert.deepEqual(
    readings(
      'Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Recep Tayyip Erdogan expressed gratitude for facilitating the evacuation of Turkish citizens from Ukraine.',
      'expressed',
    ),
    ['051 TURGOV->RUSGOV asserted'],
  );
});

test('verbs coordinated right after a bare trigger share the object after the last of them', () => {
  assert.deepEqual(
    readings('Ukrainian forces repelled the offensive and killed, injured or captured 5,000 Russian troops.', 'killed'),
    ['190 UKRMIL->RUSMIL asserted'],
  );
  // Another clause ("and says") or a list of acts with objects of their own shares nothing.
  assert.deepEqual(readings('Russia denies plans to invade and says US support for Ukraine is a threat.', 'invade'), [
    '190 RUS->- negated',
  ]);
});

test('a meeting named after a clause of answering the press is held by the one answering', () => {
  assert.deepEqual(
    readings(
      'This was stated by President Volodymyr Zelenskyy, answering questions from the media after negotiations with Chancellor of Austria Karl Nehammer in Kyiv.',
      'negotiations',
    ),
    ['046 UKRGOV->AUTGOV asserted', '046 AUTGOV->UKRGOV asserted'],
  );
  assert.deepEqual(
    readings(
      'Answering questions from the media after a meeting with Croatian Prime Minister Andrej Plenković in Kyiv, Volodymyr Zelenskyy said that he would comment.',
      'meeting',
    ),
    ['040 HRVGOV->UKRGOV asserted'],
  );
});

test('"our talks with X" in a speaker’s words are the speaker’s, when the clause is about them', () => {
  assert.deepEqual(
    readings(
      '"Our talks with President Macron today were held in a business-like atmosphere," President of Russia Vladimir Putin said.',
      'talks',
    ),
    ['040 RUSGOV->FRAGOV asserted', '040 FRAGOV->RUSGOV asserted'],
  );
});

test('a meeting noun followed by its place: the side from elsewhere visits', () => {
  assert.deepEqual(
    readings(
      'Speaking at a news conference in Riga with her Latvian counterpart Edgars Rinkevics, German Foreign Minister Annalena Baerbock added that Germany would help.',
      'conference',
    ),
    ['040 DEUGOV->LVAGOV asserted'],
  );
});

test('a comment set off by commas between the subject and its verb keeps the subject', () => {
  assert.deepEqual(readings('Turkey, as you know, has imposed sanctions on Syria.', 'imposed'), [
    '163 TUR->SYR asserted',
  ]);
  assert.deepEqual(readings('Poland, I believe, will send tanks to Ukraine.', 'send'), ['0332 POL->UKR asserted']);
  // A relative pronoun before the comment still points to its antecedent.
  assert.deepEqual(readings('Turkey criticised Syria, which, as you know, imposed sanctions on Iraq.', 'imposed'), [
    '163 SYR->IRQ asserted',
  ]);
  // A clause that is not a comment still bounds the subject search.
  assert.deepEqual(readings('Turkey, as Russia imposed sanctions on Syria, condemned it.', 'imposed'), [
    '163 RUS->SYR asserted',
  ]);
});

test('a declared moratorium on one’s own deployments is military restraint with no target', () => {
  assert.deepEqual(
    readings('Moscow announced a unilateral moratorium on the deployment of short-range missiles.', 'announced'),
    ['087 RUS->- asserted'],
  );
  // A proposed one is no act.
  assert.deepEqual(readings('Moscow proposed a mutual moratorium on deploying such missiles.', 'proposed'), []);
});

test('a hyphenated modifier between a light verb and its event noun counts as one word', () => {
  assert.deepEqual(readings('Russia launched a full-scale invasion of Ukraine.', 'invasion'), [
    '190 RUS->UKR asserted',
  ]);
  assert.deepEqual(readings('Poland had an hour-long phone conversation with Canada.', 'phone'), [
    '041 POL->CAN asserted',
    '041 CAN->POL asserted',
  ]);
  // "the beginning of" is a noun: its owner did not begin the invasion.
  assert.deepEqual(
    readings('Slovakia has supported Ukraine from the very beginning of the full-scale invasion.', 'invasion'),
    [],
  );
});

test('", and" before a name with its own verb opens a clause instead of extending a list', () => {
  assert.deepEqual(
    allReadings('Russia is massing troops on the border with Ukraine, and the United States warned Germany.'),
    ['150 RUS->UKR asserted', '130 USA->DEU asserted'],
  );
  // A list of subjects keeps all of them.
  assert.deepEqual(readings('Russia, Belarus, and China attacked Georgia.', 'attacked'), [
    '190 RUS->GEO asserted',
    '190 BLR->GEO asserted',
    '190 CHN->GEO asserted',
  ]);
});

test('a planned invasion is read as planning to invade; a planned one described is no act', () => {
  assert.deepEqual(readings('Belarus is planning an invasion of Lithuania.', 'invasion'), [
    '1384 BLR->LTU asserted',
    '190 BLR->LTU hypothetical',
  ]);
  assert.deepEqual(readings('Belarus denied it was planning an invasion of Lithuania.', 'invasion'), [
    '190 BLR->LTU negated',
  ]);
  assert.deepEqual(readings('Canada is planning a visit to Japan.', 'visit'), ['036 CAN->JPN asserted']);
  assert.deepEqual(readings('Poland was well prepared for the invasion.', 'invasion'), []);
  assert.deepEqual(
    readings('Putin and Macron discussed the allegedly planned Russian invasion of Ukraine.', 'invasion'),
    [],
  );
});

test('police act in their own country: a place abroad named elsewhere in the sentence is not their target', () => {
  assert.deepEqual(
    readings('Thousands rallied in Minsk against the war in Ukraine, and police detained 500 people.', 'detained'),
    ['173 BLRCOP->- asserted'],
  );
});

test('a noun of will or attempt names the doer of its to-infinitive after "of" or "by"', () => {
  assert.deepEqual(readings('The initial plan of the Russian military to seize Kyiv failed.', 'seize'), [
    '171 RUSMIL->UKR hypothetical',
  ]);
  assert.deepEqual(
    readings(
      'The President noted the importance of the decision of the International Criminal Court to start an investigation into Russia.',
      'start',
    ),
    ['090 IGOICC->RUS hypothetical'],
  );
  assert.deepEqual(
    readings('Stewart noted the readiness of the American side to continue providing support to Ukraine.', 'providing'),
    ['051 USAGOV->UKR hypothetical'],
  );
  assert.deepEqual(readings('They must realise that the main goal of the West is not to help Ukraine.', 'help'), [
    '070 WST->UKR negated',
  ]);
});

test('an object "him" in a later sentence is not its own clause’s subject named before', () => {
  const text =
    'President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Canada Justin Trudeau. ' +
    'Volodymyr Zelenskyy thanked him for the support of Ukraine.';
  assert.deepEqual(readings(text, 'thanked'), ['051 UKRGOV->CANGOV asserted']);
});

test('with no side named, the place a consultation is held in is its venue, no party', () => {
  assert.deepEqual(readings('The third round of negotiations in Belarus took place today.', 'round'), []);
  assert.deepEqual(readings('Negotiations in Berlin at the level of political advisers ended.', 'Negotiations'), []);
  // A side named makes the place the host of a visit (host.ts).
  assert.deepEqual(readings('Olaf Scholz held talks in Kyiv.', 'held'), ['040 DEUGOV->UKR asserted']);
});

test('a document’s "we" is its issuer; its clauses without "we" are about others', () => {
  const lead = 'NATO adopted a communique on Tuesday.\n\n';
  assert.deepEqual(readings(`${lead}"We condemn Russia's war against Ukraine," the communique reads.`, 'condemn'), [
    '111 IGOWSTNAT->RUS asserted',
  ]);
  assert.deepEqual(
    readings(`${lead}"We do not and will never recognize Russia's annexations," the document reads.`, 'recognize'),
    ['120 IGOWSTNAT->RUS asserted'],
  );
  // A subjectless clause in the document's words is no act of its issuer's.
  // (Its doer is left unnamed, and such speech or cooperation is dropped (src/coding/doerless-speech.ts): [] shows no doer was misread.)
  assert.deepEqual(
    readings(
      `${lead}"We are deeply concerned about repressive measures by Russian occupying authorities, threatening their ability to live," the communique reads.`,
      'threatening',
    ),
    [],
  );
});

test('a charge naming no one repeats the blame its sentence lays; a harsh word for an act refused recognition adds none', () => {
  const lead = 'NATO adopted a communique on Tuesday.\n\n';
  const text = `${lead}"Russia bears full responsibility for its war, for which it must be held fully accountable," the document reads.`;
  assert.deepEqual(readings(text, 'held'), []);
  assert.deepEqual(readings(text, 'responsibility'), ['112 IGOWSTNAT->RUS asserted']);
  assert.deepEqual(
    readings(`${lead}"We will never recognize Russia's illegal annexations," the document reads.`, 'illegal'),
    [],
  );
});

test('a document’s "we" is its issuers alone, not they and a side they met', () => {
  const text =
    'NATO Secretary General Jens Stoltenberg met with President of Ukraine Volodymyr Zelenskyy in Vilnius. NATO adopted a communique.\n\n' +
    '"We express our determination to continue working together," the communique reads.';
  assert.deepEqual(readings(text, 'express'), ['030 IGOWSTNAT->- asserted']);
});

test('a list of participles shares its passive: "have been killed, tortured, raped, and wounded by X" is X\'s act', () => {
  const list = 'Hundreds of Ukrainian children have been killed, tortured, raped, and wounded by the Russian troops.';
  assert.deepEqual(readings(list, 'raped'), ['1821 RUSMIL->UKRCVL asserted']);
  // A middle participle the tagger reads as a noun still links the list ("detained, tortured/NOUN and killed").
  assert.deepEqual(
    readings('Ukrainian civilians were detained, tortured and killed by Russian soldiers in Bucha.', 'killed'),
    ['190 RUSMIL->UKRCVL asserted'],
  );
  // A participle with an object of its own is active: the list ends there.
  assert.deepEqual(readings('Ukraine was attacked, killed two Russian guards.', 'killed'), ['190 UKR->RUS asserted']);
});

test('a noun coordinated after an owned noun shares its owner; a modifier is no owner', () => {
  assert.deepEqual(
    readings(
      'The United States stands with Ukraine in the face of Russia’s continued aggression and assault on Ukraine’s sovereignty.',
      'assault',
    ),
    ['180 RUS->UKR asserted'],
  );
  assert.deepEqual(
    readings('Prime Minister Edi Rama stressed his support and solidarity with Ukraine.', 'solidarity'),
    ['019 ALBGOV->UKR asserted'],
  );
  // "Russian energy and sanctions against all Russian banks": Russia imposes nothing.
  const modifier = 'Experts called for a full embargo on Russian energy and sanctions against all Russian banks.';
  assert.ok(readings(modifier, 'sanctions').every((r) => !r.startsWith('163 RUS->')));
});

test('a reported clause whose subject is a noun of people naming no actor is not the reporter’s act', () => {
  const enemy = 'Ukraine’s eastern military command has said 20,000 enemy troops are trying to storm the town.';
  assert.ok(
    readings(enemy, 'storm').every((r) => !r.startsWith('190 UKR')),
    readings(enemy, 'storm').join(),
  );
  const firms = 'The Czech Defense Ministry says local companies will work to repair Ukrainian military equipment.';
  assert.ok(readings(firms, 'repair').every((r) => !r.startsWith('0332 CZE')));
  // Weapons and attacks are the reporter's own: "Moscow says the renewed attacks targeted Ukrainian military sites".
  assert.deepEqual(readings('Moscow says the renewed attacks targeted Ukrainian military sites.', 'targeted'), [
    '190 RUS->UKR asserted',
  ]);
});

test('the unnamed attacker a police or an official reports is not the reporter', () => {
  const bomber = 'Pakistani police said a suicide bomber blew himself up outside a market in Peshawar on Friday.';
  assert.ok(
    readings(bomber, 'blew').every((r) => !r.startsWith('1831 PAKCOP')),
    readings(bomber, 'blew').join(),
  );
  const gunmen = 'Nigerian officials said gunmen shot dead four farmers in the north of the country.';
  assert.ok(
    readings(gunmen, 'shot').every((r) => !r.includes(' NGAGOV->')),
    readings(gunmen, 'shot').join(),
  );
  // The police's own act is still theirs: "police said they arrested two men".
  assert.deepEqual(readings('Pakistani police said they arrested two men in Peshawar.', 'arrested'), [
    '173 PAKCOP->PAK asserted',
  ]);
});

test("a possessive's aim after a place's adjective ('our European perspective') is the owner's, never the place's", () => {
  assert.deepEqual(readings('Belgium supports our European integration, Zelenskyy said.', 'supports'), [
    '051 BEL->- asserted',
  ]);
  assert.deepEqual(readings('Germany is supporting its European aspirations.', 'supporting'), ['051 DEU->- asserted']);
  // Partners and friends are actors of their own.
  assert.deepEqual(readings('Belgium supports its European partners.', 'supports'), ['051 BEL->EUR asserted']);
});

test('"1,300 of them" as a subject is others, not the speaker', () => {
  assert.deepEqual(
    readings('Putin said: "The Ukrainian units are blocked. Nearly 1,300 of them have surrendered."', 'surrendered'),
    [],
  );
  assert.deepEqual(readings('Putin said: "We have surrendered nothing to NATO."', 'surrendered'), [
    '0874 RUSGOV->IGOWSTNAT asserted',
  ]);
});
