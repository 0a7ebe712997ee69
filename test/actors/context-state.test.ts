// A state's institution named with no state ("the government", "police", "lawmakers") takes the state its passage is
// about, read from the actors named before it; with no clear state it stays no actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function codes(text: string, date = '2022-03-01'): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('the same sector named before decides among several states', () => {
  assert.deepEqual(
    codes("Ukraine's government accused Russia of shelling Kharkiv. The government said it had proof."),
    ["Ukraine's government=UKRGOV", 'Russia=RUS', 'The government=UKRGOV', 'it=UKRGOV'],
  );
});

test('an office holder nearby places the institution, also an army or the police', () => {
  assert.deepEqual(codes('President Kassym-Jomart Tokayev spoke on Monday. The police have detained 8,000 people.'), [
    'President Kassym-Jomart Tokayev=KAZGOV',
    'The police=KAZCOP',
  ]);
  assert.deepEqual(codes('Igor Konashenkov said missiles hit depots, while the air force struck 60 sites.'), [
    'Igor Konashenkov=RUSMIL',
    'the air force=RUSMIL',
  ]);
  // Lowercase "congress" with no article, the state of the sentence's one office holder.
  assert.deepEqual(codes('Obama is being pressured by congress.', '2014-06-01'), ['Obama=USAGOV', 'congress=USALEG']);
});

test('troops named nearby do not place it: they are as often abroad', () => {
  assert.deepEqual(
    codes(
      'Ukrainian President Volodymyr Zelensky spoke. Russian troops attacked Kharkiv. Government forces repelled them.',
    ),
    [
      'Ukrainian President Volodymyr Zelensky=UKRGOV',
      'Russian troops=RUSMIL',
      'Government forces=UKRMIL',
      'them=UKRMIL',
    ],
  );
});

test('with no state named in the passage, the state most of the article is about', () => {
  const filler = 'The meeting went on. We looked at the figures. Many questions were raised. ';
  assert.deepEqual(
    codes(
      `Vladimir Putin held a meeting with Russian ministers. ${filler}You supported this and the Government provided funds.`,
    ),
    ['Vladimir Putin=RUSGOV', 'Russian ministers=RUSGOV', 'the Government=RUSGOV'],
  );
});

test('unclear context, a state named only after it, or a modifier before it: no actor', () => {
  assert.deepEqual(codes('Russia attacked Ukraine. The government said nothing.'), ['Russia=RUS', 'Ukraine=UKR']);
  assert.deepEqual(codes("The government expressed appreciation for China's assistance."), ['China=CHN']);
  assert.deepEqual(codes('Vladimir Putin spoke. Pro-government forces and local police gathered.'), [
    'Vladimir Putin=RUSGOV',
  ]);
  // A state in a compound or an adjective of a thing places nothing; the group's own state does.
  assert.deepEqual(
    codes(
      'The Syrian Observatory for Human Rights, a UK-based group, said eight people were killed in an air strike by government forces.',
    ),
    ['The Syrian Observatory for Human Rights=SYRNGO', 'UK=GBR', 'government forces=SYRMIL'],
  );
  // "the congress" of scientists or a party is no legislature.
  assert.deepEqual(codes('Vladimir Putin spoke. The congress will highlight the role of science.'), [
    'Vladimir Putin=RUSGOV',
  ]);
});

test("the Office of the President is the state of its passage; of a state, it is that president's", () => {
  assert.deepEqual(codes('Zelensky visited Lviv. The Office of the President called on citizens to keep calm.'), [
    'Zelensky=UKRGOV',
    'The Office of the President=UKRGOV',
  ]);
  assert.deepEqual(codes('Putin chaired a meeting. The Presidential Administration prepared it.'), [
    'Putin=RUSGOV',
    'The Presidential Administration=RUSGOV',
  ]);
  // With a state after it the title names the president, as before: the office takes no "of" place of its own.
  assert.deepEqual(codes('The Office of the President of Ukraine conducted a simulation.'), [
    'the President of Ukraine=UKRGOV',
  ]);
});
