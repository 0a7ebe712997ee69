// Events made by sentence-level rules rather than verb patterns: obligations and imperatives as demands,
// warnings, blame, praise, refused permissions, thanks for aid. Each rule reads the sentence, its
// pattern matches and the article's quotes, and names itself in `Event.rule`.
import { helpNotYetGiven } from './future-thanks.ts';
import { accountabilityAt, chargeAbroad } from './accountability.ts';
import { findJointMakings } from './joint-making.ts';
import type { Event, Mention, Quote } from '../types.ts';
import { sameActor, sameCountry } from './actor-keys.ts';
import { findBlame } from './blame.ts';
import { conditionDoersBefore, findConditionalThreats } from './conditional-threats.ts';
import { findCopulaLabels, findLabels } from './labels.ts';
import { findJudgedConduct } from './judged-conduct.ts';
import type { Codebook } from './codebook.ts';
import { asked, mentionOf, token, type SentenceContext } from './context.ts';
import { addresseeOf, imperativeVerbs } from './imperatives.ts';
import { CONDITIONAL, MODALS, OBLIGATION } from './lexicon.ts';
import { makeEvent, type EventBase } from './make-event.ts';
import { coordinatedBefore, type Match } from './match.ts';
import { expectationRequests, needDemands, needRequests } from './needs.ts';
import { COGNITION_VERBS, needAsNoun, obligedSubjects, ownBodyDuty, ownStateDuty, WISHED_OUTCOMES } from './obliged.ts';
import { passiveObligationDemands } from './passive-obligations.ts';
import type { Pattern } from './patterns.ts';
import { ruleOnly } from './rule-pattern.ts';
import { refusedPermissions } from './permission.ts';
import { firstPersonSubject, pronounReporters } from './persons.ts';
import { findPraise } from './praise.ts';
import { appraiser, findContributions } from './contributions.ts';
import { readModality } from './modality.ts';
import { findRights } from './rights.ts';
import { findCrimes, namer } from './crimes.ts';
import { findCausedDeaths } from './caused-deaths.ts';
import { findHarshActs } from './harsh-acts.ts';
import { findHostileReasons } from './hostile-reasons.ts';
import { findAscribedAims } from './ascribed-aims.ts';
import { naziEraAt } from './nazi-era.ts';
import { demandCode } from './recode.ts';
import { quoteSpeaker, reporterOf } from './reported.ts';
import { clauseStart, isPassive, nounPhraseParties, salientSides, subjectOf } from './roles.ts';
import { findWarnings } from './warnings.ts';

/** What a sentence-level rule reads: the sentence, its pattern matches, and the article's quotes. */
export interface SentenceInput {
  readonly ctx: SentenceContext;
  readonly matches: readonly Match[];
  readonly codebook: Codebook;
  readonly dictionaryVersion: string;
  readonly quotes: readonly Quote[];
}

/**
 * Events that come from the sentence rather than from one pattern match, in this order: reported obligations
 * as demands, imperatives as demands, warnings and conditional threats as threats, blame, praise, the aid that thanks report, and permissions refused.
 */
export const SENTENCE_RULES: readonly ((input: SentenceInput) => Event[])[] = [
  obligationDemands,
  passiveObligationDemands,
  accountabilityCharges,
  needDemands,
  needRequests,
  expectationRequests,
  imperativeDemands,
  warningEvents,
  conditionalThreatEvents,
  blameEvents,
  labelCriticism,
  copulaLabels,
  praiseEvents,
  contributionPraise,
  rightsDefended,
  crimeCharges,
  hostileReasons,
  ascribedAims,
  harshActs,
  causedDeaths,
  jointMakings,
  thanksForAid,
  permissionRefusals,
];

/** "has to", "needs to": an obligation before "to". */
export const NEED_TO: ReadonlySet<string> = new Set(['has', 'have', 'needs', 'need']);

/**
 * "Russia said that Sudan must return the helicopter": whatever the verb, a reported obligation is
 * the reporter's demand on the subject (CAMEO 10 → REQUEST); a coded verb refines the demand code.
 */
function obligationDemands({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 1; k++) {
    const t = ctx.doc.tokens[k]!;
    const next = ctx.doc.tokens[k + 1]!;
    // "to" is tested first, and a set rather than a regex literal: this runs on every token, and a regex literal
    // makes a new RegExp at each evaluation.
    // "their need to join NATO": "need" after a determiner or a possessive is a noun, no duty.
    const modal = OBLIGATION.has(t.lower) || (next.lower === 'to' && NEED_TO.has(t.lower) && !needAsNoun(ctx, k));
    if (!modal || ctx.doc.tokens[k + 1]?.lower === 'not') continue;
    // "What does Ukraine have to do with it?", "Why should Europe wait?": a question puts no demand on anyone.
    if (asked(ctx, k)) continue;
    // "Russia must be held accountable": a charge (accountabilityCharges), no demand.
    if (accountabilityAt(ctx, k) !== null) continue;
    // "should have been stopped a long time ago", "Russia must have known": a perfect after the modal is a reproach
    // for the past or an inference, no demand of anything still to do.
    if (perfectAfter(ctx, next.lower === 'to' ? k + 2 : k + 1)) continue;
    const subjects = obligedSubjects(ctx, k);
    if (subjects.length === 0) continue;
    // "the cannon fodder they need to gain ground", "what Ukraine needs to defend itself": a need or a holding whose
    // object is the noun or "what" before its subject; the infinitive is the purpose, no act demanded.
    if (!OBLIGATION.has(t.lower) && relativizedObject(ctx, subjects)) continue;
    // "the debate about whether Russian Post should be supported": an obligation in question is no demand.
    if (CONDITIONAL.has(ctx.doc.tokens[clauseStart(ctx, k) - 1]?.lower ?? '')) continue;
    const reporter = reporterOf(ctx, k, quotes);
    if (reporter === null) continue;
    let verb = k + 1;
    while (verb < ctx.sentence.endToken - 1 && ctx.doc.tokens[verb]!.pos !== 'VERB') verb++;
    // "Do what you have to.": an obligation whose verb is left out names no act to demand.
    if (ctx.doc.tokens[verb]!.pos !== 'VERB') continue;
    // "The sanctions have to do with energy": a relation, not a duty.
    if (ctx.doc.tokens[verb]!.lemma === 'do' && ctx.doc.tokens[verb + 1]?.lower === 'with') continue;
    // "Ukraine must win this war": a wish for the side, not a demand on it.
    if (WISHED_OUTCOMES.has(ctx.doc.tokens[verb]!.lemma)) continue;
    // "Putin should know that …": knowledge urged is rhetoric, no act demanded.
    if (COGNITION_VERBS.has(ctx.doc.tokens[verb]!.lemma)) continue;
    const embedded = matchBetween(matches, k, verb);
    const code = demandCode(embedded?.pattern.code ?? '');
    const match: Match = embedded ?? ruleMatch(OBLIGATION_RULE, verb, [], []);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.45 };
    // '"Russia must …," Biden and Scholz agreed': each coordinated speaker demands.
    const reporters = reporter.sentence === ctx.sentence.index ? coordinatedBefore(ctx, reporter) : [reporter];
    for (const speaker of reporters)
      for (const doer of subjects.filter(
        (d) => !sameActor(speaker, d) && !ownStateDuty(speaker, d) && !ownBodyDuty(speaker, d),
      ))
        events.push(
          makeEvent(
            base,
            codebook,
            code,
            'asserted',
            speaker,
            doer,
            null,
            `rules:obligation (${t.lower}) → demand ${code}`,
          ),
        );
  }
  return events;
}

/** Words before a clause's subject that make the clause's verb hold a gap for its object: "what they need". */
const GAP_OPENERS = new Set(['what', 'whatever', 'which']);

/** The obliged subjects open a relative clause whose object is left out: "the fodder they need", "what Kyiv has". */
function relativizedObject(ctx: SentenceContext, subjects: readonly Mention[]): boolean {
  const first = Math.min(...subjects.map((m) => m.firstToken));
  const before = token(ctx, first - 1);
  if (before === undefined || mentionOf(ctx, first - 1) !== undefined) return false;
  return before.pos === 'NOUN' || GAP_OPENERS.has(before.lower);
}

/**
 * "Russia must be held accountable for the war crimes", "All perpetrators of war crimes should be brought to
 * justice": the speaker or reporter charges the obliged actors (112, asserted; accountability.ts), or no one named
 * when the sentence is about crimes of war or another country's doings. Not in a question or a condition, nor one's
 * own side.
 */
function accountabilityCharges({ ctx, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (let k = ctx.sentence.firstToken + 1; k < ctx.sentence.endToken - 2; k++) {
    if (!OBLIGATION.has(ctx.doc.tokens[k]!.lower)) continue;
    const participle = accountabilityAt(ctx, k);
    if (participle === null || asked(ctx, k)) continue;
    if (CONDITIONAL.has(ctx.doc.tokens[clauseStart(ctx, k) - 1]?.lower ?? '')) continue;
    const accuser = quoteSpeaker(ctx, k, quotes, true) ?? reporterOf(ctx, k, quotes);
    if (accuser === null || unknownSide(accuser)) continue;
    const obliged = obligedSubjects(ctx, k);
    // "bears full responsibility for its war, for which it must be held accountable": a charge naming no one
    // repeats the blame the sentence already lays on someone.
    const accused: (Mention | null)[] =
      obliged.length > 0
        ? obliged.filter((m) => !sameCountry(accuser, m))
        : chargeAbroad(ctx, accuser.actor.country) && findBlame(ctx).length === 0
          ? [null]
          : [];
    const match = ruleMatch(ACCOUNTABILITY_RULE, participle, [accuser], obliged);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    for (const target of accused)
      events.push(makeEvent(base, codebook, '112', 'asserted', accuser, target, null, 'rules:accountability'));
  }
  return events;
}

/**
 * The first match whose trigger is in [from, to]. A module function, not a closure: a closure over a token loop's
 * index makes V8 allocate a context for every token the loop visits (docs/reliability.md, thirteenth pass).
 */
function matchBetween(matches: readonly Match[], from: number, to: number): Match | undefined {
  for (let n = 0; n < matches.length; n++)
    if (matches[n]!.trigger >= from && matches[n]!.trigger <= to) return matches[n];
  return undefined;
}

/**
 * '"Close it for all Russian missiles," Zelenskyy urged', after he called on Western countries to close the sky: an
 * imperative the speaker says to another side whose identity is clear is the speaker's demand of it (imperatives.ts),
 * coded by what is asked ("Give us planes" → 103, "Withdraw your troops" → 105), else 100.
 */
function imperativeDemands({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (const verb of imperativeVerbs(ctx)) {
    const speaker = quoteSpeaker(ctx, verb, quotes, true);
    const addressee = speaker === null ? null : addresseeOf(ctx, speaker, ctx.addressees);
    if (speaker === null || addressee === null) continue;
    const asked = matches.find((m) => m.trigger === verb);
    const code = demandCode(asked?.pattern.code ?? '');
    const match: Match = ruleMatch(IMPERATIVE_RULE, verb, [speaker], [addressee]);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const rule = `rules:imperative (${ctx.doc.tokens[verb]!.lower}) → demand ${code}`;
    events.push(makeEvent(base, codebook, code, 'asserted', speaker, addressee, null, rule));
  }
  return events;
}

/**
 * Threats without a threat verb (warnings.ts): "we will respond", "there would be consequences for
 * Russia". The warner is the clause subject, else the reporter or the quote's speaker. Skipped when a
 * threat pattern already coded the sentence or used the word.
 */
function warningEvents({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  if (matches.some((m) => m.pattern.code.startsWith('13'))) return [];
  if (ctx.doc.tokens[ctx.sentence.endToken - 1]?.text === '?') return [];
  const warnings = findWarnings(ctx);
  if (warnings.length === 0) return []; // most sentences: no set of the words the matches used
  const used = new Set(matches.flatMap((m) => [m.trigger, ...m.literals]));
  const events: Event[] = [];
  for (const warning of warnings) {
    if (used.has(warning.trigger)) continue;
    const reporter = reporterOf(ctx, warning.trigger, quotes);
    const speaker =
      quoteSpeaker(ctx, warning.trigger, quotes, true) ?? pronounReporters(ctx, warning.trigger, reporter)[0] ?? null;
    // "If Russia attacks Ukraine, NATO will respond": with no one named as warned, the condition's doer is.
    const warned = warning.targets.length > 0 ? warning.targets : conditionDoersBefore(ctx, warning.trigger);
    const subjects = warning.subjects.filter((s) => !warned.some((t) => sameActor(s, t)));
    const sources = subjects.length > 0 ? subjects : [speaker ?? reporter].filter((m): m is Mention => m !== null);
    if (sources.length === 0) continue;
    const match: Match = ruleMatch(WARNING_RULE, warning.trigger, sources, warned);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const targets: (Mention | null)[] = warned.length > 0 ? [...warned] : [null];
    for (const source of sources)
      for (const target of targets) {
        if (target !== null && sameActor(source, target)) continue;
        events.push(
          makeEvent(
            base,
            codebook,
            warning.code,
            'asserted',
            source,
            target,
            reporter,
            `rules:warning (${ctx.doc.tokens[warning.trigger]!.lower}) → threat ${warning.code}`,
          ),
        );
      }
  }
  return events;
}

/**
 * "If Russia invades Ukraine, the United States will impose sanctions on Moscow": a coercive act announced as the
 * consequence of a condition is a threat, asserted, besides the act itself, hypothetical (conditional-threats.ts).
 * Skipped when a threat pattern already coded the sentence.
 */
function conditionalThreatEvents({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  if (matches.some((m) => m.pattern.code.startsWith('13'))) return [];
  const events: Event[] = [];
  for (const threat of findConditionalThreats(ctx, matches)) {
    const reporter = reporterOf(ctx, threat.trigger, quotes) ?? quoteSpeaker(ctx, threat.trigger, quotes, true);
    // "If Donbas falls, he believes, Putin will target Kyiv": what another side says someone will do is a
    // prediction; a threat is announced by the side that will act (or told by the narrator as its stance).
    if (reporter !== null && !threat.sources.some((s) => sameCountry(reporter, s))) continue;
    const match: Match = ruleMatch(CONDITIONAL_THREAT_RULE, threat.trigger, threat.sources, threat.targets);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const targets: (Mention | null)[] = threat.targets.length > 0 ? [...threat.targets] : [null];
    const rule = `rules:conditional threat (${ctx.doc.tokens[threat.trigger]!.lower}) → threat ${threat.code}`;
    for (const source of threat.sources)
      for (const target of targets) {
        if (target !== null && sameActor(source, target)) continue;
        events.push(makeEvent(base, codebook, threat.code, 'asserted', source, target, reporter, rule));
      }
  }
  return events;
}

/** "The Kiev authorities are fully responsible for this": the speaker or reporter blames them (112). */
function blameEvents({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  return findBlame(ctx).flatMap((blame) => {
    // "accused Kyiv of being fully responsible": the accusing verb before it is the event. One after it adds its own
    // ("bears full responsibility for its war, for which it must be held fully accountable").
    if (matches.some((m) => m.pattern.code.startsWith('11') && m.trigger < blame.trigger)) return [];
    const reporter = reporterOf(ctx, blame.trigger, quotes);
    const said = quoteSpeaker(ctx, blame.trigger, quotes, true) ?? reporter;
    // "Russia's claim that … is false": the claim's own speaker is the one accused, not the accuser.
    const accuser = said !== null && blame.targets.some((t) => sameActor(said, t)) ? null : said;
    const match: Match = ruleMatch(BLAME_RULE, blame.trigger, accuser !== null ? [accuser] : [], blame.targets);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    return blame.targets
      .filter((target) => accuser === null || !sameActor(accuser, target))
      .map((target) =>
        makeEvent(
          base,
          codebook,
          '112',
          'asserted',
          accuser,
          target,
          reporter,
          `rules:blame (${ctx.doc.tokens[blame.trigger]!.lower})`,
        ),
      );
  });
}

/** "Biden called Putin a war criminal", "described Russia's statements as lies": criticism by naming (labels.ts). */
function labelCriticism(input: SentenceInput): Event[] {
  const { ctx, matches, codebook, quotes } = input;
  return findLabels(ctx, matches, codebook.harshWords).flatMap((label) => {
    const reporter = reporterOf(ctx, label.trigger, quotes);
    const rule = `rules:label (${ctx.doc.tokens[label.trigger]!.lower})`;
    return label.sources.flatMap((source) =>
      toOtherSides(input, LABEL_RULE, label.trigger, source, label.targets, reporter, rule),
    );
  });
}

/**
 * "Russia is a terrorist state", said by Zelenskyy: the speaker or reporter criticises the actor so called (111), as
 * naming it by a harsh word with a verb does (labels.ts).
 */
function copulaLabels(input: SentenceInput): Event[] {
  const { ctx, codebook, quotes } = input;
  const labels = [...findCopulaLabels(ctx, codebook.harshWords), ...findJudgedConduct(ctx, codebook.harshWords)];
  return labels.flatMap((label) => {
    const critic = quoteSpeaker(ctx, label.trigger, quotes, true) ?? reporterOf(ctx, label.trigger, quotes);
    if (critic === null || unknownSide(critic)) return [];
    const rule = `rules:label (is ${ctx.doc.tokens[label.trigger]!.lower})`;
    return toOtherSides(input, LABEL_RULE, label.trigger, critic, label.targets, critic, rule);
  });
}

/**
 * "Japan is a reliable partner of our country", said by Zelenskyy: the speaker or reporter praises Japan (051). The
 * partner must be the speaker's own ("our", "of ours", "of Ukraine" said by Ukraine's president), never the speaker.
 */
function praiseEvents(input: SentenceInput): Event[] {
  const { ctx, quotes } = input;
  return findPraise(ctx).flatMap((praise) => {
    const praiser = quoteSpeaker(ctx, praise.trigger, quotes, true) ?? reporterOf(ctx, praise.trigger, quotes);
    if (praiser === null || (praise.owner !== null && !sameCountry(praise.owner, praiser))) return [];
    const rule = `rules:praise (${ctx.doc.tokens[praise.trigger]!.lower})`;
    return toOtherSides(input, PRAISE_RULE, praise.trigger, praiser, praise.targets, praiser, rule);
  });
}

/**
 * "You are making a major personal contribution to strengthening relations", written by Putin to Mirziyoyev: the
 * speaker or reporter praises whoever makes the contribution (051); "you" in a quote is the speaker's counterpart.
 * Not a contribution that did not or may not happen ("could make a contribution"), nor one's own side's.
 */
function contributionPraise(input: SentenceInput): Event[] {
  const { ctx, quotes } = input;
  return findContributions(ctx).flatMap((contribution) => {
    if (readModality(ctx, contribution.trigger, true).modality !== 'asserted') return [];
    const speaker = quoteSpeaker(ctx, contribution.trigger, quotes, true);
    const praiser = speaker ?? reporterOf(ctx, contribution.trigger, quotes) ?? appraiser(ctx, contribution.trigger);
    if (praiser === null || unknownSide(praiser)) return [];
    let holders = contribution.holders;
    if (holders === 'you') {
      const sides = speaker === null ? [] : salientSides(ctx.mentions, ctx.doc.tokens[contribution.trigger]!.start);
      const other = sides.filter((p) => !sameCountry(p, praiser));
      holders = sides.length === 2 && other.length === 1 ? other : [];
    }
    return toOtherSides(
      input,
      PRAISE_RULE,
      contribution.trigger,
      praiser,
      holders,
      praiser,
      'rules:praise (contribution)',
    );
  });
}

/**
 * "Mohamed bin Zayed Al Nahyan stated that Russia has the right to ensure its national security": the speaker or
 * reporter defends the right's holder verbally (052). Not a right in question ("if Ukraine has the right"), nor one's
 * own side's.
 */
function rightsDefended(input: SentenceInput): Event[] {
  const { ctx, quotes } = input;
  return findRights(ctx).flatMap((right) => {
    if (readModality(ctx, right.trigger, true).modality !== 'asserted') return [];
    const defender = quoteSpeaker(ctx, right.trigger, quotes, true) ?? reporterOf(ctx, right.trigger, quotes);
    if (defender === null || unknownSide(defender)) return [];
    return toOtherSides(input, RIGHT_RULE, right.trigger, defender, right.holders, defender, 'rules:right');
  });
}

/**
 * "Kirby asked how anyone could justify the atrocities committed by Russia", "Boris Johnson noted that war crimes
 * committed by the Russian army in Bucha …": naming a crime and its doer charges the doer (1124) — by the quote's
 * speaker, the reporter, or the subject of the clause that names it. Not when the sentence already accuses, nor a
 * crime in question ("if Russians are committing war crimes"), nor one's own side's. A violation named with its
 * violator ("gross violations of the ceasefire by Russia") charges it likewise (112).
 */
function crimeCharges(input: SentenceInput): Event[] {
  const { ctx, matches, quotes } = input;
  if (matches.some((m) => m.pattern.code.startsWith('11'))) return [];
  return findCrimes(ctx).flatMap((crime) => {
    const at = crime.verb ?? crime.trigger;
    // "the atrocities committed by Russia" presupposes them even in a question ("how could anyone justify …"); only
    // a condition or a negation takes them back.
    const reading = readModality(ctx, at, crime.verb === null);
    const presupposed =
      crime.verb === null && reading.modality === 'hypothetical' && !CONDITIONAL.has(reading.cue ?? '');
    if (reading.modality !== 'asserted' && !presupposed) return [];
    const reporter = reporterOf(ctx, at, quotes);
    // The main clause's subject names only a crime it does not itself state ("… the atrocities committed by Russia").
    const accuser =
      quoteSpeaker(ctx, at, quotes, true) ?? reporter ?? (crime.verb === null ? namer(ctx, crime.trigger) : null);
    if (accuser === null || unknownSide(accuser)) return [];
    const rule = `rules:${crime.code === '1123' ? 'started war' : 'crime'} (${ctx.doc.tokens[crime.trigger]!.lower})`;
    const pattern = crime.code === '112' ? VIOLATION_RULE : crime.code === '1123' ? STARTED_WAR_RULE : CRIME_RULE;
    return toOtherSides(input, pattern, crime.trigger, accuser, crime.doers, reporter, rule);
  });
}

/**
 * "requested recognition in connection with the military aggression of the Ukrainian authorities": acting in
 * response to another's aggression or hostile actions blames it (112; hostile-reasons.ts), by the quote's speaker, the
 * reporter, or the subject of the clause that gives the reason (not a passive's: "was targeted by sanctions in response
 * to Moscow's aggression" is the sanctioner's reason). Not when the sentence already accuses, nor a reason in a
 * condition or a negated clause.
 */
function hostileReasons(input: SentenceInput): Event[] {
  const { ctx, matches, quotes } = input;
  if (matches.some((m) => m.pattern.code.startsWith('11'))) return [];
  return findHostileReasons(ctx).flatMap((reason) => {
    // "in response to Nazi Germany's aggression": the Second World War recalled charges no one today (nazi-era.ts).
    if (naziEraAt(ctx, reason.trigger)) return [];
    const reading = readModality(ctx, reason.trigger, true);
    if (reading.modality === 'negated' || CONDITIONAL.has(reading.cue ?? '')) return [];
    const reporter = reporterOf(ctx, reason.trigger, quotes);
    const accuser = quoteSpeaker(ctx, reason.trigger, quotes, true) ?? reporter ?? actingSubject(ctx, reason.trigger);
    if (accuser !== null && unknownSide(accuser)) return [];
    const rule = `rules:hostile reason (${ctx.doc.tokens[reason.trigger]!.lower})`;
    // Rebels may give their own state's aggression as the reason ("the leaders of the DPR … in connection with the
    // military aggression of the Ukrainian authorities"), so only the accuser itself is left out.
    const match: Match = ruleMatch(
      HOSTILE_REASON_RULE,
      reason.trigger,
      accuser === null ? [] : [accuser],
      reason.doers,
    );
    const base: EventBase = { ctx, match, dictionaryVersion: input.dictionaryVersion, confidenceBase: 0.4 };
    return reason.doers
      .filter((doer) => accuser === null || !sameActor(accuser, doer))
      .map((doer) => makeEvent(base, input.codebook, '112', 'asserted', accuser, doer, reporter, rule));
  });
}

/**
 * "Russia's aim was to block Moldova from joining the EU", said by Moldova's president: a hostile aim ascribed to another
 * side accuses it (112; ascribed-aims.ts), by the quote's speaker, the reporter or a person who is the subject of the
 * sentence; not by the writer alone. Not when the sentence already accuses ("we condemn Russia's attempts to …"), nor
 * in a condition or a negated clause, nor of one's own side.
 */
function ascribedAims(input: SentenceInput): Event[] {
  const { ctx, matches, quotes } = input;
  if (matches.some((m) => m.pattern.code.startsWith('11'))) return [];
  return findAscribedAims(ctx, matches).flatMap((aim) => {
    const reading = readModality(ctx, aim.trigger, true);
    if (reading.modality === 'negated' || CONDITIONAL.has(reading.cue ?? '')) return [];
    const reporter = reporterOf(ctx, aim.trigger, quotes);
    const named = namer(ctx, aim.trigger);
    const accuser =
      quoteSpeaker(ctx, aim.trigger, quotes, true) ?? reporter ?? (named?.actor.type === 'person' ? named : null);
    if (accuser === null || unknownSide(accuser)) return [];
    const rule = `rules:ascribed aim (${ctx.doc.tokens[aim.trigger]!.lower})`;
    return toOtherSides(input, ASCRIBED_AIM_RULE, aim.trigger, accuser, aim.doers, reporter, rule);
  });
}

/**
 * "Russia's outrageous bid to occupy Ukraine", "the provocative policy pursued by US authorities": an act of another
 * side's qualified by a condemning adjective criticises its doer (111; harsh-acts.ts), by the quote's speaker, the
 * reporter or a person who is the subject of the sentence's first verb. Not when the sentence already accuses, nor in a condition, a negated clause or under a modal, nor one's
 * own side's act.
 */
function harshActs(input: SentenceInput): Event[] {
  const { ctx, matches, quotes } = input;
  if (matches.some((m) => m.pattern.code.startsWith('11'))) return [];
  return findHarshActs(ctx).flatMap((act) => {
    // "Nazi Germany's treacherous attack on the USSR": the Second World War recalled (nazi-era.ts).
    if (naziEraAt(ctx, act.trigger)) return [];
    // "We will never recognize Russia's illegal annexations": the refusal to recognise the act is the event.
    if (matches.some((m) => m.trigger < act.trigger && RECOGNIZE.has(ctx.doc.tokens[m.trigger]!.lemma))) return [];
    // "would invite more aggressive Russian retaliation": a possible act is no one's conduct yet.
    const reading = readModality(ctx, act.trigger, true);
    if (reading.modality === 'negated' || CONDITIONAL.has(reading.cue ?? '') || MODALS.has(reading.cue ?? ''))
      return [];
    // A speaker, a reporter, or a person whose words the sentence gives ("The Russian President went into detail about
    // the Ukrainian Government's destructive policies"); not a body the writer reports on: in "NATO provided support
    // following Russia's unprovoked invasion" the words are the writer's, not NATO's.
    const reporter = reporterOf(ctx, act.trigger, quotes);
    const named = namer(ctx, act.trigger);
    const critic =
      quoteSpeaker(ctx, act.trigger, quotes, true) ?? reporter ?? (named?.actor.type === 'person' ? named : null);
    if (critic === null || unknownSide(critic)) return [];
    const rule = `rules:harsh act (${ctx.doc.tokens[act.trigger]!.lower})`;
    return toOtherSides(input, HARSH_ACT_RULE, act.trigger, critic, act.doers, reporter, rule);
  });
}

/**
 * "9 people died as a result of Russian artillery strikes": the attack that caused the deaths is its doer's act of
 * force (190; caused-deaths.ts), read as the verb of dying is (a hope or a denial of deaths is none), with no target of
 * its own: the place or the victims' state is given by the geo stage.
 */
function causedDeaths({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  // "were killed and 18 died in Russian strikes": a force verb already codes the attack.
  if (matches.some((m) => /^(?:18|19|20)/.test(m.pattern.code))) return [];
  return findCausedDeaths(ctx).flatMap((death) => {
    const reading = readModality(ctx, death.trigger, false);
    if (reading.modality !== 'asserted') return [];
    const reporter = reporterOf(ctx, death.trigger, quotes);
    const match: Match = ruleMatch(CAUSED_DEATH_RULE, death.trigger, death.doers, []);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const rule = `rules:caused death (${ctx.doc.tokens[death.trigger]!.lower})`;
    return death.doers.map((doer) => makeEvent(base, codebook, '190', 'asserted', doer, null, reporter, rule));
  });
}

/**
 * "X together with Y have created a bot": a thing made with a partner is cooperation of each side with each other one
 * (060; joint-making.ts), when done (asserted, not announced); not when a pattern already matched the verb.
 */
function jointMakings({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  return findJointMakings(ctx).flatMap((making) => {
    if (matches.some((m) => m.trigger === making.trigger)) return [];
    // Done, not announced: "will create a fund together with Poland" is left to the patterns' intents.
    const reading = readModality(ctx, making.trigger, false);
    if (reading.modality !== 'asserted' || reading.announced !== null) return [];
    const reporter = reporterOf(ctx, making.trigger, quotes);
    const match: Match = ruleMatch(JOINT_MAKING_RULE, making.trigger, making.makers, []);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const rule = `rules:joint making (${ctx.doc.tokens[making.trigger]!.lower})`;
    return making.makers.flatMap((a) =>
      making.makers
        .filter((b) => !sameCountry(a, b))
        .map((b) => makeEvent(base, codebook, '060', 'asserted', a, b, reporter, rule)),
    );
  });
}

/** The subject of the sentence's first verb before `at`, unless that verb is a passive participle. */
function actingSubject(ctx: SentenceContext, at: number): Mention | null {
  const first = namer(ctx, at);
  if (first === null) return null;
  for (let k = ctx.sentence.firstToken; k < at; k++) {
    if (ctx.doc.tokens[k]!.pos !== 'VERB') continue;
    return isPassive(ctx, k) ? null : first;
  }
  return null;
}

/**
 * The asserted event a speaker's words make (praise, a right defended, a crime charged): one from `speaker` to each
 * of `others` not of the speaker's own country, under the sentence rule `pattern`.
 */
function toOtherSides(
  { ctx, codebook, dictionaryVersion }: SentenceInput,
  pattern: Pattern,
  trigger: number,
  speaker: Mention,
  others: readonly Mention[],
  reportedBy: Mention | null,
  rule: string,
): Event[] {
  const match: Match = ruleMatch(pattern, trigger, [speaker], others);
  const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
  return others
    .filter((other) => !sameCountry(speaker, other))
    .map((other) => makeEvent(base, codebook, pattern.code, 'asserted', speaker, other, reportedBy, rule));
}

/** An actor of no known country or body ("---GOV"): whose side it speaks for is unknown. */
const unknownSide = (m: Mention): boolean => (m.actor.country ?? m.actor.code).startsWith('---');

/** "would not give permission to Russia to help Israel": the refuser declines to yield to Russia (124). */
function permissionRefusals({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  return refusedPermissions(ctx).flatMap((refusal) => {
    // "refused permission to Israel": a rejection pattern on the same verb already says it.
    if (matches.some((m) => m.trigger === refusal.trigger && m.pattern.code.startsWith('12'))) return [];
    const match: Match = ruleMatch(REFUSAL_RULE, refusal.trigger, refusal.refusers, refusal.refused);
    const base: EventBase = { ctx, match, dictionaryVersion, confidenceBase: 0.4 };
    const reporter = reporterOf(ctx, refusal.trigger, quotes);
    return refusal.refusers.flatMap((source) =>
      refusal.refused
        .filter((target) => !sameActor(source, target))
        .map((target) =>
          makeEvent(base, codebook, '124', 'asserted', source, target, reporter, 'rules:refused permission → 124'),
        ),
    );
  });
}

/** Words of help that a thanked actor gave: "thanked Poland for its concrete support". */
const HELP_NOUNS = new Set(['support', 'assistance', 'aid', 'help', 'supplies', 'weapons', 'donations']);
/** Tasks whose help builds up the one helped: "support in strengthening our defence" is aid. */
const AID_TASKS = new Set([
  'strengthen',
  'bolster',
  'rebuild',
  'restore',
  'defend',
  'protect',
  'evacuate',
  'reconstruct',
]);

/** What political support is for: "support for the sovereignty and territorial integrity of Ukraine", "of the One
 * China principle", "of our movement towards membership in the European Union". */
const CAUSES = new Set(
  `sovereignty integrity independence principle principles position positions aspirations aspiration movement course
  bid membership candidacy candidate integration path choice policy resolution initiative initiatives formula`.split(
    /\s+/,
  ),
);
/** Kinds of support that are words, not aid: "his personal support", "political support". */
const WORDS_OF_SUPPORT = new Set(['personal', 'political', 'moral', 'diplomatic', 'verbal']);

/**
 * "thanked Biden for the unwavering support of the United States for the sovereignty and territorial integrity of
 * Ukraine", "for his personal support": "support" of a cause or a position, or of a personal or political kind,
 * is backing in words (the thanks' 051 covers it), no aid given.
 */
function politicalSupport(ctx: SentenceContext, help: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[help]!.lower !== 'support') return false;
  for (let k = help - 1; k >= Math.max(ctx.sentence.firstToken, help - 3); k--) {
    if (WORDS_OF_SUPPORT.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'CCONJ' && tokens[k]!.text !== ',') break;
  }
  for (let k = help + 1; k < Math.min(ctx.sentence.endToken, help + 12); k++) {
    const t = tokens[k]!;
    if (CAUSES.has(t.lower)) return true;
    if (t.pos === 'VERB' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return false;
}

/** The next help noun after political support at `support`, within its "for" phrase, that is aid; else -1. */
function laterAid(ctx: SentenceContext, support: number): number {
  for (let k = support + 1; k < Math.min(ctx.sentence.endToken, support + 20); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) return -1;
    if (HELP_NOUNS.has(t.lower) && !politicalSupport(ctx, k)) return k;
  }
  return -1;
}

/** "for his efforts to evacuate civilians": efforts at a task that builds up the thanker are help. */
function aidEfforts(ctx: SentenceContext, j: number): boolean {
  const [word, to, verb] = [ctx.doc.tokens[j], ctx.doc.tokens[j + 1], ctx.doc.tokens[j + 2]];
  return word?.lower === 'efforts' && to?.lower === 'to' && verb !== undefined && AID_TASKS.has(verb.lemma);
}

/**
 * "X thanked Y for its support/assistance": the thanks (SUPPORT 051) also report that Y helped X
 * (AID 070), an event of its own, asserted.
 */
function thanksForAid({ ctx, matches, codebook, dictionaryVersion, quotes }: SentenceInput): Event[] {
  const events: Event[] = [];
  for (const match of matches) {
    if (match.pattern.code !== '051') continue; // before the item search below: most matches are of other codes
    // "expressed gratitude for the assistance provided by X": the pattern has used up the "for".
    const grateful = match.pattern.items.some((it) => it.kind === 'word' && it.words.includes('gratitude'));
    // "I am grateful to Italy for its assistance": the adjective thanks as the verb does.
    const thanks = match.pattern.trigger.includes('thank') || match.pattern.trigger.includes('grateful');
    if (!(thanks || grateful) || helpNotYetGiven(ctx, match.trigger)) continue;
    let help = -1;
    const from = grateful ? match.end - 1 : match.end;
    for (let k = from; k < Math.min(ctx.sentence.endToken, from + 8); k++) {
      const t = ctx.doc.tokens[k]!;
      if (t.lower === 'for') {
        for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
          if (HELP_NOUNS.has(ctx.doc.tokens[j]!.lower) || aidEfforts(ctx, j)) help = j;
          if (help >= 0 || ctx.doc.tokens[j]!.pos === 'VERB') break;
        }
        break;
      }
    }
    // "for its assistance in hosting talks": help with a task the thanked one did, not aid given;
    // but help in building up the thanker ("support in strengthening Ukraine's defence") is aid.
    const task = ctx.doc.tokens[help + 1]?.lower === 'in' ? ctx.doc.tokens[help + 2] : undefined;
    if (help < 0 || (task !== undefined && /ing$/.test(task.lower) && !AID_TASKS.has(task.lemma))) continue;
    // "for their unwavering political support and the important practical assistance provided": the aid further on.
    if (politicalSupport(ctx, help)) help = laterAid(ctx, help);
    if (help < 0) continue;
    // "I am grateful to Romania for the assistance", in a speaker's words: the speaker was helped.
    const subject = subjectOf(ctx, match.trigger);
    const speaker =
      subject.length === 0 && firstPersonSubject(ctx, match.trigger) ? quoteSpeaker(ctx, match.trigger, quotes) : null;
    const thanker = subject.length > 0 ? subject : speaker !== null ? [speaker] : [];
    const base: EventBase = {
      ctx,
      match: { ...match, trigger: help, end: help + 1, literals: [] },
      dictionaryVersion,
      confidenceBase: 0.4,
    };
    // "thanked the minister for the support for Ukraine by the British government": the noun phrase may name both.
    const named = nounPhraseParties(ctx, help);
    const helpers = named.givers.length > 0 ? named.givers : match.targets;
    if (helpers.length === 0) continue;
    const helpedOnes = named.receivers.length > 0 ? named.receivers : thanker;
    for (const helper of helpers)
      for (const helped of helpedOnes.length > 0 ? helpedOnes : [null])
        events.push(
          makeEvent(base, codebook, '070', 'asserted', helper, helped, null, 'rules:thanks-for-aid → aid 070'),
        );
  }
  return events;
}

const WARNING_RULE = ruleOnly('warning', '130');
const CONDITIONAL_THREAT_RULE = ruleOnly('conditional threat', '130');
const BLAME_RULE = ruleOnly('blame', '112');
const PRAISE_RULE = ruleOnly('praise', '051');
const LABEL_RULE = ruleOnly('label', '111');
const RIGHT_RULE = ruleOnly('right', '052');
const CRIME_RULE = ruleOnly('crime', '1124');
const VIOLATION_RULE = ruleOnly('violation', '112');
const STARTED_WAR_RULE = ruleOnly('started war', '1123');
const ACCOUNTABILITY_RULE = ruleOnly('accountability', '112');
const HOSTILE_REASON_RULE = ruleOnly('hostile reason', '112');
const ASCRIBED_AIM_RULE = ruleOnly('ascribed aim', '112');
const HARSH_ACT_RULE = ruleOnly('harsh act', '111');
const RECOGNIZE = new Set(['recognize', 'recognise']);
const CAUSED_DEATH_RULE = ruleOnly('caused death', '190');
const JOINT_MAKING_RULE = ruleOnly('joint making', '060');
const OBLIGATION_RULE = ruleOnly('obligation', '100');
const IMPERATIVE_RULE = ruleOnly('imperative', '100');
const REFUSAL_RULE = ruleOnly('refused permission', '124');

/** A match made by a grammatical rule rather than a pattern: the one trigger word, its doers and targets. */
function ruleMatch(pattern: Pattern, trigger: number, sources: readonly Mention[], targets: readonly Mention[]): Match {
  return { pattern, trigger, end: trigger + 1, literals: [], targets, sources, gaps: 0 };
}

/** "have" + a participle at `h`: "should have done so", "should have been punished", "needs to have been planned". */
function perfectAfter(ctx: SentenceContext, h: number): boolean {
  const after = ctx.doc.tokens[h + 1];
  return ctx.doc.tokens[h]?.lower === 'have' && (after?.pos === 'VERB' || after?.lower === 'been');
}
