// A small store for the API and dashboard tests, built from hand-written results (no coder involved): two months
// of Russia–Ukraine events with a quiet baseline, then five days of conflict reported by two outlets (enough for
// an alert), and one hostile article whose text, title, quote and URL carry markup that must stay text.
import type { Actor, ArticleResult, Event, Modality } from '../../src/types.ts';
import type { StoreEntry } from '../../src/store/index.ts';
import { contentHash } from '../../src/store/index.ts';

const actor = (text: string, name: string, code: string, country: string | null, type: Actor['type']): Actor => ({
  text,
  name,
  code,
  country,
  sector: code.length > 3 && !code.startsWith('IGO') ? code.slice(3, 6) : null,
  type,
  id: null,
});

export const RUSSIA = actor('Russia', 'Russia', 'RUS', 'RUS', 'state');
export const RUSMIL = actor('Russian troops', 'Russian military', 'RUSMIL', 'RUS', 'organization');
export const UKRAINE = actor('Ukraine', 'Ukraine', 'UKR', 'UKR', 'state');
export const LAVROV = actor('Lavrov', 'Sergey Lavrov', 'RUSGOV', 'RUS', 'person');
export const NATO = actor('NATO', 'NATO', 'IGOWSTNAT', null, 'igo');

export interface Line {
  readonly date: string;
  readonly outlet: string;
  /** The sentence of the event; the article text is this sentence then a quote. */
  readonly sentence: string;
  readonly trigger: string;
  readonly source: Actor;
  readonly target: Actor;
  readonly cameo: string;
  readonly plover: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly modality?: Modality;
}

/** Baseline: talks every fourth day from 2022-01-03 to 2022-02-10. */
const BASELINE: Line[] = [];
for (let day = 3; day <= 41; day += 4) {
  const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10);
  BASELINE.push({
    date,
    outlet: day % 8 === 3 ? 'alpha.example' : 'beta.example',
    sentence: `Russian and Ukrainian diplomats held talks in Minsk on day ${day}.`,
    trigger: 'held talks',
    source: RUSSIA,
    target: UKRAINE,
    cameo: '040',
    plover: 'CONSULT',
    goldstein: 1,
    quadClass: 1,
  });
}

/** The escalation: a different kind of attack every day, each reported by both outlets. */
const ESCALATION: Line[] = [
  ['2022-02-14', 'Russian troops shelled Ukrainian positions near Kharkiv.', 'shelled', '190', 'ASSAULT', -10, 4],
  ['2022-02-15', 'Russian troops attacked a Ukrainian border post at dawn.', 'attacked', '180', 'ASSAULT', -9, 4],
  ['2022-02-16', 'Russian troops seized a Ukrainian grain ship in the Black Sea.', 'seized', '171', 'COERCE', -9.2, 4],
  ['2022-02-17', 'Russian troops bombed a Ukrainian fuel depot.', 'bombed', '195', 'ASSAULT', -10, 4],
  ['2022-02-18', 'Russian troops blockaded the Ukrainian port of Mariupol.', 'blockaded', '191', 'COERCE', -9.5, 4],
].flatMap(([date, sentence, trigger, cameo, plover, goldstein, quad]) =>
  ['alpha.example', 'beta.example'].map((outlet): Line => ({
    date: date as string,
    outlet,
    sentence: sentence as string,
    trigger: trigger as string,
    source: RUSMIL,
    target: UKRAINE,
    cameo: cameo as string,
    plover: plover as string,
    goldstein: goldstein as number,
    quadClass: quad as 4,
  })),
);

/** A negated event, stored and shown but never counted. */
const NEGATED: Line = {
  date: '2022-02-18',
  outlet: 'gamma.example',
  sentence: 'Russia did not attack Kyiv.',
  trigger: 'attack',
  source: RUSSIA,
  target: UKRAINE,
  cameo: '190',
  plover: 'ASSAULT',
  goldstein: -10,
  quadClass: 4,
  modality: 'negated',
};

const QUOTE = '"We will defend every village," the spokesman said.';

export function lineEntry(line: Line, index: number): StoreEntry {
  const id = `${line.date}-${line.outlet.split('.')[0]}-${index}`;
  const text = `${line.sentence} ${QUOTE}`;
  const start = text.indexOf(line.trigger);
  const event: Event = {
    id: `${id}:0`,
    sentenceIndex: 0,
    sentence: line.sentence,
    trigger: { start, end: start + line.trigger.length, text: line.trigger },
    date: line.date,
    source: line.source,
    target: line.target,
    cameo: line.cameo,
    plover: line.plover,
    mode: null,
    goldstein: line.goldstein,
    quadClass: line.quadClass,
    modality: line.modality ?? 'asserted',
    reportedBy: null,
    confidence: 0.9,
    rule: `fixture/${line.cameo}`,
    dictionaryVersion: 'fixture-1',
  };
  const article = {
    id,
    date: line.date,
    title: line.sentence.replace(/\.$/, ''),
    url: `https://${line.outlet}/${id}`,
    source: line.outlet,
    text,
  };
  const quoteStart = text.indexOf(QUOTE);
  const result: ArticleResult = {
    ...article,
    tone: line.quadClass >= 3 ? -4.5 : 1.5,
    events: [event],
    quotes: [
      { text: QUOTE.slice(1, QUOTE.indexOf('"', 1)), start: quoteStart + 1, end: quoteStart + 1 + 29, speaker: null },
    ],
    actors: [
      { ...line.source, mentions: 1 },
      { ...line.target, mentions: 1 },
    ],
    diagnostics: [],
  };
  return { article, result, contentHash: contentHash(article), dictionaryVersion: 'fixture-1' };
}

/** Markup in every field a feed controls. None of it may run or render as markup in the dashboard. */
export const HOSTILE_TEXT =
  'Lavrov accused NATO of <img src=x onerror="window.__pwned=1"> provocations. ' +
  '"<script>window.__pwned=2</script> We will answer," Lavrov said.';

export function hostileEntry(): StoreEntry {
  const text = HOSTILE_TEXT;
  const sentence = text.slice(0, text.indexOf('provocations.') + 'provocations.'.length);
  const start = text.indexOf('accused');
  const article = {
    id: 'hostile',
    date: '2022-02-12',
    title: '<script>window.__pwned=3</script>Hostile <b>title</b>',
    url: 'javascript:window.__pwned=4',
    source: '<img src=x onerror="window.__pwned=5">',
    text,
  };
  const quoteText = '<script>window.__pwned=2</script> We will answer,';
  const quoteStart = text.indexOf(quoteText);
  const result: ArticleResult = {
    ...article,
    tone: -2,
    events: [
      {
        id: 'hostile:0',
        sentenceIndex: 0,
        sentence,
        trigger: { start, end: start + 'accused'.length, text: 'accused' },
        date: '2022-02-12',
        source: LAVROV,
        target: NATO,
        cameo: '112',
        plover: 'ACCUSE',
        mode: null,
        goldstein: -2,
        quadClass: 3,
        modality: 'asserted',
        reportedBy: null,
        confidence: 0.8,
        rule: 'fixture/112',
        dictionaryVersion: 'fixture-1',
      },
    ],
    quotes: [{ text: quoteText, start: quoteStart, end: quoteStart + quoteText.length, speaker: LAVROV }],
    actors: [
      { ...LAVROV, mentions: 2 },
      { ...NATO, mentions: 1 },
    ],
    diagnostics: [{ stage: 'actors', ruleId: 'actors/unresolved', severity: 'warning', message: '<i>not markup</i>' }],
  };
  return { article, result, contentHash: contentHash(article), dictionaryVersion: 'fixture-1' };
}

export function fixtureEntries(): StoreEntry[] {
  return [...BASELINE, ...ESCALATION, NEGATED].map(lineEntry).concat(hostileEntry());
}
