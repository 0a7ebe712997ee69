// What a speaker claims about others, read off events the patterns already coded.
//  - An allegation: "The US claimed that ISIL had attacked Iraq", "a report alleged that the French military
//    helped to plan killings". Whoever claims that a third party did a hostile act (roots 11–13, 15–20)
//    accuses it (CAMEO 112, PLOVER ACCUSE), besides the act itself, which keeps its own modality when said or
//    reported and is hypothetical when claimed or alleged (the claimant's charge). Not when the doer is the
//    claimant's own side ("the Ukrainians claimed that they had attacked the warship" is a claim of
//    responsibility, 015, when it says "claimed"); a state and those who oppose it are two sides (derived.ts).
//  - A refusal without a refusing verb: "removing the sanctions on Burma is out of the question", "peace
//    talks with Russia remain off the table", "… was not on the table for Germany". The speaker (or the side
//    the act is off the table for) rejects the act (CAMEO 12x by the act's kind, 120 when the act is no
//    pattern), aimed where the act was; the act itself is then ruled out, not done (negated).
import type { Actor, Event, Mention, Quote, Token } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { derivedEvent, politicalSideOf, sideOf, triggerToken, type DerivationSettings } from './derived.ts';
import { BE_FORMS, CONDITIONAL, NEGATORS, SPEECH_VERBS } from './lexicon.ts';
import { readModality } from './modality.ts';
import { describedParticiple, unasserted } from './described-participles.ts';
import { hearsayContent, saidAsHearsay } from './hearsay.ts';
import { rejectionCode } from './recode.ts';
import { quoteSpeaker, reporterOf } from './reported.ts';
import { clauseStart, nounModifierSource, subjectOf } from './roles.ts';

/** Settings of the claim rules: the codebook, the dictionary version and the article's quotes. */
export interface ClaimSettings extends DerivationSettings {
  readonly quotes: readonly Quote[];
}

/**
 * Verbs that put forward a charge: their that-clause is what the subject holds against someone. Noting, recalling or
 * pointing out that another side did a hostile act is a charge too: "recalled that it was Ukraine that launched …".
 */
const ALLEGING = new Set([
  'allege',
  'claim',
  'charge',
  'assert',
  'contend',
  'say',
  'state',
  'tell',
  'report',
  'stress',
  'insist',
  'recall',
  'note',
  'emphasize',
  'emphasise',
  'point',
  'add',
]);
/** Verbs by which a side takes credit for its own act: "claimed that its forces had struck …". */
const OWNING = new Set(['claim', 'assert']);
/**
 * Hostile acts a claimant can accuse a third party of: disapproval, rejection ("said the US was ignoring Russia's
 * concerns", "said Russia rejected a proposal for a truce"), threats, posture and force (roots 11–13, 15–20).
 */
const HOSTILE_ROOT = /^(?:1[1-35-9]|20)/;
/** Relative pronouns that open a clause describing a noun before them. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/** The sentence's events with the accusations its claims make. */
export function withClaims(ctx: SentenceContext, events: Event[], settings: ClaimSettings): Event[] {
  const ruled = ruledOut(ctx, events, settings);
  // Three sentences in four come with no event: nothing is alleged of none, and no arrays need be made for it.
  if (ruled.length === 0) return bareAllegations(ctx, ruled, settings);
  const { acts, accusations } = allegations(ctx, ruled, settings);
  const alleged = [...acts, ...accusations];
  return [...alleged, ...bareAllegations(ctx, alleged, settings)];
}

/**
 * The claimants of the claiming verb at `verb`: its subject, else the issuer of the document that claims. Of a claim
 * noun, whoever it belongs to: "Putin's statement that …", "the Russian claim that …", "a claim by Kyiv that …".
 */
function claimantsOf(ctx: SentenceContext, verb: number): Mention[] {
  if (ctx.doc.tokens[verb]!.pos === 'NOUN') {
    const owner =
      nounModifierSource(ctx, verb) ?? (token(ctx, verb + 1)?.lower === 'by' ? mentionOf(ctx, verb + 2) : null);
    return owner === null || owner === undefined ? [] : [owner];
  }
  const subject = subjectOf(ctx, verb);
  if (subject.length > 0) return subject;
  const issuer = documentIssuer(ctx, verb);
  return issuer === null ? [] : [issuer];
}

/** Documents that speak for whoever issued them. */
const DOCUMENT_NOUNS = new Set(['report', 'study', 'statement', 'paper', 'document', 'dossier', 'communique']);
/** Verbs of putting a document out: "released in Kigali", "published in Moscow". */
const ISSUING = new Set(['release', 'publish', 'issue', 'present', 'unveil']);

/**
 * "A 500-page report released Tuesday in the Rwandan capital alleged …": a document with no author named as the
 * claiming verb's subject speaks for the actor named right before it ("the Rwandan report") or, issued in a place, for
 * that place's state, whose capital or government puts out such a report. Not a place named only in passing ("a
 * report on the fighting in Mariupol"): the place must follow the verb of issuing.
 */
function documentIssuer(ctx: SentenceContext, verb: number): Mention | null {
  const tokens = ctx.doc.tokens;
  const start = clauseStart(ctx, verb);
  let head = -1;
  for (let k = start; k < verb && head < 0; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && DOCUMENT_NOUNS.has(t.lemma) && tokens[k + 1]?.pos !== 'NOUN') head = k;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  if (head < 0) return null;
  const modifier = mentionOf(ctx, head - 1);
  if (modifier !== undefined) return modifier;
  if (!ISSUING.has(tokens[head + 1]?.lemma ?? '')) return null;
  // "in the Rwandan capital", "in Kigali", "by Human Rights Watch": the actor right after the preposition and its
  // determiner. An author named in a "by" phrase speaks for itself, wherever it issued the document.
  const after = (k: number): Mention | undefined => mentionOf(ctx, tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1);
  const by = range(head + 2, verb).find((k) => tokens[k]!.lower === 'by');
  if (by !== undefined) return after(by) ?? null;
  const place = range(head + 2, verb).find((k) => tokens[k]!.lower === 'in');
  const state = place === undefined ? undefined : after(place);
  return state !== undefined && state.actor.country !== null ? state : null;
}

/**
 * "A report alleged that France was aware of preparations for the genocide": to allege something of an actor is to
 * accuse it (112), whatever the alleged act (the hostile acts are handled above, with their own events). The accused is
 * the first actor of the alleged clause; one accusation per claimant and accused side in the sentence.
 */
function bareAllegations(ctx: SentenceContext, events: readonly Event[], settings: ClaimSettings): Event[] {
  const found: Event[] = [];
  for (let verb = ctx.sentence.firstToken; verb < ctx.sentence.endToken; verb++) {
    const t = ctx.doc.tokens[verb]!;
    if (t.lemma !== 'allege' && t.lower !== 'alleged') continue;
    if (!opensClause(ctx, verb)) continue;
    const claimant = claimantsOf(ctx, verb)[0];
    const accused = claimedActor(ctx, verb);
    if (
      claimant === undefined ||
      accused === null ||
      politicalSideOf(claimant.actor) === politicalSideOf(accused.actor)
    )
      continue;
    if (accusesSides(events, claimant.actor, accused.actor) || accusesSides(found, claimant.actor, accused.actor))
      continue;
    const reading = readModality(ctx, verb, false);
    found.push(
      derivedEvent(ctx, settings, {
        trigger: verb,
        code: '112',
        // "will allege that …" has not yet been said.
        modality: reading.announced === 'future' ? 'hypothetical' : reading.modality,
        source: claimant.actor,
        target: accused.actor,
        reportedBy: null,
        rule: `rules:allegation (${t.lower} that) → accuse 112`,
      }),
    );
  }
  return found;
}

/**
 * Some event is an accusation (11x) of the accused's side by the claimant's. A module function, not a closure over
 * the loop's claimant and accused: that made V8 allocate a context at every token of every sentence
 * (docs/reliability.md, thirteenth pass).
 */
function accusesSides(events: readonly Event[], claimant: Actor, accused: Actor): boolean {
  for (const e of events)
    if (e.cameo.startsWith('11') && sideOf(e.source) === sideOf(claimant) && sideOf(e.target) === sideOf(accused))
      return true;
  return false;
}

/** The first actor of the clause a claiming verb opens, before its next clause boundary. */
function claimedActor(ctx: SentenceContext, verb: number): Mention | null {
  for (let k = verb + 1; k < ctx.sentence.endToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') return null;
    const m = mentionOf(ctx, k);
    if (m !== undefined) return m;
  }
  return null;
}

/**
 * Verbs that put the claim on the claimant alone: what a side claims or alleges another did is its charge, not a
 * fact the sentence tells (as "accused Russia of shelling …"); "said" and "reported" pass an act on as told.
 */
const DISTANCING = new Set(['claim', 'allege', 'allegation', 'contention']);

/** The sentence's events, a third party's act claimed or alleged made hypothetical, and the accusations. */
function allegations(
  ctx: SentenceContext,
  events: readonly Event[],
  settings: ClaimSettings,
): { acts: Event[]; accusations: Event[] } {
  const found: Event[] = [];
  const charged = new Set<Event>();
  for (const act of events) {
    if (!HOSTILE_ROOT.test(act.cameo) || act.source === null || act.modality === 'negated') continue;
    const at = triggerToken(ctx, act);
    const verb = claimingVerb(ctx, at);
    if (verb === null) continue;
    // "stressed that in order to liberate the territory occupied by the occupiers, more weapons are needed": a
    // participle describing a place, in a clause of what is to be done, is its background, not the claim.
    if (describedParticiple(ctx, at) && unasserted(readModality(ctx, at, false))) continue;
    const hearsay = saidAsHearsay(ctx, verb) && toldAsHearsay(ctx, act, at);
    if (act.modality !== 'asserted' && !hearsay) continue;
    if (!doerInClause(ctx, verb, at, act)) continue;
    const claimants = claimantsOf(ctx, verb);
    const claimant = claimants[0];
    const distancing =
      hearsay || DISTANCING.has(ctx.doc.tokens[verb]!.lemma) || ctx.doc.tokens[verb]!.lower === 'alleged';
    // "debunked a claim that Putin banned …": a claim no one is named for still only claims the act.
    if (claimant === undefined && distancing && ctx.doc.tokens[verb]!.pos === 'NOUN') charged.add(act);
    if (claimant === undefined) continue;
    // "Russia and Belarus said they would attack": one of the claimants' own act.
    if (claimants.some((c) => politicalSideOf(c.actor) === politicalSideOf(act.source))) {
      // "The US claimed that they had attacked Iraq": a side's claim of its own act takes responsibility for it.
      if (OWNING.has(ctx.doc.tokens[verb]!.lemma) && !found.some((e) => e.cameo === '015'))
        found.push(
          derivedEvent(ctx, settings, {
            trigger: verb,
            code: '015',
            modality: 'asserted',
            source: claimant.actor,
            target: act.target,
            reportedBy: null,
            rule: `rules:claim of own act (${ctx.doc.tokens[verb]!.lower}) → responsibility 015`,
          }),
        );
      continue;
    }
    if (distancing) charged.add(act);
    // "X accused Y of …" already says it: one accusation of a side by another per sentence.
    const accused = (e: Event): boolean =>
      e.cameo.startsWith('11') &&
      sideOf(e.source) === sideOf(claimant.actor) &&
      sideOf(e.target) === sideOf(act.source);
    if (events.some(accused) || found.some(accused)) continue;
    found.push(
      derivedEvent(ctx, settings, {
        trigger: verb,
        code: '112',
        modality: 'asserted',
        source: claimant.actor,
        target: act.source,
        reportedBy: null,
        rule: `rules:allegation (${ctx.doc.tokens[verb]!.lower}) → accuse 112`,
      }),
    );
  }
  const acts = events.map((e) => (charged.has(e) ? { ...e, modality: 'hypothetical' as const } : e));
  return { acts, accusations: found };
}

/**
 * "Kremlin propaganda says that NATO attacked Russia": the act at `at` is hypothetical only because propaganda or a
 * false saying tells it (hearsay.ts), not because it is a prediction; the saying still charges the doer.
 */
function toldAsHearsay(ctx: SentenceContext, act: Event, at: number): boolean {
  if (act.modality !== 'hypothetical') return false;
  const noun = ctx.doc.tokens[at]!.pos !== 'VERB';
  const cue = hearsayContent(ctx, at, noun);
  return cue !== null && readModality(ctx, at, noun).cue === cue;
}

/**
 * The alleging verb whose that-clause holds the token at `i`: the nearest speech verb to its left decides
 * ("Russia claimed that Ukraine said it shelled …" is Ukraine's statement, not Russia's claim).
 */
function claimingVerb(ctx: SentenceContext, i: number): number | null {
  let comma = false;
  for (let k = i - 1; k > ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.text === ';' || t.text === ':') return null;
    // "said NATO must promise …, among other demands, which the US has rejected": an act in a relative clause set
    // off by a comma describes what was said; the claimant does not claim it.
    if (!comma && RELATIVES.has(t.lower) && ctx.doc.tokens[k - 1]?.text === ',') return null;
    comma ||= t.text === ',';
    // The tagger reads "a report … alleged that" as an adjective: the clause after it makes it a verb.
    const alleging = (t.pos === 'VERB' && ALLEGING.has(t.lemma)) || t.lower === 'alleged';
    if (alleging && opensClause(ctx, k)) return k;
    if (t.pos === 'NOUN' && CLAIM_NOUNS.has(t.lemma) && opensContentClause(ctx, k)) return k;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)) return null;
  }
  return null;
}

/**
 * The act's doer stands in the claimed clause: as its first actor ("said that Russia shelled …") or after the
 * act ("said two people were killed by Russian shelling"). "Ukraine says Russia is guilty … and Biden has
 * accused Putin …": Biden's accusation is the sentence's own, not something Ukraine claims.
 */
function doerInClause(ctx: SentenceContext, verb: number, at: number, act: Event): boolean {
  // The unidentified forces of a place a shot came from ("fired at it from the Gaza Strip") stand where it is named.
  const doer = (m: Mention): boolean =>
    (m.actor.name === act.source?.name && m.actor.code === act.source.code) ||
    (act.source?.sector === 'UAF' && act.source.text === m.actor.text && act.source.country === m.actor.country);
  for (let k = verb + 1; k < ctx.sentence.endToken; k++) {
    const m = mentionOf(ctx, k);
    if (m === undefined) continue;
    // "that Russia is the one being threatened by NATO": the patient a passive puts first stands before its doer.
    const patient = act.target !== null && m.actor.name === act.target.name && m.actor.code === act.target.code;
    if (k < at && !(patient && doerAfter(ctx, at, doer))) return doer(m) || (m.endToken > at && doer(m));
    if (doer(m)) return true;
    k = m.endToken - 1;
  }
  return false;
}

/** Nouns whose that-clause is what someone holds to be so: "Putin's statement that …", "the claim that …". */
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'assertion', 'statement', 'contention']);
/** Verbs of putting words out, whose object a relative "that" can stand for: "the statement that he made". */
const UTTERING = new Set([...ISSUING, 'make', 'give', 'deliver', 'read', 'sign']);

/**
 * "the claim that Putin banned …", "Putin's statement made earlier that Russia …": a that-clause holding the claim
 * follows the noun, not a relative clause about it ("the statement that the Kremlin issued on Monday").
 */
function opensContentClause(ctx: SentenceContext, k: number): boolean {
  let j = k + 1;
  while (j < k + 3 && (token(ctx, j)?.pos === 'ADV' || token(ctx, j)?.lemma === 'make')) j++;
  if (token(ctx, j)?.lower !== 'that') return false;
  for (let n = j + 1; n < Math.min(ctx.sentence.endToken, j + 5); n++) {
    const t = ctx.doc.tokens[n]!;
    if (t.pos === 'VERB') return !UTTERING.has(t.lemma);
  }
  return true;
}

/** The doer is named after the act, in its sentence. */
function doerAfter(ctx: SentenceContext, at: number, doer: (m: Mention) => boolean): boolean {
  for (let k = at + 1; k < ctx.sentence.endToken; k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined && doer(m)) return true;
  }
  return false;
}

const BE_OR_HAVE = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** "claimed that …", "alleged on Tuesday that …", "claimed Russia had …": a clause follows, not an object. */
function opensClause(ctx: SentenceContext, k: number): boolean {
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.lower === 'that') return true;
    const m: Mention | undefined = mentionOf(ctx, j);
    if (m !== undefined) return ctx.doc.tokens[m.endToken]?.pos === 'AUX' || ctx.doc.tokens[m.endToken]?.pos === 'VERB';
    // "said a mortar bomb was fired", "said eight people were killed": a noun phrase and its verb group (not a modal:
    // "said the world should be ready for …" states no act).
    if (BE_OR_HAVE.has(t.lower) && ctx.doc.tokens[j - 1]?.pos === 'NOUN') return true;
    if (!/^(?:ADV|PROPN|NOUN|ADP|DET|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/** Hostile acts: ruling one out is no refusal of the other side ("military action is off the table"). */
const FORCE_ROOT = /^(?:1[3-9]|20)/;

/**
 * "X is out of the question": the events of the subject X are ruled out (negated), and the speaker rejects
 * them, one rejection per act (or one 120 when the subject names an actor but no coded act).
 */
function ruledOut(ctx: SentenceContext, events: Event[], settings: ClaimSettings): Event[] {
  const predicate = ruledOutPredicate(ctx);
  // The rest is a function of its own: its closures made V8 allocate their context at every sentence, before this test.
  return predicate === null ? events : ruledOutBy(ctx, events, settings, predicate);
}

function ruledOutBy(ctx: SentenceContext, events: Event[], settings: ClaimSettings, predicate: RuledOut): Event[] {
  const { subject, at } = predicate;
  const inSubject = (e: Event): boolean => {
    const k = triggerToken(ctx, e);
    return k >= subject && k < predicate.copula;
  };
  // "A meeting with Putin is not out of the question": possible, not done.
  if (predicate.possible)
    return events.map((e) => (inSubject(e) && e.modality === 'asserted' ? { ...e, modality: 'hypothetical' } : e));
  const speaker =
    forActor(ctx, predicate.end) ??
    quoteSpeaker(ctx, at, settings.quotes, true) ??
    reporterOf(ctx, at, settings.quotes);
  const acts = events.filter(inSubject);
  if (speaker === null || (acts.length === 0 && !range(subject, predicate.copula).some((k) => isAct(ctx, k))))
    return events;
  const rejections: Event[] = [];
  const reject = (code: string, target: Event['target'], kind: string): void => {
    if (rejections.some((r) => r.cameo === code && sideOf(r.target) === sideOf(target))) return;
    rejections.push(
      derivedEvent(ctx, settings, {
        trigger: at,
        code,
        modality: 'asserted',
        source: speaker.actor,
        target: target !== null && sideOf(target) === sideOf(speaker.actor) ? null : target,
        reportedBy: null,
        rule: `rules:ruled out (${kind}) → rejection ${code}`,
      }),
    );
  };
  for (const act of acts) {
    const code = rejectionCode(act.cameo) ?? (FORCE_ROOT.test(act.cameo) ? null : '120');
    if (code !== null) reject(code, act.target ?? act.source, act.cameo);
  }
  if (acts.length === 0) {
    const named = firstActor(ctx, subject, predicate.copula);
    if (named !== null && sideOf(named.actor) !== sideOf(speaker.actor)) reject('120', named.actor, 'act');
  }
  return [...events.map((e) => (inSubject(e) ? { ...e, modality: 'negated' as const } : e)), ...rejections];
}

/** Words that may stand between a subject and "out of the question": "is currently", "has been", "remain “". */
const COPULA_GROUP = /^(?:AUX|ADV|PART)$/;

interface RuledOut {
  /** First token of the subject clause and the verb that links it to the predicate. */
  readonly subject: number;
  readonly copula: number;
  /** The predicate's head ("question", "table") and the token after it. */
  readonly at: number;
  readonly end: number;
  /** "is not out of the question", "is on the table": the act stays possible rather than ruled out. */
  readonly possible: boolean;
}

/**
 * The `n` lowercased words from token `k`, space-separated. A module function rather than a closure in
 * ruledOutPredicate, which runs on every sentence: under tsx each named closure also costs a `__name` call.
 */
/**
 * Tokens from `k` on are the words of `phrase`. Compared word by word: this runs at every "on", and joining a slice of
 * the tokens made three arrays and a string each time.
 */
function wordsAre(tokens: readonly Token[], k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (tokens[k + j]?.lower !== phrase[j]) return false;
  return true;
}
const OUT_OF_THE_QUESTION = ['out', 'of', 'the', 'question'];
const OFF_THE_TABLE = ['off', 'the', 'table'];
const ON_THE_TABLE = ['on', 'the', 'table'];

/** "… is (currently) out of the question", "… remain off the table", "… was not / no longer on the table". */
function ruledOutPredicate(ctx: SentenceContext): RuledOut | null {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken + 2; k < ctx.sentence.endToken - 2; k++) {
    // Plain comparisons: this runs on every token, and a regex literal is a new RegExp at each evaluation.
    const head = tokens[k]!.lower;
    if (head !== 'out' && head !== 'off' && head !== 'on') continue;
    const out = wordsAre(tokens, k, OUT_OF_THE_QUESTION) ? 4 : wordsAre(tokens, k, OFF_THE_TABLE) ? 3 : 0;
    const on = out === 0 && wordsAre(tokens, k, ON_THE_TABLE) ? 3 : 0;
    if (out === 0 && on === 0) continue;
    let c = k - 1;
    let negated = false;
    while (c > ctx.sentence.firstToken && (COPULA_GROUP.test(tokens[c]!.pos) || isQuoteMark(tokens[c]!))) {
      if (NEGATORS.has(tokens[c]!.lower) || tokens[c]!.lower === 'longer') negated = true;
      if (BE_FORMS.has(tokens[c]!.lower)) break;
      c--;
    }
    const copula = tokens[c]!;
    if (!BE_FORMS.has(copula.lower) && copula.lemma !== 'remain' && copula.lemma !== 'stay') continue;
    const subject = clauseStart(ctx, c);
    // "the plans that are on the table": a relative clause says nothing of an act; "whether … was off the
    // table" asks.
    if (!actSubject(ctx, subject, c) || CONDITIONAL.has(tokens[subject - 1]?.lower ?? '')) continue;
    if (tokens[ctx.sentence.endToken - 1]!.text === '?') continue;
    // "is not out of the question" keeps it possible; so does "nothing is off the table". "Is on the table"
    // offers an act without saying it was done: nothing to code.
    if (on > 0 && !negated) continue;
    const possible = (out > 0 && negated) || NEGATORS.has(tokens[subject]!.lower);
    return { subject, copula: c, at: k + (out || on) - 1, end: k + (out || on), possible };
  }
  return null;
}

/**
 * The subject is a noun phrase or a gerund clause ("peace talks with Russia", "removing the sanctions on
 * Burma"), not a clause with a verb of its own, nor the antecedent of a relative ("the plans that are …").
 */
function actSubject(ctx: SentenceContext, from: number, copula: number): boolean {
  if (copula === from) return false;
  const before = ctx.doc.tokens[copula - 1]!;
  if (/^(?:that|which|who)$/.test(before.lower) && before.pos !== 'SCONJ') return false;
  for (let k = from; k < copula; k++) {
    const t = ctx.doc.tokens[k]!;
    const finite =
      (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && ctx.doc.tokens[k - 1]?.lower !== 'to';
    if (finite) return false;
  }
  return true;
}

/** An act named by a verb or its gerund: "removing the sanctions", "to lift the embargo", "rewarding/ADJ Russia". */
function isAct(ctx: SentenceContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const next = ctx.doc.tokens[k + 1];
  return t.pos === 'VERB' || (t.lower.endsWith('ing') && (next?.pos === 'DET' || mentionOf(ctx, k + 1) !== undefined));
}

/** "… was not on the table for Germany": the side the act is off the table for. */
function forActor(ctx: SentenceContext, k: number): Mention | null {
  if (ctx.doc.tokens[k]?.lower !== 'for') return null;
  return mentionOf(ctx, k + 1) ?? null;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

function firstActor(ctx: SentenceContext, from: number, to: number): Mention | null {
  for (let k = from; k < to; k++) {
    const m = mentionOf(ctx, k);
    if (m !== undefined && m.kind !== 'pronoun') return m;
  }
  return null;
}
