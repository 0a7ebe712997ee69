// A large synthetic store for the server benches (issue 6: the dashboard on a million events). Hand-built coded
// articles, no coder: 10 events per article over four years, ~40 states with skewed coverage (a few dyads carry
// most events, as in real news), sectors, IGOs, 25 outlets, varied sentences (so stories merge as they would on
// real text, not into one giant story), retrospective event dates, every modality, and a few escalation
// episodes so alerts exist. Deterministic: the same arguments build the same store.
//   node --import tsx bench/serve-store.ts [--events 1000000] [--db /tmp/detente-serve-1m.db]
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { refreshPairs } from '../src/server/pair-refresh.ts';
import { contentHash, openStore, type StoreEntry } from '../src/store/index.ts';
import type { Actor, ActorSummary, Event, Modality, Quote } from '../src/types.ts';

const STATES = [
  ['RUS', 'Russia'],
  ['UKR', 'Ukraine'],
  ['USA', 'United States'],
  ['CHN', 'China'],
  ['FRA', 'France'],
  ['DEU', 'Germany'],
  ['GBR', 'Britain'],
  ['POL', 'Poland'],
  ['BLR', 'Belarus'],
  ['TUR', 'Turkey'],
  ['IRN', 'Iran'],
  ['ISR', 'Israel'],
  ['IND', 'India'],
  ['PAK', 'Pakistan'],
  ['JPN', 'Japan'],
  ['KOR', 'South Korea'],
  ['PRK', 'North Korea'],
  ['SAU', 'Saudi Arabia'],
  ['SYR', 'Syria'],
  ['EGY', 'Egypt'],
  ['ITA', 'Italy'],
  ['ESP', 'Spain'],
  ['GRC', 'Greece'],
  ['HUN', 'Hungary'],
  ['ROU', 'Romania'],
  ['MDA', 'Moldova'],
  ['GEO', 'Georgia'],
  ['ARM', 'Armenia'],
  ['AZE', 'Azerbaijan'],
  ['KAZ', 'Kazakhstan'],
  ['BRA', 'Brazil'],
  ['MEX', 'Mexico'],
  ['CAN', 'Canada'],
  ['AUS', 'Australia'],
  ['ZAF', 'South Africa'],
  ['NGA', 'Nigeria'],
  ['ETH', 'Ethiopia'],
  ['VEN', 'Venezuela'],
] as const;
const IGOS = [
  ['IGOWSTNAT', 'NATO'],
  ['IGOEUREEC', 'European Union'],
  ['IGOUNO', 'United Nations'],
] as const;
const SECTORS = ['', '', '', 'GOV', 'MIL', 'GOV'] as const;
/** [CAMEO, PLOVER, Goldstein, QuadClass, trigger] */
const CODES: readonly (readonly [string, string, number, 1 | 2 | 3 | 4, string])[] = [
  ['040', 'CONSULT', 1, 1, 'held talks with'],
  ['042', 'CONSULT', 1.9, 1, 'visited'],
  ['036', 'CONSULT', 4, 1, 'offered to meet'],
  ['057', 'AGREE', 8, 1, 'signed an agreement with'],
  ['051', 'SUPPORT', 3.4, 1, 'praised'],
  ['070', 'AID', 7, 2, 'sent aid to'],
  ['061', 'COOPERATE', 6.4, 2, 'cooperated with'],
  ['112', 'ACCUSE', -2, 3, 'accused'],
  ['111', 'ACCUSE', -2, 3, 'criticised'],
  ['130', 'THREATEN', -4.4, 3, 'threatened'],
  ['163', 'SANCTION', -8, 4, 'imposed sanctions on'],
  ['173', 'COERCE', -5, 4, 'arrested citizens of'],
  ['190', 'ASSAULT', -10, 4, 'shelled'],
  ['183', 'ASSAULT', -10, 4, 'bombed'],
];
const TOPICS = [
  'gas supplies',
  'the border',
  'grain exports',
  'troop movements',
  'a ceasefire',
  'nuclear talks',
  'the pipeline',
  'prisoner exchanges',
  'fishing rights',
  'trade tariffs',
  'cyber attacks',
  'refugees',
  'the embassy',
  'election interference',
  'arms deliveries',
  'the peace plan',
  'shipping lanes',
  'energy prices',
  'a disputed island',
  'the airspace',
];
const PLACES = [
  'Geneva',
  'Minsk',
  'Istanbul',
  'Brussels',
  'Vienna',
  'Warsaw',
  'Kyiv',
  'Moscow',
  'Beijing',
  'Washington',
  'Paris',
  'Berlin',
  'Doha',
  'Riyadh',
  'Tehran',
  'Ankara',
  'Baku',
  'Tbilisi',
  'Chisinau',
  'New York',
];
const OUTLETS = Array.from({ length: 25 }, (_, i) => `outlet${i + 1}.example`);
const START = Date.UTC(2019, 0, 1);
const DAYS = 1460;
/** [source index, target index, first day, length]: conflict bursts, so the alert chart has work. */
const EPISODES: readonly (readonly [number, number, number, number])[] = [
  [0, 1, 1100, 20],
  [16, 15, 700, 10],
  [10, 11, 400, 12],
  [8, 7, 1300, 8],
  [2, 3, 1420, 15],
];

/** Mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length]!;
/** Skewed index: small indexes are much more frequent (coverage concentrates on a few states). */
const skewed = (n: number, r: number): number => Math.min(n - 1, Math.floor(n * r ** 2.2));
const iso = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

function stateActor(index: number, sector: string): Actor {
  const [code, name] = STATES[index]!;
  return {
    text: name,
    name: sector === '' ? name : `${name} ${sector === 'GOV' ? 'government' : 'military'}`,
    code: `${code}${sector}`,
    country: code,
    sector: sector === '' ? null : sector,
    type: sector === '' ? 'state' : 'organization',
    id: null,
  };
}

function igoActor(index: number): Actor {
  const [code, name] = IGOS[index]!;
  return { text: name, name, code, country: null, sector: null, type: 'igo', id: null };
}

function entry(i: number, articles: number): StoreEntry {
  const random = prng(i * 2654435761 + 17);
  const day = Math.floor((i / articles) * DAYS);
  const date = iso(day);
  const outlet = pick(OUTLETS, random());
  const id = `s${i}`;
  const episode = EPISODES.find(([, , first, length]) => day >= first && day < first + length && random() < 0.5);
  const events: Event[] = [];
  const sentences: string[] = [];
  let text = '';
  for (let k = 0; k < 10; k++) {
    const s = episode === undefined ? skewed(STATES.length, random()) : episode[0];
    let t = episode === undefined ? skewed(STATES.length, random()) : episode[1];
    if (t === s) t = (t + 1 + Math.floor(random() * 5)) % STATES.length;
    const source =
      random() < 0.05 ? igoActor(Math.floor(random() * IGOS.length)) : stateActor(s, pick(SECTORS, random()));
    const target =
      random() < 0.05 ? igoActor(Math.floor(random() * IGOS.length)) : stateActor(t, pick(SECTORS, random()));
    const [cameo, plover, goldstein, quadClass, verb] =
      episode === undefined ? pick(CODES, random()) : pick(CODES.slice(-4), random());
    const sentence = `${source.name} ${verb} ${target.name} over ${pick(TOPICS, random())} in ${pick(PLACES, random())}, officials said.`;
    const start = text.length + source.name.length + 1;
    const r = random();
    const eventDate =
      r < 0.65
        ? null
        : r < 0.97
          ? iso(Math.max(0, day - Math.floor(random() * 3)))
          : iso(Math.max(0, day - 10 - Math.floor(random() * 30)));
    const m = random();
    const modality: Modality = m < 0.85 ? 'asserted' : m < 0.93 ? 'negated' : 'hypothetical';
    events.push({
      id: `${id}:${k}`,
      sentenceIndex: k,
      sentence,
      trigger: { start, end: start + verb.length, text: verb },
      date: eventDate,
      source,
      target,
      cameo,
      plover,
      mode: null,
      goldstein,
      quadClass,
      modality,
      reportedBy: null,
      confidence: 0.8,
      rule: `bench/${cameo}`,
      dictionaryVersion: 'bench',
    });
    sentences.push(sentence);
    text += `${sentence} `;
  }
  const quoteText = `We will not accept this, ${pick(TOPICS, random())} must be settled`;
  const quote: Quote = {
    text: quoteText,
    start: text.length + 1,
    end: text.length + 1 + quoteText.length,
    speaker: events[0]!.source,
  };
  text += `"${quoteText}," the spokesman said.`;
  const seen = new Map<string, ActorSummary>();
  for (const e of events) {
    for (const a of [e.source, e.target]) {
      if (a === null) continue;
      const known = seen.get(a.code);
      seen.set(a.code, { ...a, mentions: (known?.mentions ?? 0) + 1 });
    }
  }
  const article = {
    id,
    date,
    title: sentences[0]!.replace(/, officials said\.$/, ''),
    url: `https://${outlet}/news/${id}`,
    source: outlet,
    text,
  };
  const result = {
    ...article,
    tone: -1,
    events,
    quotes: [quote],
    actors: [...seen.values()].slice(0, 6),
    diagnostics: [],
  };
  return { article, result, contentHash: contentHash(article), dictionaryVersion: 'bench' };
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Builds the store at `path` unless it exists; returns the path. */
export async function buildServeStore(events: number, path: string): Promise<string> {
  if (existsSync(path)) return path;
  const articles = Math.round(events / 10);
  const store = await openStore(path);
  const started = performance.now();
  for (let i = 0; i < articles; i += 2000) {
    await store.saveArticles(Array.from({ length: Math.min(2000, articles - i) }, (_, k) => entry(i + k, articles)));
  }
  process.stderr.write(`built ${path}: ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  // As `detente ingest` ends: the pair results the server reads.
  const cpu = process.cpuUsage();
  const derived = await refreshPairs(store);
  const used = process.cpuUsage(cpu);
  process.stderr.write(
    `pair results: ${derived.built} of ${derived.pairs} pairs in ${derived.seconds.toFixed(1)} s ` +
      `(${((used.user + used.system) / 1e6).toFixed(1)} s CPU)\n`,
  );
  await store.close();
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const events = Number(option('--events', '1000000'));
  await buildServeStore(events, option('--db', `/tmp/detente-serve-${events}.db`));
}
