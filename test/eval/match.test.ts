import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorMatches, matchIndex, normalizeCode } from '../../src/eval/actor-match.ts';
import { normalizeGoldDate } from '../../src/eval/dates.ts';
import { prf } from '../../src/eval/metrics.ts';
import { matchPetr2 } from '../../src/eval/score-petr2.ts';
import { actor, ev } from './fake-coder.ts';

test('gold dates in YYYY-MM-DD, YYYYMMDD and YYMMDD become YYYY-MM-DD; impossible dates become null', () => {
  assert.equal(normalizeGoldDate('2000-01-01'), '2000-01-01');
  assert.equal(normalizeGoldDate('20080804'), '2008-08-04');
  assert.equal(normalizeGoldDate('121108'), '2012-11-08');
  assert.equal(normalizeGoldDate('990301'), '1999-03-01');
  assert.equal(normalizeGoldDate('20080231'), null);
  assert.equal(normalizeGoldDate('next week'), null);
  assert.equal(normalizeGoldDate(20080804), null);
});

test('state actors match on the country block; sectors are ignored', () => {
  assert.ok(actorMatches('USA', actor('USAGOV')));
  assert.ok(actorMatches('USAGOV', actor('USA')));
  assert.ok(actorMatches('GEOOPP', actor('GEOGOV')));
  assert.ok(!actorMatches('RUS', actor('UKRMIL')));
  assert.ok(!actorMatches('RUS', null));
});

test('old CAMEO country codes in the gold are read as ISO codes', () => {
  assert.equal(normalizeCode('jap'), 'JPN');
  assert.equal(normalizeCode('ITLGOV'), 'ITAGOV');
  assert.ok(actorMatches('JAP', actor('JPNGOV')));
  assert.ok(actorMatches('VTN', actor('VNM')));
  assert.ok(!actorMatches('JAP', actor('CHN')));
});

test('gold IGO codes match by prefix: bare IGO matches any IGO, a named one needs the organisation', () => {
  assert.ok(actorMatches('IGO', actor('IGOWSTNAT')));
  assert.ok(actorMatches('IGOUNOMIL', actor('IGOUNO')));
  assert.ok(actorMatches('IGOUNO', actor('IGOUNOMIL')));
  assert.ok(!actorMatches('IGOEUREEC', actor('IGOEUROSC')));
  assert.ok(!actorMatches('IGOUNO', actor('IGO')), 'our bare IGO is too vague for a named organisation');
  assert.ok(!actorMatches('IGO', actor('USA')));
});

test('gold actors with an unknown country (---) match any actor we found, but not a missing one', () => {
  assert.ok(actorMatches('---LEG', actor('RUSLEG')));
  assert.ok(actorMatches('---', actor('IGOUNO')));
  assert.ok(!actorMatches('---LEG', null));
});

test('an actor whose code is empty is compared by its country', () => {
  assert.ok(actorMatches('RUS', { ...actor('RUS'), code: '' }));
  assert.equal(matchIndex(['USA', 'RUS', 'UKR'], actor('UKRMIL')), 2);
  assert.equal(matchIndex(['USA'], actor('UKRMIL')), -1);
});

test('precision, recall and F1; nothing predicted gives no precision rather than zero', () => {
  const p = prf({ tp: 3, fp: 1, fn: 2 });
  assert.equal(p.precision, 0.75);
  assert.equal(p.recall, 0.6);
  assert.ok(Math.abs((p.f1 ?? 0) - 2 / 3) < 1e-9);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 4 }), { tp: 0, fp: 0, fn: 4, precision: null, recall: 0, f1: 0 });
  assert.equal(prf({ tp: 0, fp: 0, fn: 0 }).f1, null);
});

test('PETR2 matching is one-to-one: one predicted event cannot satisfy two expected ones', () => {
  const expected = [
    { source: 'RUS', target: 'UKR', code: '190' },
    { source: 'RUS', target: 'UKR', code: '193' },
  ];
  const one = matchPetr2('root', expected, [ev('ASSAULT/190 RUSMIL>UKR')]);
  assert.deepEqual(one.goldMatched, [true, false]);
  const code = matchPetr2('code', expected, [ev('ASSAULT/193 RUSMIL>UKR'), ev('ASSAULT/190 RUS>UKR')]);
  assert.deepEqual(code.goldMatched, [true, true]);
  assert.deepEqual(code.eventMatched, [true, true]);
  const swapped = matchPetr2('root', expected, [ev('ASSAULT/190 UKR>RUS')]);
  assert.deepEqual(swapped.goldMatched, [false, false], 'PETR2 direction matters');
  const noActors = matchPetr2('rootNoActors', expected, [ev('ASSAULT/190 UKR>RUS')]);
  assert.deepEqual(noActors.goldMatched, [true, false]);
});
