import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry, summarizeActors } from '../../src/actors/index.ts';
import type { Mention } from '../../src/types.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function run(text: string, date: string | null = '2022-03-01') {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return { doc, ...findMentions(doc, registry) };
}

/** [surface, code] pairs, the compact view used by most assertions. */
function codes(text: string, date: string | null = '2022-03-01'): [string, string][] {
  return run(text, date).mentions.map((m) => [m.actor.text, m.actor.code]);
}

function find(ms: readonly Mention[], surface: string): Mention {
  const m = ms.find((x) => x.actor.text === surface);
  assert.ok(m, `no mention "${surface}" in ${ms.map((x) => x.actor.text).join(', ')}`);
  return m;
}

test('states by name, short name, adjective, demonym and capital', () => {
  assert.deepEqual(codes('The Russian Federation and Britain met Ukrainians in Kyiv and Kiev while Moscow waited.'), [
    ['The Russian Federation', 'RUS'],
    ['Britain', 'GBR'],
    ['Ukrainians', 'UKR'],
    ['Kyiv', 'UKR'],
    ['Kiev', 'UKR'],
    ['Moscow', 'RUS'],
  ]);
  const { mentions } = run('Ukrainians protested.');
  assert.equal(mentions[0]!.actor.type, 'group');
  assert.equal(find(run('Moscow waited.').mentions, 'Moscow').kind, 'seat');
});

test('IGOs by acronym and long form (both spellings), seats and regions', () => {
  assert.deepEqual(
    codes(
      'The Organisation for Security and Co-operation in Europe, the Organization for Security and Cooperation in Europe, the OSCE, NATO and the EU met the Kremlin, the White House and the West in Eastern Europe.',
    ),
    [
      ['The Organisation for Security and Co-operation in Europe', 'IGOEUROSC'],
      ['the Organization for Security and Cooperation in Europe', 'IGOEUROSC'],
      ['the OSCE', 'IGOEUROSC'],
      ['NATO', 'IGOWSTNAT'],
      ['the EU', 'IGOEUREEC'],
      ['the Kremlin', 'RUSGOV'],
      ['the White House', 'USAGOV'],
      ['the West', 'WST'],
      ['Eastern Europe', 'EEU'],
    ],
  );
  // A region's name before another proper name is part of that name (West Darfur is Sudan's, not the West); a
  // weekday after it is not.
  assert.deepEqual(codes('Troops left West Darfur State.'), [['West Darfur', 'SDN']]);
  assert.deepEqual(codes('Troops left West Kordofanian State.'), []);
  assert.deepEqual(codes('The West Monday warned Russia.'), [
    ['The West', 'WST'],
    ['Russia', 'RUS'],
  ]);
  const igo = find(run('The United Nations spoke.').mentions, 'The United Nations').actor;
  assert.deepEqual([igo.country, igo.type, igo.id], [null, 'igo', 'un']);
});

test('case rules keep pronouns and common words apart from acronyms and names', () => {
  assert.deepEqual(codes('They told us who was in turkey and china.'), []);
  assert.deepEqual(codes('The US and WHO officials visited Turkey.'), [
    ['The US', 'USA'],
    ['WHO officials', 'IGOUNOWHO'],
    ['Turkey', 'TUR'],
  ]);
});

test('a plural sector noun before "of/from/in" + a list of states is shared by the whole list', () => {
  assert.deepEqual(codes('Diplomats from Russia, Ukraine and France met.'), [
    ['Diplomats from Russia', 'RUSGOV'],
    ['Ukraine', 'UKRGOV'],
    ['France', 'FRAGOV'],
  ]);
  // A comma with no closing "and" ends the phrase.
  assert.deepEqual(codes('Officials of Russia, Ukraine said.'), [
    ['Officials of Russia', 'RUSGOV'],
    ['Ukraine', 'UKR'],
  ]);
});

test('a sector noun before "of" + a country adjective and a place name is that country\'s', () => {
  assert.deepEqual(codes('Inhabitants of the Syrian Golan Heights protested.'), [
    ['Inhabitants of the Syrian Golan Heights', 'SYRCVL'],
  ]);
  // No place name after the adjective: the adjective alone.
  assert.deepEqual(codes('Residents of the Ukrainian city rallied.'), [['Ukrainian', 'UKR']]);
});

test('a people named by the state it lives in is that state; "in" only after "ethnic"', () => {
  assert.deepEqual(codes('The Albanians of southern Serbia demanded autonomy.'), [
    ['The Albanians of southern Serbia', 'SRB'],
  ]);
  assert.deepEqual(codes('Ethnic Turks in Sweden began a hunger strike.'), [['Turks in Sweden', 'SWE']]);
  assert.deepEqual(codes('The Russians in Ukraine retreated.'), [
    ['The Russians', 'RUS'],
    ['Ukraine', 'UKR'],
  ]);
  // A participle may place them too, still only after "ethnic"; the noun keeps its sector.
  assert.deepEqual(codes('Ethnic Albanian guerrillas operating in Macedonia disarmed.', '2001-09-01'), [
    ['Albanian guerrillas operating in Macedonia', 'MKDREB'],
  ]);
  assert.deepEqual(codes('Ethnic Serbs living in Croatia voted.'), [['Serbs living in Croatia', 'HRV']]);
  assert.deepEqual(codes('Russian troops operating in Ukraine retreated.'), [
    ['Russian troops', 'RUSMIL'],
    ['Ukraine', 'UKR'],
  ]);
  // Northern Ireland is part of the United Kingdom; "junior" ranks a title like "deputy".
  assert.deepEqual(
    codes('Police in Northern Ireland and Nigerian junior foreign minister Dubem Oniya.', '1990-03-01'),
    [
      ['Police in Northern Ireland', 'GBRCOP'],
      ['Nigerian junior foreign minister Dubem Oniya', 'NGAGOV'],
    ],
  );
});

test('an ambiguous surname before "administration" or "government" is the namesake in office on the date, else the last before it', () => {
  const names = (text: string, date: string) => run(text, date).mentions.map((m) => `${m.actor.code} ${m.actor.name}`);
  assert.deepEqual(names('The Bush administration warned Iraq.', '1991-01-10'), [
    'USAGOV George H. W. Bush',
    'IRQ Iraq',
  ]);
  assert.deepEqual(names('The Bush administration warned Iraq.', '2003-01-10'), ['USAGOV George W. Bush', 'IRQ Iraq']);
  // Out of office: the government of the namesake who led one last before the date (a past administration); in
  // 1995, George H. W. Bush's, since George W. Bush's began in 2001.
  assert.deepEqual(names('The Bush administration warned Iraq.', '2022-01-10'), ['USAGOV George W. Bush', 'IRQ Iraq']);
  assert.deepEqual(names('The Bush administration warned Iraq.', '1995-01-10'), [
    'USAGOV George H. W. Bush',
    'IRQ Iraq',
  ]);
  // With no government word after it, the surname alone stays unresolved.
  assert.deepEqual(names('Bush warned Iraq.', '1991-01-10'), ['IRQ Iraq']);
});

test('after a title, namesakes go to the one holding that title on the date; a role out of date keeps the country', () => {
  const names = (text: string, date: string) => run(text, date).mentions.map((m) => `${m.actor.code} ${m.actor.name}`);
  assert.deepEqual(names('President Assad spoke.', '1990-03-01'), ['SYRGOV Hafez al-Assad']);
  assert.deepEqual(names('President Assad spoke.', '2012-03-01'), ['SYRGOV Bashar al-Assad']);
  assert.deepEqual(names('President Bush spoke.', '1990-03-01'), ['USAGOV George H. W. Bush']);
  // A military title on a person the registry has in no office that day: the person's own country, the title's sector.
  assert.deepEqual(names('Lt. Gen. Prosper Avril spoke.', '1995-03-01'), ['HTIMIL Prosper Avril']);
});

test('a country adjective or possessive with a sector noun gives the sector code, as one mention', () => {
  assert.deepEqual(
    codes(
      "Russian troops, Russia's defence ministry, the Russian Foreign Ministry, Ukraine's parliament, Polish police and Belarusian protesters met NATO forces.",
    ),
    [
      ['Russian troops', 'RUSMIL'],
      ["Russia's defence ministry", 'RUSMIL'],
      ['the Russian Foreign Ministry', 'RUSGOV'],
      ["Ukraine's parliament", 'UKRLEG'],
      ['Polish police', 'POLCOP'],
      ['Belarusian protesters', 'BLROPP'],
      ['NATO forces', 'IGOWSTNATMIL'],
    ],
  );
  // "military" before a noun is an adjective: the mention is the country alone.
  assert.deepEqual(codes("Russia's military expansion worried Poland."), [
    ['Russia', 'RUS'],
    ['Poland', 'POL'],
  ]);
});

test("an organisation's ministers are its member states meeting as the organisation, not one of its branches", () => {
  assert.deepEqual(codes('Nato defence ministers and EU finance ministers met NATO military commanders.'), [
    ['Nato defence ministers', 'IGOWSTNAT'],
    ['EU finance ministers', 'IGOEUREEC'],
    ['NATO military commanders', 'IGOWSTNATMIL'],
  ]);
  // A state's defence minister stays in the state's MIL sector.
  assert.deepEqual(codes('Polish defence ministers spoke.'), [['Polish defence ministers', 'POLMIL']]);
});

test("an organisation's short form ('the Alliance', 'the bloc') names it only after the organisation was named", () => {
  assert.deepEqual(
    codes('Kuleba met the NATO Secretary General. He praised the Alliance. The EU met. The bloc agreed.'),
    [
      ['Kuleba', 'UKRGOV'],
      ['the NATO Secretary General', 'IGOWSTNAT'],
      ['He', 'UKRGOV'],
      ['the Alliance', 'IGOWSTNAT'],
      ['The EU', 'IGOEUREEC'],
      ['The bloc', 'IGOEUREEC'],
    ],
  );
  assert.deepEqual(codes('The Alliance met. The bloc agreed.'), []);
  assert.deepEqual(codes('NATO met the Alliance of Liberals.'), [['NATO', 'IGOWSTNAT']]);
});

test('"the delegation(s) of X (and Y)": a sector noun placed by the body after "of", shared over "and"', () => {
  assert.deepEqual(codes('The delegations of Ukraine and Russia met. The delegation of Poland left.'), [
    ['The delegations of Ukraine', 'UKRGOV'],
    ['Russia', 'RUSGOV'],
    ['The delegation of Poland', 'POLGOV'],
  ]);
  // Not a sector noun "in" a place: "troops to Ukraine" are not Ukraine's.
  assert.deepEqual(codes('NATO will not send troops to Ukraine.'), [
    ['NATO', 'IGOWSTNAT'],
    ['Ukraine', 'UKR'],
  ]);
});

test('"Both were …" is the pair named just before: their group noun, or two coordinated actors with one code', () => {
  assert.deepEqual(
    codes('The plan was backed by Ilan Shor and Vladimir Plahotniuc, two Moldovan oligarchs. Both were sanctioned.'),
    [
      ['Moldovan oligarchs', 'MDAELI'],
      ['Both', 'MDAELI'],
    ],
  );
  assert.deepEqual(codes('Lavrov and Peskov spoke. Both were sanctioned.').slice(2), [['Both', 'RUSGOV']]);
  // Two actors with different codes cannot be one mention; "both sides" is a determiner.
  assert.deepEqual(codes('Lavrov and Kuleba spoke. Both were tired. Both sides agreed.').slice(2), []);
});

test('"Western countries", "NATO countries": a noun naming the body itself, one mention with no sector', () => {
  assert.deepEqual(codes('Western countries and Ukraine accuse Putin. European nations agreed with NATO countries.'), [
    ['Western countries', 'WST'],
    ['Ukraine', 'UKR'],
    ['Putin', 'RUSGOV'],
    ['European nations', 'EUR'],
    ['NATO countries', 'IGOWSTNAT'],
  ]);
});

test('"his Lithuanian counterpart": the counterpart is that state\'s government', () => {
  assert.deepEqual(codes('Zelensky informed his Lithuanian counterpart.'), [
    ['Zelensky', 'UKRGOV'],
    ['his', 'UKRGOV'],
    ['Lithuanian counterpart', 'LTUGOV'],
  ]);
});

test("a nation's people, citizens and nationals are the nation; civilians are CVL", () => {
  assert.deepEqual(codes('The Ukrainian people, Indian citizens, Turkish nationals and Ukrainian civilians fled.'), [
    ['The Ukrainian people', 'UKR'],
    ['Indian citizens', 'IND'],
    ['Turkish nationals', 'TUR'],
    ['Ukrainian civilians', 'UKRCVL'],
  ]);
});

test('dated roles: the same surface gets the code of the article date; a former president is not GOV', () => {
  assert.equal(codes('Trump spoke.', '2019-06-01')[0]![1], 'USAGOV');
  assert.equal(codes('Trump spoke.', '2022-06-01')[0]![1], 'USAELI');
  assert.equal(codes('Trump spoke.', '2025-06-01')[0]![1], 'USAGOV');
  assert.equal(codes('Shoigu spoke.', '2020-01-01')[0]![1], 'RUSMIL');
  assert.equal(codes('Shoigu spoke.', '2024-06-01')[0]![1], 'RUSGOV');
  // No date: the latest role.
  assert.equal(codes('Obama spoke.', null)[0]![1], 'USAGOV');
  const lavrov = run('Lavrov spoke.').mentions[0]!.actor;
  assert.deepEqual(lavrov, {
    text: 'Lavrov',
    name: 'Sergey Lavrov',
    code: 'RUSGOV',
    country: 'RUS',
    sector: 'GOV',
    type: 'person',
    id: 'lavrov',
  });
});

test('name variants and ambiguous short forms', () => {
  assert.deepEqual(
    codes('Zelenskyy met Zelenskiy and Volodymyr Zelensky.').map(([, c]) => c),
    ['UKRGOV', 'UKRGOV', 'UKRGOV'],
  );
  // "Johnson" alone is not Boris Johnson until he is named; "Austin" is a city until Lloyd Austin is.
  assert.deepEqual(codes('Johnson flew to Austin.'), []);
  assert.deepEqual(codes('Boris Johnson met Lloyd Austin. Johnson thanked Austin.', '2021-06-01'), [
    ['Boris Johnson', 'GBRGOV'],
    ['Lloyd Austin', 'USAMIL'],
    ['Johnson', 'GBRGOV'],
    ['Austin', 'USAMIL'],
  ]);
});

test('a titled person is one maximal mention, from the dictionary or discovered', () => {
  const { mentions, diagnostics } = run(
    "Russian Foreign Minister Sergey Lavrov met Poland's Foreign Minister Zbigniew Rau and US Deputy Secretary of Energy Jeffrey Kupfer.",
  );
  assert.deepEqual(
    mentions.map((m) => [m.actor.text, m.actor.code, m.actor.id]),
    [
      ['Russian Foreign Minister Sergey Lavrov', 'RUSGOV', 'lavrov'],
      ["Poland's Foreign Minister Zbigniew Rau", 'POLGOV', 'rau'],
      ['US Deputy Secretary of Energy Jeffrey Kupfer', 'USAGOV', null],
    ],
  );
  const kupfer = mentions[2]!;
  assert.equal(kupfer.actor.name, 'Jeffrey Kupfer');
  assert.equal(kupfer.actor.type, 'person');
  // Token ranges are exact: the event coder finds subjects by token position.
  assert.equal(kupfer.firstToken, mentions[1]!.endToken + 1);
  const d = diagnostics.find((x) => x.ruleId === 'actors/discovered');
  assert.ok(d && d.stage === 'actors' && d.severity === 'info' && d.message.includes('Jeffrey Kupfer'));
});

test('titles give sectors: general → MIL, judge → JUD, lawmaker → LEG; "former" → ELI; FM/Gen. abbreviations', () => {
  assert.deepEqual(
    codes(
      'Ukrainian General Ivan Petrenko, Polish judge Anna Nowak, German lawmaker Karl Weber, former Polish minister Jan Kowalski and FM Lavrov met.',
    ),
    [
      ['Ukrainian General Ivan Petrenko', 'UKRMIL'],
      ['Polish judge Anna Nowak', 'POLJUD'],
      ['German lawmaker Karl Weber', 'DEULEG'],
      ['former Polish minister Jan Kowalski', 'POLELI'],
      ['FM Lavrov', 'RUSGOV'],
    ],
  );
});

test('"the head of Poland\'s Ministry of Foreign Affairs, Zbigniew Rau" and "X, the US ambassador," are one person', () => {
  const a = run("The head of Poland's Ministry of Foreign Affairs, Zbigniew Rau, spoke.").mentions;
  assert.deepEqual(
    a.map((m) => [m.actor.text, m.actor.code]),
    [["The head of Poland's Ministry of Foreign Affairs, Zbigniew Rau", 'POLGOV']],
  );
  const b = run('John Carter, the US ambassador, spoke. The ambassador left.').mentions;
  assert.deepEqual(
    b.map((m) => [m.actor.text, m.actor.name, m.actor.code, m.antecedent]),
    [
      ['John Carter, the US ambassador', 'John Carter', 'USAGOV', null],
      ['The ambassador', 'John Carter', 'USAGOV', 0],
    ],
  );
});

test('coreference: surname, pronouns and titles resolve to the earlier mention', () => {
  const { mentions } = run(
    'Ukrainian Defence Minister Taras Bondar met Polish Foreign Minister Zbigniew Rau in Warsaw. Bondar said he was ready. The Polish minister thanked him. Russia said it was open, but they refused.',
  );
  const bondar = find(mentions, 'Ukrainian Defence Minister Taras Bondar');
  assert.equal(bondar.actor.code, 'UKRMIL');
  const idx = (m: Mention) => mentions.indexOf(m);
  assert.equal(find(mentions, 'Bondar').antecedent, idx(bondar));
  assert.equal(find(mentions, 'Bondar').actor.name, 'Taras Bondar');
  const he = find(mentions, 'he');
  assert.equal(he.kind, 'pronoun');
  assert.equal(he.actor.name, 'Taras Bondar');
  const minister = find(mentions, 'The Polish minister');
  assert.equal(minister.actor.name, 'Zbigniew Rau');
  assert.equal(minister.kind, 'title');
  // "him" as an object is not the subject of its own clause: Rau thanked Bondar.
  assert.equal(find(mentions, 'him').actor.name, 'Taras Bondar');
  assert.equal(find(mentions, 'they').actor.code, 'RUS');
});

test('"they" stands for no state or city named as a place: "troops in Ukraine", "Makariv, Kyiv region"', () => {
  const they = (text: string): string | undefined =>
    run(text).mentions.find((m) => m.actor.text === 'they')?.actor.code;
  assert.equal(they('Russian troops in Ukraine said they would withdraw.'), 'RUSMIL');
  assert.equal(they('Today in Makariv, Kyiv region, they fired at the bread factory.'), undefined);
  assert.equal(they('In Ukraine, they shelled a school.'), undefined);
  // Not a place: the state itself, named as a side.
  assert.equal(they('Officials in Moscow said they would respond.'), 'RUSGOV');
});

test('"they" stands for no city a verb acted on, but a capital may speak for its government', () => {
  const they = (text: string): string | undefined =>
    run(text).mentions.find((m) => m.actor.text === 'they')?.actor.code;
  assert.equal(they('Afghan rebels shelled Kabul before they stormed the airport.'), 'AFGREB');
  assert.equal(they('Kabul says that they will hold talks.'), 'AFG');
});

test('"his counterpart" with no name after it is the other side of the reported conversation', () => {
  const readout = run(
    'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. This came up in a ' +
      'videoconference with US President Joseph Biden. Putin briefed his counterpart on the talks.',
  ).mentions;
  // Two presidents of other countries: the one the readout named first, not the one named last.
  assert.equal(find(readout, 'his counterpart').actor.name, 'Emmanuel Macron');
  // A counterpart holds the possessor's office: the Polish defence minister, not the Ukrainian prime minister.
  const visit = run(
    'Defence Minister Richard Marles met Ukrainian Prime Minister Denys Shmyhal in Kyiv. He then met Polish ' +
      'Defence Minister Mariusz Blaszczak. In his talks with his counterpart, Marles thanked Poland.',
  ).mentions;
  assert.equal(find(visit, 'his counterpart').actor.name, 'Mariusz Blaszczak');
  // A name after it is its own mention; "his counterparts" (many) is left alone.
  const named = run('Vladimir Putin briefed his counterpart Emmanuel Macron. Lavrov met his counterparts.').mentions;
  assert.ok(!named.some((m) => m.actor.text.includes('counterpart')));
  assert.equal(find(named, 'Emmanuel Macron').actor.code, 'FRAGOV');
});

test('"the interlocutor" and "his interlocutor" are the other side, seen from the person named before them', () => {
  const readout = run(
    'Ihor Zhovkva held a working meeting with Security Policy Adviser to the President of the Republic of Estonia ' +
      'Liis Mure. Ihor Zhovkva informed the interlocutor about the situation. Zhovkva thanked his interlocutor.',
  ).mentions;
  assert.equal(find(readout, 'the interlocutor').actor.name, 'Liis Mure');
  assert.equal(find(readout, 'his interlocutor').actor.name, 'Liis Mure');
  // With no person before it in the sentence, "the interlocutor" is left alone.
  const opening = run('The interlocutor noted the progress.').mentions;
  assert.ok(!opening.some((m) => m.actor.text.includes('interlocutor')));
});

test('an object "him" is not the subject of its own verb, even when another person opens the sentence', () => {
  const readout = run(
    'Vladimir Putin had a telephone conversation with President of the European Council Charles Michel. At the ' +
      'request of Mr Michel, Vladimir Putin informed him about the steps taken.',
  ).mentions;
  assert.equal(find(readout, 'him').actor.name, 'Charles Michel');
  // A participle clause has no subject before it: "him" stays the latest person.
  const message = run('Vladimir Putin sent a message to Olaf Scholz congratulating him on taking office.').mentions;
  assert.equal(find(message, 'him').actor.name, 'Olaf Scholz');
});

test('a "he" right after a speech verb is the speaker named before the verb, not the first person of the sentence', () => {
  const told = run(
    'The Kremlin said Vladimir Putin had accepted, although Turkish Foreign Minister Mevlut Cavusoglu told reporters ' +
      'Thursday he had been informed by the Kremlin.',
  ).mentions;
  assert.equal(find(told, 'he').actor.name, 'Mevlut Cavusoglu');
  const said = run('Before meeting Vladimir Putin, Alexander Lukashenko said that he wanted peace.').mentions;
  assert.equal(find(said, 'he').actor.name, 'Alexander Lukashenko');
  // Not after a verb that is not of speech: the sentence's first person, its subject.
  const met = run('Vladimir Putin thanked Alexander Lukashenko when he arrived.').mentions;
  assert.equal(find(met, 'he').actor.name, 'Vladimir Putin');
});

test('a title with no earlier person resolves to the office holder on the article date', () => {
  const a = run("Russia's foreign minister spoke.", '2022-03-01').mentions[0]!;
  assert.deepEqual([a.actor.name, a.actor.code, a.kind], ['Sergey Lavrov', 'RUSGOV', 'title']);
  const b = run('The US secretary of state spoke.', '2018-06-01').mentions[0]!;
  assert.equal(b.actor.name, 'Mike Pompeo');
  const c = run('The US secretary of state spoke.', '2022-06-01').mentions[0]!;
  assert.equal(c.actor.name, 'Antony Blinken');
});

test('unresolved pronouns are not emitted but reported', () => {
  const { mentions, diagnostics } = run('She left early.');
  assert.deepEqual(mentions, []);
  assert.ok(diagnostics.some((d) => d.ruleId === 'actors/unresolved-pronoun' && d.severity === 'info'));
  // "she" does not resolve to a man.
  assert.deepEqual(
    run('Lavrov arrived. She left.').mentions.map((m) => m.actor.text),
    ['Lavrov'],
  );
});

test('"Her Majesty", "His Excellency": a style of address is no pronoun of the person before it', () => {
  const texts = (text: string): string[] => run(text).mentions.map((m) => m.actor.text);
  assert.deepEqual(texts('Olena Zelenska also thanked Her Majesty the Queen.'), ['Olena Zelenska']);
  assert.deepEqual(texts('Lavrov met His Excellency the ambassador.').slice(0, 1), ['Lavrov']);
  assert.ok(!texts('Lavrov met His Excellency the ambassador.').includes('His'));
  // Still a pronoun before a common noun.
  assert.deepEqual(texts('Olena Zelenska thanked her team.'), ['Olena Zelenska', 'her']);
});

test('offsets and token ranges point at the surface text', () => {
  const text = 'Poland’s Foreign Minister Zbigniew Rau met Erdoğan and the Guinea-Bissau envoy.';
  const { doc, mentions } = run(text);
  assert.deepEqual(
    mentions.map((m) => m.actor.text),
    ['Poland’s Foreign Minister Zbigniew Rau', 'Erdoğan', 'the Guinea-Bissau envoy'],
  );
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.actor.text);
    assert.equal(doc.tokens[m.firstToken]!.start, m.start);
    assert.equal(doc.tokens[m.endToken - 1]!.end, m.end);
  }
});

test('summarizeActors counts distinct actors in order of first mention', () => {
  const { mentions } = run('Lavrov met Rau in Moscow. Lavrov said he was ready. Russia agreed.');
  const s = summarizeActors(mentions);
  assert.deepEqual(
    s.map((a) => [a.name, a.code, a.mentions]),
    [
      ['Sergey Lavrov', 'RUSGOV', 3],
      ['Russia', 'RUS', 2],
    ],
  );
  assert.equal(s[0]!.text, 'Lavrov');
});

test('user dictionaries add persons', () => {
  const user = new URL('../fixtures/actors/user-persons.tsv', import.meta.url).pathname;
  const reg = loadActorRegistry(DIR, [user]);
  const doc = analyze({ id: 'u', date: '2024-01-10', title: null, url: null, source: null, text: 'Kupfer arrived.' });
  const m = findMentions(doc, reg).mentions[0]!;
  assert.deepEqual([m.actor.id, m.actor.code], ['kupfer', 'USAGOV']);
});

test('unknown speakers are persons with no country; "told X" names the listener, not a speaker', () => {
  const { mentions, diagnostics } = run('“We will grow,” Mohamad al-Ississ told Jihad Azour on Monday.');
  assert.deepEqual(
    mentions.map((m) => [m.actor.text, m.actor.code, m.actor.type]),
    [['Mohamad al-Ississ', '---', 'person']],
  );
  assert.ok(diagnostics.some((d) => d.ruleId === 'actors/discovered' && d.message.includes('as a speaker')));
  // "Defence Ministry said" is not a person.
  assert.deepEqual(codes('Defence Ministry said it was ready.'), []);
});

test('honorifics: "Mr Erickson" refers back to "Jonathan Erickson"; "Ms" makes a she', () => {
  const { mentions } = run(
    '“No,” said Jonathan Erickson. Mr Erickson left. Ms Anna Popova said she agreed. Mr Putin waited.',
  );
  const full = find(mentions, 'Jonathan Erickson');
  assert.equal(find(mentions, 'Mr Erickson').antecedent, mentions.indexOf(full));
  assert.equal(find(mentions, 'she').actor.name, 'Anna Popova');
  assert.equal(find(mentions, 'Mr Putin').actor.id, 'putin');
});

test('unnamed titled persons ("a senior Ukrainian official") are mentions, and "the official" refers back to them', () => {
  const { mentions } = run(
    'A senior Ukrainian official told CNN the talks failed. Putin, the official said, was wrong. A senior NATO intelligence official agreed.',
  );
  assert.equal(find(mentions, 'A senior NATO intelligence official').actor.code, 'IGOWSTNATSPY');
  const anon = find(mentions, 'A senior Ukrainian official');
  assert.deepEqual([anon.actor.code, anon.actor.type, anon.actor.id], ['UKRGOV', 'person', null]);
  assert.equal(find(mentions, 'the official').antecedent, mentions.indexOf(anon));
});

test('state-form names, "who is the X" appositions and plural titles', () => {
  assert.deepEqual(codes('President of the Republic of Uzbekistan Shavkat Mirziyoyev called.'), [
    ['President of the Republic of Uzbekistan Shavkat Mirziyoyev', 'UZBGOV'],
  ]);
  const { mentions } = run(
    'Zbigniew Rau, who is the OSCE chairman, spoke. The representatives of Ukraine left.',
    '2022-02-15',
  );
  assert.equal(find(mentions, 'the OSCE chairman').actor.name, 'Zbigniew Rau');
  const reps = find(mentions, 'The representatives of Ukraine');
  assert.deepEqual([reps.actor.type, reps.actor.code], ['group', 'UKRGOV']);
});

test('title-case headlines do not turn capitalised words into new persons', () => {
  const { mentions, diagnostics } = run('Russian President Says Talks Are Over\nUkrainian Minister Warns Of Attack');
  assert.deepEqual(
    mentions.map((m) => [m.actor.text, m.actor.name]),
    [
      ['Russian President', 'Vladimir Putin'],
      ['Ukrainian Minister', 'Ukraine minister'],
    ],
  );
  assert.ok(!diagnostics.some((d) => d.ruleId === 'actors/discovered'));
});

test('hyphenated titles and institution names after a country', () => {
  assert.deepEqual(
    codes(
      'NATO Secretary-General Jens Stoltenberg, Kremlin spokesman Dmitry Peskov and the U.S. State Department spoke to the OSCE foreign ministers.',
    ),
    [
      ['NATO Secretary-General Jens Stoltenberg', 'IGOWSTNAT'],
      ['Kremlin spokesman Dmitry Peskov', 'RUSGOV'],
      ['the U.S. State Department', 'USAGOV'],
      ['the OSCE foreign ministers', 'IGOEUROSC'],
    ],
  );
});

test('ranks end a name run; a longer body beats a title; "the former president" is not the one in office', () => {
  assert.deepEqual(codes("Lieutenant Colonel Dmytro Vasyliyev spoke. Russia's prosecutor's office agreed."), [
    ['Lieutenant Colonel Dmytro Vasyliyev', '---MIL'],
    ["Russia's prosecutor's office", 'RUSJUD'],
  ]);
  assert.deepEqual(codes('Zelensky spoke. The former president will be buried on Friday.'), [['Zelensky', 'UKRGOV']]);
});

test('"a member of <body>" before or after a name is a person with the body\'s country and sector', () => {
  assert.deepEqual(
    codes('A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike.', '1995-03-01'),
    [['A member of the Syrian parliament, Mohammed Mamoun', 'SYRLEG']],
  );
  assert.deepEqual(
    codes('Mohammed Mamoun, a member of the Syrian parliament, started a hunger strike.', '1995-03-01'),
    [['Mohammed Mamoun, a member of the Syrian parliament', 'SYRLEG']],
  );
  // With no name, nothing is a person: a state described as a member stays the state.
  assert.deepEqual(codes('Poland, a member of NATO, protested.'), [
    ['Poland', 'POL'],
    ['NATO', 'IGOWSTNAT'],
  ]);
});

test('named armed groups and movements, and the words for their fighters', () => {
  assert.deepEqual(codes('The SPLA and the Kosovo Liberation Army attacked; Tamil Tigers fled.', '1999-03-01'), [
    ['The SPLA', 'SDNREB'],
    ['the Kosovo Liberation Army', 'XKXREB'],
    ['Tamil Tigers', 'LKAREB'],
  ]);
  assert.deepEqual(codes('Afghan guerillas and Burundian militiamen fought Hezbollah guerrillas.', '1990-03-01'), [
    ['Afghan guerillas', 'AFGREB'],
    ['Burundian militiamen', 'BDIREB'],
    ['Hezbollah guerrillas', 'LBNREB'],
  ]);
});

test('a region that stands for its state names that state; a breakaway region does not', () => {
  assert.deepEqual(
    codes('The Sudanese government accused Darfur rebels; Chechen fighters left Chechnya.', '2004-03-01'),
    [
      ['The Sudanese government', 'SDNGOV'],
      ['Darfur rebels', 'SDNREB'],
      ['Chechen', 'RUS'],
      ['Chechnya', 'RUS'],
    ],
  );
  assert.deepEqual(codes('The President of Abkhazia met Georgian officials.'), [['Georgian officials', 'GEOGOV']]);
});

test('a known name typed in odd case: a capital inside it, a lowercase adjective before a sector noun, a surname after a title', () => {
  assert.deepEqual(codes('The minister wants to help iSrael.'), [['iSrael', 'ISR']]);
  assert.deepEqual(codes('Syrian forces clashed with tunisian rioters.'), [
    ['Syrian forces', 'SYRMIL'],
    ['tunisian rioters', 'TUNOPP'],
  ]);
  assert.deepEqual(codes('President obama spoke.', '2012-03-01'), [['President obama', 'USAGOV']]);
  // Lowercase words alone stay common words; "us" stays a pronoun before a sector noun.
  assert.deepEqual(codes('The turkey was served on china plates by polish cooks to us students.'), []);
});

test('"it" right after a speech verb is the state or body named just before the verb; other "it"s are not actors', () => {
  assert.deepEqual(
    codes('The Umma party has said it will boycott Algeria’s elections.'),
    ['The Umma party,DZAPTY', 'it,DZAPTY', 'Algeria,DZA'].map((x) => x.split(',') as [string, string]),
  );
  assert.deepEqual(codes('Russia says that it plans to attack.'), [
    ['Russia', 'RUS'],
    ['it', 'RUS'],
  ]);
  // After a noun of saying, its possessor; an opening quotation mark may stand before "it".
  assert.deepEqual(codes('NATO doubted Moscow’s claim that “it had pulled back”.'), [
    ['NATO', 'IGOWSTNAT'],
    ['Moscow', 'RUS'],
    ['it', 'RUS'],
  ]);
  assert.deepEqual(codes('Belarus said that "it will stay neutral".'), [
    ['Belarus', 'BLR'],
    ['it', 'BLR'],
  ]);
  assert.deepEqual(codes('The claim that it had pulled back was false.'), []);
  // The "it" of "it is clear that", an "it" with no speech verb before it, an object "it".
  assert.deepEqual(codes('Russia said it was “clear” that talks failed.'), [['Russia', 'RUS']]);
  assert.deepEqual(codes('Ukraine was attacked and it is burning.'), [['Ukraine', 'UKR']]);
  assert.deepEqual(codes('Ukraine asked the West to help it resist.'), [
    ['Ukraine', 'UKR'],
    ['the West', 'WST'],
  ]);
});

test('an object "it" in the clause a state reports is that state; not after an infinitive or as the speech verb\'s object', () => {
  assert.deepEqual(codes('Israel said a mortar bomb was fired at it from Lebanon.'), [
    ['Israel', 'ISR'],
    ['it', 'ISR'],
    ['Lebanon', 'LBN'],
  ]);
  assert.deepEqual(codes('Russia agreed to do it.'), [['Russia', 'RUS']]);
  assert.deepEqual(codes('Russia said it.'), [['Russia', 'RUS']]);
});

test('"they" skips a state adjective that modifies a thing ("a Senegalese peace plan"); "its" does not', () => {
  const they = run('Togolese rebels rejected a Malian ceasefire proposal and said they would fight on.').mentions;
  assert.equal(find(they, 'they').actor.code, 'TGOREB');
  // The adjective of a plural people noun is its own antecedent; so is a body "its" stands for.
  assert.equal(find(run('Malian soldiers entered the town and they stayed.').mentions, 'they').actor.code, 'MLIMIL');
  assert.equal(find(run('The Canadian side renewed its support.').mentions, 'its').actor.code, 'CANGOV');
});

test('peoples that live almost wholly in one state name that state; extremists are armed opposition', () => {
  assert.deepEqual(codes('Yoruba chiefs, Kikuyu elders and Uighur exiles met Basque and Scottish politicians.'), [
    ['Yoruba', 'NGA'],
    ['Kikuyu', 'KEN'],
    ['Uighur', 'CHN'],
    ['Basque', 'ESPELI'],
    ['Scottish politicians', 'GBRELI'],
  ]);
  // The police of the passage's state (see context-state.test.ts).
  assert.deepEqual(codes('Serbian extremists clashed with police.'), [
    ['Serbian extremists', 'SRBREB'],
    ['police', 'SRBCOP'],
  ]);
  assert.deepEqual(codes('Extremists attacked a police station.'), [['Extremists', '---REB']]);
});

test('"ethnic" people with no place given live in the other state the sentence names most often', () => {
  assert.deepEqual(codes('Ethnic Hungarian students marched near Slovakia’s border, Slovak police said.'), [
    ['Hungarian students', 'SVKEDU'],
    ['Slovakia', 'SVK'],
    ['Slovak police', 'SVKCOP'],
  ]);
  // Two states named as often, or no "ethnic": the kin state stays.
  assert.deepEqual(codes('Ethnic Hungarians left Slovakia for Austria.'), [
    ['Hungarians', 'HUN'],
    ['Slovakia', 'SVK'],
    ['Austria', 'AUT'],
  ]);
  assert.deepEqual(codes('Hungarian students marched near Slovakia’s border.'), [
    ['Hungarian students', 'HUNEDU'],
    ['Slovakia', 'SVK'],
  ]);
});

test('Jewish settlers are Israeli civilians, as Israeli settlers are', () => {
  assert.deepEqual(codes('Jewish settlers and Israeli settlers clashed with Palestinians.'), [
    ['Jewish settlers', 'ISRCVL'],
    ['Israeli settlers', 'ISRCVL'],
    ['Palestinians', 'PSE'],
  ]);
});

test('a "they" opening its sentence is the previous sentence’s plural subject', () => {
  const they = (text: string): string | undefined =>
    run(text).mentions.find((m) => m.actor.text === 'They')?.actor.code;
  assert.equal(they('Russian troops besiege Ukrainian cities. They are trying to destroy them.'), 'RUSMIL');
  assert.equal(they('However, the Russian troops did not stop. They shelled Kharkiv.'), 'RUSMIL');
  assert.equal(they('US specialists were posted to the plant. They came to work every day.'), 'USA');
  // A chain of "they" keeps the subject.
  const chain = run('Russian troops entered the town. They seized it. They shelled Kharkiv.').mentions;
  assert.deepEqual(
    chain.filter((m) => m.actor.text === 'They').map((m) => m.actor.code),
    ['RUSMIL', 'RUSMIL'],
  );
  // Not a state by its name, not things named after a place, not an actor after a preposition or a verb.
  assert.equal(they('Russia did not stop. They shelled Kharkiv.'), undefined);
  assert.equal(they('So, the Minsk agreements were dead. They were killed by Kyiv.'), undefined);
  assert.equal(they('Fighting went on near Russian troops. They shelled Kharkiv.'), undefined);
  assert.equal(they('Kyiv said Russian troops had left. They shelled Kharkiv.'), undefined);
});

test('an "it" opening its sentence before a verb is the previous sentence’s subject, a state or an organisation', () => {
  assert.deepEqual(
    codes("The United States is Ukraine's biggest backer. It has released $40bn in military aid.").at(-1),
    ['It', 'USA'],
  );
  assert.deepEqual(codes('Germany has been sceptical. It has long argued against sending weapons.').at(-1), [
    'It',
    'DEU',
  ]);
  // The "it" of a clause, a copula, a state's adjective before a noun, or a subject after a preposition: no actor.
  for (const text of [
    'NATO met in Brussels. It is clear that war looms.',
    'Russia attacked. It seems bad.',
    'The EU agreed on sanctions. It was a hard year.',
    'The Russian economy shrank. It has lost a tenth.',
    'In Russia, prices rose. It has lost a tenth.',
    'Russia spoke. It is time to end the drills.',
    'Russia spoke. “It has ended the drills,” the ministry said.',
  ]) {
    assert.ok(!codes(text).some(([surface]) => surface === 'It'), text);
  }
});

test('"And", "But", "Then" or "However," before the opening "it" or "they", or before the previous subject, keep them', () => {
  const it = (text: string): string | undefined => codes(text).find(([surface]) => surface === 'it')?.[1];
  assert.equal(it('Poland is a key ally. And it has sent 200 tanks to Ukraine.'), 'POL');
  assert.equal(it('But the EU was slow. However, it has adopted a tenth package.'), 'IGOEUREEC');
  assert.equal(
    run('Belarusian soldiers crossed the river. But they shelled no village.').mentions.find(
      (m) => m.actor.text === 'they',
    )?.actor.code,
    'BLRMIL',
  );
  // Still not the "it" of a clause, nor one inside a quotation.
  for (const text of [
    'Russia attacked. And it seems bad.',
    'Russia spoke. But “it has ended the drills,” they said.',
  ]) {
    assert.ok(!codes(text).some(([surface]) => surface === 'it'), text);
  }
});

test('a bare "the Security Council" is the UN’s once the UN was named, else that of the state the passage is about', () => {
  assert.deepEqual(codes('Vladimir Putin held a meeting with permanent members of the Security Council.'), [
    ['Vladimir Putin', 'RUSGOV'],
    ['the Security Council', 'RUSGOV'],
  ]);
  assert.deepEqual(codes('The UN met. Russia asked the Security Council to act.').at(-1), [
    'the Security Council',
    'IGOUNO',
  ]);
  // Without "the", or before a noun of its own ("a Security Council resolution"), it stays the UN's.
  assert.deepEqual(codes('The United States vetoed a Security Council resolution.').at(-1), [
    'Security Council',
    'IGOUNO',
  ]);
});

test('a run of capitalised words ends where a known person’s full name begins', () => {
  const found = run(
    'Minister of Construction, Housing and Utilities Irek Fayzullin, Chairman of the Accounts Chamber Alexei Kudrin and others attended.',
  ).mentions.map((m) => [m.actor.text, m.actor.id]);
  assert.deepEqual(found[0], ['Irek Fayzullin', 'fayzullin']);
  // A one-word alias is no full name: "Emine Erdoğan" is someone else than "Erdoğan".
  assert.ok(!run('She thanked Mrs. Emine Erdoğan for her support.').mentions.some((m) => m.actor.id === 'erdogan'));
});
