// Tests of a trigger's clause that rule an event out or change its reading: unnamed doers, passives
// and their patients, abstract objects of force, gerunds used as nouns, courtesy greetings, conditions.
import type { Mention, Token } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { BE_FORMS, HARD_BOUNDARIES, POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBORDINATORS, WEAPONS } from './lexicon.ts';
import { coordinated, isPossessiveMark, type Match } from './match.ts';
import { clauseStart, isPassive } from './roles.ts';
import { topicOfTalks } from './topics.ts';

/**
 * The act of force at verb `i` names no doer: a passive with no "by" agent ("a journalist was killed in Beirut") or a
 * weapon as its subject ("a car bomb killed three people in Baghdad"), in the main clause or what a speech verb
 * reports ("police said that …"), not in a subordinate or relative one.
 */
export function unnamedDoer(ctx: SentenceContext, i: number, noun: boolean): boolean {
  if (noun || STATE_ACTS.test(ctx.doc.tokens[i]!.lemma)) return false;
  const start = clauseStart(ctx, i);
  if (start !== ctx.sentence.firstToken && ctx.doc.tokens[start - 1]?.lower !== 'that') return false;
  if (isPassive(ctx, i)) return !byAfter(ctx, i) || weaponAgent(ctx, i);
  let k = i - 1;
  while (k > start && /^(?:AUX|ADV|PART)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  // A verb opening the article ("Shelling damaged …") has no token before it.
  return k >= start && WEAPONS.has(ctx.doc.tokens[k]?.lemma ?? '');
}

/** Forces, arms and lives, whose destruction is combat or a metaphor, not a place's ruin. */
const NOT_RUINS = new Set(
  'enemy enemies invader occupier soldier troop equipment tank personnel aircraft helicopter vehicle life lives'.split(
    ' ',
  ),
);

/**
 * "Mariupol is destroyed", "Cities and villages in Ukraine were destroyed": ruin told with no doer may stand for the
 * place's state (the geo stage), as force does; not "enemy equipment and soldiers were destroyed" (combat, whose
 * victims are not the place's), "their lives were destroyed", nor a building demolished (a state's own act as often).
 */
export function placeRuined(ctx: SentenceContext, i: number): boolean {
  if (ctx.doc.tokens[i]!.lemma !== 'destroy') return false;
  for (let k = clauseStart(ctx, i); k < i; k++)
    if (NOT_RUINS.has(ctx.doc.tokens[k]!.lemma) || NOT_RUINS.has(ctx.doc.tokens[k]!.lower)) return false;
  return true;
}

/** Verbs of holding a place, not of harming anyone: "the temporarily occupied territories". */
const STATE_ACTS = /^(?:occupy|blockade|besiege|liberate)$/;

/** The actor in the subject of a that-clause opening at `that` ("that control of the Nigerian Interior Ministry be"). */
export function demandedOf(ctx: SentenceContext, that: number): Mention[] {
  if (ctx.doc.tokens[that]?.lower !== 'that') return [];
  for (let k = that + 1; k < Math.min(ctx.sentence.endToken, that + 7); k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined) return m.kind === 'pronoun' ? [] : coordinated(ctx, m);
    const t = ctx.doc.tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.lower !== 'of' && !isPossessiveMark(t)) return [];
  }
  return [];
}

/** "hit by a missile", "hit by shelling": the passive's "by" phrase names a weapon. */
export function weaponAgent(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    if (ctx.doc.tokens[k]!.lower !== 'by') continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
      if (WEAPONS.has(ctx.doc.tokens[j]!.lemma)) return true;
      if (!/^(?:DET|ADJ|NUM|NOUN)$/.test(ctx.doc.tokens[j]!.pos)) return false;
    }
    return false;
  }
  return false;
}

/** "killed by the occupiers": a "by" in the verb's own phrase names an agent. */
export function byAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'by') return true;
    if (t.pos === 'VERB' || HARD_BOUNDARIES.has(t.text)) return false;
  }
  return false;
}

/** What force cannot strike: "to hit Moscow's ability to finance the war", "crush the Russian economy". Not industry,
 * sector or capacity: missiles do hit "Ukraine's energy sector" and "defence industry". Nor is fighting a disease, a
 * scourge or a challenge an act of force ("as we fight the coronavirus pandemic", "fighting the Omicron variant",
 * "has been fighting these challenges"), nor fighting fires, crime or terrorism ("sent aircraft to fight fires in Greece",
 * "fighting international terrorism"): a task, with no one as its adversary. Nor is destroying peace, democracy, a
 * treaty, a negotiating format, trust or normal life damage to property (1712: "destroyed the INF Treaty", "destroys
 * existing negotiating formats", "to destroy its democracy"), nor suppressing inflation repression (175: "we have
 * suppressed inflation rate spikes"). */
const ABSTRACT_OBJECTS = new Set(
  `ability abilities economy economies finance finances revenue revenues income incomes budget budgets interests
  reputation credibility morale prestige image hopes ambitions chances profits exports imports market markets
  currency rouble ruble stocks wallets pockets
  pandemic pandemics epidemic epidemics coronavirus covid covid-19 virus viruses variant variants disease diseases
  infection infections corruption poverty inflation wildfire wildfires challenge challenges fires crime crimes
  terrorism extremism radicalism propaganda disinformation trafficking smuggling
  peace democracy democracies treaty treaties format formats architecture trust spirit values potential life lives
  future dreams ties relations relationship relationships dialogue friendship`.split(/\s+/),
);

/**
 * Mishaps and disasters: what harms in them is no one's act of force ("victims killed by the MH17 crash", "miners
 * killed in an accident at the mine", "a tornado that hit Kentucky"). Lowercase nouns only: "Operation Storm" is one.
 */
const MISHAPS = new Set(
  `crash crashes accident accidents collision collisions derailment earthquake earthquakes quake quakes flood floods
  flooding landslide landslides mudslide mudslides avalanche avalanches storm storms hurricane hurricanes typhoon
  typhoons cyclone cyclones tornado tornadoes tsunami stampede heatwave wildfire wildfires disaster disasters
  disease diseases illness virus covid covid-19 pandemic epidemic outbreak`.split(/\s+/),
);

/** The head of the noun phrase from `from`: its last common noun before anything else ("a helicopter crash"). */
function phraseHead(ctx: SentenceContext, from: number): Token | null {
  let head: Token | null = null;
  for (let k = from; k < Math.min(ctx.sentence.endToken, from + 8); k++) {
    const t = ctx.doc.tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !isPossessiveMark(t)) break;
    if (t.pos === 'NOUN') head = t;
  }
  return head;
}

const isMishap = (t: Token | null): boolean => t !== null && t.text === t.lower && MISHAPS.has(t.lower);

/**
 * The force verb at `i` tells harm done by a mishap, not by anyone: a passive whose "by" agent or whose "in" / "as a
 * result of" phrase is one ("killed by the crash", "killed two months later in a plane crash"), or a verb whose
 * subject is one ("the earthquake killed", "a tornado that hit Kentucky").
 */
export function mishapCause(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.doc;
  if (isPassive(ctx, i)) {
    for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 8); k++) {
      const t = tokens[k]!;
      if (t.lower === 'by' || t.lower === 'in' || t.lower === 'during') return isMishap(phraseHead(ctx, k + 1));
      if (t.lower === 'of' && tokens[k - 1]?.lower === 'result') return isMishap(phraseHead(ctx, k + 1));
      if (t.pos === 'VERB' || HARD_BOUNDARIES.has(t.text) || mentionOf(ctx, k) !== undefined) return false;
    }
    return false;
  }
  let k = i - 1;
  while (k > ctx.sentence.firstToken && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  // A verb opening the article has no token before it (k is -1).
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  return k >= ctx.sentence.firstToken && tokens[k]!.pos === 'NOUN' && isMishap(tokens[k]!);
}

/** Things a text hands out: "a statement released by", "footage released by", "names released". */
export const INFORMATION = new Set(
  (
    'statement statements report reports footage video videos image images photo photos photograph photographs ' +
    'picture pictures readout readouts document documents name names figure figures data details text transcript ' +
    'transcripts letter list communique communiqué recording recordings audio film study survey poll results ' +
    'information findings'
  ).split(' '),
);

/**
 * The head noun of what a passive at `i` acted on: the noun right before the participle and its auxiliaries ("the
 * footage released", "no images of the meeting were released": the noun before "of").
 */
export function passivePatientHead(ctx: SentenceContext, i: number): string | null {
  let k = i - 1;
  while (/^(?:ADV|AUX|PART)$/.test(token(ctx, k)?.pos ?? '') || BE_FORMS.has(token(ctx, k)?.lower ?? '')) k--;
  if (token(ctx, k)?.pos !== 'NOUN' && token(ctx, k)?.pos !== 'PROPN') return null;
  let head = k;
  while (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(token(ctx, k - 1)?.pos ?? '')) k--;
  if (token(ctx, k - 1)?.lower === 'of' && token(ctx, k - 2)?.pos === 'NOUN') head = k - 2;
  return token(ctx, head)!.lower;
}

/** The object phrase after `from` is headed by an abstract noun: the act of force is a metaphor. */
export function abstractObject(ctx: SentenceContext, from: number): boolean {
  // "the fight against corruption", "fighting against terrorism": what one fights against is the object.
  const start = ctx.doc.tokens[from]?.lower === 'against' ? from + 1 : from;
  for (let k = start; k < Math.min(ctx.sentence.endToken, start + 6); k++) {
    const t = ctx.doc.tokens[k]!;
    // "Russia's industry" may itself be a mention (a sector): its head decides all the same.
    const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
    if (m !== undefined && ABSTRACT_OBJECTS.has(ctx.doc.tokens[m.endToken - 1]!.lower)) return true;
    // "fighting the pandemic thanks to …", "the INF Treaty": the tagger may call the head an adjective or a name.
    if ((t.pos === 'ADJ' || t.pos === 'PROPN') && ABSTRACT_OBJECTS.has(t.lower)) return true;
    // "destroyed the INF Treaty": a name may modify the head.
    // "to destroy our economy", "destroying the lives of our people": a possessive pronoun before the head.
    const possessive = t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower);
    if (m !== undefined || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || isPossessiveMark(t) || possessive)
      continue;
    return t.pos === 'NOUN' && ABSTRACT_OBJECTS.has(t.lower);
  }
  return false;
}

/**
 * An -ing form used as a noun: inside a noun phrase ("infantry fighting vehicles", "the fighting",
 * "small faults or fighting damage") or after a preposition with no object ("a halt in fighting").
 * After a plural noun it is a reduced relative and stays a verb ("saboteurs attacking institutions").
 */
export function nominalGerund(ctx: SentenceContext, i: number): boolean {
  if (!ctx.doc.tokens[i]!.lower.endsWith('ing')) return false;
  const before = token(ctx, i - 1);
  const after = token(ctx, i + 1);
  if (before === undefined || ctx.mentionAt[i - 1]! >= 0) return false;
  const objectAfter = /^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(after?.pos ?? '');
  if (before.pos === 'ADP') return !objectAfter;
  if (before.pos === 'CCONJ') return token(ctx, i - 2)?.pos === 'NOUN' && after?.pos === 'NOUN';
  if (before.pos === 'NOUN' && before.lower.endsWith('s')) return false;
  return /^(?:DET|ADJ|NOUN|PROPN)$/.test(before.pos) && !BE_FORMS.has(before.lower);
}

/** Verbs that end the activity named by the -ing form after them: "halting fighting". */
const STOPPING = new Set(['halt', 'stop', 'end', 'cease', 'suspend', 'pause']);

/**
 * An -ing form that names an activity rather than reporting one: the complement of a noun
 * ("a contribution to strengthening relations", "their commitment to further strengthening
 * cooperation": what is committed to, which the noun's own event codes), the topic of talks or a question
 * ("negotiations on ending the war", topics.ts) or the object of a verb that stops it ("halting fighting").
 */
export function gerundComplement(ctx: SentenceContext, i: number): boolean {
  if (!ctx.doc.tokens[i]!.lower.endsWith('ing')) return false;
  let k = i - 1;
  // "further" is often tagged as a verb: "commitment to further strengthening".
  while (k > ctx.sentence.firstToken && (ctx.doc.tokens[k]!.pos === 'ADV' || ctx.doc.tokens[k]!.lower === 'further'))
    k--;
  const before = ctx.doc.tokens[k]!;
  if (k <= ctx.sentence.firstToken || ctx.mentionAt[k]! >= 0) return false;
  if (before.pos === 'VERB') return STOPPING.has(before.lemma);
  if (topicOfTalks(ctx, k)) return true;
  const head = ctx.doc.tokens[k - 1]!;
  return before.lower === 'to' && head.pos === 'NOUN' && ctx.mentionAt[k - 1]! < 0;
}

/** Occasions whose greetings are courtesy, not support for anything the target did. */
const OCCASIONS = new Set(['birthday', 'holiday', 'holidays', 'festive', 'christmas', 'easter', 'seasonal']);

/** Verbs that greet someone "on" an occasion: "congratulated the Indian people on Independence Day". */
const GREETING_VERBS = new Set(['congratulate', 'greet', 'wish']);

/**
 * "sent birthday greetings to X", "congratulated the people of India on Independence Day", "congratulated X on the
 * New Year": a greeting for an occasion is not praise (CAMEO 051 needs an achievement; "congratulated Macron on his
 * re-election" is praise).
 */
export function courtesyGreeting(ctx: SentenceContext, match: Match): boolean {
  if (bareThanks(ctx, match.trigger)) return true;
  if (!match.pattern.code.startsWith('05')) return false;
  const tokens = ctx.doc.tokens;
  const last = Math.max(match.trigger, ...match.literals);
  for (let k = match.trigger + 1; k < last; k++) if (OCCASIONS.has(tokens[k]!.lower)) return true;
  if (!GREETING_VERBS.has(tokens[match.trigger]!.lemma)) return false;
  let on = match.end;
  while (on < ctx.sentence.endToken && on < match.end + 12 && tokens[on]!.lower !== 'on') {
    if (tokens[on]!.pos === 'VERB' || tokens[on]!.text === ';') return false;
    on++;
  }
  for (let k = on + 1; k < Math.min(ctx.sentence.endToken, on + 7); k++) {
    const t = tokens[k]!;
    if (
      OCCASIONS.has(t.lower) ||
      (t.text === 'Day' && k > on + 1) ||
      (t.lower === 'year' && tokens[k - 1]!.lower === 'new')
    )
      return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Words that may follow a bare "thank you": "Thank you very much.", "Thank you all again!" */
const THANKS_FILLERS = new Set([
  'you',
  'very',
  'much',
  'so',
  'again',
  'all',
  'everyone',
  'everybody',
  'and',
  'good',
  'luck',
]);

/** Words that open a form of address: "Thank you, Mr President.", "Thank you, my dear friend.", "Thank you, colleagues." */
const ADDRESS_WORDS = new Set(
  'mr mrs ms madam sir dear my colleagues friends ladies gentlemen comrades everyone everybody all'.split(' '),
);

/**
 * "Thank you very much.", "Thank you, Mr President.", "Thank you for your attention.": thanks that close or pass a
 * turn are courtesy; thanks for something ("for finding time") are not, nor thanks to a country by name ("Thank you,
 * Poland!"), which praise it.
 */
function bareThanks(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[i]!.lemma !== 'thank' || tokens[i + 1]?.lower !== 'you') return false;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return addressOnly(ctx, k + 1);
    if (t.lower === 'for') return closingFormula(ctx, k + 1);
    if (t.pos === 'PUNCT') return true;
    if (!THANKS_FILLERS.has(t.lower)) return false;
  }
  return true;
}

/** From `from` to the end of the sentence stands only a form of address: a title, "my dear friend", a person. */
function addressOnly(ctx: SentenceContext, from: number): boolean {
  const first = ctx.doc.tokens[from];
  if (first === undefined || from >= ctx.sentence.endToken) return true;
  const person = mentionOf(ctx, from)?.actor.type === 'person';
  if (!person && !ADDRESS_WORDS.has(first.lower)) return false;
  for (let k = from; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'for' || t.lower === 'and') return false;
  }
  return true;
}

/** What a speech's closing thanks are for: "your attention", "your time and your attention". */
const CLOSING_WORDS = new Set(['your', 'attention', 'time', 'patience', 'and']);

/**
 * "for your attention.", "for your time and your attention." closing a speech thank no one for an act ("for your
 * attention and your work" does).
 */
function closingFormula(ctx: SentenceContext, from: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = from;
  while (k < ctx.sentence.endToken && CLOSING_WORDS.has(tokens[k]!.lower)) k++;
  const end = tokens[k];
  const closes = k >= ctx.sentence.endToken || (end !== undefined && end.pos === 'PUNCT' && end.text !== ',');
  return k > from + 1 && tokens[from]!.lower === 'your' && closes;
}

/** Nouns whose to-infinitive says what could be shown, not what was done: "no evidence to support the claim". */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'reason', 'grounds', 'basis']);

export function evidenceInfinitive(ctx: SentenceContext, i: number): boolean {
  const to = ctx.doc.tokens[i - 1];
  const head = ctx.doc.tokens[i - 2];
  return i - 2 >= ctx.sentence.firstToken && to?.lower === 'to' && EVIDENCE_NOUNS.has(head?.lower ?? '');
}

/** Modals of possibility: what may come is not announced, but said on a condition it warns. */
export const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);

/** Verbs of one's own will: "could seize Kyiv if he desired" states a power, not a condition set to the other side. */
const VOLITION = new Set(['desire', 'want', 'wish', 'choose', 'like', 'please']);

/** A condition ("if"/"unless") later in the sentence than `i`, not on the speaker's own will. */
export function ifAfter(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    if (!/^(?:if|unless)$/.test(tokens[k]!.lower)) continue;
    const end = Math.min(ctx.sentence.endToken, k + 4);
    for (let j = k + 1; j < end; j++) if (tokens[j]!.pos === 'VERB' && VOLITION.has(tokens[j]!.lemma)) return false;
    return true;
  }
  return false;
}

/** "unless" later in the sentence than `i`. */
export function unlessAfter(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < ctx.sentence.endToken; k++) if (ctx.doc.tokens[k]!.lower === 'unless') return true;
  return false;
}

/** "since last month's U.S. invasion, …": a subordinator used as a preposition, no verb after the noun. */
export function prepositionalClause(ctx: SentenceContext, i: number): boolean {
  const opener = ctx.doc.tokens[clauseStart(ctx, i) - 1];
  if (opener === undefined || !SUBORDINATORS.has(opener.lower)) return false;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text === ',' || t.text === ';') return true;
  }
  return true;
}

/** No verb stands between the clause start and the noun: the noun phrase is the clause's subject. */
export function clauseSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = clauseStart(ctx, i); k < i; k++) {
    const t = ctx.doc.tokens[k]!;
    // "The fresh round of sanctions also targets …": "of" after a head noun stays in the subject.
    const partitive = t.lower === 'of' && ctx.doc.tokens[k - 1]?.pos === 'NOUN';
    if (t.pos === 'VERB' || t.pos === 'AUX' || (PREPOSITIONS.has(t.lower) && !partitive)) return false;
  }
  return true;
}

/** "threatened to shell Iraqi towns": the target of a to-infinitive complement is searched after its verb. */
export function infinitiveEnd(ctx: SentenceContext, end: number): number {
  const to = ctx.doc.tokens[end];
  const verb = ctx.doc.tokens[end + 1];
  if (end + 1 < ctx.sentence.endToken && to?.lower === 'to' && verb?.pos === 'VERB') return end + 2;
  const prev = ctx.doc.tokens[end - 1];
  if (prev?.lower === 'to' && verb !== undefined && to?.pos === 'VERB' && end < ctx.sentence.endToken) return end + 1;
  return end;
}

/** Personal pronouns as the clause's subject: "During the talks, we continued to exchange views": the speaker met. */
const SPEAKING_SUBJECTS = new Set(['i', 'we', 'he', 'she']);

/** Prepositions that place a clause in a meeting already reported: "During the meeting, …", "At the talks, …". */
const DURING = new Set(['during', 'at', 'after', 'following', 'throughout']);

/**
 * "During the meeting, special attention was paid to …", "During the meeting, a wide range of issues … was
 * discussed", "During the meeting, the parties discussed …": "the meeting" restates one the article has reported,
 * and when neither an actor nor I/we/he/she is the clause's subject the sentence does not say who met (the actors it
 * names are topics). Only the bare noun (no "with" or "between"
 * participants) right after "during the" and an optional adjective, with the clause after its comma.
 */
export function restatedMeeting(ctx: SentenceContext, match: Match): boolean {
  if (!match.pattern.noun || !match.pattern.code.startsWith('04') || match.pattern.items.length > 0) return false;
  const tokens = ctx.doc.tokens;
  const i = match.trigger;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADJ') k--;
  if (!/^(?:the|this|that)$/.test(tokens[k]?.lower ?? '') || !DURING.has(tokens[k - 1]?.lower ?? '')) return false;
  let comma = i + 1;
  while (comma < ctx.sentence.endToken && comma < i + 6 && tokens[comma]!.text !== ',') {
    if (tokens[comma]!.lower === 'with' || tokens[comma]!.lower === 'between' || tokens[comma]!.pos === 'VERB')
      return false;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return false;
  let subject = comma + 1;
  while (tokens[subject]?.pos === 'ADV' || tokens[subject]?.text === ',') subject++;
  if (SPEAKING_SUBJECTS.has(tokens[subject]?.lower ?? '')) return false;
  return mentionOf(ctx, subject) === undefined && mentionOf(ctx, subject + 1) === undefined;
}

/** Degree adverbs before an adjective: "the most threatening crisis", "an increasingly threatening posture". */
const DEGREE = new Set(['most', 'more', 'very', 'less', 'least', 'increasingly', 'particularly', 'extremely', 'so']);

/**
 * An -ing form between a determiner, a possessive, a degree adverb, another adjective or a hyphen and its noun is
 * an adjective, naming no act: "a difficult and threatening situation", "the most threatening crisis", "Putin's
 * threatening posture", "life-threatening diseases", "the invading army". Not with an object of its own ("is
 * threatening economic sanctions"), nor after "with" ("started with threatening sanctions").
 */
export function attributiveGerund(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (!t.lower.endsWith('ing')) return false;
  const next = token(ctx, i + 1);
  const before = token(ctx, i - 1);
  if (next?.pos !== 'NOUN' || mentionOf(ctx, i + 1) !== undefined || before === undefined) return false;
  // "said that helping refugees is …": a complementiser the tagger may call a determiner opens a clause.
  if (before.lower === 'that') return false;
  if (before.pos === 'DET' || isPossessiveMark(before) || before.text === '-' || DEGREE.has(before.lower)) return true;
  return before.pos === 'CCONJ' && token(ctx, i - 2)?.pos === 'ADJ';
}

/** Words after which a past participle before its noun is an adjective: articles, possessives, "of". */
const ATTRIBUTIVE_OPENERS = new Set('the a an its their our his her my your of no every'.split(' '));

/**
 * A past participle between an article, a possessive or "of" and its noun is an adjective, naming no act done at a
 * time: "the occupied territories", "its temporarily occupied territories", "the bodies of killed people", "his
 * wounded mother", "the destroyed Ukrainian business". The noun may follow an adjective; not a relative or
 * demonstrative before it ("which killed 47 people", "this helped …"), which is a subject.
 */
export function attributiveParticiple(ctx: SentenceContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (!/(?:ed|en)$/.test(t.lower)) return false;
  let b = i - 1;
  // "its temporarily occupied territories": an -ly adverb between the opener and the participle.
  if (token(ctx, b)?.pos === 'ADV' && token(ctx, b)!.lower.endsWith('ly')) b--;
  const before = token(ctx, b);
  if (before === undefined || (!ATTRIBUTIVE_OPENERS.has(before.lower) && !isPossessiveMark(before))) return false;
  const next = token(ctx, i + 1);
  if (next?.pos === 'NOUN') return mentionOf(ctx, i + 1) === undefined;
  return next?.pos === 'ADJ' && token(ctx, i + 2)?.pos === 'NOUN';
}
