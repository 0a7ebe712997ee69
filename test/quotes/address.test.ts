// Addresses: a title that calls the text one person's address, speech or essay makes the whole text that person's
// words. "I" and "we" in it are the speaker's, "we" with the one the speaker last spoke with; an act with no subject
// is not the speaker's, and "you" is the audience, no side of the article's. The output lists no quote for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { addressSpeaker, mayNameAddress } from '../../src/quotes/address.ts';
import { addressAudience } from '../../src/quotes/audience.ts';
import { createPipeline, DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);
const pipeline = createPipeline();

function speakerOf(title: string): string | null {
  const doc = analyze({ id: 't', date: '2022-05-01', title: null, url: null, source: null, text: title });
  return addressSpeaker(doc, findMentions(doc, registry).mentions)?.actor.name ?? null;
}

function events(title: string | null, text: string): string[] {
  return pipeline
    .code({ id: 't', date: '2022-05-01', title, url: null, source: null, text })
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.trigger.text}`);
}

test('the title names the speaker of an address, a speech or an essay: one person right after "by"', () => {
  assert.equal(
    speakerOf('Address by the President of Ukraine on the occasion of the Day of Dignity'),
    'Volodymyr Zelensky',
  );
  assert.equal(speakerOf('We will win - address by President Volodymyr Zelenskyy'), 'Volodymyr Zelensky');
  assert.equal(speakerOf('Article by Vladimir Putin for the Chinese News Agency Xinhua'), 'Vladimir Putin');
  // A bare title, a topic after "by", several authors and a report about a speech name no speaker.
  assert.equal(speakerOf('Speech by the President at the opening of the meeting'), null);
  assert.equal(speakerOf('For every act of terrorism by Russian troops there will be a tribunal'), null);
  assert.equal(speakerOf('Joint statement by the President of Ukraine and the President of Poland'), null);
  assert.equal(speakerOf('Zelenskyy gave a speech in the Bundestag'), null);
});

test('the raw-title test passes every title that names a speaker, and rules out titles with no "NOUN by"', () => {
  const named = [
    'Address by the President of Ukraine on the occasion of the Day of Dignity',
    'We will win - address by President Volodymyr Zelenskyy',
    'Article by Vladimir Putin for the Chinese News Agency Xinhua',
    'REMARKS BY  Vladimir Putin at the plenary session',
  ];
  for (const title of named) assert.ok(mayNameAddress(title) && speakerOf(title) !== null, title);
  for (const title of ['Zelenskyy gave a speech in the Bundestag', 'Addresses by the ministers', 'A speech byline']) {
    assert.equal(mayNameAddress(title), false, title);
  }
});

const TITLE = 'We will win - address by President Volodymyr Zelenskyy';

test('in an address "I" is the speaker, who acts on whom the sentence names', () => {
  assert.deepEqual(events(TITLE, 'I called on Estonia to join the project.'), ['100 UKRGOV->EST called on']);
  // With no address to name the speaker, the appeal has no doer and is no event (doerless-speech.ts).
  assert.deepEqual(events(null, 'I called on Estonia to join the project.'), []);
  assert.deepEqual(events(TITLE, 'I thanked Portugal and called on Estonia to join the project.'), [
    '051 UKRGOV->PRT thanked',
    '100 UKRGOV->EST called on',
  ]);
});

test('in an address an act with no subject is not the speaker’s', () => {
  assert.deepEqual(events(TITLE, 'The bodies of killed people, killed Ukrainians have already been taken away.'), [
    '190 -->UKRCVL killed',
  ]);
});

test('in an address "we" is the speaker and the one the speaker last spoke with', () => {
  assert.deepEqual(
    events(
      TITLE,
      'Russia is shelling Kharkiv. I had a conversation with President of France Emmanuel Macron. Substantive and long. ' +
        'We discussed the sixth package of sanctions.',
    ).filter((e) => e.endsWith('discussed')),
    ['040 UKRGOV->FRAGOV discussed', '040 FRAGOV->UKRGOV discussed'],
  );
  // A "we" sentence goes on with the same talks.
  assert.deepEqual(
    events(
      TITLE,
      'I spoke with Bulgarian Prime Minister Kiril Petkov. We also discussed our cooperation at the EU level. ' +
        'Another issue we agreed on is the supply of electricity.',
    ).filter((e) => e.endsWith('agreed on')),
    ['030 UKRGOV->BGRGOV agreed on'],
  );
  // A sentence of the speaker's with no one else ends the search.
  assert.deepEqual(
    events(
      TITLE,
      'I had a conversation with President of France Emmanuel Macron. I addressed the participants of the conference. ' +
        'We discussed the sixth package of sanctions.',
    ).filter((e) => e.endsWith('discussed')),
    [],
  );
});

test('in an address "you" is the audience, not the side the article names most', () => {
  assert.deepEqual(
    events(
      TITLE,
      'Russia attacked Ukraine. Russian troops shelled Kyiv. Russia lies about Ukraine. ' +
        'I want to thank you, your citizens, and your government.',
    ).filter((e) => e.endsWith('thank')),
    ['051 UKRGOV->- thank'],
  );
});

function audienceOf(title: string): string | null {
  const doc = analyze({ id: 't', date: '2022-05-01', title: null, url: null, source: null, text: title });
  const mentions = findMentions(doc, registry).mentions;
  const speaker = addressSpeaker(doc, mentions);
  return speaker === null ? null : (addressAudience(doc, mentions, speaker)?.actor.code ?? null);
}

test('the title names the audience of a speech: a foreign body or people it is given to or in', () => {
  assert.equal(audienceOf('Address by President of Ukraine Volodymyr Zelenskyy to the Bundestag'), 'DEULEG');
  assert.equal(audienceOf('Speech by President of Ukraine Volodymyr Zelenskyy in the Parliament of Japan'), 'JPNLEG');
  assert.equal(audienceOf('Speech by the President of Ukraine at a meeting of the UN Security Council'), 'IGOUNO');
  assert.equal(audienceOf('Speech by the President of Ukraine in the Cortes Generales of Spain'), 'ESP');
  assert.equal(audienceOf('Address by President of Ukraine Volodymyr Zelenskyy to the people of Switzerland'), 'CHE');
  // The speaker's own parliament, a place the speech is given in, and a nightly address name no foreign audience.
  assert.equal(audienceOf('Speech by President of Ukraine Volodymyr Zelenskyy in the Verkhovna Rada'), null);
  assert.equal(audienceOf('Speech by the President of Ukraine at a university in Sweden'), null);
  // A parliament the dictionary knows is the audience, the state after "in" only where it sits.
  assert.equal(audienceOf('Speech by the President of Ukraine at the Riksdag in Sweden'), 'SWELEG');
  assert.equal(audienceOf(TITLE), null);
});

test('in a speech to a foreign audience "you" and "your" are that audience; not a "you" who sees or knows', () => {
  const title = 'Address by President of Ukraine Volodymyr Zelenskyy to the Bundestag';
  assert.deepEqual(events(title, 'I ask you to help us.'), ['020 UKRGOV->DEULEG ask']);
  assert.deepEqual(events(title, 'Thank you for your words.'), ['051 UKRGOV->DEULEG Thank']);
  // Thanks for the honour of speaking is the courtesy of a speech (noncode22).
  assert.deepEqual(events(title, 'Thank you for the honor of speaking to you.'), []);
  assert.deepEqual(events(title, "I'm grateful to you."), ['051 UKRGOV->DEULEG grateful to']);
  assert.deepEqual(events(title, 'You have imposed sanctions against Russia.'), [
    '163 DEULEG->RUS imposed sanctions against',
  ]);
  assert.deepEqual(
    events(title, 'You saw Russian missiles hit Kyiv.'),
    events(TITLE, 'You saw Russian missiles hit Kyiv.'),
  );
  // A vocative names whom "you" is: one person, not the whole audience.
  assert.deepEqual(events(title, 'Thank you, Mr. Prime Minister!'), []);
  // So with thanks made stronger before the vocative's comma.
  assert.deepEqual(events(title, 'Thank you very much, Mr. Speaker!'), []);
  assert.deepEqual(events(title, 'Thank you so much, Madam Chancellor!'), []);
  assert.deepEqual(events(title, 'Dear Mr. Speaker, I ask you to help us.'), []);
  assert.deepEqual(events(title, 'Thank you, Germany!'), ['051 UKRGOV->DEULEG Thank']);
  // In a nightly address "Thank you" thanks no one the coder knows.
  assert.deepEqual(events(TITLE, 'Thank you for the support.'), []);
});

test('the address is no quote of the output', () => {
  const result = pipeline.code({
    id: 't',
    date: '2022-05-01',
    title: TITLE,
    url: null,
    source: null,
    text: 'I called on Estonia to act.',
  });
  assert.deepEqual(result.quotes, []);
});

test('"our country", "our people" in a speaker’s words are the speaker’s country, not in a report’s own words', () => {
  const text = 'Ukraine will win. Russian troops continue to torture our people. Estonia will support our country.';
  assert.deepEqual(
    events(TITLE, text).filter((e) => !e.endsWith('win')),
    ['1822 RUSMIL->UKRCVL torture', '030 EST->UKR support'],
  );
  assert.deepEqual(
    events(null, text).filter((e) => !e.endsWith('win')),
    ['1822 RUSMIL->- torture', '030 EST->- support'],
  );
});

test('"us" as the object in a speaker’s words is the speaker’s country', () => {
  const text = 'Ukraine will win. Russia attacked us. Russian troops are trying to destroy us. Estonia supports us.';
  assert.deepEqual(
    events(TITLE, text).filter((e) => !e.endsWith('win')),
    ['190 RUS->UKR attacked', '1712 RUSMIL->UKR destroy', '051 EST->UKR supports'],
  );
  assert.deepEqual(
    events(null, text).filter((e) => !e.endsWith('win')),
    ['190 RUS->- attacked', '1712 RUSMIL->- destroy', '051 EST->- supports'],
  );
});

test("a person's address named as the title's last part (\"… - X's address\") names its speaker, a report on one does not", () => {
  assert.equal(speakerOf("We will win - President Volodymyr Zelenskyy's address"), 'Volodymyr Zelensky');
  assert.equal(
    speakerOf("We will rebuild - President Volodymyr Zelenskyy's address to the participants of the forum"),
    'Volodymyr Zelensky',
  );
  assert.equal(speakerOf("Vladimir Putin's speech angers Kyiv"), null);
  assert.equal(speakerOf("Briefing: Vladimir Putin's defensive speech"), null);
  assert.deepEqual(
    events("We will win - President Volodymyr Zelenskyy's address", 'I spoke with Prime Minister Mark Rutte.'),
    ['040 UKRGOV->NLDGOV spoke with', '040 NLDGOV->UKRGOV spoke with'],
  );
});

test('an offer or invitation to a "you" no one is known to be is no event', () => {
  assert.deepEqual(events(TITLE, 'I invite you to join the reconstruction of our country.'), []);
  assert.deepEqual(events(TITLE, 'I invite Estonia to join the reconstruction of our country.'), [
    '020 UKRGOV->EST invite',
  ]);
});
