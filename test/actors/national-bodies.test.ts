// National companies, agencies, armed units and churches named by their own name, the "regime" of a state, and people
// the corpus's releases name often (dictionaries/actors/organizations.tsv, sectors.tsv, persons/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';

const DIR = new URL('../../dictionaries/', import.meta.url).pathname;
const registry = loadActorRegistry(DIR, []);

function codes(text: string, date = '2022-05-01'): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('state companies and agencies named by their own name are their state’s', () => {
  assert.deepEqual(codes('Gazprom cut deliveries.'), ['Gazprom=RUSBUS']);
  assert.deepEqual(codes('Rosatom offered new technologies.'), ['Rosatom=RUSGOV']);
  assert.deepEqual(codes('Naftogaz met the Polish company.').slice(0, 1), ['Naftogaz=UKRBUS']);
  assert.deepEqual(codes('The Security Service of Ukraine detained him.'), ['The Security Service of Ukraine=UKRSPY']);
  assert.deepEqual(codes('The Azov regiment held the plant.'), ['The Azov regiment=UKRMIL']);
  // The armed forces by their abbreviation, and a UN body in lower case as some outlets write it.
  assert.deepEqual(codes('The AFU destroyed the ship.').slice(0, 1), ['The AFU=UKRMIL']);
  assert.deepEqual(codes('The UN general assembly voted.'), ['The UN general assembly=IGOUNO']);
  assert.deepEqual(codes('The IPC barred the team.'), ['The IPC=NGOIPC']);
});

test('a state’s church, and its regime, carry the sector', () => {
  assert.deepEqual(codes('The Russian Orthodox Church supported it.'), ['The Russian Orthodox Church=RUSREL']);
  assert.deepEqual(codes('The Kiev regime refused.'), ['The Kiev regime=UKRGOV']);
  assert.deepEqual(codes('Patriarch Kirill thanked him.'), ['Patriarch Kirill=RUSREL']);
});

test('dated roles: a deputy head of the presidential office, a goodwill ambassador, a general director', () => {
  assert.deepEqual(codes('Andriy Sybiha praised the talks.', '2021-11-19'), ['Andriy Sybiha=UKRGOV']);
  assert.deepEqual(codes('Ben Stiller visited Irpin.', '2022-06-20').slice(0, 1), ['Ben Stiller=IGOUNOHCR']);
  assert.deepEqual(codes('Roscosmos General Director Dmitry Rogozin spoke.', '2022-04-12'), [
    'Roscosmos General Director Dmitry Rogozin=RUSGOV',
  ]);
});

test('voters, pensioners, tourists, families and children of a state are its civilians', () => {
  assert.deepEqual(codes('US voters praised him.'), ['US voters=USACVL']);
  assert.deepEqual(codes('Ukrainian children were deported.'), ['Ukrainian children=UKRCVL']);
  assert.deepEqual(codes('Russian tourists visited Turkey.').slice(0, 1), ['Russian tourists=RUSCVL']);
});

test('a businessman, a governor and an opposition leader of the corpus’s releases', () => {
  assert.deepEqual(codes('Ruslan Baysarov thanked him.', '2021-11-29'), ['Ruslan Baysarov=RUSBUS']);
  assert.deepEqual(codes('Sergei Melikov invited him.', '2021-12-21'), ['Sergei Melikov=RUSGOV']);
  assert.deepEqual(codes('Viktor Medvedchuk was detained.', '2022-04-12'), ['Viktor Medvedchuk=UKROPP']);
});

test('first ladies acting in the office’s programme, a Red Cross president', () => {
  assert.deepEqual(codes('Jill Biden visited Uzhhorod.', '2022-05-09').slice(0, 1), ['Jill Biden=USAGOV']);
  assert.deepEqual(codes('Francesco Rocca met him.', '2021-12-05'), ['Francesco Rocca=NGOIRC']);
});

test('the US parties by the names news gives their members in Congress', () => {
  assert.deepEqual(codes('Republicans blocked the bill.'), ['Republicans=USAPTY']);
  assert.deepEqual(codes('House Republicans criticised the aid.'), ['House Republicans=USAPTY']);
  assert.deepEqual(codes('Senate Democrats backed the bill.'), ['Senate Democrats=USAPTY']);
  // A bare "Democrats" is as often another country's party: no actor of its own.
  assert.deepEqual(codes('The Sweden Democrats backed the bill.').includes('Democrats=USAPTY'), false);
});
