// Dates written with their year anchor the act of their own clause: retold history is not this week's news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, loadCodebook } from '../../src/coding/index.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import { docOf, fakeMentions } from './fake-actors.ts';

const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);

/** "trigger date" per event, the article dated 2022-02-15. */
function dated(text: string): string[] {
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test').events.map((e) => `${e.trigger.text} ${e.date}`);
}

test('a full date in the past dates the event, however old', () => {
  assert.deepEqual(dated('Russia and Ukraine signed an agreement on 21 February 2014.'), [
    'signed an agreement 2014-02-21',
    'signed an agreement 2014-02-21',
  ]);
  assert.deepEqual(dated('Germany attacked Russia on June 22, 1941, without declaring war.'), ['attacked 1941-06-22']);
});

test('a past year or month gives no day: the event is undated, so no daily series counts it', () => {
  assert.deepEqual(dated('Russia annexed Crimea from Ukraine in 2014.'), ['annexed null']);
  assert.deepEqual(dated('In 2008, NATO promised Ukraine membership.'), ['promised null']);
  assert.deepEqual(dated('Lavrov held talks with Blinken in January 2022.'), [
    'held talks with null',
    'held talks with null',
  ]);
  assert.deepEqual(dated('Russia invaded Ukraine in the spring of 2014.'), ['invaded null']);
  // Participles joined by "and" share the date after the second: "annexed and occupied … in 2014".
  assert.deepEqual(dated('Ukraine was annexed and occupied by Russian troops in 2014.'), ['annexed null']);
  // An "after" clause right after a past period acted no later: "condemned in 2014 after Russia annexed Crimea".
  assert.deepEqual(dated('The West condemned Russia last summer after Russian troops attacked Ukraine.'), [
    'condemned null',
    'attacked null',
  ]);
});

test("the article's own month or year, a future year and spans keep the sentence's date", () => {
  assert.deepEqual(dated('Lavrov held talks with Blinken in February 2022.'), [
    'held talks with 2022-02-15',
    'held talks with 2022-02-15',
  ]);
  assert.deepEqual(dated('Russia attacked Ukraine in 2022.'), ['attacked 2022-02-15']);
  assert.deepEqual(dated('Russia will attack Ukraine in 2023.'), ['attack 2022-02-15']);
  assert.deepEqual(dated('Russia has occupied Crimea since 2014.'), ['occupied 2022-02-15']);
});

test('a date in another clause, or after another event noun, leaves the act where it was', () => {
  // The annexation is 2014; the wish is the article's.
  assert.deepEqual(dated('Russia wants Ukraine to recognise Crimea, which Russia annexed from Ukraine in 2014.'), [
    'wants 2022-02-15',
    'recognise 2022-02-15',
    'annexed null',
  ]);
  assert.deepEqual(dated('Russia annexed Crimea in 2014 and has used it to attack Ukraine.'), [
    'annexed null',
    'attack 2022-02-15',
  ]);
  assert.deepEqual(dated('Ukraine thanked Poland for its participation in the summit in August 2021.'), [
    'thanked 2022-02-15',
  ]);
});

test('years counted back from the article: last year, years ago, a decade, a month of this or last year', () => {
  assert.deepEqual(dated('Russia attacked Ukraine last year.'), ['attacked null']);
  assert.deepEqual(dated('Two decades ago, the United States invaded Russia.'), ['invaded null']);
  assert.deepEqual(dated('Russia annexed Crimea eight years ago.'), ['annexed null']);
  assert.deepEqual(dated('Russia deployed missiles to Belarus in the 1960s.'), ['deployed missiles to null']);
  assert.deepEqual(dated('Russia attacked Ukraine on 3 October last year.'), ['attacked 2021-10-03']);
  assert.deepEqual(dated('Russia attacked Ukraine in January this year.'), ['attacked null']);
  assert.deepEqual(dated('Russia attacked Ukraine in February this year.'), ['attacked 2022-02-15']);
  // A span, not a time: the sentence's date stays.
  assert.deepEqual(dated('Russia has attacked Ukraine over the last year.'), ['attacked 2022-02-15']);
});

test('a named era of the past dates its act as a past year does: no day, so no daily series counts it', () => {
  assert.deepEqual(dated('In World War II, Russia destroyed the dam.'), ['destroyed null']);
  assert.deepEqual(dated('During the Great Patriotic War, Russia supplied ammunition to Ukraine.'), [
    'supplied ammunition to null',
  ]);
  assert.deepEqual(dated('Russia fought in World War II.'), ['fought null']);
  // The war named as a topic dates nothing: "the outcomes of World War II" holds no preposition of time.
  assert.deepEqual(dated('Russia attacked Ukraine, citing the outcomes of World War II.'), ['attacked 2022-02-15']);
});

test('a year opening a clause after ", and" dates it, and a verb joined by "and" shares the date', () => {
  assert.deepEqual(dated('He bided his time, and in 2014 Russia seized Crimea and sent troops into Ukraine.'), [
    'seized null',
    'sent troops into null',
  ]);
  assert.deepEqual(dated('Back in 2014, Russia attacked Ukraine and started a war in Donbas.'), [
    'attacked null',
    'started a war null',
  ]);
  // A new subject after "and" is another clause; so is a clause before the comma with a verb of its own.
  assert.deepEqual(dated('In 2014 Russia annexed Crimea and now Russia attacks Ukraine.'), [
    'annexed null',
    'attacks 2022-02-15',
  ]);
  assert.deepEqual(dated('Russia attacked Ukraine, in 2014 Russia annexed Crimea.'), [
    'attacked 2022-02-15',
    'annexed 2022-02-15',
  ]);
});

test('an act of a past regime told in the past tense is history: no day', () => {
  const pipeline = createPipeline();
  const dates = (text: string): string[] =>
    pipeline
      .code({ id: 't', date: '2022-03-01', title: null, url: null, source: null, text })
      .events.map((e) => `${e.trigger.text} ${e.date}`);
  assert.deepEqual(dates('The USSR did pull its missiles out of Cuba.'), ['pull null']);
  // (An act of Nazi Germany is not coded at all: nazi-era.ts.)
  assert.deepEqual(dates('The Soviet Union attacked Finland without declaring war.'), ['attacked null']);
  // The present tense, or a state of today, keeps the article's date.
  assert.deepEqual(dates('The Soviet Union supports Cuba.'), ['supports 2022-03-01']);
  assert.deepEqual(dates('Russia attacked Ukraine.'), ['attacked 2022-03-01']);
});

test('"back then", "at that time", "in Soviet times" put the act in the past with no day; "at the time of" does not', () => {
  assert.deepEqual(dated('Back then Russia supported Ukraine.'), ['supported null']);
  assert.deepEqual(dated('Lavrov talked with Blinken at that time.'), ['talked with null', 'talked with null']);
  assert.deepEqual(dated('In Soviet times Moscow recognised Ukraine.'), ['recognised null']);
  assert.deepEqual(dated('At the time of writing, Russia attacked Ukraine.'), ['attacked 2022-02-15']);
  assert.deepEqual(dated('At the same time, Russia attacked Ukraine.'), ['attacked 2022-02-15']);
  // "at the end of" a past month is a time like "in".
  assert.deepEqual(dated('At the end of September 2021, Kuleba held talks with Lavrov.'), [
    'held talks with null',
    'held talks with null',
  ]);
});

test('"some time ago", "a long time ago" and "over the past 30 years" put the act in the past with no day', () => {
  assert.deepEqual(dated('Lavrov met Blinken some time ago.'), ['met null', 'met null']);
  assert.deepEqual(dated('Ukraine was attacked by Russia a long time ago.'), ['attacked null']);
  assert.deepEqual(dated('Over the past few decades Russia asked NATO to abstain from expansion.'), ['asked null']);
  assert.deepEqual(dated('Russia attacked Ukraine in the last two years.'), ['attacked null']);
  // Hours and days are the news; a time that is not past is no date.
  assert.deepEqual(dated('Russia attacked Ukraine over the past 48 hours.'), ['attacked 2022-02-15']);
  assert.deepEqual(dated('Russia attacked Ukraine for some time.'), ['attacked 2022-02-15']);
});

test('a date opening a reported clause, after "As you know," or before a participle clause dates that clause', () => {
  assert.deepEqual(dated('Kuleba reminded that at the end of September 2021, Lavrov held talks with Blinken.'), [
    'held talks with null',
    'held talks with null',
  ]);
  assert.deepEqual(dated('As you know, in 2019, Lavrov held talks with Blinken.'), [
    'held talks with null',
    'held talks with null',
  ]);
  assert.deepEqual(dated('On December 1, 1991, the referendum was held, supported by Ukraine.'), [
    'supported 1991-12-01',
  ]);
});

test('a month and year before a noun date that noun only: "during a September 2021 trip to Russia"', () => {
  assert.deepEqual(dated('Lavrov visited military sites during a September 2021 trip to Ukraine.'), ['trip to null']);
  assert.deepEqual(dated('Lavrov discussed the June 2021 summit with Blinken.'), [
    'discussed 2022-02-15',
    'discussed 2022-02-15',
  ]);
});

test('a past act in a relative clause about what an anniversary recalls is history: no day', () => {
  assert.deepEqual(
    dated('Kuleba marked the 160th anniversary of the January Uprising, during which Ukraine fought against Russia.'),
    ['fought against null'],
  );
  assert.deepEqual(dated('On the anniversary of the war, which Russia launched, Ukraine attacked Russia.'), [
    'attacked 2022-02-15',
  ]);
});

test('"was the first (country) to recognise X\'s independence" retells a recognition as history: no day', () => {
  assert.deepEqual(dated("Poland was the first country to recognize Ukraine's independence."), ['recognize null']);
  assert.deepEqual(dated("Russia was the first to recognise Ukraine's borders."), ['recognise 2022-02-15']);
});

test('an act at an occasion takes its date: "agreed during my visit to China in 2016", "signed at the summit in 2019"', () => {
  assert.deepEqual(dated('Russia and China agreed on it during my visit to China in 2016.'), ['agreed on null']);
  assert.deepEqual(dated('Russia and Turkey signed the treaty at the summit in Sochi in 2019.'), [
    'signed the treaty null',
  ]);
  // The thanks are today's; the help they are for was given at the summit.
  assert.deepEqual(dated('Ukraine thanked Poland for its help during the summit in August 2021.'), [
    'thanked 2022-02-15',
    'help null',
  ]);
});

test('an "-ing" participle describing a noun of a dated clause acts then: "voted last year for a resolution condemning"', () => {
  assert.deepEqual(dated('Zambia voted last year for a UN resolution condemning Russia.'), ['condemning null']);
  // Without the clause's date, the participle keeps the sentence's.
  assert.deepEqual(dated('Zambia voted for a UN resolution condemning Russia.'), ['condemning 2022-02-15']);
});

test('a "when" clause naming a date acts at that date, after a span\'s start too: "since 2014, when Russia seized …"', () => {
  assert.deepEqual(dated('Since 2014, when Russia seized Crimea and attacked Donbas, Ukraine has asked for help.'), [
    'seized null',
    'attacked null',
    'asked for help 2022-02-15',
  ]);
  // The main clause after the aside takes an opening time's date, not a span's.
  assert.deepEqual(dated('In 2014, when Russia seized Crimea, the EU imposed sanctions on Russia.'), [
    'seized null',
    'imposed sanctions on null',
  ]);
  assert.deepEqual(dated('Since 2014, when the war began, Russia has attacked Ukraine.'), ['attacked 2022-02-15']);
  // A "when" clause that does not follow the date is not dated by it.
  assert.deepEqual(dated('Russia has attacked Ukraine since 2014 and attacked Kyiv when it could.'), [
    'attacked 2022-02-15',
    'attacked 2022-02-15',
  ]);
});

test('a day after "since" or "until" bounds a span and dates no act; "on" a day still does', () => {
  assert.deepEqual(dated('Since February 4, Russia has shelled Ukraine.'), ['shelled 2022-02-15']);
  assert.deepEqual(dated('Until February 4, Russia shelled Ukraine every day.'), ['shelled 2022-02-15']);
  assert.deepEqual(dated('On February 4, Russia shelled Ukraine.'), ['shelled 2022-02-04']);
});

test('months ago are history in their own clause, and name no day', () => {
  // PETR2 AFP0808020857_2: the arrest in the relative clause is 15 months old; the announcement is the article's news.
  assert.deepEqual(dated('Poland, which Russia attacked 15 months ago, condemned Belarus.'), [
    'attacked null',
    'condemned 2022-02-15',
  ]);
  assert.deepEqual(dated('Russia attacked Ukraine eighteen months ago.'), ['attacked null']);
  // A count of months names a month, not a day (relative-dates.test.ts).
  assert.deepEqual(dated('Russia attacked Ukraine 4 months ago.'), ['attacked null']);
});

test('an event noun said to have taken place has the date of that verb', () => {
  assert.deepEqual(dated('A Russia-Ukraine summit was held in Sochi in 2019.'), ['summit null', 'summit null']);
  assert.deepEqual(dated('The Russia-Ukraine talks took place in Minsk in September 2014.'), [
    'talks null',
    'talks null',
  ]);
  // The article's own month dates nothing of its own.
  assert.deepEqual(dated('The Russia-Ukraine talks took place in Minsk in February 2022.'), [
    'talks 2022-02-15',
    'talks 2022-02-15',
  ]);
});

test('a hyphen inside a place name does not cut the act from its date', () => {
  assert.deepEqual(dated('Russia attacked Ukraine in Nagorno-Karabakh in 2020.'), ['attacked null']);
});

test("a purpose infinitive after the clause's one verb shares an opening date", () => {
  assert.deepEqual(dated('In 1999, Russian troops took six weeks to seize Grozny.'), ['seize null']);
  // Two verbs before it: the date is the first one's.
  assert.deepEqual(dated('In 2014, Russia seized Crimea and now Lavrov says Russia wants to attack Ukraine.'), [
    'seized null',
    'attack 2022-02-15',
    'attack 2022-02-15',
  ]);
});

test('a date after a subordinating conjunction and a comma-set aside opens that clause', () => {
  assert.deepEqual(dated('This matters, because, as you are aware, in 2020 Russia attacked Ukraine.'), [
    'attacked null',
  ]);
  assert.deepEqual(dated('This matters, because in 2020 Russia attacked Ukraine.'), ['attacked null']);
});

test('a date right before a verb in the past, or right after a clause opener, dates that verb', () => {
  assert.deepEqual(dated('NATO began cooperation with Ukraine in 1997, and Allies in 2008 agreed to its membership.'), [
    'cooperation with null',
    'agreed to null',
  ]);
  assert.deepEqual(
    dated('Russia, which in 2014 occupied Crimea and in January 2022 attacked Ukraine, threatens NATO.'),
    ['occupied null', 'attacked null', 'threatens 2022-02-15'],
  );
  assert.deepEqual(dated('He recalled the time when in 1996 Kennan had denounced NATO.'), ['denounced null']);
  // A date after a participle may describe it: "the agreement signed in 2015 required" is left to the sentence.
  assert.deepEqual(dated('The treaty signed in 2015 required Russia to withdraw troops.'), [
    'withdraw troops 2022-02-15',
  ]);
});

test('a date opening the sentence dates every act in the past after it, unless a word moves the time', () => {
  assert.deepEqual(
    dated('In 2019, Russia delivered a report, and Russia was recognised by Ukraine as one of the best.'),
    ['recognised null'],
  );
  assert.deepEqual(
    dated('In early 2014, protests forced out Yanukovych after Ukraine refused to sign an agreement with the EU.'),
    ['refused to null', 'sign an agreement with 2022-02-15'],
  );
  assert.deepEqual(dated('In June 2020, Zelensky supported a petition calling for talks with Russia.'), [
    'calling for talks null',
  ]);
  assert.deepEqual(dated('During Putin’s visit to Mongolia in 2019, Russia signed a treaty with Mongolia.'), [
    'signed a treaty null',
  ]);
  assert.deepEqual(dated('On August 6-8, 2016, Ukraine launched a raid on Crimea.'), ['launched a raid on null']);
  // The present, or "now", is another time.
  assert.deepEqual(dated('In 2014, Russia annexed Crimea, and now Russia attacked Ukraine.'), [
    'annexed null',
    'attacked 2022-02-15',
  ]);
  assert.deepEqual(dated('In 2014, Russia annexed Crimea, and Russia threatens Ukraine.'), [
    'annexed null',
    'threatens 2022-02-15',
  ]);
});

test('a month before "N years ago" is the phrase\'s, and a date right after a causal "as" opens its clause', () => {
  assert.deepEqual(
    dated('This is symbolic, as in December 30 years ago Poland recognized the independence of Ukraine.'),
    ['recognized the independence of null'],
  );
  // "as in 2014," set off by commas compares, and dates nothing.
  assert.deepEqual(dated('Russia, as in 2014, threatened Ukraine.'), ['threatened 2022-02-15']);
  assert.deepEqual(dated('Ukraine was one of the first to recognize the independence of Poland.'), [
    'recognize the independence of null',
  ]);
});

test('an occasion "held" at a past time dates the act done at it', () => {
  assert.deepEqual(dated('Lavrov talked with Blinken during the Russia-Africa Summit held in Sochi two years ago.'), [
    'talked with null',
    'talked with null',
  ]);
  // What the act is about keeps the act's own date.
  assert.deepEqual(dated('Lavrov talked with Blinken about the summit held in Sochi two years ago.'), [
    'talked with 2022-02-15',
    'talked with 2022-02-15',
  ]);
});
