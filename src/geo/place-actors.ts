// Places as actors: once the geo stage knows where an event happened, a place can stand for a missing actor.
//   - "Turkish authorities imposed a curfew in the town of Cizre", "Russian forces shelled Kharkiv", "Palestinian
//     prisoners rioted at a jail in northern Israel": a protest, a coercive act or an act of force with no target
//     is aimed at the place where it happens, so the place's state is the target (CAMEO and PLOVER code
//     places this way; the PLOVER gold does it throughout).
//   - "Protesters rallied in Minsk": protesters of no known country are people of the place they protest in, and
//     protesters not named at all ("Hundreds of thousands of people blocked streets in Hong Kong") its civilians. So
//     are rebels and militants of no known country who act, or are acted on, where an act of coercion or force
//     happens ("Militants attacked a police station in Algeria" → Algeria's): CAMEO and PLOVER code a people's
//     armed groups by the state they fight in.
//   - "A roadside bombing near Samarra killed one U.S. soldier", "three civilians were killed in Baghdad": an act of
//     force whose doer is not named is done by unidentified armed forces of the place (CAMEO sector UAF), as the
//     PLOVER and PETRARCH2 gold code it. Only when the doer is truly unnamed: a passive with no agent, or a weapon as
//     the subject; a pronoun the coder could not resolve ("when they blew themselves up") names a doer it missed.
// Only places named in the event's own sentence count (not the dateline, not the target's territory), and only for
// kinds of event that happen *to* a place. Talks or accusations made somewhere ("met in Geneva", "said in Paris")
// are not aimed at the host, and a posture in one's own country ("Russia held drills in Rostov") is no dyad.
// The event's id is kept: it is a stable name for the same trigger and is already linked from quotes.
import type { Actor, Event, EventLocation } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { defaultGazetteer } from './load.ts';
import { placeKey } from './key.ts';
import { DEFEAT_IN_BATTLE, ENEMY_FORCES_DESTROYED, PLACE_LEFT, PLACE_VISITED, WEAPONS } from '../coding/lexicon.ts';

/** CAMEO roots of acts done to a place wherever it stands in the sentence: protest, coerce, assault, fight, mass violence. */
const PLACE_DIRECTED = new Set(['14', '17', '18', '19', '20']);
/** Codes whose object may be a place named after the trigger: easing a measure ("lifted the curfew in Abidjan",
 * 081), threatening one ("will extend the curfew in Abidjan", 132), repression (137) or force (138, "threatened to
 * storm Kyiv"), and claiming an attack (015, "claimed responsibility for an attack on a mall in Kenya's capital":
 * the attack was aimed there). Ending a war "in Donbas" or handing something over "in Kyiv" is not done to the place. */
const PLACE_AS_OBJECT = ['015', '081', '132', '137', '138'];
/** Combat with forces named as the enemy ("He defended Chernihiv, destroyed two enemy IFVs", "are beating the enemy
 * near Kharkiv"): the enemy is its victim, and the place only says where the battle was (often the doer's own land). */
const combatWithEnemy = (event: Event): boolean =>
  event.rule.includes(ENEMY_FORCES_DESTROYED) || event.rule.includes(DEFEAT_IN_BATTLE);
/** A visit to a named place the coder kept for the place to give its host ("visited Irpin"). */
const placeVisited = (event: Event): boolean => event.rule.includes(PLACE_VISITED);
/** A place visit that has both sides and is asserted or denied. */
const hostedVisit = (e: Event): boolean => e.source !== null && e.target !== null && e.modality !== 'hypothetical';
/** Posture (15) is aimed at a place only abroad: "conducting military exercises in Alaska". */
const POSTURE = '15';

function placeActor(location: EventLocation, gaz: Gazetteer): Actor | null {
  const iso = location.country;
  if (iso === null) return null;
  const isCountry = location.type === 'country';
  return {
    text: location.text,
    name: isCountry ? (gaz.country(iso)?.name ?? location.name) : location.fullName,
    code: iso,
    country: iso,
    sector: null,
    type: isCountry ? 'state' : 'region',
    id: null,
  };
}

/** The place as the target of an act done to it, or its civilians when the act is aimed at its people. */
function placeTarget(event: Event, location: EventLocation, gaz: Gazetteer): Actor | null {
  const place = placeActor(location, gaz);
  return place === null ? null : civiliansOfPlace(event, location, place);
}

function countryOf(actor: Actor | null): string | null {
  return actor?.country ?? null;
}

function targetsPlace(event: Event, location: EventLocation): boolean {
  const root = event.cameo.slice(0, 2);
  // "rallied in Minsk against the war in Ukraine, and police detained 500 people": police act in their own country,
  // so a place in another one is where something else happens.
  if (event.source?.sector === 'COP' && event.source.country !== null && event.source.country !== location.country)
    return false;
  if (PLACE_DIRECTED.has(root)) return !combatWithEnemy(event);
  if (PLACE_AS_OBJECT.some((code) => event.cameo.startsWith(code))) return location.start >= event.trigger.end;
  if (root === POSTURE) return location.country !== countryOf(event.source);
  // "The President of Slovakia visited Irpin": a visit to a place abroad is a visit to its state (also announced, 036).
  if (placeVisited(event))
    return (
      location.start >= event.trigger.end &&
      // A visitor of a known state, or an international body ("Charles Michel visited Borodyanka"); not a person
      // the dictionaries place nowhere.
      (countryOf(event.source) !== null || event.source?.code.startsWith('IGO') === true) &&
      location.country !== countryOf(event.source)
    );
  // "Russian forces withdrew from Kherson", "pulled out of the city of Izium": a retreat from a place named right
  // after it is a retreat from its state; a place further on only says where it happened.
  // Not a place of the retreating side's own state ("Ukrainian troops withdrew from Lysychansk"): it is not yielded to it.
  if (event.cameo.startsWith(RETREAT))
    return location.country !== countryOf(event.source) && placeLeft(event, location);
  return false;
}

/** Retreats (087x): "withdraw", "pull out", "retreat". */
const RETREAT = '087';
/** What may stand between a retreat's trigger and the place it leaves: "from", "of" (after "pulled out"), "its troops
 * from", "from the city of"; nothing when the trigger holds "from" ("withdrew from"). */
const LEFT_PLACE =
  /^\s*(?:(?:its|their|his|her|the|all)\s+)?(?:(?:remaining|last)\s+)?(?:(?:troops|forces|units|soldiers)\s+)?(?:(?:out\s+)?(?:from|of)\s+)?(?:the\s+)?(?:(?:city|town|village|region|port|settlement)\s+of\s+)?$/i;

function placeLeft(event: Event, location: EventLocation): boolean {
  const at = event.sentence.indexOf(event.trigger.text);
  if (at < 0) return false;
  const end = at + event.trigger.text.length;
  const place = event.sentence.indexOf(location.text, end);
  return place >= 0 && LEFT_PLACE.test(event.sentence.slice(end, place));
}

/** A group of the place's state known only by its sector: its protesters (CVL) or unidentified armed forces (UAF). */
function peopleOfPlace(location: EventLocation, iso: string, sector: string, name: string): Actor {
  return { text: location.text, name, code: `${iso}${sector}`, country: iso, sector, type: 'group', id: null };
}

/**
 * "Protesters", "demonstrators", "students": a protesting source known only by its sector takes the place's country;
 * one not named at all ("Hundreds of thousands of people blocked streets in Hong Kong") is the place's civilians.
 */
function localSource(event: Event, location: EventLocation): Actor | null {
  const source = event.source;
  const iso = location.country;
  if (iso === null || !PLACE_DIRECTED.has(event.cameo.slice(0, 2))) return null;
  if (source === null) return event.cameo.startsWith('14') ? peopleOfPlace(location, iso, 'CVL', 'protesters') : null;
  if (FORCE.has(event.cameo.slice(0, 2)) && aimedAt(event, location)) return null;
  return localGroup(source, iso);
}

/**
 * "Militants attacked a police station in Algeria", "police fired on demonstrators in Cairo": a group named with no
 * country (---REB, ---OPP) that acts or is acted on where an event happens is the place's own.
 */
function localGroup(actor: Actor | null, iso: string): Actor | null {
  if (actor === null || actor.country !== null || actor.type !== 'group' || !actor.code.startsWith('---')) return null;
  return { ...actor, code: `${iso}${actor.code.slice(3)}`, country: iso };
}

/** CAMEO roots of force: the doer of an unattributed one is the place's unidentified armed forces. Not a blockade or
 * an occupation (191, 192): those are a state's acts, and an unnamed occupier is a failure to find it, not a mystery. */
const FORCE = new Set(['18', '19', '20']);
const STATE_ACTS = ['191', '192'];
/** Adverbs and auxiliaries between a verb and what governs it ("have reportedly been"). */
const SKIPPED = /^(?:has|have|had|reportedly|allegedly|also|then|later|apparently|relentlessly|reportedly)$/i;
/** The words right before a place that make it what a shot was aimed at: "fired at Israel", "launched on Gaza". */
const AIMED_AT =
  /\b(?:at|on|into)\s+(?:the\s+)?(?:(?:borders?|outskirts|edge|area|suburbs?|centre|center)\s+of\s+(?:the\s+)?)?$/i;
const UNRESOLVED_DOER = /^(?:he|she|it|they|we|i|you|who|which|that)$/i;
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|be|been|being|get|got)$/i;
/** What stands right before an event's trigger: a passive auxiliary, an unresolved pronoun, a weapon. */
interface DoerCues {
  readonly passive: boolean;
  readonly unresolved: boolean;
  readonly weapon: boolean;
  /** The word right before the trigger, past adverbs and auxiliaries ("police have arrested" → police). */
  readonly word: string | null;
}

function doerCues(event: Event): DoerCues | null {
  const at = event.sentence.indexOf(event.trigger.text);
  if (at < 0) return null;
  const before = event.sentence
    .slice(0, at)
    .split(/\s+/)
    .map((w) => w.replace(/^\W+|\W+$/g, ''))
    .filter(Boolean);
  let k = before.length - 1;
  while (k >= 0 && SKIPPED.test(before[k]!)) k--;
  const word = k >= 0 ? before[k]! : null;
  // "There were 10 Russian soldiers killed in Ukraine": a participle right after its victim is a reduced passive.
  const victim = event.target?.text.split(/\s+/).pop();
  return {
    passive:
      word !== null && (PASSIVE_AUXILIARY.test(word) || (word === victim && /(?:ed|en)$/.test(event.trigger.text))),
    // "those it fires at Israel": a pronoun the coder could not resolve names a doer it missed.
    unresolved: word !== null && UNRESOLVED_DOER.test(word),
    weapon: before.slice(-10).some((w) => WEAPONS.has(w.toLowerCase())),
    word,
  };
}

/**
 * "A rocket was fired at Israel", "Militants fired rockets at Israel from Gaza": the place a shot is aimed at says
 * nothing of who fired ("killed four shepherds near Kandahar" still places the doer). Nor does "There were strikes at
 * the borders of the Chernihiv region", with no target named yet.
 */
function aimedAt(event: Event, location: EventLocation): boolean {
  return (
    (event.target === null || location.text === event.target.text) &&
    AIMED_AT.test(event.sentence.slice(0, event.sentence.indexOf(location.text)))
  );
}

/** "were killed in Baghdad", "a bombing near Samarra killed": force with no named doer is the place's unidentified forces. */
function unidentifiedForces(event: Event, location: EventLocation): Actor | null {
  if (event.source !== null || !FORCE.has(event.cameo.slice(0, 2))) return null;
  if (aimedAt(event, location)) return null;
  if (STATE_ACTS.some((code) => event.cameo.startsWith(code))) return null;
  const iso = location.country;
  const cues = doerCues(event);
  if (iso === null || cues === null || cues.unresolved || (!cues.passive && !cues.weapon)) return null;
  return peopleOfPlace(location, iso, 'UAF', 'unidentified armed forces');
}

/** Acts only a state's police, prosecutors or courts do: investigate (09), convict (116), arrest or charge (173), deport (174). */
const LEGAL_ACTS = ['09', '116', '173', '174'];
/** Nouns that name a place's own authorities when no state is named with them ("police arrested two men in Lebanon"). */
const LOCAL_AUTHORITIES = /^(?:police|policemen|authorities|prosecutors|investigators|magistrates|judges)$/i;

const DESTINATION = /\b(?:to|into)\s+(?:the\s+)?$/i;
const OCCUPIED = /\boccupied\b|\boccupation\b/i;

/** The sentence around a place: its few words before and after. */
function placeContext(event: Event, location: EventLocation): string {
  const at = event.sentence.indexOf(location.text);
  return at < 0 ? '' : event.sentence.slice(Math.max(0, at - 40), at + location.text.length + 40);
}

/**
 * "A French aid worker has been put under investigation in Italy", "police arrested two men in Beirut": an arrest, charge,
 * investigation or expulsion with no named doer is done by the state it happens in (its police and courts). Only an
 * agentless passive or a bare authority noun: an unresolved pronoun ("they detained him in Lebanon") may be anyone.
 */
function localAuthorities(event: Event, location: EventLocation, gaz: Gazetteer): Actor | null {
  if (event.source !== null || !LEGAL_ACTS.some((code) => event.cameo.startsWith(code))) return null;
  const iso = location.country;
  // The place must follow the act ("was arrested in Lebanon"): one before it tends to say where the people are from
  // ("residents in Crimea were deported"), and an occupied one is not ruled by its state.
  if (iso === null || location.start < event.trigger.end || OCCUPIED.test(placeContext(event, location))) return null;
  // "were deported to Kazakhstan": where someone is sent is not who sends them.
  if (DESTINATION.test(event.sentence.slice(0, event.sentence.indexOf(location.text)))) return null;
  const cues = doerCues(event);
  if (cues === null || cues.unresolved) return null;
  if (!cues.passive && !LOCAL_AUTHORITIES.test(cues.word ?? '')) return null;
  const name = gaz.country(iso)?.name ?? iso;
  return { text: location.text, name, code: iso, country: iso, sector: null, type: 'state', id: null };
}

/** "from Calgary", "from the Canadian city of Calgary": a capitalised place name after "from". */
const FROM_PLACE = /\bfrom\s+((?:[A-Z][\w’'-]*\s?){1,3})/g;

/**
 * "A Christian missionary from Calgary was arrested in Lebanon", "a man from Toronto was killed in Kabul": the
 * victim of an agentless passive named only by where they come from is of that place's state, not of the place the
 * act happens in. Only before the trigger (the subject), and only a place the gazetteer puts in one country.
 */
function victimOrigin(event: Event, location: EventLocation, gaz: Gazetteer): Actor | null {
  const at = event.sentence.indexOf(event.trigger.text);
  if (at < 0) return null;
  for (const m of event.sentence.slice(0, at).matchAll(FROM_PLACE)) {
    const text = m[1]!.trim();
    const key = placeKey(text);
    const country = gaz.countryByName(key)?.iso3 ?? null;
    const countries = new Set(gaz.places(key).map((p) => p.country));
    const iso = country ?? (countries.size === 1 ? [...countries][0]! : null);
    if (iso === null || iso === location.country) continue;
    const name = gaz.country(iso)?.name ?? iso;
    return { text, name, code: iso, country: iso, sector: null, type: 'state', id: null };
  }
  return null;
}

/** Nouns of a place's unarmed people right before "of" and the place: "the residents of Donetsk". */
const PEOPLE_OF = /\b(?:residents|inhabitants|people|civilians|civilian population|population)\s+of\s+(?:the\s+)?$/i;

/**
 * "launched a military operation against the residents of Donetsk and Lugansk", "exterminating the people of
 * Donbass": force aimed at a place's people is aimed at the place's state's civilians (CVL), not at the state. Only
 * after the trigger, where the people are its object; "Residents of Kharkiv protested" names the doers.
 */
function civiliansOfPlace(event: Event, location: EventLocation, place: Actor): Actor {
  const at = event.sentence.indexOf(location.text);
  const trigger = event.sentence.indexOf(event.trigger.text);
  if (at < 0 || trigger < 0 || at < trigger + event.trigger.text.length) return place;
  if (!PEOPLE_OF.test(event.sentence.slice(0, at)) || !FORCE.has(event.cameo.slice(0, 2))) return place;
  return { ...place, code: `${location.country}CVL`, sector: 'CVL', type: 'group' };
}

/** Events with their actors taken from the place; one that still has neither source nor target names no dyad. */
export function placeActors(events: readonly Event[], gaz: Gazetteer = defaultGazetteer()): Event[] {
  return (
    events
      .map((event) => withPlaceActors(event, gaz))
      // A visit the coder kept for its place (src/coding/index.ts) is no event if the place gave it no host, nor one
      // only wondered about or possible ("I wonder if he wanted to visit Chornobaivka?"): the place is weak evidence.
      .filter(
        (e) =>
          (e.source !== null || e.target !== null) &&
          !(placeVisited(e) && !hostedVisit(e)) &&
          // A retreat kept for its place (src/coding/left-places.ts) is no event if the place gave it no target.
          !(e.target === null && e.rule.includes(PLACE_LEFT)),
      )
  );
}

function withPlaceActors(event: Event, gaz: Gazetteer): Event {
  const location = event.location;
  if (!location || location.basis !== 'sentence' || location.country === null) return event;
  // "In 2014, Russia annexed Crimea": the place found may be the source itself (but "students throughout
  // Indonesia staged demonstrations" protest against their own state).
  if (location.text === event.source?.text && !event.cameo.startsWith('14')) return event;
  const source =
    localSource(event, location) ?? unidentifiedForces(event, location) ?? localAuthorities(event, location, gaz);
  const target =
    event.target === null
      ? targetsPlace(event, location)
        ? ((source !== null && doerCues(event)?.passive === true ? victimOrigin(event, location, gaz) : null) ??
          placeTarget(event, location, gaz))
        : null
      : PLACE_DIRECTED.has(event.cameo.slice(0, 2))
        ? localGroup(event.target, location.country)
        : null;
  if (source === null && target === null) return event;
  const notes = [source && 'source', target && 'target'].filter(Boolean).join(' and ');
  return {
    ...event,
    source: source ?? event.source,
    target: target ?? event.target,
    rule: `${event.rule} → ${notes} from the place (${location.text})`,
  };
}
