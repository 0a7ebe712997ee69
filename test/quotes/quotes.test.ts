import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { findQuotes } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/types.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function quotes(text: string, date = '2022-03-01'): Quote[] {
  const doc = analyze({ id: 'q', date, title: null, url: null, source: null, text });
  const qs = findQuotes(doc, findMentions(doc, registry).mentions);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text, 'offsets are UTF-16 offsets of the text');
  return qs;
}

/** [quoted text, speaker name, speaker surface] for compact assertions. */
function view(text: string, date?: string): [string, string | null, string | null][] {
  return quotes(text, date).map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.text ?? null]);
}

test('"…,” said X (inverted attribution after the quote), with a titled speaker', () => {
  assert.deepEqual(view('“We will not retreat,” said Ukrainian Defence Minister Taras Bondar.'), [
    ['We will not retreat', 'Taras Bondar', 'Ukrainian Defence Minister Taras Bondar'],
  ]);
});

test('"…,” X said / X added / a sector nominal announced', () => {
  assert.deepEqual(view('“The talks were useful,” Lavrov said.'), [
    ['The talks were useful', 'Sergey Lavrov', 'Lavrov'],
  ]);
  assert.deepEqual(view('“Sanctions will fail,” Russia’s foreign ministry announced.'), [
    ['Sanctions will fail', 'Russia Ministry of Foreign Affairs', 'Russia’s foreign ministry'],
  ]);
  const q = quotes('“Sanctions will fail,” Russia’s foreign ministry announced.')[0]!;
  assert.equal(q.speaker?.code, 'RUSGOV');
});

test('X said: “…” and X said that “…” before the quote', () => {
  assert.deepEqual(view('Peskov told reporters: “The door is open.”'), [
    ['The door is open.', 'Dmitry Peskov', 'Peskov'],
  ]);
  assert.deepEqual(view('Guterres said that the plan “can still save lives” in the region.'), [
    ['can still save lives', 'Antonio Guterres', 'Guterres'],
  ]);
});

test('according to X', () => {
  assert.deepEqual(view('According to Zbigniew Rau, “the mission must continue.”'), [
    ['the mission must continue.', 'Zbigniew Rau', 'Zbigniew Rau'],
  ]);
});

test('pronoun and title speakers are resolved through coreference', () => {
  assert.deepEqual(view('Kuleba spoke in Kyiv on Monday. “We are grateful to our partners,” he added.'), [
    ['We are grateful to our partners', 'Dmytro Kuleba', 'he'],
  ]);
  assert.deepEqual(view('Polish Foreign Minister Zbigniew Rau arrived. “We talked for hours,” the minister said.'), [
    ['We talked for hours', 'Zbigniew Rau', 'the minister'],
  ]);
});

test('multi-sentence quotations are one quote', () => {
  const text = 'Rau arrived late. “We talked for hours. Nothing was agreed. We will meet again,” Zbigniew Rau said.';
  assert.deepEqual(view(text), [
    ['We talked for hours. Nothing was agreed. We will meet again', 'Zbigniew Rau', 'Zbigniew Rau'],
  ]);
});

test('a quotation continues across paragraphs when the closing mark is missing before a new opening mark', () => {
  const text = 'Stoltenberg said: “The first point is security.\n\n“The second point is unity.”\n\nNATO agreed.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'The first point is security.\n\n“The second point is unity.');
  assert.equal(qs[0]!.speaker?.name, 'Jens Stoltenberg');
  // Without a re-opening mark, an unclosed quotation ends with its paragraph.
  const open = quotes('Peskov said: “We are ready to talk\n\nNATO disagreed.');
  assert.deepEqual(
    open.map((q) => q.text),
    ['We are ready to talk'],
  );
});

test('straight quotes, and a quotation right after an attributed one keeps its speaker', () => {
  assert.deepEqual(view('"We are ready to talk," said Peskov. "But not at any price."'), [
    ['We are ready to talk', 'Dmitry Peskov', 'Peskov'],
    ['But not at any price.', 'Dmitry Peskov', 'Peskov'],
  ]);
});

test('a participle ("adding that") takes the subject of the main clause', () => {
  assert.deepEqual(view('Lavrov praised the talks, adding that “not everything is lost” for NATO.'), [
    ['not everything is lost', 'Sergey Lavrov', 'Lavrov'],
  ]);
});

test("X's statement that “…”", () => {
  assert.deepEqual(view('He recalled Putin’s statement that “Russia threatens no one” at the summit.'), [
    ['Russia threatens no one', 'Vladimir Putin', 'Putin'],
  ]);
});

test('headline quotes in single marks with the speaker after a colon', () => {
  assert.deepEqual(view("Russia 'will keep talking to the West': FM Lavrov"), [
    ['will keep talking to the West', 'Sergey Lavrov', 'FM Lavrov'],
  ]);
  // Apostrophes are not quotation marks.
  assert.deepEqual(view("Poland's minister didn't comment on Russia's plans."), []);
});

test('one-word scare quotes are not quotes unless a speech cue names the speaker; titles of things never are', () => {
  assert.deepEqual(view('Lavrov accused the West of “info-war” and of a "hysteria".'), []);
  assert.deepEqual(view('Peskov said the plan was “unacceptable” for Moscow.'), [
    ['unacceptable', 'Dmitry Peskov', 'Peskov'],
  ]);
  assert.deepEqual(view('Putin is now regrouping in what is widely seen as “Plan B,” after the failure.'), []);
  assert.deepEqual(view('The banner read “peace for all”.'), [['peace for all', null, null]]);
});

test('an apposition between the speaker and the verb, and "said" without "that"', () => {
  assert.deepEqual(view('“We will respond,” Putin, Russia’s leader since 2000, told a news briefing.'), [
    ['We will respond', 'Vladimir Putin', 'Putin'],
  ]);
  assert.deepEqual(view('Zelensky said the government was “ready to talk at any level”.'), [
    ['ready to talk at any level', 'Volodymyr Zelensky', 'Zelensky'],
  ]);
});

test('a speaker named after the quotation later in the sentence', () => {
  assert.deepEqual(
    view(
      'The threat remains “dangerous but ambiguous,” and no attack is certain, a senior Ukrainian official told CNN.',
    ),
    [['dangerous but ambiguous', 'Ukraine official', 'a senior Ukrainian official']],
  );
});

test('a speaker introduced on the line before, ending with a colon', () => {
  assert.deepEqual(view('Zelensky said:\n“We will defend every city.”'), [
    ['We will defend every city.', 'Volodymyr Zelensky', 'Zelensky'],
  ]);
});

test('a speaker no dictionary knows is still a speaker, named from the text (id null)', () => {
  const [q] = quotes('“The equity markets are more at risk,” Stovall wrote in a note.');
  assert.equal(q?.speaker?.name, 'Stovall');
  assert.equal(q?.speaker?.id, null);
  // A titled person without a registry entry keeps the title's country and sector, and the name after it.
  const [m] = quotes(
    'Australia’s prime minister, Scott Morrison, called Putin “the war criminal of Moscow” on Thursday.',
  );
  assert.equal(m?.speaker?.name, 'Scott Morrison');
  assert.equal(m?.speaker?.code, 'AUSGOV');
});

test('a quoted paragraph with no attribution continues the speaker of the paragraph before', () => {
  const text =
    '“The tribunal is not symbolism,” said Kuleba.\n\n“It makes no difference if Putin is present.\n\nNATO met on Monday. “Unity matters,” Stoltenberg said.';
  assert.deepEqual(
    view(text).map(([t, name]) => [t.slice(0, 20), name]),
    [
      ['The tribunal is not ', 'Dmytro Kuleba'],
      ['It makes no differen', 'Dmytro Kuleba'],
      ['Unity matters', 'Jens Stoltenberg'],
    ],
  );
  // Another sentence between them breaks the chain.
  const broken = view(
    '“We are ready,” said Kuleba.\n\nThe talks ended without a deal.\n\n“Nothing was agreed in the end.”',
  );
  assert.equal(broken[1]![1], null);
});

test('a quotation opening its sentence after reported speech takes the reporter', () => {
  assert.deepEqual(
    view('Lavrov said that the West had ignored Moscow. “The basic truth is that nobody listens to us.”').map(
      ([, name]) => name,
    ),
    ['Sergey Lavrov'],
  );
});

test('pronouns and bare titles look past the words of other quotations', () => {
  const text =
    'Dujarric told reporters that Guterres was busy. “The secretary-general has been in contact with leaders.”\n\nHe said: “We keep working.”';
  assert.deepEqual(
    view(text).map(([, name]) => name),
    ['Stephane Dujarric', 'Stephane Dujarric'],
  );
  const title =
    'General Mark Milley spoke at the Pentagon. “It would be horrific,” said the chairman of the joint chiefs.';
  assert.equal(view(title)[0]![1], 'Mark Milley');
});

test('a pronoun whose sentence opens with an unknown name is that person, not a person of the sentence before', () => {
  const text =
    'Craft said the vote was helpful in isolating President Vladimir Putin.\n\n' +
    'Ellen Marsh, a director at a research group, wrote that the war hurt the council, and he told reporters it still had a role. “We have to be realistic about what it can do.”';
  assert.deepEqual(
    view(text).map(([, name]) => name),
    ['Ellen Marsh'],
  );
  // A name after the sentence's first word is no such subject: the pronoun keeps its antecedent.
  const later =
    'President Zelensky has said he was surprised by the comments.\n\nIn an interview with The Wall Street Journal, he said: “I didn’t understand the comments.”';
  assert.deepEqual(
    view(later).map(([, name]) => name),
    ['Volodymyr Zelensky'],
  );
});

test('speaker after the quotation: relative clauses, "according to", headlines with a colon', () => {
  assert.equal(
    view('“People are blackmailed,” Denys Savchenko, who heads a non-profit group, said in a statement.')[0]![1],
    'Denys Savchenko',
  );
  assert.equal(
    view('Lukashenko ordered the drills to “test the entire range of activities,” according to Sergei Lavrov.')[0]![1],
    'Sergey Lavrov',
  );
  assert.deepEqual(view('‘Look to Russia’ for funds to rebuild Ukraine: Lavrov'), [
    ['Look to Russia', 'Sergey Lavrov', 'Lavrov'],
  ]);
});

test('nested straight quotation marks do not end the quotation', () => {
  const qs = view('"We must implement the "Minsk" points at the level of the TCG," said Kuleba.');
  assert.deepEqual(qs, [['We must implement the "Minsk" points at the level of the TCG', 'Dmytro Kuleba', 'Kuleba']]);
});

test('bare titles find no speaker in things or bodies named before them', () => {
  assert.deepEqual(view('Prices went up. “Prices rose by a third in a year,” the report said.'), [
    ['Prices rose by a third in a year', null, null],
  ]);
  // A capitalised body ("Royal News") is not the person a title refers back to.
  assert.deepEqual(view('Royal News covered the visit. “We stand together with you all,” the duchess said.'), [
    ['We stand together with you all', null, null],
  ]);
});

test('a short quotation its subject expressed, or described something as, is the subject’s', () => {
  assert.deepEqual(view('Lavrov expressed “cautious hope” about the talks.'), [
    ['cautious hope', 'Sergey Lavrov', 'Lavrov'],
  ]);
  assert.deepEqual(view('Peskov dismissed reports that Russia would attack Poland as “pure fiction”.'), [
    ['pure fiction', 'Dmitry Peskov', 'Peskov'],
  ]);
  // A scare quote with no such verb has no speaker.
  assert.deepEqual(view('Lavrov visited the “people’s republics” in Donbas.'), [['people’s republics', null, null]]);
});

test('"…,” X comments.": a present-tense speech verb the tagger reads as a noun still attributes the quote', () => {
  assert.deepEqual(view('“The pipeline was never needed,” Halvorsen comments.'), [
    ['The pipeline was never needed', 'Halvorsen', 'Halvorsen'],
  ]);
});

test('a document quoted ("…,” the document reads) speaks for the body that issued it', () => {
  const speakers = (text: string): (string | null)[] => quotes(text).map((q) => q.speaker?.code ?? null);
  // Its issuer named in an earlier sentence: a compound, a subject issuing it, an international body's site.
  assert.deepEqual(
    speakers('NATO adopted a communique on Tuesday.\n\n"We condemn Russia\'s war," the document reads.'),
    ['IGOWSTNAT'],
  );
  assert.deepEqual(
    speakers(
      'That is according to the Vilnius Summit Communique, published on the NATO website.\n\n"We condemn Russia\'s war," the communique says.',
    ),
    ['IGOWSTNAT'],
  );
  // In the attribution itself: "reads the statement of X", "the EU statement said".
  assert.deepEqual(
    speakers('"We condemn Russia," reads the statement of the Ministry of Foreign Affairs of Ukraine.'),
    ['UKRGOV'],
  );
  assert.deepEqual(speakers('"The EU urges Russia to engage in dialogue," the EU statement said.'), ['IGOEUREEC']);
  // No issuer named anywhere: no speaker, and never the person last named.
  assert.deepEqual(speakers('Putin spoke on Monday.\n\n"We condemn the war in Ukraine," the statement said.'), [null]);
  // "read" is speech only of a document.
  assert.deepEqual(speakers('Putin spoke on Monday. "We condemn the war in Ukraine," the banner read.'), [null]);
});
