// "Egypt's Muslim Brotherhood" is the Brotherhood; "opponents of Rwanda's Senate" are Rwanda's opposition; the
// Islamic State and al-Qaeda carry CAMEO's named-group codes, and so do the roles held in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function codes(text: string, date = '2015-01-01'): string[] {
  const doc = analyze({ id: 't', date, title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('a state named before a known national body or armed group is part of that body’s mention', () => {
  assert.deepEqual(codes("Qatar pledged to expel exiled leaders of Egypt's Muslim Brotherhood."), [
    'Qatar=QAT',
    "Egypt's Muslim Brotherhood=EGYOPP",
  ]);
  assert.deepEqual(codes("Russia's Wagner Group attacked the town."), ["Russia's Wagner Group=RUSMIL"]);
  assert.deepEqual(codes("Iraq's Islamic State militants attacked."), ["Iraq's Islamic State militants=IMGMUSISI"]);
});

test('not an international body, nor a national society of one, nor two names side by side', () => {
  assert.deepEqual(codes("Ukraine's NATO allies met."), ['Ukraine=UKR', 'NATO=IGOWSTNAT']);
  assert.deepEqual(codes('Putin met the Russian Red Cross.'), ['Putin=RUSGOV', 'Russian=RUS', 'Red Cross=NGOIRC']);
});

test('opponents and critics of a state or its institution are its opposition; of an armed group, no actor', () => {
  assert.deepEqual(codes("Opponents of Rwanda's Senate protested yesterday."), ["Opponents of Rwanda's Senate=RWAOPP"]);
  assert.deepEqual(codes('Critics of the Kremlin were arrested.'), ['Critics of the Kremlin=RUSOPP']);
  assert.deepEqual(codes('Critics of Hamas spoke.'), ['Hamas=PSEREB']);
});

test('the Islamic State and al-Qaeda, and their leaders, keep their codes and the armed-group sector', () => {
  const actors = (text: string): string[] => {
    const doc = analyze({ id: 't', date: '2015-01-01', title: null, url: null, source: null, text });
    return findMentions(doc, registry).mentions.map((m) => `${m.actor.code}/${m.actor.sector ?? '-'}`);
  };
  assert.deepEqual(actors('ISIL attacked Iraq. Abu Bakr al-Baghdadi spoke. Al-Qaeda denied it.'), [
    'IMGMUSISI/REB',
    'IRQ/-',
    'IMGMUSISI/REB',
    'IMGMUSALQ/REB',
  ]);
});

test('a known person named right after "counterpart" is that person with the office the dictionary gives', () => {
  assert.deepEqual(
    codes(
      'Juri Ratas, chairman of the Estonian parliament, met his Ukrainian counterpart Ruslan Stefanchuk.',
      '2022-02-08',
    ),
    [
      'Juri Ratas, chairman of the Estonian parliament=ESTLEG',
      'his=ESTLEG',
      'Ukrainian counterpart Ruslan Stefanchuk=UKRLEG',
    ],
  );
  // A person of another state is not the counterpart's name.
  assert.deepEqual(codes('Lavrov met his Ukrainian counterpart Sergei Shoigu.', '2022-02-08'), [
    'Lavrov=RUSGOV',
    'his=RUSGOV',
    'Ukrainian counterpart=UKRGOV',
    'Sergei Shoigu=RUSMIL',
  ]);
});

test('defence companies and the defence industry are business', () => {
  assert.deepEqual(codes('Czech defence companies will repair Ukrainian tanks.'), [
    'Czech defence companies=CZEBUS',
    'Ukrainian=UKR',
  ]);
});
