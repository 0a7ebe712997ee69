import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../src/aggregate/dates.ts';
import { buildStories } from '../../src/aggregate/stories.ts';
import {
  DEFAULT_ESCALATION_OPTIONS,
  escalationIndex,
  hostilityWeight,
  storyUnits,
  type Unit,
} from '../../src/aggregate/escalation.ts';
import { alertRecord, alertsForUnits, detectAlerts } from '../../src/aggregate/alerts.ts';
import { parseRecords } from './records.ts';

const START = '2021-11-01';
const RANGE = { from: START, to: '2022-02-28' };
const OUTLETS = ['bbc.co.uk', 'cnn.com', 'theguardian.com'];

/** One line per event; distinct wording per day so stories do not merge across days. */
function line(
  id: string,
  date: string,
  outlet: string,
  pair: string,
  cameo: string,
  g: number,
  quad: number,
  words: string,
) {
  return `${id} ${date} ${outlet} ${pair} ${cameo} ${g} ${quad} asserted | ${words.split(' ')[0]} | ${words}`;
}

const WORDS = [
  'massed troops near Kharkiv',
  'moved tanks towards Donetsk',
  'fired shells at Avdiivka',
  'deployed jets over Belgorod',
  'staged drills near Kherson',
  'blocked ports around Mariupol',
  'seized boats in Azov',
];

/** Sparse routine: a criticism every ten days, then (optionally) a daily build-up from three outlets. */
function scenario(buildUpFrom: string | null): Unit[] {
  const lines: string[] = [];
  for (let d = 0; d < 120; d += 10) {
    lines.push(
      line(`routine-${d}`, addDays(START, d), 'bbc.co.uk', 'RUS>UKR', '111', -2, 3, `criticised policy number ${d}`),
    );
  }
  if (buildUpFrom !== null) {
    for (let d = 0; d < 10; d++) {
      const date = addDays(buildUpFrom, d);
      lines.push(line(`build-${d}`, date, OUTLETS[d % 3]!, 'RUSMIL>UKR', '150', -7.2, 4, `${WORDS[d % 7]} day${d}`));
    }
  }
  return storyUnits(buildStories(parseRecords(lines.join('\n'))));
}

test('hostility weighs conflict by |Goldstein| and cooperation by −λ·Goldstein', () => {
  assert.equal(hostilityWeight(-10, 4, 0.5), 10);
  assert.equal(hostilityWeight(-2, 3, 0.5), 2);
  assert.equal(hostilityWeight(4, 1, 0.5), -2);
});

test('on a silent dyad one conflict event scores w / sqrt(m2·r0), clipped at zCap', () => {
  const units = scenario(null);
  const index = escalationIndex({ source: 'RUS', target: 'UKR' }, units, START, '2021-11-05');
  const first = index.points[0]!;
  assert.equal(first.hostility, 2);
  assert.equal(first.baseline, 0);
  assert.equal(first.scale, Math.round(Math.sqrt(25 / 7) * 1000) / 1000);
  assert.equal(first.index, Math.round((2 / Math.sqrt(25 / 7)) * 1000) / 1000);
  // Days after: nothing happens, nothing in the window yet (guard band of 7 days): index 0.
  assert.equal(index.points[3]!.index, 0);
});

test('the guard band keeps the last week out of the baseline', () => {
  const units = scenario(null);
  const index = escalationIndex({ source: 'RUS', target: 'UKR' }, units, START, '2021-11-12');
  assert.equal(index.points[7]!.baseline, 0, 'day 7: the event of day 0 is still inside the guard band');
  assert.ok(index.points[8]!.baseline > 0, 'day 8: it has entered the baseline');
});

test('routine sparse criticism raises no alert', () => {
  assert.deepEqual(alertsForUnits(scenario(null), RANGE), []);
});

test('a ten-day build-up raises a watch and then higher levels, with the build-up as evidence', () => {
  const alerts = alertsForUnits(scenario('2022-02-01'), RANGE);
  assert.ok(alerts.length >= 2, `expected at least two alerts, got ${alerts.length}`);
  const [first, second] = alerts as [(typeof alerts)[0], (typeof alerts)[0]];
  assert.equal(first.source, 'RUS');
  assert.equal(first.target, 'UKR');
  assert.equal(first.level, 'watch');
  assert.ok(first.date >= '2022-02-02' && first.date <= '2022-02-05', `first alert on ${first.date}`);
  assert.ok(first.score >= 5);
  assert.notEqual(second.level, 'watch');
  assert.ok(first.events.length >= 3);
  // Strongest first: the build-up (7.2 each) before any routine criticism (2) that shares the episode.
  const firstRoutine = first.events.findIndex((id) => id.startsWith('routine-'));
  const lastBuild = first.events.map((id) => id.startsWith('build-')).lastIndexOf(true);
  assert.ok(lastBuild >= 1, 'the build-up is in the evidence');
  assert.ok(firstRoutine === -1 || firstRoutine > lastBuild, first.events.join(','));
  assert.ok(first.evidence.every((e) => e.url !== null && e.sentence.length > 0));
  // At most one alert per level in one episode.
  assert.equal(new Set(alerts.map((a) => a.level)).size, alerts.length);
});

test('the minimum-evidence rule: two stories from one outlet never alert, however strong', () => {
  const lines = [
    line('x1', '2022-02-01', 'bbc.co.uk', 'RUS>UKR', '190', -10, 4, 'invaded the north'),
    line('x2', '2022-02-02', 'bbc.co.uk', 'RUS>UKR', '195', -10, 4, 'bombed airfields everywhere'),
  ];
  const units = storyUnits(buildStories(parseRecords(lines.join('\n'))));
  const index = escalationIndex({ source: 'RUS', target: 'UKR' }, units, RANGE.from, RANGE.to);
  const cusumPeak = index.points.reduce((s, p) => Math.max(0, s + p.index - 0.5), 0);
  assert.ok(cusumPeak >= 0, 'chart ran');
  assert.deepEqual(detectAlerts(index), []);
});

test('no alert during the warm-up, before a baseline exists', () => {
  const lines: string[] = [];
  for (let d = 0; d < 6; d++) {
    lines.push(
      line(`early-${d}`, addDays(START, d), OUTLETS[d % 3]!, 'RUS>UKR', '190', -10, 4, `${WORDS[d]} early${d}`),
    );
  }
  const units = storyUnits(buildStories(parseRecords(lines.join('\n'))));
  const alerts = alertsForUnits(units, RANGE);
  assert.ok(
    alerts.every((a) => a.date >= addDays(START, 14)),
    alerts.map((a) => a.date).join(','),
  );
});

test('stories reported more than a week after they happened are history and left out', () => {
  const lines = [
    `late ${'2022-04-19'} bbc.co.uk RUS>UKR 190 -10 4 asserted 2022-02-15 | invaded | On Feb. 15, before Russia invaded Ukraine, they left.`,
    `fresh 2022-04-19 bbc.co.uk RUS>UKR 190 -10 4 asserted | shelled | Russia shelled Kharkiv today.`,
  ];
  const units = storyUnits(buildStories(parseRecords(lines.join('\n'))));
  assert.deepEqual(
    units.map((u) => u.evidence.map((e) => e.articleId)),
    [['fresh']],
  );
  assert.equal(units[0]!.day, '2022-04-19');
  assert.equal(DEFAULT_ESCALATION_OPTIONS.maxReportLagDays, 7);
});

test('the JSON contract has exactly source, target, date, level, score, events', () => {
  const alerts = alertsForUnits(scenario('2022-02-01'), RANGE);
  const record = alertRecord(alerts[0]!);
  assert.deepEqual(Object.keys(record), ['source', 'target', 'date', 'level', 'score', 'events']);
  assert.match(record.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(typeof record.score, 'number');
});

test('an alert shows and counts only what was published by its day (no look-ahead)', () => {
  const lines = [
    line('b0', '2022-02-01', 'bbc.co.uk', 'RUS>UKR', '150', -7.2, 4, 'massed troops near Kharkiv'),
    line('b1', '2022-02-02', 'bbc.co.uk', 'RUS>UKR', '150', -7.2, 4, 'moved tanks towards Donetsk'),
    line('b2', '2022-02-03', 'bbc.co.uk', 'RUS>UKR', '150', -7.2, 4, 'fired shells at Avdiivka'),
    // A second outlet reports the first story four days late: it may count only from 5 February.
    `late 2022-02-05 cnn.com RUS>UKR 150 -7.2 4 asserted 2022-02-01 | massed | Russia massed troops near Kharkiv last week.`,
  ];
  const units = storyUnits(buildStories(parseRecords(lines.join('\n'))));
  const alerts = alertsForUnits(units, RANGE);
  assert.ok(alerts.length >= 1);
  const first = alerts[0]!;
  assert.ok(first.date >= '2022-02-05', `one outlet alone must not alert (alert on ${first.date})`);
  assert.ok(first.evidence.every((e) => e.reported <= first.date));
  assert.ok(first.events.includes('late#0'));
});
