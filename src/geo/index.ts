// The geolocation stage: Doc + Mentions + Events → the same events, each with its location (GDELT's ActionGeo).
// Where an event took place, in order (docs/geo.md):
//   1. a place used as a location in the event's own sentence ("in Kyiv", "near Kharkiv", "in eastern Ukraine"),
//      the nearest to the trigger, a city or division before its own country;
//   2. a city or division named in the sentence without a preposition ("Russian forces shelled Kharkiv"), not a
//      capital standing for its government ("Moscow said");
//   3. for a physical act of force (QuadClass 4: "the invasion of Ukraine", "strikes on Kyiv", "send troops to
//      Ukraine") the territory of its target, when the target is a state or a capital named in the sentence, or
//      the unarmed people of a state ("kidnapped Ukrainian journalists", "killed Palestinian civilians");
//   4. the place of the article's dateline ("MOSCOW, Feb 15 (Reuters) -");
//   5. otherwise null: we do not guess the source actor's capital or country.
import type { Doc, Event, EventLocation, Mention } from '../types.ts';
import { findDateline } from './dateline.ts';
import { choosePlace, type Context } from './disambiguate.ts';
import type { Gazetteer, Place } from './gazetteer.ts';
import { placeKey } from './key.ts';
import { findPlaces, type PlaceHit } from './find.ts';
import { defaultGazetteer } from './load.ts';

export type { Gazetteer, Place } from './gazetteer.ts';
export { countryTable, defaultGazetteer } from './load.ts';

function fullName(place: Place, gaz: Gazetteer): string {
  const country = place.country === null ? null : (gaz.country(place.country)?.name ?? null);
  const parts = [place.name];
  if (place.type === 'city' && place.adm1 !== null && place.adm1 !== place.name) parts.push(place.adm1);
  if (place.type !== 'country' && country !== null) parts.push(country);
  return parts.join(', ');
}

export function toLocation(hit: PlaceHit, basis: EventLocation['basis'], gaz: Gazetteer): EventLocation {
  const { place } = hit;
  return {
    name: place.name,
    fullName: fullName(place, gaz),
    type: place.type,
    country: place.country,
    countryFips: place.country === null ? null : (gaz.country(place.country)?.fips ?? null),
    adm1: place.type === 'country' ? null : place.adm1,
    lat: place.lat,
    long: place.long,
    featureId: place.id,
    text: hit.text,
    start: hit.start,
    end: hit.end,
    basis,
  };
}

/** The place of the article's dateline, if it opens with one the gazetteer knows. */
function datelineHit(doc: Doc, gaz: Gazetteer, context: Context): PlaceHit | null {
  const d = findDateline(doc.article.text);
  if (!d) return null;
  let candidates = gaz.places(placeKey(d.text));
  if (d.qualifier !== null) {
    const country = gaz.countryByName(placeKey(d.qualifier));
    if (country) candidates = candidates.filter((c) => c.country === country.iso3);
  }
  const place = choosePlace(candidates, context, d.qualifier !== null);
  if (!place) return null;
  return { place, start: d.start, end: d.end, text: d.text, sentence: 0, firstToken: -1, endToken: -1, locative: true };
}

/** CAMEO roots of physical force: posture (15), assault (18), fight (19), mass violence (20). */
const FORCE_ROOTS = new Set(['15', '18', '19', '20']);

/**
 * Sectors of a state's unarmed people. Force against them happens where they live; force against a state's troops
 * may happen on either side's ground ("Ukrainian troops attacked Russian positions" is no act in Russia).
 */
const UNARMED_SECTORS = new Set(['CVL', 'MED', 'HLH', 'REL']);

/** Step 3: the target of an act of force, when it is a state, a capital or a state's unarmed people named in the sentence. */
function targetHit(
  doc: Doc,
  event: Event,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  context: Context,
): PlaceHit | null {
  const target = event.target;
  if (!FORCE_ROOTS.has(event.cameo.slice(0, 2)) || target === null || target.country === null) return null;
  const people =
    target.type === 'group' &&
    target.code.startsWith(target.country) &&
    target.sector !== null &&
    UNARMED_SECTORS.has(target.sector);
  if (!people && (target.type !== 'state' || target.code !== target.country)) return null; // "Ukrainian troops" are not a territory
  const m = mentions.find(
    (x) =>
      x.sentence === event.sentenceIndex &&
      x.kind !== 'pronoun' &&
      x.actor.code === target.code &&
      x.actor.text === target.text,
  );
  if (!m) return null;
  const surface = doc.article.text.slice(m.start, m.end);
  const city = choosePlace(
    gaz.places(placeKey(surface)).filter((p) => p.country === target.country),
    context,
    false,
  );
  const place = city ?? gaz.countryPlace(target.country);
  if (!place) return null;
  return {
    place,
    start: m.start,
    end: m.end,
    text: surface,
    sentence: event.sentenceIndex,
    firstToken: m.firstToken,
    endToken: m.endToken,
    locative: false,
  };
}

/** A verb between a place and the trigger puts the place in another clause ("denounced the offensive in eastern
 * Ukraine and called for a truce": the call was not made in Ukraine). */
function sameClause(doc: Doc, hit: PlaceHit, trigger: { start: number; end: number }): boolean {
  const { tokens } = doc;
  // Participles used as adjectives ("the liberated cities"), infinitives ("agreed in Ukraine to evacuate") and an
  // -ing form right after its noun ("an attack targeting shoppers at a mall in Nairobi": what the attack did) stay
  // inside the clause; other verbs open a new one.
  const opensClause = (i: number) => {
    if (tokens[i]?.pos !== 'VERB') return false;
    const before = tokens[i - 1];
    const onNoun = before?.pos === 'NOUN' && /ing$/.test(tokens[i]!.lower);
    // "the curfew imposed in Sudan": a past participle right after its noun is a reduced relative of the noun phrase.
    const reduced = before?.pos === 'NOUN' && /ed$/.test(tokens[i]!.lower) && tokens[i + 1]?.pos === 'ADP';
    return !(
      before &&
      (before.pos === 'DET' || before.pos === 'ADJ' || before.lower === 'to' || onNoun || reduced || compound(i))
    );
  };
  // "struck an apartment block in Odessa": a base form after a determiner and a singular noun is the head of a
  // compound noun the tagger read as a verb ("the army attack" is no clause; "the troops attack" may be).
  const compound = (i: number) => {
    const [det, noun, word] = [tokens[i - 2], tokens[i - 1], tokens[i]!];
    return det?.pos === 'DET' && noun?.pos === 'NOUN' && !/s$/.test(noun.lower) && word.lower === word.lemma;
  };
  const sentence = doc.sentences[hit.sentence];
  if (!sentence) return true;
  const [from, to] = hit.end <= trigger.start ? [hit.endToken, trigger.start] : [hit.firstToken - 1, trigger.end];
  if (hit.end <= trigger.start) {
    let coordinated = false;
    for (let i = from; i < sentence.endToken && (tokens[i]?.start ?? Infinity) < to; i++) {
      if (opensClause(i)) return false;
      if (tokens[i]?.pos === 'CCONJ') coordinated = true;
    }
    // "denounced the offensive in Ukraine and called for a truce": the place belongs to the first verb.
    if (coordinated) {
      for (let i = sentence.firstToken; i < hit.firstToken; i++) if (opensClause(i)) return false;
    }
  } else {
    for (let i = from; i >= sentence.firstToken && (tokens[i]?.end ?? -Infinity) > to; i--) {
      if (opensClause(i)) return false;
    }
  }
  return true;
}

/** The hit that best locates an event whose trigger starts at `at`. */
export function pickHit(hits: readonly PlaceHit[], at: number): PlaceHit | null {
  const locative = hits.filter((h) => h.locative);
  const chosen = nearest(locative, at);
  if (chosen) {
    if (chosen.place.type !== 'country') return chosen;
    // "in Kharkiv, in eastern Ukraine": the city says more than its country.
    return (
      nearest(
        locative.filter((h) => h.place.type !== 'country' && h.place.country === chosen.place.country),
        at,
      ) ?? chosen
    );
  }
  return nearest(
    hits.filter((h) => h.place.type !== 'country'),
    at,
  );
}

/**
 * The first of the hits nearest to `at`. A module function, not a closure made in pickHit per event: under tsx
 * every named closure also costs a `__name` call (Object.defineProperty) when it is made.
 */
function nearest(list: readonly PlaceHit[], at: number): PlaceHit | null {
  return list.reduce<PlaceHit | null>(
    (best, h) => (best === null || Math.abs(h.start - at) < Math.abs(best.start - at) ? h : best),
    null,
  );
}

export function locateEvents(
  doc: Doc,
  mentions: readonly Mention[],
  events: readonly Event[],
  gaz: Gazetteer = defaultGazetteer(),
): Event[] {
  if (events.length === 0) return [];
  const countries = new Set<string>();
  for (const m of mentions) if (m.actor.country !== null) countries.add(m.actor.country);
  const dateline = datelineHit(doc, gaz, { countries });
  if (dateline?.place.country) countries.add(dateline.place.country);
  const context: Context = { countries };
  const bySentence = new Map<number, PlaceHit[]>();
  return events.map((event) => {
    let hits = bySentence.get(event.sentenceIndex);
    if (!hits) {
      hits = findPlaces(doc, event.sentenceIndex, mentions, gaz, context);
      bySentence.set(event.sentenceIndex, hits);
    }
    const hit = pickHit(
      hits.filter((h) => sameClause(doc, h, event.trigger)),
      event.trigger.start,
    );
    if (hit) return located(event, toLocation(hit, 'sentence', gaz));
    const target = targetHit(doc, event, mentions, gaz, context);
    if (target) return located(event, toLocation(target, 'target', gaz));
    return located(event, dateline ? toLocation(dateline, 'dateline', gaz) : null);
  });
}

/**
 * The event with its location, every field written out in the contract's order. Not `{ ...event, location }`: in
 * V8 (Node 20) a spread copy given a key its source lacks gets a hidden class of its own, so every located event
 * had a different one and each function reading events downstream met a new shape per event (docs/reliability.md).
 */
function located(event: Event, location: EventLocation | null): Event {
  return {
    id: event.id,
    sentenceIndex: event.sentenceIndex,
    sentence: event.sentence,
    trigger: event.trigger,
    date: event.date,
    source: event.source,
    target: event.target,
    cameo: event.cameo,
    plover: event.plover,
    mode: event.mode,
    goldstein: event.goldstein,
    quadClass: event.quadClass,
    modality: event.modality,
    reportedBy: event.reportedBy,
    confidence: event.confidence,
    rule: event.rule,
    dictionaryVersion: event.dictionaryVersion,
    location,
  };
}
