// Whose people or places an act of force harms when the text names them by no state: "198 civilians had been killed
// so far by Russian forces", "the building of a regular school, which was attacked by a Russian air strike", "Russian
// invaders … torture and kill civilians", "the cities destroyed by Russia". A careful reader knows whose they are from
// the article: the state the same doer's force is aimed at where the article names it ("Russian troops invaded
// Ukraine"). So unnamed victims are that state's civilians (people) or that state (places and things), when more than half
// of the acts of force between the doer and a named other state, either way, are with that one state. Only victims named by a noun of people or places at the verb count: the subject of a passive or of a reduced
// relative ("civilians killed by"), or the object of the active verb ("kill civilians"). A pronoun or a person ("he was
// wounded", "those detained") is not read, and a place named in the sentence has already given its state (geo stage).
// The object may follow a possessive ("the aggressor kills and maims our people") or be the antecedent of a relative
// clause with a subject of its own ("this city, which Russian troops are destroying"); a war named with no one it is
// waged on ("Russia launched a full-scale war") is waged on that state.
// A nation's people who protest are its civilians too ("thousands of Ukrainians rallied in Kyiv" → UKRCVL).
// Conversely, force or deportation in a passive with no agent at all ("More than 500,000 Ukrainians have been deported
// to Russia by force") on a named state's people is done by the state that one fights. So is force with a weapon of war
// as its subject ("three missiles hit Odesa"), and force on a place that is the passive's subject or where the shot was
// aimed ("Kyiv was attacked at 4 am", "14 missiles were fired at the Kyiv region"; the geo stage gave the place's
// state), but not a place that only says where ("in Kharkiv, two people were killed": there the place's own
// unidentified forces are dropped and the doer left unknown), nor where the article shows that state's own forces using
// force on its land (a war at home, whose unnamed doer may be either side).
// And taking back, holding or fighting for one's own land, which the place named made an act on one's own state
// ("The Ukrainian troops are liberating the Kherson region" → UKRMIL → UKR), is aimed at the state one fights; with
// no such state in the article, force on one's own land is aimed at no one the place names (the target is dropped).
import type { Actor, Doc, Event, Token } from '../types.ts';
import { isThreatenedAct } from './threatened-acts.ts';

/** Acts of force (18-20) and coercion (17) done to people or places. */
const HARM = /^(?:17|18|19|20)/;
/** Acts of war whose doer an agentless passive leaves to the article: force, destruction (1712) and deportation (174). Arrests, charges
 * and seizures (173, 171) are as often a state's own law at work ("was detained on charges of bribery"). */
const WARTIME = /^(?:18|19|20|1712|174)/;
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
  ['child', 'CVL'],
  ['woman', 'CVL'],
  ['girl', 'CVL'],
  ['boy', 'CVL'],
  ['baby', 'CVL'],
  ['babies', 'CVL'],
  ['girls', 'CVL'],
  ['boys', 'CVL'],
  ['mothers', 'CVL'],
  ['teenagers', 'CVL'],
  ['students', 'CVL'],
  ['pensioners', 'CVL'],
  ['villagers', 'CVL'],
  ['citizens', 'CVL'],
  ['refugees', 'CVL'],
  ['evacuees', 'CVL'],
  ['passengers', 'CVL'],
  ['drivers', 'CVL'],
  ['volunteers', 'CVL'],
  ['patients', 'CVL'],
  ['doctors', 'CVL'],
  ['medics', 'CVL'],
  ['nurses', 'CVL'],
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
  'house',
  'home',
  'church',
  'churches',
  'kindergarten',
  'kindergartens',
  'neighbourhoods',
  'neighborhoods',
  'districts',
  'streets',
  'museums',
  'theatre',
  'theater',
  'dormitory',
  'shelters',
  'markets',
]);

/** Words between a passive participle and its subject: auxiliaries, adverbs, a relative pronoun after a comma. */
const PASSIVE_GAP = new Set(['which', 'that', 'who', ',']);
const AUXILIARY = new Set(['be', 'have', 'get']);
/** Words before an object's head noun: "kill 16 children", "destroyed the houses", "torture and kill civilians". */
const MODIFIER = /^(?:DET|ADJ|NUM)$/;
/** Possessive determiners before an object's head noun: "kills and maims our people", "destroyed their cities". Whose
 * they are the state the doer fights says, as for a bare noun; a speaker's "our" in an address or a quotation was
 * already the speaker's state (src/actors/speakers-own.ts). */
const POSSESSIVE = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);
const isModifier = (t: Token): boolean => MODIFIER.test(t.pos) || POSSESSIVE.has(t.lower);

type Victim = { readonly sector: string | null; readonly noun: Token };

/**
 * Works a state's land holds that only an attack names as the other side's: "shelled a substation", "struck two railway
 * bridges". Destroying or blowing one up is as often a side's own demolition ("the bridge was blown up by Ukrainian
 * troops" to slow an advance), so only attacks (19, 20) read them; the place nouns above are read with any harm.
 */
const ATTACKED_WORKS = new Set([
  'bridge',
  'bridges',
  'substation',
  'substations',
  'station',
  'stations',
  'plant',
  'plants',
  'port',
  'ports',
  'depot',
  'depots',
  'warehouse',
  'warehouses',
  'factory',
  'factories',
  'enterprises',
  'airport',
  'airports',
  'objects',
]);
/** Acts of armed attack, whose object is the other side's. */
const ATTACK = /^(?:19|20)/;

/**
 * A noun of people or of places a state's land holds (PEOPLE, PLACES, ATTACKED_WORKS): what a participle of harm may
 * describe ("the destroyed cities", "civilians killed by", described-participles.ts).
 */
export function isVictimNoun(lower: string): boolean {
  return PEOPLE.has(lower) || PLACES.has(lower) || ATTACKED_WORKS.has(lower);
}

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

function victimOf(t: Token | undefined, attack: boolean): Victim | null {
  if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
  const sector = PEOPLE.get(t.lower);
  if (sector !== undefined) return { sector, noun: t };
  return PLACES.has(t.lower) || (attack && ATTACKED_WORKS.has(t.lower)) ? { sector: null, noun: t } : null;
}

/** The noun the participle at `first` is said of: "civilians had been killed", "a school, which was attacked". */
function passiveVictim(doc: Doc, first: number, start: number, last: number, attack: boolean): Victim | null {
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
  return k >= start ? victimOf(doc.tokens[k], attack) : null;
}

/** The object of the active verb ending at `last`: "kill civilians", "destroy the schools". */
function objectVictim(doc: Doc, last: number, end: number, attack: boolean): Victim | null {
  let k = last + 1;
  // "torture and kill civilians": verbs coordinated before the object share it.
  while (k + 1 < end && doc.tokens[k]!.pos === 'CCONJ' && doc.tokens[k + 1]!.pos === 'VERB') k += 2;
  // "liberate our people, our land": one's own, freed from the foe, not the foe's.
  const own = OWN_LAND.test(doc.tokens[last]!.lower);
  while (k < end && isModifier(doc.tokens[k]!)) {
    if (own && POSSESSIVE.has(doc.tokens[k]!.lower)) return null;
    k++;
  }
  // "destroyed 570 healthcare facilities", "struck two railway bridges": a noun modifying the victim's noun.
  const compound = k + 1 < end && doc.tokens[k]!.pos === 'NOUN' ? victimOf(doc.tokens[k + 1], attack) : null;
  if (compound !== null && compound.sector === null) return compound;
  return k < end ? victimOf(doc.tokens[k], attack) : null;
}

/** Words of a relative clause's subject: "which Russian troops are destroying", "that the occupiers shelled". */
const SUBJECT_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * The antecedent of a relative clause whose object is the relative pronoun: "this Ukrainian city, which Russian troops
 * are simply destroying", "the schools that the occupiers shelled". The active verb at `first` has a subject of its own
 * between it and "which"/"that", so the noun before the pronoun is what the act was done to.
 */
function relativeObjectVictim(doc: Doc, first: number, start: number, attack: boolean): Victim | null {
  let k = first - 1;
  while (k >= start && /^(?:ADV|AUX|PART)$/.test(doc.tokens[k]!.pos)) k--;
  const subjectEnd = k;
  while (k >= start && SUBJECT_WORD.test(doc.tokens[k]!.pos)) k--;
  if (k === subjectEnd || k < start || !/^(?:which|that)$/.test(doc.tokens[k]!.lower)) return null;
  k--;
  if (k >= start && doc.tokens[k]!.lower === ',') k--;
  return k >= start ? victimOf(doc.tokens[k], attack) : null;
}

function victim(doc: Doc, event: Event): Victim | null {
  const [first, last] = triggerTokens(doc, event);
  if (first < 0) return null;
  const sentence = doc.sentences[event.sentenceIndex]!;
  const verb = doc.tokens[first]!;
  const attack = ATTACK.test(event.cameo);
  if (/(?:ed|en)$/.test(verb.lower) || verb.pos === 'VERB') {
    const passive = passiveVictim(doc, first, sentence.firstToken, last, attack);
    if (passive !== null) return passive;
  }
  // "fired at residential neighbourhoods": a verb and the preposition that aims it.
  const aimed = last === first + 1 && AIMED.has(doc.tokens[last]!.lower);
  if ((first !== last && !aimed) || verb.pos !== 'VERB') return null;
  return (
    objectVictim(doc, last, sentence.endToken, attack) ??
    (aimed ? null : relativeObjectVictim(doc, first, sentence.firstToken, attack))
  );
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
export function opponents(events: readonly Event[], withoutOwnLand = false): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const event of events) {
    // The unidentified forces of the place of an act (src/geo/place-actors.ts) are no side.
    const doer = event.source?.sector === 'UAF' ? null : countryOf(event.source);
    const aimed = countryOf(event.target);
    if (!FORCE.test(event.cameo) || event.modality === 'negated' || doer === null || aimed === null || doer === aimed)
      continue;
    // "Minsk will strike Lithuania if …": the threatened act says whom Minsk threatens, not whom it fights.
    if (isThreatenedAct(event)) continue;
    // Liberating or defending a state is no fight with it ("enough armor to liberate Ukraine"), though a side's own
    // "liberation" of another's city is: `withoutOwnLand` leaves such acts out.
    if (withoutOwnLand && OWN_LAND.test(event.trigger.text)) continue;
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

/** Taking back or holding one's own land is fighting the other side, not one's own state. */
const OWN_LAND = /^(?:liberat|retak|recaptur|regain|return|defend|protect|hold|fight)/i;

/**
 * "The Ukrainian troops are gradually liberating the territory of the Kherson region", "Our troops are fighting fierce
 * battles in the suburbs of Kherson": taking back, holding or fighting for one's own land (OWN_LAND), whose place gave
 * the doer's own state as the target, is aimed at the state the doer fights in the article; with no such state the
 * event is left as it is.
 */
function againstOwnLand(
  event: Event,
  opponent: ReadonlyMap<string, string>,
  nameOf: (iso: string) => string,
): Event | null {
  const target = event.target;
  const doer = event.source?.sector === 'UAF' ? null : countryOf(event.source);
  if (doer === null || target === null || target.sector !== null || target.country !== doer) return null;
  if (!FORCE.test(event.cameo) || !OWN_LAND.test(event.trigger.text)) return null;
  const iso = opponent.get(doer);
  if (iso === undefined) return null;
  return {
    ...event,
    target: stateActor(iso, nameOf(iso), target.text),
    rule: `${event.rule} → target: the state the doer fights on its own land`,
  };
}

/**
 * "Our troops are fighting fierce battles in the suburbs of Kherson", "shelling by Ukrainian forces in the Donetsk and
 * Lugansk people's republics", when the article names no state the doer fights: force a side's own forces use on their
 * own land, whose place gave their own state as the target, is aimed at someone the text does not name there (an
 * invader, rebels), never at that state; the target is left unresolved.
 */
function ownLandUnknownFoe(event: Event): Event | null {
  const target = event.target;
  // Only the state or its own forces: its rebels or insurgents fighting it at home do fight that state ("Rebels shelled
  // Homs" → SYRREB → SYR).
  const own = event.source !== null && STATE_SIDE.has(event.source.sector ?? '');
  const doer = own ? countryOf(event.source) : null;
  if (doer === null || target === null || target.sector !== null || target.country !== doer) return null;
  if (!FORCE.test(event.cameo) || event.location?.text !== target.text || !PLACE_TARGET.test(event.rule)) return null;
  return { ...event, target: null, rule: `${event.rule} → no target: force on the doer's own land` };
}

/** Sectors of a state's own side (the state itself, ''): its government, armed forces, police, intelligence. */
const STATE_SIDE = new Set(['', 'GOV', 'MIL', 'COP', 'SPY']);

/** The geo stage's note on a target it took from the place (src/geo/place-actors.ts), not one the text named. */
const PLACE_TARGET = /\btarget from the place \(/;

/** Sectors of a state's armed opponents at home. */
const INSURGENT = new Set(['REB', 'SEP', 'INS']);

/**
 * States whose own forces the article shows using force on their own land ("the Ukrainian security forces shelled
 * residential areas of Donetsk"), or whose rebels or separatists it shows acting or acted on ("recognising the
 * DPR", a Kremlin text on "Donetsk is being pounded every day"): a war at home, where an act with no named doer may
 * be either side's, so none is guessed.
 */
function forceAtHome(events: readonly Event[]): Set<string> {
  const out = new Set<string>();
  for (const event of events) {
    for (const actor of [event.source, event.target])
      if (actor?.country != null && INSURGENT.has(actor.sector ?? '')) out.add(actor.country);
    const doer = event.source?.sector === 'UAF' ? null : countryOf(event.source);
    if (!FORCE.test(event.cameo) || event.modality === 'negated' || doer === null) continue;
    if (doer === countryOf(event.target) && !OWN_LAND.test(event.trigger.text)) out.add(doer);
  }
  return out;
}

function victimActor(iso: string, name: string, v: Victim): Actor {
  const text = v.noun.text;
  if (v.sector === null) return { text, name, code: iso, country: iso, sector: null, type: 'state', id: null };
  return { text, name, code: `${iso}${v.sector}`, country: iso, sector: v.sector, type: 'group', id: null };
}

/**
 * "Kyiv was attacked at 4 am", "Four and a half thousand Russian soldiers have already been killed", "14 missiles were
 * fired at the Kyiv region": a passive with no "by" agent, its doer not named at all; or a weapon of war as the
 * subject ("three missiles hit Odesa"), which names no doer either. Either way on its target, not just where it was.
 */
function doerUnnamed(doc: Doc, event: Event): boolean {
  const [first, last] = triggerTokens(doc, event);
  if (first < 0 || doc.tokens[last + 1]?.lower === 'by') return false;
  // One participle, or one with the preposition aiming it ("fired at", "fired on").
  if (first !== last && !(last === first + 1 && AIMED.has(doc.tokens[last]!.lower))) return false;
  if (/ing$/.test(doc.tokens[first]!.lower)) return false;
  const start = doc.sentences[event.sentenceIndex]!.firstToken;
  let k = first - 1;
  while (k >= start && (doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'PART')) k--;
  const aux = doc.tokens[k];
  const passive =
    k >= start && aux !== undefined && (aux.lemma === 'be' || aux.lemma === 'get' || aux.lower === 'being');
  if (passive) return placeIsVictim(doc, event, first, last);
  // "Missiles hit a residential building in Odesa": what a missile hits in a place is the place's.
  return weaponSubject(doc, first, start) && (event.location?.start ?? Infinity) > doc.tokens[last]!.end;
}

/** No doer, or only the unidentified forces the place of the act stood in for (src/geo/place-actors.ts). */
function unnamedDoer(event: Event): boolean {
  const source = event.source;
  return (
    source === null ||
    (source.sector === 'UAF' && source.country === countryOf(event.target) && source.text === event.location?.text)
  );
}

/** The first token of a span of the article. */
function tokenAt(doc: Doc, from: number, to: number, start: number): number {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.start >= start) return k;
  return -1;
}

/** Prepositions that aim an act at the place after them: "missiles were fired at the Kyiv region". */
const AIMED = new Set(['at', 'on', 'into', 'against']);
const PLACE_MODIFIER = /^(?:DET|ADJ)$/;

/**
 * Whether a target the place of the act gave is what the act was done to, not where it happened ("a Ukrainian actor
 * who was assaulted in Dublin": whose people were hit the place does not say). The place is the act's victim as the
 * subject of the passive ("Kyiv was attacked at 4 am", "Mykolaiv, Kharkiv were shelled"), as its object ("three
 * missiles hit Odesa"), or as where a shot was aimed ("were fired at the Kyiv region").
 */
function placeIsVictim(doc: Doc, event: Event, first: number, last: number): boolean {
  const location = event.location;
  if (location == null || event.target?.text !== location.text) return true;
  // "Residents in the Caucasus and Crimea were deported": people are deported, a place only says where from.
  if (event.cameo.startsWith('174')) return false;
  const sentence = doc.sentences[event.sentenceIndex]!;
  const at = tokenAt(doc, sentence.firstToken, sentence.endToken, location.start);
  if (at < 0) return false;
  if (at < first) {
    // "In Kharkiv, two people were killed", "residents of Kyiv were wounded": a place after a preposition is where,
    // but "the port city of Mariupol, which has been bombarded" names the place itself.
    const before = doc.tokens[at - 1];
    if (before === undefined || before.sentence !== event.sentenceIndex || before.pos !== 'ADP') return true;
    return (before.lower === 'of' || before.lower === 'in') && PLACES.has(doc.tokens[at - 2]?.lower ?? '');
  }
  let k = last + 1;
  if (k < at && AIMED.has(doc.tokens[k]!.lower)) k++;
  while (k < at && PLACE_MODIFIER.test(doc.tokens[k]!.pos)) k++;
  return k === at;
}

/** Weapons only armies fire at a state's places: what a bomb or a mine hits may be a crime or an insurgency. */
const WAR_WEAPONS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shells',
  'airstrike',
  'airstrikes',
  'drones',
  'artillery',
]);

/** "Three missiles hit Odesa", "Russian rockets struck Kharkiv": the subject of the active verb is a weapon of war. */
function weaponSubject(doc: Doc, first: number, start: number): boolean {
  let k = first - 1;
  while (k >= start && /^(?:ADV|AUX|PART)$/.test(doc.tokens[k]!.pos)) k--;
  return k >= start && WAR_WEAPONS.has(doc.tokens[k]!.lower);
}

const COMBAT = /^(?:fight|hold|battl|resist|repel|defeat|engag)/i;
const PRONOUN = /^(?:their|them|they|its|it|his|her|our|us|we)$/i;

/**
 * "Russia continues to kill our people", "Ukrainians forcibly deported": a nation's people harmed by force or
 * coercion ("Ten Palestinians were beaten and detained") are its civilians (the review sets code them `UKRCVL`), though "the Ukrainian people" who speak or
 * are spoken to are the nation (`UKR`).
 */
function asCivilians(event: Event): Event {
  const t = event.target;
  if (t === null || t.sector !== null || t.country === null) return event;
  if (t.type !== 'group' && !/\bpeople$/i.test(t.text)) return event;
  // Combat is with armed men ("enabling the Ukrainians to hold off the Russians"); a pronoun says nothing of who.
  if (COMBAT.test(event.trigger.text) || PRONOUN.test(t.text)) return event;
  const target: Actor = { ...t, code: `${t.country}CVL`, sector: 'CVL', type: 'group' };
  return { ...event, target, rule: `${event.rule} → target: a people harmed is its civilians` };
}

/**
 * "Thousands of Ukrainians rallied in Kyiv": a nation's people who protest (14) are a crowd of its civilians, as the
 * review sets code them. Run after the own-state targets (src/coding/own-state.ts), which give a people named by its
 * state alone no target.
 */
function asProtestingCivilians(event: Event): Event {
  const s = event.source;
  if (s === null || s.type !== 'group' || s.sector !== null || s.country === null) return event;
  const source: Actor = { ...s, code: `${s.country}CVL`, sector: 'CVL' };
  return { ...event, source, rule: `${event.rule} → source: a people protesting are its civilians` };
}

/** A side named after the war's trigger, other than the speaker's own ("against us"). */
const NAMED_SIDE = /^[\s,]*(?:say,\s*)?(?:against|on)\s+(?!us\b|our\b)/i;

/** Nouns of a war as a whole, whose trigger names no one it is waged on: "started a full-scale war", "the invasion". */
const WAR_NOUN = /\b(?:war|invasion|offensive|aggression|incursion|hostilities)\b/i;

/**
 * "Russia launched a full-scale war", "since the Russian invasion began", "Ukrainian forces launched a major
 * offensive": a war named with no one it is waged on (an act of force, 18-20) is waged on the state the doer fights in
 * the article, as a careful reader takes it; the target is that state, named by the trigger.
 */
function warOnFoe(doc: Doc, event: Event, iso: string, name: string): Event | null {
  if (!FORCE.test(event.cameo) || !WAR_NOUN.test(event.trigger.text)) return null;
  // "starts a war against states that …", "a war, say, against any state": a side the text names and the coder did
  // not resolve is no war on the foe; "against us" is the speaker's own side, the foe's victim.
  if (NAMED_SIDE.test(doc.article.text.slice(event.trigger.end, event.trigger.end + 40))) return null;
  const target = stateActor(iso, name, event.trigger.text);
  return { ...event, target, rule: `${event.rule} → target: the state the doer fights` };
}

/** The bare state `iso` as an actor, named `name`, mentioned as `text`. */
export function stateActor(iso: string, name: string, text: string): Actor {
  return { text, name, code: iso, country: iso, sector: null, type: 'state', id: null };
}

/**
 * The events of an article, acts of force on unnamed victims given the state the doer fights in the article, and
 * force told in an agentless passive on a named state's people or places done by the state that one fights.
 */
export function withVictimStates(
  doc: Doc,
  events: readonly Event[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Event[] {
  const opponent = opponents(events);
  // Whom a state fights, read off acts other than liberating or defending land (which say whose land, not who fights).
  const enemy = opponents(events, true);
  const home = forceAtHome(events);
  const nameOf = (iso: string): string => states.get(iso)?.name ?? iso;
  return events.map((e) => {
    if (e.cameo.startsWith('14')) return asProtestingCivilians(e);
    if (!HARM.test(e.cameo)) return e;
    const event = asCivilians(e);
    if (event.target === null) {
      const doer = countryOf(event.source);
      const iso = doer === null ? undefined : opponent.get(doer);
      const v = iso === undefined ? null : victim(doc, event);
      if (iso === undefined) return event;
      if (v === null) return warOnFoe(doc, event, iso, nameOf(iso)) ?? event;
      const target = victimActor(iso, nameOf(iso), v);
      return { ...event, target, rule: `${event.rule} → target: the victims are of the state the doer fights` };
    }
    const aimed = againstOwnLand(event, enemy, nameOf) ?? ownLandUnknownFoe(event);
    if (aimed !== null) return aimed;
    const victimState = countryOf(event.target);
    const iso = victimState === null || home.has(victimState) ? undefined : opponent.get(victimState);
    if (iso === undefined || !WARTIME.test(event.cameo) || event.modality === 'negated') return event;
    if (!unnamedDoer(event)) return event;
    // "A family was killed in Irpen": the place says only where, so its own unidentified forces (UAF, the geo stage's
    // stand-in) are no doer in a war the article names; the doer is left unknown.
    if (!doerUnnamed(doc, event))
      return event.source === null
        ? event
        : { ...event, source: null, rule: `${event.rule} → no source: a war's victims' own land` };
    const source = stateActor(iso, nameOf(iso), event.trigger.text);
    return { ...event, source, rule: `${event.rule} → source: the state the victims' state fights` };
  });
}
