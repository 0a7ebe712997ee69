// Real-news constructions an analyst does not code (session 15, second pass): support for a sector of one's own
// society or economy, the outcomes of talks referred back to in a relative clause, and support or cooperation named
// by a noun that an opinion judges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readings } from './shipped-readings.ts';

test("support for families, businesses or an industry of one's own country is domestic policy, no event", () => {
  assert.deepEqual(
    readings('The Government moved to support the agricultural producers and the trade sector.', 'support'),
    [],
  );
  assert.deepEqual(readings('Putin said that Russia will support low-income families with children.', 'support'), []);
  assert.deepEqual(readings('Zelensky said the government is working to support Ukrainian bakers.', 'support'), []);
  assert.deepEqual(
    readings("Zelensky spoke about the government's steps to support Ukraine's economy.", 'support'),
    [],
  );
  assert.deepEqual(readings('Putin said Russia is supporting small and medium-sized businesses.', 'supporting'), []);
  assert.deepEqual(readings('Putin said: We are supporting a number of industries.', 'supporting'), []);
  // Support for another state, or for another state's economy, stays.
  assert.deepEqual(readings('Germany supports a number of countries.', 'supports'), ['051 DEU->- asserted']);
  assert.deepEqual(readings('Germany supports Ukraine.', 'supports'), ['051 DEU->UKR asserted']);
  assert.deepEqual(readings('Putin said Russia supports the economy of Tajikistan.', 'supports'), [
    '051 RUS->TJK asserted',
  ]);
});

test('support for the people or the citizens as a whole is domestic; whose people, or a giver named, is not', () => {
  assert.deepEqual(readings('Putin said: Russia supports people who are vulnerable.', 'supports'), []);
  assert.deepEqual(readings('Zelensky said: We have programs to support our citizens.', 'support'), []);
  // (Crimea is no actor of its own here: the support stays, with no target.)
  assert.deepEqual(readings('Putin said: Russia supported the people of Crimea.', 'supported'), [
    '051 RUS->- asserted',
  ]);
});

test('a talk, agreement or signing in a relative clause on its outcome restates it, no new event', () => {
  assert.deepEqual(readings('Lavrov said the agreements we reached in Kyiv will be implemented.', 'reached'), []);
  assert.deepEqual(
    readings('The parties will maintain contacts regarding the issues discussed during the conversation.', 'discussed'),
    [],
  );
  assert.deepEqual(readings('Putin said: everything we agreed on must be enforced.', 'agreed'), []);
  // Its parties named, a participle reports the deal; a main verb after a plural subject is a verb.
  assert.deepEqual(
    readings('A deal agreed by Finland, Sweden and Turkey cleared the way for their accession.', 'agreed').length,
    6,
  );
  assert.notDeepEqual(readings('Putin and Tokayev discussed the issues of trade.', 'discussed'), []);
});

test('support, cooperation or aid named by a noun that an opinion judges is its topic, not an act', () => {
  assert.deepEqual(
    readings("The continuity of Germany's support for Ukraine is of key importance to us.", 'support'),
    [],
  );
  assert.deepEqual(readings('Cooperation with Russia is vital for us.', 'Cooperation'), []);
  assert.deepEqual(readings('Moscow insists that NATO support for Ukraine constitutes a threat.', 'support'), []);
  // A verb of the act's course keeps it.
  assert.deepEqual(readings("Germany's support for Ukraine will be continued.", 'support'), ['030 DEU->UKR asserted']);
});

test('a proposal shot down is voted down, no shot fired', () => {
  assert.deepEqual(readings('This European Commission idea was shot down by Greece, Malta and Cyprus.', 'shot'), []);
  assert.deepEqual(readings('Russian planes were shot down by Ukraine.', 'shot'), ['193 UKR->RUS asserted']);
});
