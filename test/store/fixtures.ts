// Hand-built ArticleResults for the store contract suite: no coder involved, so these tests pin the store alone.
import type { Actor, ActorSummary, Article, ArticleResult, Event, Modality, Quote } from '../../src/types.ts';
import type { StoreEntry } from '../../src/store/store.ts';
import { contentHash } from '../../src/store/content-hash.ts';

export const DICTIONARY_VERSION = 'verbs-1+actors-1';

const actor = (
  text: string,
  name: string,
  code: string,
  country: string | null,
  sector: string | null,
  type: Actor['type'],
): Actor => ({ text, name, code, country, sector, type, id: type === 'person' ? name.toLowerCase() : null });

export const RUSSIA = actor('Russia', 'Russia', 'RUS', 'RUS', null, 'state');
export const LAVROV = actor('Lavrov', 'Sergey Lavrov', 'RUSGOV', 'RUS', 'GOV', 'person');
export const UKRAINE = actor('Ukraine', 'Ukraine', 'UKR', 'UKR', null, 'state');
export const KULEBA = actor('Kuleba', 'Dmytro Kuleba', 'UKRGOV', 'UKR', 'GOV', 'person');
export const NATO = actor('NATO', 'NATO', 'IGOWSTNAT', null, null, 'igo');
/** A non-ASCII name, to check that name filters fold case beyond ASCII. */
export const ZELENSKY = actor('Зеленський', 'Володимир Зеленський', 'UKRGOV', 'UKR', 'GOV', 'person');

interface EventSpec {
  readonly sentence: string;
  readonly trigger: string;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly cameo: string;
  readonly plover: string | null;
  readonly modality?: Modality;
  readonly date?: string | null;
  readonly reportedBy?: Actor | null;
}

/** An event as the coder makes it: dated by its article unless the spec says otherwise (`null`: placed on no day). */
function event(article: Article, sentenceIndex: number, spec: EventSpec): Event {
  const start = spec.sentence.indexOf(spec.trigger);
  return {
    id: `${article.id}:${sentenceIndex}:${spec.cameo}`,
    sentenceIndex,
    sentence: spec.sentence,
    trigger: { start, end: start + spec.trigger.length, text: spec.trigger },
    date: spec.date !== undefined ? spec.date : article.date,
    source: spec.source,
    target: spec.target,
    cameo: spec.cameo,
    plover: spec.plover,
    mode: null,
    goldstein: spec.cameo.startsWith('1') ? -2 : 4,
    quadClass: spec.cameo.startsWith('1') ? 3 : 1,
    modality: spec.modality ?? 'asserted',
    reportedBy: spec.reportedBy ?? null,
    confidence: 0.8,
    rule: `test/${spec.cameo}`,
    dictionaryVersion: DICTIONARY_VERSION,
  };
}

const summary = (a: Actor, mentions: number): ActorSummary => ({ ...a, mentions });

export interface FixtureArticle {
  readonly article: Article;
  readonly result: ArticleResult;
}

function build(
  article: Article,
  events: readonly EventSpec[],
  quotes: readonly Quote[],
  actors: readonly ActorSummary[],
): FixtureArticle {
  return {
    article,
    result: {
      id: article.id,
      date: article.date,
      title: article.title,
      url: article.url,
      source: article.source,
      tone: -1.5,
      events: events.map((spec, i) => event(article, i, spec)),
      quotes,
      actors,
      diagnostics: [{ stage: 'actors', ruleId: 'actors/unresolved', severity: 'warning', message: 'sample' }],
    },
  };
}

/** Two meetings and an accusation in Geneva, 2022-02-10. */
export const GENEVA = build(
  {
    id: 'geneva',
    date: '2022-02-10',
    title: 'Lavrov and Kuleba meet in Geneva',
    url: 'https://example.org/geneva',
    source: 'example.org',
    text: 'Lavrov met Kuleba in Geneva. Russia accused Ukraine of provocations. "We talked," Kuleba said.',
  },
  [
    {
      sentence: 'Lavrov met Kuleba in Geneva.',
      trigger: 'met',
      source: LAVROV,
      target: KULEBA,
      cameo: '040',
      plover: 'CONSULT',
    },
    {
      sentence: 'Russia accused Ukraine of provocations.',
      trigger: 'accused',
      source: RUSSIA,
      target: UKRAINE,
      cameo: '112',
      plover: 'ACCUSE',
    },
  ],
  [{ text: 'We talked,', start: 69, end: 79, speaker: KULEBA }],
  [summary(LAVROV, 1), summary(KULEBA, 2), summary(RUSSIA, 1), summary(UKRAINE, 1)],
);

/** A pull-back, a hypothetical attack and a negated one, 2022-02-15; one event dated the day before. */
export const PULLBACK = build(
  {
    id: 'pullback',
    date: '2022-02-15',
    title: 'Russia pulls back some troops',
    url: 'https://example.org/pullback',
    source: 'example.org',
    text: 'Russia pulled back troops on Monday. NATO asked whether Russia would attack Ukraine. Russia did not attack Ukraine.',
  },
  [
    {
      sentence: 'Russia pulled back troops on Monday.',
      trigger: 'pulled back',
      source: RUSSIA,
      target: UKRAINE,
      cameo: '0874',
      plover: 'RETREAT',
      date: '2022-02-14',
    },
    {
      sentence: 'NATO asked whether Russia would attack Ukraine.',
      trigger: 'attack',
      source: RUSSIA,
      target: UKRAINE,
      cameo: '190',
      plover: 'ASSAULT',
      modality: 'hypothetical',
      reportedBy: NATO,
    },
    {
      sentence: 'Russia did not attack Ukraine.',
      trigger: 'attack',
      source: RUSSIA,
      target: UKRAINE,
      cameo: '190',
      plover: 'ASSAULT',
      modality: 'negated',
    },
  ],
  [{ text: 'No attack is planned.', start: 0, end: 21, speaker: LAVROV }],
  [summary(RUSSIA, 3), summary(UKRAINE, 3), summary(NATO, 1)],
);

/** No article date; one event with its own date, one without; a non-ASCII actor; a quote with no speaker. */
export const UNDATED = build(
  {
    id: 'undated',
    date: null,
    title: null,
    url: null,
    source: null,
    text: 'Зеленський criticised NATO on 2022-03-01. Ukraine appealed to NATO.',
  },
  [
    {
      sentence: 'Зеленський criticised NATO on 2022-03-01.',
      trigger: 'criticised',
      source: ZELENSKY,
      target: NATO,
      cameo: '111',
      plover: 'DISAPPROVE',
      date: '2022-03-01',
    },
    {
      sentence: 'Ukraine appealed to NATO.',
      trigger: 'appealed',
      source: UKRAINE,
      target: NATO,
      cameo: '020',
      plover: 'REQUEST',
    },
  ],
  [{ text: 'Зеленський спокійний', start: 0, end: 20, speaker: null }],
  [summary(ZELENSKY, 1), summary(UKRAINE, 1), summary(NATO, 2)],
);

export const ALL = [GENEVA, PULLBACK, UNDATED] as const;

/** Retold history in a dated article: the coder placed the annexation ("in 2014") on no day, the warning on the article's. */
export const RETOLD = build(
  {
    id: 'retold',
    date: '2022-02-16',
    title: null,
    url: null,
    source: null,
    text: 'Russia annexed Crimea from Ukraine in 2014. Ukraine warned Russia.',
  },
  [
    {
      sentence: 'Russia annexed Crimea from Ukraine in 2014.',
      trigger: 'annexed',
      source: RUSSIA,
      target: UKRAINE,
      cameo: '192',
      plover: 'COERCE',
      date: null,
    },
    {
      sentence: 'Ukraine warned Russia.',
      trigger: 'warned',
      source: UKRAINE,
      target: RUSSIA,
      cameo: '130',
      plover: 'THREATEN',
    },
  ],
  [],
  [summary(RUSSIA, 2), summary(UKRAINE, 2)],
);

export function entry(fixture: FixtureArticle, dictionaryVersion = DICTIONARY_VERSION): StoreEntry {
  return { ...fixture, contentHash: contentHash(fixture.article), dictionaryVersion };
}
