// The actor-resolution figure of `eval --review` (issue 4): right country AND sector on matched events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rightCountryAndSector, scoreActorResolution } from '../../src/eval/actor-resolution.ts';
import type { Actor } from '../../src/types.ts';

const actor = (code: string, country: string | null = code.slice(0, 3)): Actor => ({
  text: code,
  name: code,
  code,
  country,
  sector: code.length > 3 ? code.slice(3) : null,
  type: 'person',
  id: null,
});

test('a state actor needs the gold country and the gold sector', () => {
  assert.ok(rightCountryAndSector('RUSGOV', actor('RUSGOV')));
  assert.ok(!rightCountryAndSector('RUSGOV', actor('RUSELI')), 'a former official is not the government');
  assert.ok(!rightCountryAndSector('RUSGOV', actor('RUS')), 'the state is not its government');
  assert.ok(!rightCountryAndSector('RUS', actor('RUSGOV')));
  assert.ok(!rightCountryAndSector('UKRGOV', actor('RUSGOV')));
  assert.ok(rightCountryAndSector('JAPGOV', actor('JPNGOV')), 'old CAMEO country codes are normalised');
  assert.ok(rightCountryAndSector('WST', actor('WST', null)));
  assert.ok(!rightCountryAndSector('RUSGOV', null));
});

test('an organisation may be named more precisely, never with another sector', () => {
  assert.ok(rightCountryAndSector('IGOUNO', actor('IGOUNOHUM', null)));
  assert.ok(rightCountryAndSector('IGOWSTNAT', actor('IGOWSTNAT', null)));
  assert.ok(!rightCountryAndSector('IGOWSTNAT', actor('IGOWSTNATMIL', null)));
  assert.ok(!rightCountryAndSector('IGOUNOHUM', actor('IGOUNO', null)), 'less precise than the annotation');
  assert.ok(!rightCountryAndSector('IGOEUREEC', actor('IGOWSTNAT', null)));
});

test('the score counts annotated slots and lists the wrong ones', () => {
  const r = scoreActorResolution([
    { articleId: 'a', role: 'source', gold: 'RUSGOV', actor: actor('RUSGOV'), sentence: 's1', event: 'e1' },
    { articleId: 'a', role: 'target', gold: 'UKRGOV', actor: actor('UKRMIL'), sentence: 's1', event: 'e1' },
    { articleId: 'b', role: 'target', gold: 'USA', actor: null, sentence: 's2', event: 'e2' },
  ]);
  assert.equal(r.slots, 3);
  assert.equal(r.right, 1);
  assert.equal(r.rate, 1 / 3);
  assert.equal(r.countryRate, 2 / 3, 'UKRMIL has the right country');
  assert.deepEqual(
    r.misses.map((m) => [m.articleId, m.role, m.gold, m.ours, m.event]),
    [
      ['a', 'target', 'UKRGOV', 'UKRMIL', 'e1'],
      ['b', 'target', 'USA', null, 'e2'],
    ],
  );
  assert.equal(scoreActorResolution([]).rate, null);
});
