// Bodies no dictionary knows, read from the shape of their names, and acronyms bound to them in brackets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/analyze.ts';
import { findMentions, loadActorRegistry } from '../../src/actors/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';

const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);

function codes(text: string): string[] {
  const doc = analyze({ id: 't', date: '1995-03-01', title: null, url: null, source: null, text });
  return findMentions(doc, registry).mentions.map((m) => `${m.actor.text}=${m.actor.code}`);
}

test('a state adjective or name before a body’s name gives its country; the head noun and the name its sector', () => {
  assert.deepEqual(codes('The Nigerian Union of Teachers called off a strike.'), [
    'The Nigerian Union of Teachers=NGALAB',
  ]);
  assert.deepEqual(codes('The Syrian Observatory for Human Rights counted the dead.'), [
    'The Syrian Observatory for Human Rights=SYRNGO',
  ]);
  assert.deepEqual(codes('The Afghan National Army fought.'), ['The Afghan National Army=AFGMIL']);
  // A party is a party whatever its name says.
  assert.deepEqual(codes("The Labour Party criticised Britain's government."), [
    'The Labour Party=GBRPTY',
    "Britain's government=GBRGOV",
  ]);
  // The complement stops at its last plural word; the name at its head; "of <state>" places the party.
  assert.deepEqual(codes('The Russian Union of Industrialists and Entrepreneurs Alexander Shokhin spoke.'), [
    'The Russian Union of Industrialists and Entrepreneurs=RUS',
    'Alexander Shokhin=RUS',
  ]);
  assert.deepEqual(codes('The Communist Party of Vietnam met Chinese Communist Party General Secretary Li.'), [
    'The Communist Party of Vietnam=VNMPTY',
    'Chinese Communist Party=CHNPTY',
    'Secretary Li=---GOV',
  ]);
});

test('a party, front, movement or union named with no state takes the sole state of the article in its sentence', () => {
  assert.deepEqual(
    codes(
      "The fundamentalist Umma (Nation) party has said it will boycott Algeria's first multi-party elections unless the president agrees to step down.",
    ),
    ['Umma (Nation) party=DZAPTY', 'it=DZAPTY', 'Algeria=DZA', 'the president=DZAGOV'],
  );
  assert.deepEqual(codes('The Justice and Equality Movement attacked Sudanese troops.'), [
    'The Justice and Equality Movement=SDN',
    'Sudanese troops=SDNMIL',
  ]);
  // Two states named: unknown. A bare head ("the Union"), a lowercase "movement" and councils are no such body.
  assert.deepEqual(codes('The Umma party accused Algeria and Morocco.'), [
    'The Umma party=---PTY',
    'Algeria=DZA',
    'Morocco=MAR',
  ]);
  assert.deepEqual(codes('The Union and the Olympic movement and the Supreme Council praised Algeria.'), [
    'Algeria=DZA',
  ]);
});

test('an acronym in brackets joins the body’s mention and names it later in the article', () => {
  assert.deepEqual(codes('The Islamic Salvation Front (FIS) won the vote. Later the FIS called a strike in Algeria.'), [
    'The Islamic Salvation Front (FIS)=DZAOPP',
    'the FIS=DZAOPP',
    'Algeria=DZA',
  ]);
  assert.deepEqual(codes('The FIS called a strike.'), []);
});
