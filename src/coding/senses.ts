// A verb's sense decided by its clause, where the pattern's bare verb cannot tell: "strike" is a labour strike
// (CAMEO 143) when workers stop work ("dockers struck for higher pay"), but a hit (190) when something is struck
// ("a Russian missile struck an apartment block in Odessa") or a weapon strikes ("rockets struck overnight").
// "threaten" is a threat (CAMEO 13) when someone is threatened, but no act at all when what is threatened is a
// condition ("the energy crisis threatening European energy security", "actions that threaten the security of
// the continent"): that is to endanger, a judgement about the subject, not a warning it issued. Likewise "meet" is
// a meeting (04) with someone, not when a duty is met ("we are meeting all our obligations"), and "thanks to" is
// thanks only when someone gives them ("our thanks to Poland"), not the preposition ("thanks to Poland's help, …").
// "Hit" with no actor as object is an attack only when a weapon hits ("Russian missiles hit an apartment block"): the
// economy or a town "hit" by a crisis is no act of force. "I agree with you" in a conversation states an opinion
// shared, CAMEO 019 (express accord) with whoever is agreed with, not an intent to cooperate (030); with no one named
// it is no event, nor is agreeing "with this" or "with that", a thing said, by anyone ("many do not agree with this"); "agreed", "did agree", "will agree" and "agree to" still agree. "Signed a decree" or "a law" is a
// domestic act of state, no agreement (057) with anyone. "Beat" is an assault (182) on people ("police beat him"),
// but to beat the enemy or the invaders is to defeat them in battle, a fight (190). "Return to" a place is going
// back there, not handing anything back (0842), and to "occupy a place" or "a position" is to hold a rank (no 192).
// To "destroy" tanks, aircraft or the invaders is combat (190), not damage to property (1712). To "invite" someone
// to act rather than to meet ("invited Germany to join the reconstruction") is an appeal (020), not 026. Counting on
// another side's support asks for it (023), but "you can count on our support" offers it: no request. To "recognise
// that …" or "recognise this" is to acknowledge, and "internationally recognised borders" is an attribute: neither
// grants recognition (054). A "rally" that gathers something ("rallied our allies") or closes ranks ("rallying behind
// their president"), and a "march" that advances ("marching forward"), is no demonstration (140).
// Ending a war named by an infinitive or a gerund ("the process of ending the war") is an aim, no war ended (087).
// To "defend" a land in arms ("our servicemen have been defending Ukraine", "the soldiers who defended Kyiv", "we defend
// Europe") is fighting or rhetoric, not defending someone in words (052): no event when the defender is unnamed, an
// armed force, or of the defended state itself, or when what is defended is a region ("defend Europe").
// To "capture" is to occupy (192) only a state or a place named ("captured Kherson"), not soldiers, people or things
// (captured-places.ts).
import type { Actor, Event } from '../types.ts';
import type { Codebook, CodeInfo } from './codebook.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { capturesNoPlace } from './captured-places.ts';
import { holdsRankAt } from './figurative-occupation.ts';
import { seizesOnIdeaAt } from './seized-ideas.ts';
import { DEFEAT_IN_BATTLE, ENEMY_FORCES_DESTROYED, FORCES_DESTROYED, WEAPONS } from './lexicon.ts';
import { isArmedSector } from './roles.ts';
import { weaponForce } from './weapons.ts';

/** Heads of a subject that fires or flies, besides the weapons of the lexicon: "Israeli jets struck …". */
const STRIKERS = new Set(
  'jet jets warplane warplanes aircraft plane planes helicopter helicopters gunship gunships drone drones artillery'.split(
    ' ',
  ),
);

/** Words that open a direct object: "struck an apartment block", "struck targets", "struck two schools". */
const OBJECT_START = /^(?:DET|NUM|NOUN|PROPN|ADJ)$/;

/** Times, which are no object: "struck Monday". */
const TIMES = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday overnight'.split(' '));

/** What one strikes in a figure of speech, no act at all: "struck a bellicose tone", "strike a balance". */
const FIGURES = new Set('tone note chord balance pose bell blow blows fear match'.split(' '));

/** Conditions one endangers rather than threatens: "threatens the regional security of Russia". */
const CONDITIONS = new Set(
  'security stability peace existence sovereignty integrity independence life lives safety order future economy livelihood livelihoods health supply supplies'.split(
    ' ',
  ),
);

/** What one meets that is no one: "meet their commitments", "does not meet NATO standards". */
const DUTIES = new Set(
  'commitment commitments obligation obligations standard standards criterion criteria requirement requirements need needs demand demands target targets condition conditions deadline deadlines expectation expectations goal goals interest interests aspiration aspirations'.split(
    ' ',
  ),
);

/** What one signs that binds no one else: "signed a decree granting …", "signed Law No. 1780-IX", "an executive order". */
const STATE_ACTS = new Set('decree decrees law laws order orders bill bills ukase edict edicts'.split(' '));

/** What is destroyed only in a figure of speech: "destroyed the security architecture", "destroy the unity of". */
const RUINED_ORDERS = new Set(
  'architecture system balance unity ambition ambitions willingness freedom order trust relations career reputation dream dreams hope hopes illusion illusions myth myths credibility confidence equilibrium'.split(
    ' ',
  ),
);

/** Whom one beats in battle: "continue to beat the invaders", "are beating the enemy". */
const ENEMIES = new Set('enemy enemies invader invaders occupier occupiers aggressor aggressors'.split(' '));

/** What a society or a government mobilizes when it is no force: "mobilized its efforts to support them". */
const CIVIL_MEANS = new Set(
  'effort efforts resource resources support funds funding money aid assistance opinion investment investments capital energies expertise volunteers donations'.split(
    ' ',
  ),
);

/** Auxiliaries before "agree" that make it an agreement reached or to come, not an opinion. */
const SETTLING_AUXILIARIES = new Set(['did', 'will', 'shall', "'ll", '’ll', 'wo']);

/** Words that may stand between "I"/"we" and "agree": "I fully agree", "we both agree", "I do agree". */
const AGREE_GAP = /^(?:ADV|AUX|PART|DET)$/;

/**
 * Whether "agree" at `i` states the speaker's opinion: a present-tense "agree"/"agrees" whose subject is I or we
 * (adverbs between: "I totally agree", "we both agree"), not "agree to"/"agree on", which agree to do or settle
 * something ("we agree to extend the deal", "we agree on the date").
 */
function opinion(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.lemma !== 'agree' || (t.lower !== 'agree' && t.lower !== 'agrees')) return false;
  const next = token(ctx, i + 1)?.lower;
  if (next === 'to' || next === 'on' || next === 'upon') return false;
  // "many do not agree with this", "we agree with that": accord with a thing said is an opinion, whoever holds it.
  if (next === 'with' && saidThing(ctx, i + 2)) return true;
  let k = i - 1;
  while (token(ctx, k) !== undefined && AGREE_GAP.test(token(ctx, k)!.pos) && token(ctx, k)!.lower !== 'to') {
    // "we did indeed agree that he would call me" reports an agreement; "we will agree with him" settles one.
    if (SETTLING_AUXILIARIES.has(token(ctx, k)!.lower)) return false;
    k--;
  }
  const subject = token(ctx, k)?.lower;
  return subject === 'i' || subject === 'we';
}

/** "this", "that", "it" standing alone as an object (not "this proposal"): a thing said before. */
function saidThing(ctx: SentenceContext, k: number): boolean {
  if (!SAID_THINGS.has(token(ctx, k)?.lower ?? '')) return false;
  return !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(token(ctx, k + 1)?.pos ?? '');
}
const SAID_THINGS = new Set(['this', 'that', 'it', 'these', 'those']);

function triggerToken(ctx: SentenceContext, start: number): number {
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++)
    if (ctx.doc.tokens[k]!.start === start) return k;
  return -1;
}

/**
 * Whether "threaten" at `i` endangers a condition: its object, past an adverb or a possessive ("threatening
 * primarily the lives of civilians", "threatens its existence"), is headed by a word of CONDITIONS.
 */
function endangers(ctx: SentenceContext, i: number): boolean {
  return CONDITIONS.has(objectNoun(ctx, i) ?? '');
}

/** Whether "meet" at `i` fulfils something rather than meets someone: "we are meeting all our obligations". */
function fulfils(ctx: SentenceContext, i: number): boolean {
  if (DUTIES.has(objectNoun(ctx, i) ?? '')) return true;
  // "to meet critical Ukrainian needs": the tagger may read the noun after an actor as a verb ("needs/VERB").
  for (let j = i + 1; j < Math.min(ctx.sentence.endToken, i + 7); j++) {
    if (mentionOf(ctx, j) !== undefined || /^(?:DET|NUM|ADJ|ADV|PRON)$/.test(ctx.doc.tokens[j]!.pos)) continue;
    return mentionOf(ctx, j - 1) !== undefined && DUTIES.has(ctx.doc.tokens[j]!.lower);
  }
  return false;
}

/**
 * The head noun of the verb's object at `i`: the last noun of the phrase after it, past adverbs, determiners and
 * possessives ("threatening primarily the lives of civilians", "threatening their very existence", "meeting all our
 * obligations"). An actor in it is a modifier ("threaten US security", "meet NATO standards"); an actor as the whole
 * object leaves no head ("threatened Ukraine").
 */
function objectNoun(ctx: SentenceContext, i: number): string | null {
  let head: string | null = null;
  for (let j = i + 1; j < Math.min(ctx.sentence.endToken, i + 7); j++) {
    const t = ctx.doc.tokens[j]!;
    if (mentionOf(ctx, j) !== undefined) head = null;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lower;
    else if (!/^(?:DET|NUM|ADJ|ADV|PART|PRON|CCONJ)$/.test(t.pos)) break;
  }
  return head;
}

/**
 * What the verb "strike" at `i` does: 'hit' when it has an object, "at" something or "back", or a weapon or an
 * aircraft as its subject; 'figure' for a figure of speech ("struck a bellicose tone"); 'stoppage' otherwise.
 */
function strikeSense(ctx: SentenceContext, i: number): 'hit' | 'figure' | 'stoppage' {
  const next = token(ctx, i + 1);
  if (
    next !== undefined &&
    (mentionOf(ctx, i + 1) !== undefined || OBJECT_START.test(next.pos)) &&
    !TIMES.has(next.lower)
  )
    return FIGURES.has(objectNoun(ctx, i) ?? '') ? 'figure' : 'hit';
  if (next?.lower === 'at' || next?.lower === 'back') return 'hit';
  return weaponSubject(ctx, i) !== null ? 'hit' : 'stoppage';
}

/** The head of the verb's subject when it is a weapon or an aircraft ("Russian missiles hit", "jets struck"). */
function weaponSubject(ctx: SentenceContext, i: number): string | null {
  let k = i - 1;
  while (token(ctx, k)?.pos === 'ADV' || token(ctx, k)?.pos === 'AUX') k--;
  const head = token(ctx, k);
  return head !== undefined && (WEAPONS.has(head.lemma) || STRIKERS.has(head.lower)) ? head.lower : null;
}

/**
 * "they saw missiles hit Kharkiv": a weapon that is the object of a verb before it (seen, heard, watched) hits for
 * whoever its phrase names ("saw Russian missiles hit": Russia), not for that verb's subject; null (no source) when
 * it names no one. Undefined when the weapon is the clause's own subject ("Russian missiles hit …").
 */
function seenWeaponOwner(ctx: SentenceContext, i: number): Actor | null | undefined {
  let k = i - 1;
  while (token(ctx, k)?.pos === 'ADV' || token(ctx, k)?.pos === 'AUX') k--;
  let start = k;
  while (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(token(ctx, start - 1)?.pos ?? '')) start--;
  if (token(ctx, start - 1)?.pos !== 'VERB') return undefined;
  for (let j = start; j < k; j++) {
    const m = mentionOf(ctx, j);
    if (m !== undefined) return m.actor;
  }
  return null;
}

/** The bare "hit" pattern, which names no target: kept only for a weapon's hit. */
const BARE_HIT = /^19-fight\.txt:190:hit(?: [^T]|$)/;

/**
 * A weapon's hit is force of the weapon's kind ("Russian missiles hit …" → 194, "a drone hit …" → 195, a bomb 190);
 * anything else that hits with no actor as object is no event.
 */
function weaponHit(
  ctx: SentenceContext,
  event: Event,
  codebook: Codebook,
  reId: (e: Event, c: string) => string,
): Event[] {
  const i = triggerToken(ctx, event.trigger.start);
  const weapon = i < 0 || ctx.doc.tokens[i]!.pos !== 'VERB' ? null : weaponSubject(ctx, i);
  if (weapon === null) return [];
  const code = weaponForce(weapon) ?? '190';
  const entry = codebook.codes.get(code);
  if (entry === undefined) return [];
  // "“a second missile hit the building,” the mayor said": a weapon's hit is no act of the quote's speaker.
  const speakerInferred = /\((?:speaker as source|speaker and counterpart)\)/.test(event.rule);
  // What the weapon hit is no actor (else "hit T" had matched): an actor further on is not its target
  // ("where Russian missiles hit during the visit of the UN Secretary-General"); the place gives one (docs/geo.md).
  // But "Russian missiles hit our country again", in the speaker's words, hit the speaker's country (persons.ts).
  const seen = seenWeaponOwner(ctx, i);
  const actors = {
    source: speakerInferred ? null : seen === undefined ? event.source : seen,
    target: ourObject(ctx, i, event),
  };
  return [
    {
      ...event,
      ...actors,
      id: reId({ ...event, ...actors }, code),
      cameo: code,
      plover: entry.plover,
      mode: entry.mode,
      goldstein: entry.goldstein,
      quadClass: entry.quadClass,
      rule: `${event.rule} → hit by a weapon (${weapon})`,
    },
  ];
}

/** The target of the hit at `i` when it is the speaker's "our …"/"us" right after the verb, else null. */
function ourObject(ctx: SentenceContext, i: number, event: Event): Actor | null {
  const next = token(ctx, i + 1)?.lower;
  const text = event.target?.text.toLowerCase() ?? '';
  return (next === 'our' || next === 'us') && text.startsWith(next) ? event.target : null;
}

/**
 * Whether the noun "thanks" at `i` is the preposition "thanks to" (because of): nothing owns or qualifies it ("Thanks
 * to the President's decision, Ukraine overcame the crisis", "…, thanks to our European partners", "largely thanks
 * to", "this is thanks to"). Thanks given have a determiner, a possessive, an adjective or a verb before them ("our
 * special thanks to", "many thanks to", "expressed thanks to").
 */
function causalThanks(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.lower !== 'thanks' || token(ctx, i + 1)?.lower !== 'to') return false;
  const before = token(ctx, i - 1);
  return before === undefined || !/^(?:DET|PRON|ADJ|VERB|NOUN|PROPN|NUM)$/.test(before.pos);
}

/** A code's entry as an event recoded to it, with the sense noted in the rule trail. */
function recoded(
  event: Event,
  code: string,
  codebook: Codebook,
  reId: (e: Event, c: string) => string,
  note: string,
): Event[] {
  const entry = codebook.codes.get(code);
  if (entry === undefined) return [event];
  return [
    {
      ...event,
      id: reId(event, code),
      cameo: code,
      plover: entry.plover,
      mode: entry.mode,
      goldstein: entry.goldstein,
      quadClass: entry.quadClass,
      rule: `${event.rule} → ${note}`,
    },
  ];
}

/**
 * The sense of "agree" (opinion → 019), "sign" (a decree or law → none), "beat" (the enemy → 190), "mobilize"
 * (efforts or funds → none), "destroy" (forces or their arms → 190, an order → none), "block" (by a state or its
 * forces → 191) and "expel" (armed forces → 190), or undefined when the event is none of these.
 */
function otherSense(
  ctx: SentenceContext,
  event: Event,
  codebook: Codebook,
  reId: (e: Event, c: string) => string,
): Event[] | undefined {
  if (event.cameo === '054' && acknowledges(ctx, triggerToken(ctx, event.trigger.start))) return [];
  const agree = event.cameo === '030';
  const sign = event.cameo === '057';
  const beat = event.cameo === '182';
  const mobilize = event.cameo === '154';
  const destroy = event.cameo === '1712';
  const hosted = event.cameo === '043';
  const blocked = event.cameo === '144';
  const expelled = event.cameo === '166';
  // "NATO troops will arrive in Bosnia": the announced visit (036) of a force is a deployment still to come.
  const announced = event.cameo === '036' && (event.rule ?? '').startsWith(ARRIVE_RULE);
  const arrived = event.cameo === '042' || announced;
  if (!agree && !sign && !beat && !mobilize && !destroy && !hosted && !blocked && !expelled && !arrived)
    return undefined;
  const i = triggerToken(ctx, event.trigger.start);
  const t = i < 0 ? undefined : ctx.doc.tokens[i]!;
  if (t === undefined || t.pos !== 'VERB') return undefined;
  // Accord with no one named ("I agree.", "I fully agree that …") is a turn in a conversation, no event between actors.
  if (agree && opinion(ctx, i))
    return event.target === null ? [] : recoded(event, '019', codebook, reId, 'opinion shared 019');
  if (sign && t.lemma === 'sign' && STATE_ACTS.has(objectNoun(ctx, i) ?? '')) return [];
  // "The CSTO forces arrived in Kazakhstan", "Russian troops arrived in Belarus": a force (not one of its officers)
  // arriving is deployed there, a force posture (154, PLOVER MOBILIZE troops), no visit (042).
  if (arrived && t.lemma === 'arrive' && event.source !== null && arrivingForce(event.source))
    return recoded(
      announced ? { ...event, modality: 'hypothetical' } : event,
      '154',
      codebook,
      reId,
      'a force arrived: deployed 154',
    );
  if (beat && t.lemma === 'beat' && ENEMIES.has(objectNoun(ctx, i) ?? ''))
    return recoded(event, '190', codebook, reId, DEFEAT_IN_BATTLE);
  // "Romanian society has mobilized its efforts to support them": civil means mobilized are no force posture.
  if (mobilize && /^mobili[sz]e$/.test(t.lemma) && CIVIL_MEANS.has(objectNoun(ctx, i) ?? '')) return [];
  // "Russia has destroyed the global security architecture": an order or a hope ruined is a figure, no property hit.
  if (destroy && t.lemma === 'destroy' && RUINED_ORDERS.has(objectNoun(ctx, i) ?? '')) return [];
  const forces = destroy && t.lemma === 'destroy' ? destroyedForces(ctx, i) : null;
  if (forces !== null)
    return recoded(event, '190', codebook, reId, forces === 'enemy' ? ENEMY_FORCES_DESTROYED : FORCES_DESTROYED);
  // "a process to welcome Ukrainian refugees", "thanked Poland for receiving Ukrainian children for treatment": people
  // fleeing a war, or its civilians, taken in are sheltered (075), not visitors hosted (043).
  if (hosted && TAKING_IN.has(t.lemma) && SHELTERED.has(event.target?.sector ?? ''))
    return recoded(event, '075', codebook, reId, 'people taken in: shelter 075');
  // "the Russian military blocked all roads", "Russia has blocked access to our ports": a state or its forces that
  // block roads or passage impose a blockade (191); a roadblock of protesters or rebels is a protest (144).
  if (blocked && event.source !== null && blockaders(event.source))
    return recoded(event, '191', codebook, reId, 'blocked by a state or its forces: blockade 191');
  // "as we expel the occupiers", "Ukrainian troops expelled Russian forces": the enemy driven out in battle, or forces
  // driven out by troops, are fought (190); "Niger expelled French soldiers" by decree sends them away (166).
  if (expelled && t.lemma === 'expel' && drivenOut(event)) return recoded(event, '190', codebook, reId, ENEMY_EXPELLED);
  return undefined;
}

const ENEMY_EXPELLED = 'armed forces driven out: fight 190';
/** The enemy ("the occupiers") expelled by anyone, or an armed force expelled by another. */
function drivenOut(event: Event): boolean {
  const target = event.target;
  if (target === null || !isArmedSector(target.sector)) return false;
  const head = target.text.split(' ').pop()!.toLowerCase();
  return ENEMIES.has(head) || isArmedSector(event.source?.sector ?? null);
}
/**
 * A state's military or government, whose blocking is a blockade; rebels who block roads protest (PLOVER's gold codes
 * "Rebels … blocked transport into Abidjan" as a protest).
 */
const BLOCKADING_SECTORS = new Set(['MIL', 'GOV']);
const blockaders = (a: Actor): boolean => a.type === 'state' || BLOCKADING_SECTORS.has(a.sector ?? '');

/** Things proposed, which a vote or a veto "shoots down". */
const PROPOSALS = new Set(
  'idea ideas proposal proposals plan plans bill bills amendment amendments motion initiative initiatives suggestion'.split(
    ' ',
  ),
);

/**
 * "this European Commission idea was shot down by Greece, Malta and Cyprus", "lawmakers shot down the bill": a
 * proposal shot down is voted down or vetoed, no shot fired (the subject of the passive, or the object after "down").
 */
function proposalShotDown(ctx: SentenceContext, event: Event): boolean {
  if (!event.cameo.startsWith('19')) return false;
  const i = triggerToken(ctx, event.trigger.start);
  const tokens = ctx.doc.tokens;
  if (i < 0 || (tokens[i]!.lower !== 'shot' && tokens[i]!.lemma !== 'shoot') || tokens[i + 1]?.lower !== 'down')
    return false;
  let k = i - 1;
  while (k > ctx.sentence.firstToken && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  return PROPOSALS.has(tokens[k]!.lower) || PROPOSALS.has(objectNoun(ctx, i + 1) ?? '');
}

/** Verbs of hosting that, with refugees or civilians as their object, take them in. */
const TAKING_IN = new Set(['welcome', 'host', 'receive', 'accept']);
/** Sectors of people taken in rather than visitors: refugees and civilians. */
const SHELTERED = new Set(['REF', 'CVL']);

/**
 * What one acknowledges rather than grants recognition to: "recognizes its mistakes", "recognized the importance of
 * symbols", "recognise their contribution", "recognizes the positive effect of reforms", "recognize this fact".
 */
const ACKNOWLEDGED = new Set(
  `importance significance need necessity urgency effect contribution role power reality mistake error value fact
  achievement effort merit success problem difficulty danger risk concern interest potential progress responsibility
  truth`.split(/\s+/),
);

/** Words of an object's phrase before its head: "the positive effect", "their contribution", "its own mistakes". */
const BEFORE_HEAD = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADV']);

/** The head noun of the object after `i` is a thing acknowledged ("recognizes its mistakes"). */
function acknowledgedObject(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 5); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'NOUN') return ACKNOWLEDGED.has(t.lemma);
    if (!BEFORE_HEAD.has(t.pos)) return false;
  }
  return false;
}

/**
 * "Recognise" as acknowledging, not as granting recognition (054): a clause or a thing said as its object ("we
 * recognize that this would be an escalation", "All leaders already recognize this"), a thing acknowledged ("the
 * international community recognizes its mistakes"), or the participle as an attribute ("within its internationally
 * recognised borders", "widely recognised success").
 */
function acknowledges(ctx: SentenceContext, i: number): boolean {
  const t = i < 0 ? undefined : ctx.doc.tokens[i];
  if (t === undefined || !/^recogni[sz]/.test(t.lower)) return false;
  const next = token(ctx, i + 1);
  if (next?.lower === 'that') return true;
  if (next !== undefined && SAID_THINGS.has(next.lower) && token(ctx, i + 2)?.pos === 'PUNCT') return true;
  if (acknowledgedObject(ctx, i)) return true;
  const before = token(ctx, i - 1);
  return next?.pos === 'NOUN' && (t.pos === 'ADJ' || before?.pos === 'ADV') && t.lower.endsWith('d');
}

/** Forces and their arms, whose destruction is fighting (190), not damage to property (1712). */
const MILITARY = new Set(
  `tank vehicle helicopter aircraft plane jet fighter drone uav missile launcher artillery howitzer warship ship boat
  invader occupier enemy troop soldier personnel unit battalion brigade convoy ammunition radar gun mortar`.split(
    /\s+/,
  ),
);

/**
 * "Ukrainian forces destroyed 838 tanks and 176 planes", "to stop and destroy the invaders": what is destroyed is a
 * force or its arms, so the act is combat (190); "destroyed houses", "destroyed civilian vehicles" stay 1712.
 */
function destroyedForces(ctx: SentenceContext, i: number): 'enemy' | 'forces' | null {
  for (let j = i + 1; j < Math.min(ctx.sentence.endToken, i + 10); j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.lower === 'civilian' || t.lower === 'civil') return null;
    // "destroyed two enemy tanks", "the enemy's subversive group", "about 10 enemies": named as the other side's.
    if (ENEMIES.has(t.lower)) return 'enemy';
    if (MILITARY.has(t.lemma) || MILITARY.has(t.lower)) return 'forces';
    if (!/^(?:DET|NUM|ADJ|NOUN|PROPN|CCONJ|ADV|PART)$/.test(t.pos) && t.text !== ',') return null;
  }
  return null;
}

/** What one may be invited to do that is meeting: "invited him to visit Ukraine", "to attend the summit". */
const MEETING_VERBS = new Set('visit come meet attend talk negotiate hold participate discuss sit travel'.split(' '));

/** What an invitation to meet may name after its verb: "to start talks", "to resume the dialogue". */
const MEETING_NOUNS = new Set(
  'talks negotiations dialogue meeting meetings consultations summit conference forum visit trip ceremony'.split(' '),
);

/**
 * "invited the Netherlands and Germany to join the reconstruction of Ukraine", "invite our partners to take this list
 * as a basis": an invitation to act rather than to meet is an appeal (020), not one to meet or negotiate (026).
 */
function invitedToAct(ctx: SentenceContext, event: Event): boolean {
  if (event.cameo !== '026' || !event.rule.startsWith('02-appeal.txt:026:invite T')) return false;
  const i = triggerToken(ctx, event.trigger.start);
  if (i < 0 || ctx.doc.tokens[i]!.lemma !== 'invite') return false;
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 14); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ';' || t.text === ':') return false;
    if (t.lower !== 'to') continue;
    const verb = ctx.doc.tokens[k + 1];
    if (verb?.pos !== 'VERB' || verb.lower !== verb.lemma || MEETING_VERBS.has(verb.lemma)) return false;
    // "to start talks", "to pay a visit", "to take part in the summit": still an invitation to meet.
    for (let j = k + 2; j < Math.min(ctx.sentence.endToken, k + 8); j++)
      if (MEETING_NOUNS.has(ctx.doc.tokens[j]!.lower)) return false;
    return true;
  }
  return false;
}

/** What one occupies that is a rank, no land: "occupies a worthy place", "a strong position", "a special place". */
/**
 * "occupies a worthy place among discussion platforms", "occupies a strong position", "occupies a quarter of the
 * world's land area", "An important place is occupied by …": holding a rank or a share is no occupation (192,
 * figurative-occupation.ts); nor is "occupied" used as an adjective, with neither an auxiliary nor a "by" agent, whose doer was only
 * inferred from the speaker ("Occupied Melitopol, Berdyansk.", "regions … currently occupied").
 */
function holdsRank(ctx: SentenceContext, event: Event): boolean {
  if (event.cameo !== '192') return false;
  const i = triggerToken(ctx, event.trigger.start);
  const t = i < 0 ? undefined : ctx.doc.tokens[i]!;
  if (t === undefined || t.lemma !== 'occupy') return false;
  if (holdsRankAt(ctx, i)) return true;
  const adjectival =
    t.lower === 'occupied' &&
    !/^(?:has|have|had|'ve|is|are|was|were|be|been|being)$/.test(token(ctx, i - 1)?.lower ?? '') &&
    token(ctx, i + 1)?.lower !== 'by';
  return adjectival && event.rule.includes('(speaker as source)');
}

/** The pattern that reads "return" as handing something back (0842), which also matches going back "to" a place. */
const RETURN_YIELD = /^08-yield\.txt:0842:return T!/;

/**
 * "The ambassador returned to Kyiv", "Crimea will return to Ukraine", "refugees return to Ukraine": "return" right
 * before "to", in the active, is going (or coming) back, not handing anything back; only "returned the territory to",
 * or the passive "were returned to Armenia", yields something (0842).
 */
function goesBack(ctx: SentenceContext, event: Event): boolean {
  if (!RETURN_YIELD.test(event.rule) || event.rule.includes('(passive)')) return false;
  const i = triggerToken(ctx, event.trigger.start);
  return i >= 0 && ctx.doc.tokens[i]!.lemma === 'return' && token(ctx, i + 1)?.lower === 'to';
}

/** The patterns that read counting or relying on another side's help, or wanting assurances, as a request (02-appeal.txt). */
const RELIANCE = /^02-appeal\.txt:02[03]:(?:count\|rely on |want\|seek assurance)/;

/** Words of the verb group that make reliance a prospect rather than a request: "can count on", "can't rely on". */
const ASSURING = new Set(['can', 'ca', 'could', 'may', 'might', 'able', 'right']);

/** The words that name an assurance wanted: "wants assurances that …". */
const ASSURANCES = /^(?:assurance|assurances|guarantee|guarantees)$/;

/**
 * "You can count on our full support", "Kyrgyzstan can count on Russia's every possible assistance", "has every right
 * to count on Russia's support": reliance that one may place is an assurance (offered by the helper or stated by an
 * onlooker), no request; only "we count on / Ukraine counts on X's support" asks for it. An assurance wanted is the
 * verb's object after it, not a noun before it ("accept my assurances that we do want to develop cooperation").
 */
function unaskedReliance(ctx: SentenceContext, event: Event): boolean {
  if (!RELIANCE.test(event.rule)) return false;
  const i = triggerToken(ctx, event.trigger.start);
  if (event.rule.includes('assurance'))
    return !ASSURANCES.test(token(ctx, i + 1)?.lower ?? '') && !ASSURANCES.test(token(ctx, i + 2)?.lower ?? '');
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 5); k--) {
    const t = ctx.doc.tokens[k]!;
    if (ASSURING.has(t.lower)) return true;
    if (!/^(?:AUX|ADV|PART|ADJ|DET)$/.test(t.pos) && t.lower !== 'to') return false;
  }
  return false;
}

/**
 * "the process of ending the war", "played an important role in ending the war", "work to end the war", "force Russia
 * to end the war": ending a war named by an infinitive or a gerund is an aim, a topic or someone's part in a process,
 * not a war ended (087) on the day; the modality rules make the ones a side commits to or seeks intents ("we will end
 * the war", "seeks to end this war": 0356), which are kept. Only a tensed "end" ends one ("Russia ended the war").
 */
function endingAimedAt(ctx: SentenceContext, event: Event): boolean {
  if (event.cameo !== '087' || event.modality !== 'asserted') return false;
  const i = triggerToken(ctx, event.trigger.start);
  const t = i < 0 ? undefined : ctx.doc.tokens[i]!;
  if (t === undefined || t.lemma !== 'end' || t.pos !== 'VERB') return false;
  const before = token(ctx, i - 1);
  if (before?.lower === 'to') return !madeToEnd(ctx, i - 1);
  return t.lower === 'ending' && before?.pos !== 'AUX';
}

/** Verbs whose past tense makes what follows "to" done: "The sanctions forced Russia to end the war". */
const IMPLICATIVE = new Set(['force', 'compel', 'oblige', 'make', 'help', 'manage', 'succeed']);

/** A past IMPLICATIVE verb within four words before the "to" at `to`, not itself an infinitive or a gerund. */
function madeToEnd(ctx: SentenceContext, to: number): boolean {
  for (let k = to - 1; k >= Math.max(ctx.sentence.firstToken, to - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos !== 'VERB' || !IMPLICATIVE.has(t.lemma)) continue;
    return t.lower !== t.lemma && !t.lower.endsWith('ing') && token(ctx, k - 1)?.lower !== 'to';
  }
  return false;
}

/** A "defend" (052) that is defence in arms or rhetoric, not in words: see the header. */
/** The rule of the visit pattern "arrive in T" (04-consult.txt), also when modality made it an intent (036). */
const ARRIVE_RULE = '04-consult.txt:042:arrive ';

/** An armed force as a body, not a person of it: troops, units, the military. */
function arrivingForce(source: Actor): boolean {
  return isArmedSector(source.sector) && source.type !== 'person';
}

function defendsInArms(event: Event): boolean {
  if (event.cameo !== '052' || !(event.rule ?? '').startsWith('05-support.txt:052:defend')) return false;
  const source = event.source;
  const target = event.target;
  if (source === null || target === null) return true;
  return (
    source.sector === 'MIL' ||
    target.type === 'region' ||
    (source.country !== null && source.country === target.country)
  );
}

/** Words that open the object of a transitive "rally" (to gather): "rallied our allies", "rally the troops". */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Rallying "together", "behind" or "around" a leader is closing ranks, support rather than protest. */
const CLOSING_RANKS = new Set(['together', 'behind', 'around', 'round']);

/**
 * A bare "rally" or "march" (140) that is no demonstration: "rally" with an object gathers it ("we have rallied our
 * allies", "went forward to rally the troops", "rallying many respected public organisations"), and rallying
 * "together" or "behind" someone closes ranks; to "march forward" or "directly" is to advance ("Russia is marching
 * forward along its historic path", "soldiers marched directly to the front"). People who rally or march in a place
 * or against something still demonstrate ("Several thousand Ukrainians rallied in Kyiv").
 */
function gathersOrAdvances(ctx: SentenceContext, event: Event): boolean {
  if (event.cameo !== '140') return false;
  const i = triggerToken(ctx, event.trigger.start);
  const t = i < 0 ? undefined : ctx.doc.tokens[i]!;
  if (t === undefined || t.pos !== 'VERB') return false;
  const next = i + 1 < ctx.sentence.endToken ? ctx.doc.tokens[i + 1]! : undefined;
  if (t.lemma === 'rally') return next !== undefined && (OBJECT_OPENERS.has(next.pos) || CLOSING_RANKS.has(next.lower));
  return t.lemma === 'march' && (next?.lower === 'forward' || next?.lower === 'directly');
}

/**
 * "Zelensky called the strikes a heinous act": "call" with an object and then "a/an" + a noun names the object; no
 * strike is called.
 */
function namesNotCalls(ctx: SentenceContext, event: Event): boolean {
  if (event.cameo !== '143') return false;
  const i = triggerToken(ctx, event.trigger.start);
  if (i < 0 || ctx.doc.tokens[i]!.lemma !== 'call') return false;
  let k = i;
  while (k < ctx.sentence.endToken && ctx.doc.tokens[k]!.start < event.trigger.end) k++;
  const next = k < ctx.sentence.endToken ? ctx.doc.tokens[k]! : undefined;
  return next !== undefined && (next.lower === 'a' || next.lower === 'an');
}

/**
 * The events with the sense of "strike", "threaten", "meet", "thanks", "agree", "sign", "beat", "return", "occupy",
 * "invite" and a bare "hit" decided; `reId` gives a recoded event its id.
 */
export function withVerbSenses(
  ctx: SentenceContext,
  events: readonly Event[],
  codebook: Codebook,
  reId: (event: Event, code: string) => string,
): Event[] {
  const hit = codebook.codes.get('190');
  // A loop, not `flatMap`: V8 runs flatMap's callback through a generic builtin it does not inline (0.5% of the
  // pipeline on this one line, docs/reliability.md's twenty-second pass).
  const out: Event[] = [];
  for (const event of events) {
    const senses = eventSenses(ctx, event, codebook, reId, hit);
    for (let k = 0; k < senses.length; k++) out.push(senses[k]!);
  }
  return out;
}

/** The event in the sense its context gives its verb: recoded, as it is, or none. */
function eventSenses(
  ctx: SentenceContext,
  event: Event,
  codebook: Codebook,
  reId: (event: Event, code: string) => string,
  hit: CodeInfo | undefined,
): readonly Event[] {
  if (BARE_HIT.test(event.rule ?? '')) return weaponHit(ctx, event, codebook, reId);
  if (
    goesBack(ctx, event) ||
    holdsRank(ctx, event) ||
    unaskedReliance(ctx, event) ||
    gathersOrAdvances(ctx, event) ||
    endingAimedAt(ctx, event) ||
    defendsInArms(event) ||
    proposalShotDown(ctx, event) ||
    capturesNoPlace(ctx, event) ||
    namesNotCalls(ctx, event) ||
    (event.cameo === '171' && seizesOnIdeaAt(ctx, triggerToken(ctx, event.trigger.start)))
  )
    return [];
  if (invitedToAct(ctx, event)) return recoded(event, '020', codebook, reId, 'invited to act: appeal 020');
  const other = otherSense(ctx, event, codebook, reId);
  if (other !== undefined) return other;
  const threat = event.cameo.startsWith('13');
  // "will continue to support our efforts to meet the criteria": an announced meeting (036) may be a duty met too.
  const meeting = event.cameo.startsWith('04') || event.cameo === '036';
  // (Thanks the modality rules made an intent, "Thanks to the satellite we will receive …", are still thanks.)
  const thanks =
    (event.cameo === '051' || (event.rule ?? '').startsWith('05-support.txt:051:')) &&
    /^thanks$/i.test(event.trigger.text.split(' ')[0] ?? '');
  if (!threat && !meeting && !thanks && (event.cameo !== '143' || hit === undefined)) return [event];
  const i = triggerToken(ctx, event.trigger.start);
  const t = i < 0 ? undefined : ctx.doc.tokens[i]!;
  if (thanks) return i >= 0 && causalThanks(ctx, i) ? [] : [event];
  if (threat) return t?.pos === 'VERB' && t.lemma === 'threaten' && endangers(ctx, i) ? [] : [event];
  if (meeting) return t?.lemma === 'meet' && fulfils(ctx, i) ? [] : [event];
  if (hit === undefined) return [event];
  // "…, striking/ADJ crucial infrastructure": after a comma the tagger's adjective is the participle of a clause.
  const participle = t?.pos === 'ADJ' && t.lower === 'striking' && ctx.doc.tokens[i - 1]?.text === ',';
  if (t === undefined || (!participle && (t.pos !== 'VERB' || t.lemma !== 'strike'))) return [event];
  const sense = strikeSense(ctx, i);
  if (sense === 'figure') return [];
  if (sense === 'stoppage') return [event];
  return recoded(event, '190', codebook, reId, 'hit (struck something)');
}
