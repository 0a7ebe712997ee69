// Whose people or places an act of force harms when the text names them by no state: "198 civilians had been killed
// so far by Russian forces", "the building of a regular school, which was attacked by a Russian air strike", "Russian
// invaders … torture and kill civilians", "the cities destroyed by Russia". A careful reader knows whose they are from
// the article: the state the same doer's force is aimed at where the article names it ("Russian troops invaded
// Ukraine"). So unnamed victims are that state's civilians (people) or that state (places and things), when more than half
// of the acts of force between the doer and a named other state, either way, are with that one state. Only victims named by a noun of people or places at the verb count: the subject of a passive or of a reduced
// relative ("civilians killed by"), or the object of the active verb ("kill civilians"). A pronoun or a person ("he was
// wounded", "those detained") is not read, and a place named in the sentence has already given its state (geo stage).
import type { Actor, Doc, Event, Token } from '../types.ts';

/** Acts of force (18-20) and coercion (17) done to people or places. */
const HARM = /^(?:17|18|19|20)/;
/** Acts of force, whose named targets tell whom a doer fights. */
const FORCE = /^(?:18|19|20)/;

/** Nouns of unarmed people, with the sector of the group they name. */
const PEOPLE: ReadonlyMap<string, string> = new Map([
  ['civilians', 'CVL'],
  ['civilian', 'CVL'],
  ['people', 'CVL'],
  ['persons', 'CVL'],
  ['residents', 'CVL'],
  ['inhabitants', 'CVL'],
  ['population', 'CVL'],
  ['children', 'CVL'],
  ['women', 'CVL'],
  ['families', 'CVL'],
  ['journalists', 'MED'],
]);

/** Nouns of places and things a state's territory holds. */
const PLACES = new Set([
  'city',
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'settlements',
  'territory',
  'territories',
  'areas',
  'infrastructure',
  'building',
  'buildings',
  'houses',
  'homes',
  'apartments',
  'school',
  'schools',
  'hospital',
  'hospitals',
  'institutions',
  'facilities',
]);

/** Words between a passive participle and its subject: auxiliaries, adverbs, a relative pronoun after a comma. */
const PASSIVE_GAP = new Set(['which', 'that', 'who', ',']);
const AUXILIARY = new Set(['be', 'have', 'get']);
/** Words before an object's head noun: "kill 16 children", "destroyed the houses", "torture and kill civilians". */
const MODIFIER = /^(?:DET|ADJ|NUM)$/;

type Victim = { readonly sector: string | null; readonly noun: Token };

/** The token range of the event's trigger. */
function triggerTokens(doc: Doc, event: Event): [number, number] {
  const sentence = doc.sentences[event.sentenceIndex]!;
  let first = -1;
  let last = -1;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= event.trigger.start && t.end <= event.trigger.end) {
      if (first < 0) first = k;
      last = k;
    }
  }
  return [first, last];
}

function victimOf(t: Token | undefined): Victim | null {
  if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
  const sector = PEOPLE.get(t.lower);
  if (sector !== undefined) return { sector, noun: t };
  return PLACES.has(t.lower) ? { sector: null, noun: t } : null;
}

/** The noun the participle at `first` is said of: "civilians had been killed", "a school, which was attacked". */
function passiveVictim(doc: Doc, first: number, start: number, last: number): Victim | null {
  const next = doc.tokens[last + 1];
  let k = first - 1;
  let auxiliary = false;
  while (k >= start) {
    const t = doc.tokens[k]!;
    if (t.pos === 'AUX' || AUXILIARY.has(t.lemma)) auxiliary = true;
    else if (t.pos !== 'ADV' && t.pos !== 'PART' && !PASSIVE_GAP.has(t.lower)) break;
    k--;
  }
  // Without an auxiliary the participle is a reduced relative only with its agent: "civilians killed by Russian forces".
  if (!auxiliary && next?.lower !== 'by') return null;
  return k >= start ? victimOf(doc.tokens[k]) : null;
}

/** The object of the active verb ending at `last`: "kill civilians", "destroy the schools". */
function objectVictim(doc: Doc, last: number, end: number): Victim | null {
  let k = last + 1;
  // "torture and kill civilians": verbs coordinated before the object share it.
  while (k + 1 < end && doc.tokens[k]!.pos === 'CCONJ' && doc.tokens[k + 1]!.pos === 'VERB') k += 2;
  while (k < end && MODIFIER.test(doc.tokens[k]!.pos)) k++;
  return k < end ? victimOf(doc.tokens[k]) : null;
}

function victim(doc: Doc, event: Event): Victim | null {
  const [first, last] = triggerTokens(doc, event);
  if (first < 0) return null;
  const sentence = doc.sentences[event.sentenceIndex]!;
  const verb = doc.tokens[first]!;
  if (/(?:ed|en)$/.test(verb.lower) || verb.pos === 'VERB') {
    const passive = passiveVictim(doc, first, sentence.firstToken, last);
    if (passive !== null) return passive;
  }
  return first === last && verb.pos === 'VERB' ? objectVictim(doc, last, sentence.endToken) : null;
}

const countryOf = (a: Actor | null): string | null => a?.country ?? null;

/** A state fought with, seen from one side of an act of force: both sides of "Ukraine shot down Russian missiles". */
function count(counts: Map<string, Map<string, number>>, side: string, other: string): void {
  const of = counts.get(side) ?? new Map<string, number>();
  of.set(other, (of.get(other) ?? 0) + 1);
  counts.set(side, of);
}

/**
 * The state each doer fights in the article: the one more than half of the acts of force between it and a named other
 * state are done with, either way. An act said not to happen ("we will never let anyone shoot a Russian") is none. A single strike near a third state's border ("missiles hitting right next
 * to the Polish border") does not outweigh a war whose other side also strikes back.
 */
function opponents(events: readonly Event[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const event of events) {
    const doer = countryOf(event.source);
    const aimed = countryOf(event.target);
    if (!FORCE.test(event.cameo) || event.modality === 'negated' || doer === null || aimed === null || doer === aimed)
      continue;
    count(counts, doer, aimed);
    count(counts, aimed, doer);
  }
  const out = new Map<string, string>();
  for (const [doer, of] of counts) {
    const total = [...of.values()].reduce((a, b) => a + b, 0);
    for (const [other, n] of of) if (n * 2 > total) out.set(doer, other);
  }
  return out;
}

function victimActor(iso: string, name: string, v: Victim): Actor {
  const text = v.noun.text;
  if (v.sector === null) return { text, name, code: iso, country: iso, sector: null, type: 'state', id: null };
  return { text, name, code: `${iso}${v.sector}`, country: iso, sector: v.sector, type: 'group', id: null };
}

/** The events of an article, acts of force on unnamed victims given the state the doer fights in the article. */
export function withVictimStates(
  doc: Doc,
  events: readonly Event[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Event[] {
  const opponent = opponents(events);
  return events.map((event) => {
    if (event.target !== null || !HARM.test(event.cameo)) return event;
    const doer = countryOf(event.source);
    const iso = doer === null ? undefined : opponent.get(doer);
    if (iso === undefined) return event;
    const v = victim(doc, event);
    if (v === null) return event;
    const target = victimActor(iso, states.get(iso)?.name ?? iso, v);
    return { ...event, target, rule: `${event.rule} → target: the victims are of the state the doer fights` };
  });
}
