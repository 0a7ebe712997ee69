// Persons named by initials and a surname ("A. Blinken"), a state before another state's seat ("the Austrian Federal
// Chancellery"), an armed group's forces ("DPR troops"), the Donbass separatist entities and their leaders, and the
// ombudsman's titles (dictionaries/actors/README.md).
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

test('initials before a dictionary surname name that person, with or without a title', () => {
  assert.deepEqual(codes('Volodymyr Zelenskyy informed A. Blinken about the situation.'), [
    'Volodymyr Zelenskyy=UKRGOV',
    'A. Blinken=USAGOV',
  ]);
  assert.deepEqual(codes('Minister D. Cameron met Jaishankar.', '2024-03-01'), [
    'Minister D. Cameron=GBRGOV',
    'Jaishankar=INDGOV',
  ]);
  assert.deepEqual(codes('J.D. Vance spoke.', '2024-03-01'), ['J.D. Vance=USALEG']);
});

test('a common surname after initials needs one person of that initial in office on the date', () => {
  assert.deepEqual(codes('B. Johnson met E. Macron.'), ['B. Johnson=GBRGOV', 'E. Macron=FRAGOV']);
  // Johnson left office in 2022: no one of that name and initial holds an office in 2024.
  assert.deepEqual(codes('B. Johnson met E. Macron.', '2024-03-01'), ['E. Macron=FRAGOV']);
  // The initial must agree with the person's name.
  assert.deepEqual(codes('K. Macron spoke.'), ['Macron=FRAGOV']);
});

test("a state named before another state's seat names its own institution of that kind", () => {
  assert.deepEqual(codes('The Austrian Federal Chancellery condemned Russia.'), [
    'The Austrian Federal Chancellery=AUTGOV',
    'Russia=RUS',
  ]);
  assert.deepEqual(codes("Turkey's National Security Council met."), ["Turkey's National Security Council=TURGOV"]);
  assert.deepEqual(codes('The Federal Chancellery praised Ukraine.'), [
    'The Federal Chancellery=DEUGOV',
    'Ukraine=UKR',
  ]);
  // The seat's own state keeps the two mentions; a seat before a noun is no institution of the first state.
  assert.deepEqual(codes("Russia's Kremlin denied it."), ['Russia=RUS', 'Kremlin=RUSGOV']);
  assert.deepEqual(codes('US Kremlin watchers doubted it.'), ['US=USA', 'Kremlin=RUSGOV']);
});

test('a seat followed by "of" and another state names that state\'s own institution of the kind', () => {
  assert.deepEqual(codes('The Federal Chancellery of Austria condemned Russia.'), [
    'The Federal Chancellery of Austria=AUTGOV',
    'Russia=RUS',
  ]);
  assert.deepEqual(codes('He spoke with the Federal Chancellery of the Republic of Austria.'), [
    'the Federal Chancellery of the Republic of Austria=AUTGOV',
  ]);
  // The seat's own state after "of" keeps the seat's reading and the state's mention.
  assert.deepEqual(codes('The State Duma of the Russian Federation met.'), [
    'The State Duma=RUSLEG',
    'the Russian Federation=RUS',
  ]);
});

test('a one-word seat with a name of its own after "of" is another body', () => {
  assert.deepEqual(codes('He met the Congress of Local and Regional Authorities.'), []);
  assert.deepEqual(codes('He addressed the Congress of the United States.'), [
    'the Congress=USALEG',
    'the United States=USA',
  ]);
});

test("an armed group's troops and forces are the group, not its state's army", () => {
  assert.deepEqual(codes('Russia helped DPR troops.'), ['Russia=RUS', 'DPR troops=UKRREB']);
  assert.deepEqual(codes('Israel struck Hamas forces.'), ['Israel=ISR', 'Hamas forces=PSEREB']);
  assert.deepEqual(codes('Ukrainian troops advanced.'), ['Ukrainian troops=UKRMIL']);
});

test('the Donbass entities and their leaders; "Ukraine\'s leader" stays the president', () => {
  assert.deepEqual(codes("Putin recognised the Donetsk People's Republic and the LPR."), [
    'Putin=RUSGOV',
    "the Donetsk People's Republic=UKRREB",
    'the LPR=UKRREB',
  ]);
  assert.deepEqual(codes('Putin met Denis Pushilin and Leonid Pasechnik.'), [
    'Putin=RUSGOV',
    'Denis Pushilin=UKRREB',
    'Leonid Pasechnik=UKRREB',
  ]);
  assert.deepEqual(codes("Ukraine's leader hailed the move."), ["Ukraine's leader=UKRGOV"]);
});

test("the ombudsman is the state's human rights commissioner", () => {
  assert.deepEqual(codes("Ukraine's ombudsman said Russia deported children.", '2022-09-01'), [
    "Ukraine's ombudsman=UKRGOV",
    'Russia=RUS',
  ]);
});

test("a state's side is its government as a party; not a side of something nor a place on it", () => {
  assert.deepEqual(codes('The Austrian side supported Ukraine.'), ['The Austrian side=AUTGOV', 'Ukraine=UKR']);
  assert.deepEqual(codes('Zhovkva called on the Czech side to support it.'), [
    'Zhovkva=UKRGOV',
    'the Czech side=CZEGOV',
  ]);
  assert.deepEqual(codes('The Ukrainian and American sides met today.'), [
    'The Ukrainian=UKRGOV',
    'American sides=USAGOV',
  ]);
  assert.deepEqual(codes('Morale fell on the Russian side.'), ['Russian=RUS']);
  assert.deepEqual(codes('The Russian side of the border was shelled.'), ['Russian=RUS']);
  assert.deepEqual(codes('Georgians are fighting on the side of Ukraine.'), ['Georgians=GEO', 'Ukraine=UKR']);
});

test("a region's governor or head is of the state the passage is about", () => {
  assert.deepEqual(
    codes('Putin held a meeting. Governor of the Astrakhan Region Igor Babushkin reported on the harvest.'),
    ['Putin=RUSGOV', 'Governor of the Astrakhan Region Igor Babushkin=RUSGOV'],
  );
  assert.deepEqual(
    codes(
      'Zelensky spoke. The head of the Kyiv regional military administration, Oleksiy Kuleba, said Russia attacked.',
    ),
    ['Zelensky=UKRGOV', 'The head of the Kyiv regional military administration, Oleksiy Kuleba=UKRGOV', 'Russia=RUS'],
  );
  // Unnamed, it is an official of that state; a bank's governor is no region's.
  assert.deepEqual(codes('Zelensky spoke. The head of the Odesa Regional State Administration accused Russia.'), [
    'Zelensky=UKRGOV',
    'The head of the Odesa Regional State Administration=UKRGOV',
    'Russia=RUS',
  ]);
  assert.ok(!codes('Putin met the Governor of the Central Bank.').some((c) => c.startsWith('Governor')));
});

test('"Federal Chancellor" is a title; "President Fernandez" is the Argentine president on the date', () => {
  assert.deepEqual(codes('Putin spoke with Federal Chancellor of Germany Olaf Scholz.'), [
    'Putin=RUSGOV',
    'Federal Chancellor of Germany Olaf Scholz=DEUGOV',
  ]);
  assert.ok(!codes('Mr Federal Chancellor, welcome.').some((c) => c.startsWith('Mr Federal')));
  const fernandez = (date: string): string | undefined => {
    const doc = analyze({ id: 't', date, title: null, url: null, source: null, text: 'President Fernandez spoke.' });
    return findMentions(doc, registry).mentions[0]?.actor.id ?? undefined;
  };
  assert.equal(fernandez('2022-01-01'), 'afernandez');
  assert.equal(fernandez('2010-01-01'), 'cfkirchner');
});

test('the Pope is the Holy See, also after the state he comes from', () => {
  assert.deepEqual(codes('The Pope condemned the war.'), ['The Pope=VATGOV']);
  assert.deepEqual(codes('Reuters said the pontiff met Kirill.'), ['the pontiff=VATGOV']);
  assert.deepEqual(codes('The Argentinian pontiff praised the Ukrainians.'), [
    'The Argentinian pontiff=VATGOV',
    'the Ukrainians=UKR',
  ]);
});
