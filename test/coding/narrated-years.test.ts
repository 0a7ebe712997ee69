// A story of an earlier year told on past its opening sentence (narrated-years.ts, year-dates.ts): the sentences after
// "On February 20, 2014, …", in its paragraph or the next ones, told wholly in the past with no time of their own,
// are that story's: their acts are history (no day), not the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctTriggerDates } from './fake-actors.ts';

/** "trigger date" per event (one per trigger), the article dated 2022-02-21. */
function dated(text: string): string[] {
  return distinctTriggerDates(text, '2022-02-21');
}

test('a past act that goes on with a story opened by an earlier year has no day', () => {
  assert.deepEqual(dated('In 2014, Russia annexed Crimea. Russian troops attacked Ukraine.'), [
    'annexed null',
    'attacked null',
  ]);
  assert.deepEqual(
    dated('On February 20, 2014, Russia violated international law. Russian troops began occupying Crimea.'),
    ['violated international law 2014-02-20', 'occupying null'],
  );
  // Two sentences on, past one told in the past too.
  assert.deepEqual(
    dated('In 2009, Russia invited Ukraine to talks. Ukraine declined. The West rejected the proposal.').at(-1),
    'rejected the proposal null',
  );
});

test('a present, a time of its own or the article year ends the story; a new paragraph does not', () => {
  assert.deepEqual(dated('In 2014, Russia annexed Crimea. Russia now occupies Crimea and threatens Ukraine.'), [
    'annexed null',
    'occupies 2022-02-21',
    'threatens 2022-02-21',
  ]);
  assert.deepEqual(dated('In 2014, Russia annexed Crimea. On Monday, Russian troops attacked Ukraine.'), [
    'annexed null',
    'attacked 2022-02-21',
  ]);
  // News breaks a story told in the past into short paragraphs: the story goes on past the break (session 33).
  assert.deepEqual(dated('In 2014, Russia annexed Crimea.\n\nRussian troops attacked Ukraine.'), [
    'annexed null',
    'attacked null',
  ]);
  assert.deepEqual(
    dated('In 2014, Russia annexed Crimea. Russia says Ukraine is to blame. Russian troops attacked Ukraine.').at(-1),
    'attacked 2022-02-21',
  );
  assert.deepEqual(
    dated('In January 2022, Russia massed troops. Russian troops attacked Ukraine.').at(-1),
    'attacked 2022-02-21',
  );
});
