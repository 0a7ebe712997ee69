// Grammatical persons around a trigger: I/we/you/he/they and nouns for other people, whom they stand
// for in a quote, and the parties a sentence opening names.
import type { Mention } from '../types.ts';
import { sameActor, sameCountry } from './actor-keys.ts';
import { isQuoteMark, mentionOf, type SentenceContext } from './context.ts';
import { beforeDashAside } from './dash-restatements.ts';
import { lightVerbBefore } from './light-verbs.ts';
import { coordinationOf, preventedAct } from './roles.ts';

/** The verb at `i` follows a quotation and its speakers only: '…," X and Y agreed'. */
export function afterQuote(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 16); k--) {
    const t = ctx.doc.tokens[k]!;
    if (isQuoteMark(t)) return k > ctx.sentence.firstToken && /^[,.!?]$/.test(ctx.doc.tokens[k - 1]!.text);
    if (ctx.mentionAt[k]! < 0 && t.lower !== 'and' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** A sentence that opens with "During the NOUN," names the consultation's parties next: the first two actors. */
export function openingParties(ctx: SentenceContext, i: number): Mention[] {
  const first = ctx.sentence.firstToken;
  if (ctx.doc.tokens[first]!.lower !== 'during' || i > first + 4) return [];
  let k = i + 1;
  // "During the phone call," or "During the third round of talks in Belarus,".
  while (k < ctx.sentence.endToken && ctx.doc.tokens[k]!.text !== ',') {
    if (!/^(?:NOUN|ADJ|ADP|DET|NUM|PROPN)$/.test(ctx.doc.tokens[k]!.pos) || k > i + 8) return [];
    k++;
  }
  const parties: Mention[] = [];
  for (let j = k + 1; j < ctx.sentence.endToken && parties.length < 2; j++) {
    const m = mentionOf(ctx, j);
    if (m === undefined || m.kind === 'pronoun' || parties.some((p) => sameActor(p, m))) continue;
    parties.push(m);
    j = m.endToken - 1;
  }
  return parties.length === 2 ? parties : [];
}

/** Subjects that are other people, not the speaker's side ("people just want to kill them"). */
const OTHER_PEOPLE = new Set([
  'people',
  'residents',
  'civilians',
  'citizens',
  'someone',
  'everyone',
  'experts',
  'analysts',
  'observers',
  'critics',
  // "The world imposed sanctions", "the international community condemned": everyone, not the speaker's side.
  'world',
  'community',
  'everybody',
]);

/**
 * Plural subjects that are no others: talks the speaker's side holds ("today's talks will help strengthen …"), the
 * parties of a meeting ("the presidents agreed", "the participants signed"), which the participant rules read, and
 * armed forces, which a defence ministry or a leader names as its own ("units have already returned to their sites,"
 * Russia's defence ministry announced).
 */
const TALKS_AND_PARTIES = new Set(
  'talks negotiations consultations discussions meetings contacts exchanges participants parties sides leaders presidents heads ministers interlocutors units troops forces soldiers servicemen'.split(
    ' ',
  ),
);

/** Determiners that make a noun phrase the speaker's own or one already named: "our teams", "these forces". */
const OWNED_OR_NAMED = new Set(['our', 'my', 'your', 'their', 'its', 'his', 'her', 'these', 'those', 'this', 'that']);

/**
 * "almost 500 companies are investing", "Many states recognised Kosovo": a plural common noun (the tagger's lemma is
 * its singular) heading the subject names others, not the speaker. Not the speaker's own or ones named before ("our
 * advisors met", "these forces are not going to fight"), nor a noun of acts before its infinitive ("our joint steps
 * to help", "their efforts to support"), whose doer is the noun's owner.
 */
function otherPlural(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.lemma === t.lower || !t.lower.endsWith('s') || ctx.doc.tokens[k + 1]?.lower === 'to') return false;
  if (TALKS_AND_PARTIES.has(t.lower)) return false;
  let d = k - 1;
  while (d > ctx.sentence.firstToken && d > k - 5 && /^(?:ADJ|NUM|NOUN|ADV)$/.test(ctx.doc.tokens[d]!.pos)) d--;
  // "Crimes against humanity.": a noun opening the sentence has no determiner (nor, for the text's first, any token).
  if (d < ctx.sentence.firstToken) return true;
  return !OWNED_OR_NAMED.has(ctx.doc.tokens[d]!.lower);
}

/**
 * "Nationalists, Banderites, neo-Nazis shoot …": a capitalised plural the dictionaries do not name (the tagger reads
 * it as a proper noun, its lemma unchanged) is a group of others too. Not "-ss" or "-us" words ("Congress", "Belarus").
 */
function otherProperPlural(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  // "Units have returned …", capitalised at the sentence's start: the speaker's own forces, as after a determiner.
  if (TALKS_AND_PARTIES.has(t.lower)) return false;
  return t.pos === 'PROPN' && /[^su]s$/.test(t.lower) && ctx.doc.tokens[k + 1]?.lower !== 'to';
}

/** The verb's subject is a noun for other people: the quote's speaker is not its source. */
export function nounSubject(ctx: SentenceContext, i: number): boolean {
  // An aside between dashes stands between a subject and its verb without counting as one of the six words.
  for (let k = i - 1, seen = 0; k >= ctx.sentence.firstToken && seen < 6; k--, seen++) {
    k = beforeDashAside(ctx, k);
    const t = ctx.doc.tokens[k]!;
    if (ctx.mentionAt[k]! >= 0) return false;
    if (t.pos === 'PRON') return OTHER_PEOPLE.has(t.lower);
    // "almost 500 companies are investing": a plural noun subject names others, whatever they are.
    if (t.pos === 'NOUN') return OTHER_PEOPLE.has(t.lower) || otherPlural(ctx, k);
    if (t.pos === 'PROPN') return otherProperPlural(ctx, k);
    if (!/^(?:ADV|AUX|PART|VERB)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "… said it will …": an unresolved personal pronoun right before the verb group stands for the
 * reporter when it fits: "he"/"she" a person, "it" a state or body, "they" not a single person, or
 * every reporter of a coordinated pair ("Obama and Putin said they will …").
 */
export function pronounReporters(ctx: SentenceContext, i: number, reporter: Mention | null): Mention[] {
  if (reporter === null) return [];
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') {
      if (ctx.mentionAt[k]! >= 0 || namedBeforeReporter(ctx, k, reporter)) return [];
      const person = reporter.actor.type === 'person';
      if (t.lower === 'they') {
        const all = coordinationOf(ctx, reporter);
        return all.length > 1 ? all : person ? [] : [reporter];
      }
      const fits =
        t.lower === 'we' || ((t.lower === 'he' || t.lower === 'she') && person) || (t.lower === 'it' && !person);
      return fits ? [reporter] : [];
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return [];
  }
  return [];
}

/**
 * "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv, police said": with the
 * reporter named after it, a he/she/it/they is the reporter only as the first thing its words name ("They will
 * fight on, the rebels said"); after a noun of the reported words it stands for what was named there.
 */
function namedBeforeReporter(ctx: SentenceContext, pronoun: number, reporter: Mention): boolean {
  if (reporter.sentence !== ctx.sentence.index || reporter.firstToken < pronoun) return false;
  if (ctx.doc.tokens[pronoun]!.lower === 'we') return false; // the speaker's side wherever it stands
  for (let k = ctx.sentence.firstToken; k < pronoun; k++) {
    if (ctx.mentionAt[k]! >= 0 || ctx.doc.tokens[k]!.pos === 'NOUN') return true;
  }
  return false;
}

/** An unresolved "you" as the verb's object: "Thank you", "I congratulate you". */
export function secondPersonAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return t !== undefined && k < ctx.sentence.endToken && t.lower === 'you' && ctx.mentionAt[k]! < 0;
}

/** The article names exactly two sides (countries or bodies of known country) before the word at `i`. */
function twoSides(ctx: SentenceContext, i: number): boolean {
  const before = ctx.doc.tokens[i]!.start;
  const sides = new Set<string>();
  for (const m of ctx.mentions) {
    const key = m.actor.country ?? m.actor.code;
    if (m.start < before && key !== '' && !key.startsWith('---')) sides.add(key);
  }
  return sides.size === 2;
}

/**
 * Verbs and adjectives whose subject also does what their to-infinitive says (subject control): "we will continue
 * to expand cooperation", "we are ready to develop ties".
 */
const SUBJECT_CONTROL = new Set(
  'continue intend plan want wish hope seek strive agree decide ready willing determined able prepared committed'.split(
    ' ',
  ),
);

/**
 * "we" right before the verb group: "We have discussed all issues", also through a subject-control verb and its
 * "to" ("we will continue to expand practical cooperation").
 */
export function firstPersonPlural(ctx: SentenceContext, i: number): boolean {
  // "it did not prevent us from discussing all issues": "us" does what it is (not) kept from.
  const prevented = preventedAct(ctx, i);
  if (prevented !== null) return ctx.doc.tokens[prevented.verb + 1]?.lower === 'us' && twoSides(ctx, i);
  let reach = i - 4;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, reach); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') return ctx.mentionAt[k]! < 0 && t.lower === 'we';
    const controller = SUBJECT_CONTROL.has(t.lemma) && ctx.doc.tokens[k + 1]?.lower === 'to';
    // Through a controlling verb only where the article so far names just two sides: in a speech that names more,
    // "we" is too often one of them with a third ("we want to develop our cooperation in a united Europe").
    if (controller && !twoSides(ctx, i)) return false;
    if (controller) reach = k - 4;
    else if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "President Xi Jinping and I have agreed …", "Mr Prime Minister and I signed …": the verb group at `i` has a subject
 * that pairs someone with the speaker's "I", so the two act together, as a "we" of the speaker and a counterpart does.
 * Gives the partner's mention when the words before "and I" name an actor, null when they name no one the
 * dictionaries know ("The President of Belarus and I"), undefined when the subject is no such pair.
 */
export function speakerPairPartner(ctx: SentenceContext, i: number): Mention | null | undefined {
  const { tokens } = ctx.doc;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken + 2, i - 5); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PRON') {
      const before = tokens[k - 2]!;
      if (t.lower !== 'i' || tokens[k - 1]!.lower !== 'and' || !/^(?:NOUN|PROPN)$/.test(before.pos)) return undefined;
      return ctx.mentions[ctx.mentionAt[k - 2]!] ?? null;
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return undefined;
  }
  return undefined;
}

/** An event noun after a light verb whose subject is "we" or "I", or the "us" of "let's": "Let's have a dialogue". */
export function firstPersonLightVerb(ctx: SentenceContext, i: number): boolean {
  const k = lightVerbBefore(ctx, i);
  if (k === null) return false;
  const before = ctx.doc.tokens[k - 1];
  if (/^(?:'s|’s|us)$/.test(before?.lower ?? '') && ctx.doc.tokens[k - 2]?.lower === 'let') return true;
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 4); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'PRON') return ctx.mentionAt[j]! < 0 && (t.lower === 'we' || t.lower === 'i');
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}
/**
 * An unresolved he/she/it/they right before the verb group: in a quote that is someone else, not the speaker. So is a
 * demonstrative ("This calls for a separate discussion", "That will help"): a thing, not the speaker, does it.
 */
export function thirdPersonSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') {
      if (ctx.mentionAt[k]! >= 0) return false;
      // "Nearly 1,300 of them have surrendered": a part of others.
      if (t.lower === 'them' && ctx.doc.tokens[k - 1]?.lower === 'of') return true;
      // "those who supported the team", "a president who offers …", "who is killing whom": a relative or
      // interrogative pronoun stands for someone the clause names or asks about, not the speaker; when its
      // antecedent names an actor the subject search has already taken it (relatives.ts).
      if (/^(?:who|which|whoever)$/.test(t.lower)) return !speakersOwnAntecedent(ctx, k);
      return /^(?:he|she|it|they|this|that|these|those)$/.test(t.lower);
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Pronouns of the speaker's side or of the one spoken to: "It was not us who attacked", "It is you who protect". */
const SPEAKER_AND_ADDRESSEE = new Set(['i', 'me', 'we', 'us', 'you']);

/**
 * The relative pronoun at `rel` follows the speaker's own people ("our young men who are fighting") or a cleft's "us"
 * or "you" ("It was not us who attacked them"): whom it stands for is for the speaker rules to say.
 */
function speakersOwnAntecedent(ctx: SentenceContext, rel: number): boolean {
  let k = ctx.doc.tokens[rel - 1]?.text === ',' ? rel - 2 : rel - 1;
  const before = ctx.doc.tokens[k];
  if (before === undefined || k < ctx.sentence.firstToken) return false;
  if (before.pos === 'PRON') return SPEAKER_AND_ADDRESSEE.has(before.lower);
  // "our borders, which violates …": only people are the speaker's own side.
  if (ctx.doc.tokens[rel]!.lower !== 'who') return false;
  while (k > ctx.sentence.firstToken && /^(?:NOUN|ADJ|NUM)$/.test(ctx.doc.tokens[k]!.pos)) k--;
  return /^(?:our|my)$/.test(ctx.doc.tokens[k]!.lower);
}

/**
 * "They went in, destroyed the country", "They are united in supporting our state": the subject pronoun nearest
 * before the trigger in its clause (a colon or semicolon opens a new one), when it is "he", "she" or "they", however
 * many verbs are coordinated after it; -1 when there is none or it is "I" or "we" ("They must understand that we have
 * nowhere to retreat": "we" is nearer). In a speaker's own words the speaker is "I" or "we", never a third person.
 */
export function thirdPersonClause(ctx: SentenceContext, i: number): number {
  let third = -1;
  for (let k = ctx.sentence.firstToken; k < i; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === ':' || t.lower === ';') third = -1;
    else if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) third = THIRD_PERSON.has(t.lower) ? k : -1;
  }
  return third;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);
const THIRD_PERSON = new Set(['he', 'she', 'they']);

/**
 * "You killed 16 children", "you yourself have violated territorial integrity": an unresolved "you" is the subject of
 * the verb group at `i`. The one spoken to does it, not the speaker.
 */
export function secondPersonSubject(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, i - 4); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') {
      // "you yourself": the reflexive stands between "you" and the verb.
      if (t.lower === 'yourself' || t.lower === 'yourselves') continue;
      return ctx.mentionAt[k]! < 0 && t.lower === 'you';
    }
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "I discussed this today with …", "we have just begun", "I would like to thank", "I spoke with Duda and thanked
 * him": "I" or "we" is the subject of the verb group at `i`, also through a subject-control verb and its "to", or as
 * the subject of the verb coordinated before it.
 */
export function firstPersonSubject(ctx: SentenceContext, i: number, only?: 'we'): boolean {
  if (only === undefined && firstPersonLightVerb(ctx, i)) return true;
  let reach = i - 6;
  for (let k = i - 1; k >= Math.max(ctx.sentence.firstToken, reach); k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PRON') return t.lower === 'we' || (only === undefined && t.lower === 'i');
    // "We have always welcomed and continue to welcome …": the verb group coordinated before has the subject.
    if (t.lower === 'and') return firstPersonSubject(ctx, verbBefore(ctx, k), only);
    const control = t.lower === 'to' || t.lemma === 'like' || SUBJECT_CONTROL.has(t.lemma) || carriesSubject(ctx, k);
    if (!control && t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV') return false;
    // "We are prepared to continue to support …": each controlling word lets the subject stand further back.
    if (control) reach = Math.min(reach, k - 4);
  }
  return false;
}

/**
 * Further words whose subject does what follows them, in a speaker's "we" or "I" only (a speech's "we need to expand
 * our relations with …", "we are going to continue to develop …", "we are interested in developing relations with
 * …", "we were delighted to support …"). Not in `SUBJECT_CONTROL`, which also pairs "we" with a counterpart.
 */
function carriesSubject(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[k]!;
  const next = tokens[k + 1]?.lower;
  if (next === 'to' && (t.lemma === 'need' || t.lower === 'going' || TO_CONTROL.has(t.lower))) return true;
  // "interested in developing": the adjective, then "in" before the gerund.
  if (t.lower === 'interested') return next === 'in' || next === 'to';
  return t.lower === 'in' && tokens[k - 1]?.lower === 'interested' && /ing$/.test(tokens[k + 1]?.lower ?? '');
}

/** Adjectives and verbs whose subject does what their to-infinitive says: "prepared to", "glad to", "tried to". */
const TO_CONTROL: ReadonlySet<string> = new Set(
  'prepared glad happy delighted pleased eager keen try tried trying manage managed aim aimed aiming begin began start started'.split(
    ' ',
  ),
);

/**
 * "Thank you for the help", "Thank you, Japan": the speaker's own thanks, though "I" is left out. The verb opens its
 * clause and its object is "you", an actor or one named right after it.
 */
export function thankYou(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[i]!.lemma !== 'thank' || tokens[i + 1]?.lower !== 'you') return false;
  // Only a "you" that names someone, as a speech's audience or by the name right after it ("Thank you Canada!"):
  // thanks to no one known is no event to code.
  const named = ctx.mentionAt[i + 1]! >= 0 || (i + 2 < ctx.sentence.endToken && ctx.mentionAt[i + 2]! >= 0);
  if (!named) return false;
  const before = i > ctx.sentence.firstToken ? tokens[i - 1]! : undefined;
  return before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ';
}

/** The nearest verb before `k` in its clause, or `k` itself when there is none. */
function verbBefore(ctx: SentenceContext, k: number): number {
  for (let j = k - 1; j >= Math.max(ctx.sentence.firstToken, k - 10); j--) {
    const t = ctx.doc.tokens[j]!;
    if (t.pos === 'VERB') return j;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return k;
  }
  return k;
}

/** How many sentences back the speaker's last interlocutor is looked for. */
const INTERLOCUTOR_REACH = 3;

/**
 * "I spoke with Ursula von der Leyen. We discussed the sixth package of sanctions": the one the speaker last spoke
 * "with", before the verb at `i` in its sentence or in the sentences just before, is the other side of the speaker's "we". The search stops at a sentence where
 * the speaker alone does something with no one ("I addressed the participants of the conference"); a "we" sentence
 * goes on with the same talks ("We also discussed …"). It takes no one of the speaker's own country.
 */
export function lastInterlocutor(ctx: SentenceContext, speaker: Mention, i: number): Mention | null {
  const { doc } = ctx;
  for (let s = ctx.sentence.index; s >= Math.max(0, ctx.sentence.index - INTERLOCUTOR_REACH); s--) {
    const sentence = doc.sentences[s]!;
    // "In a conversation with Scholz, we …": the sentence's own words before the verb come first.
    const end = s === ctx.sentence.index ? i : sentence.endToken;
    let found: Mention | null = null;
    let firstPerson = false;
    for (let k = sentence.firstToken; k < end; k++) {
      const t = doc.tokens[k]!;
      if (t.lower === 'i') firstPerson = true;
      if (t.lower !== 'with') continue;
      let j = k + 1;
      while (j < sentence.endToken && /^(?:DET|ADJ)$/.test(doc.tokens[j]!.pos) && ctx.mentionAt[j]! < 0) j++;
      const m = j < sentence.endToken ? ctx.mentions[ctx.mentionAt[j]!] : undefined;
      if (m !== undefined && !sameCountry(m, speaker)) found = m;
    }
    if (found !== null || (firstPerson && s < ctx.sentence.index)) return found;
  }
  return null;
}

/**
 * Nouns for a country, its land, its people or its ports that "our" makes the speaker's own: "destroy our cities",
 * "Russia has blocked our Black Sea ports".
 */
const OUR_HEADS = new Set(
  (
    'country state land nation people cities city towns villages territory territories homeland citizens children ' +
    'ports seaports economy peninsula coast communities regions homes ' +
    // What the state owns and lives by: "occupied our part of the Sea of Azov", "destroyed our Kremenchuk plant".
    'part infrastructure plant plants enterprises refineries borders border soil homeland'
  ).split(' '),
);
/** Nouns of a piece of the land, the speaker's only with what they are a piece of. */
const PIECES = new Set(['part', 'parts']);
/** Nouns that a single speaker's "my" makes the speaker's state: "European countries support my country". */
const MY_HEADS = new Set(['country', 'state', 'homeland', 'motherland']);
const OUR_REACH = 6;

/**
 * "Russia attacked the entire territory of our state", "they continue to torture our people", "Russia attacked us",
 * said by Ukraine's president: "our country", "our people", an object "us" in a speaker's words are the speaker's
 * country, as the article names it
 * elsewhere (the mention stands on the words "our …"). The object phrase from `from` is read up to a verb or a comma.
 */
export function ourCountry(ctx: SentenceContext, from: number, speaker: Mention): Mention[] {
  const iso = speaker.actor.country;
  if (iso === null) return [];
  const { tokens } = ctx.doc;
  for (let k = from; k < Math.min(ctx.sentence.endToken - 1, from + OUR_REACH); k++) {
    const t = tokens[k]!;
    // "Russia attacked us", "those who are trying to destroy us": "us" as the object is the speaker's country too.
    const us = k === from && t.lower === 'us' && ctx.mentionAt[k]! < 0;
    const my = t.lower === 'my';
    if (us || ((t.lower === 'our' || my) && ctx.mentionAt[k]! < 0)) {
      let head = us ? k : k + 1;
      // "our Black Sea ports": a name before the head qualifies it as an adjective does.
      while (!us && head < ctx.sentence.endToken - 1 && /^(?:ADJ|PROPN)$/.test(tokens[head]!.pos)) head++;
      // A single speaker's "my country" is the state as "our country" is; "my people" may be a mayor's or a family's.
      if (!us && !(my ? MY_HEADS : OUR_HEADS).has(tokens[head]!.lower)) return [];
      // "our part of the coast" is a piece of the land; "attention on our part" is the speaker's side.
      if (!us && PIECES.has(tokens[head]!.lower) && tokens[head + 1]?.lower !== 'of') return [];
      const state = ctx.mentions.find((m) => m.actor.type === 'state' && m.actor.country === iso);
      if (state === undefined) return [];
      const words = { start: t.start, end: tokens[head]!.end };
      const text = ctx.doc.article.text.slice(words.start, words.end);
      return [
        {
          ...state,
          actor: { ...state.actor, text },
          kind: 'nominal',
          sentence: ctx.sentence.index,
          firstToken: k,
          endToken: head + 1,
          ...words,
          antecedent: null,
        },
      ];
    }
    if (ctx.mentionAt[k]! >= 0 || !/^(?:DET|ADJ|NOUN|ADP|ADV|PART)$/.test(t.pos)) return [];
  }
  return [];
}
