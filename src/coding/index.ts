// The event coder: Doc + Mentions (+ Quotes) → Event[]. Patterns from dictionaries/verbs/ fire at
// trigger tokens; roles, modality, reporter and date are read off the sentence around them.
import type { Actor, Diagnostic, Doc, Event, Mention, Modality, Quote } from '../types.ts';
import {
  actorKey,
  country,
  oneSide,
  sameActor,
  sameCountry,
  sharesACountry,
  someOfCountry,
  withoutActorsOf,
  withoutCountriesOf,
  withoutCountryOf,
  withoutMentions,
} from './actor-keys.ts';
import type { Pattern } from './patterns.ts';
import { isPredicateBlame } from './blame.ts';
import { nounAgents, ofObjectAgents } from './noun-agents.ts';
import { forcesMoved, movesOwnForces } from './moved-forces.ts';
import { withClaims } from './claims.ts';
import {
  abstractObject,
  byAfter,
  clauseSubject,
  attributiveGerund,
  attributiveParticiple,
  courtesyGreeting,
  demandedOf,
  evidenceInfinitive,
  gerundComplement,
  ifAfter,
  infinitiveEnd,
  INFORMATION,
  mishapCause,
  nominalGerund,
  passivePatientHead,
  POSSIBILITY_MODALS,
  prepositionalClause,
  restatedMeeting,
  unlessAfter,
  placeRuined,
  unnamedDoer,
  weaponAgent,
} from './clause-tests.ts';
import { withoutReflexiveActs } from './reflexive-objects.ts';
import type { Codebook } from './codebook.ts';
import { hyphenatedParties } from './compounds.ts';
import { noteLaterMeeting } from './later-meetings.ts';
import { asked, mentionIndex, mentionOf, type SentenceContext } from './context.ts';
import { withCrowdCodes } from './crowds.ts';
import { politicalSideOf } from './derived.ts';
import { forecastEffect } from './forecasts.ts';
import { thingHelped } from './thing-effects.ts';
import { thingThreat } from './thing-threats.ts';
import { verbalTalks } from './verbal-talks.ts';
import { thingRole } from './thing-roles.ts';
import { agendaItem } from './agenda-items.ts';
import { acceptedHonour, audienceGreeting, courtesyOccasion, courtesyThanks } from './courtesy.ts';
import { partnerAfterTopic } from './discussed-with.ts';
import { discussedInfinitive, discussedTopic } from './discussed-topics.ts';
import { withoutDomesticRoutine } from './domestic-routine.ts';
import { withoutOwnSideAid } from './own-side-aid.ts';
import { withoutUntargetedSpeechActs } from './untargeted-speech-acts.ts';
import { withoutCeremonialCongratulations } from './ceremonial-congratulations.ts';
import { withoutSpeakerlessAppeals } from './speakerless-appeals.ts';
import { withoutUnaddressedActs } from './unaddressed-acts.ts';
import { domesticBan } from './domestic-bans.ts';
import { domesticMeasure } from './domestic-measures.ts';
import { domesticSupport } from './domestic-support.ts';
import { domesticThanks } from './domestic-thanks.ts';
import { thanksToGod } from './thanks-to-god.ts';
import { pardonInterjection, speakersApology } from './speakers-apologies.ts';
import { bareAssent } from './bare-assents.ts';
import { nonDiplomaticRecognition } from './recognition-senses.ts';
import { withheldNotDenied } from './denied-goods.ts';
import { roleField } from './role-gerunds.ts';
import { compoundHead } from './hyphened-verbs.ts';
import { purposedThing } from './purposed-things.ts';
import { deflectedBlame } from './deflected-blame.ts';
import { selfProtection } from './self-protection.ts';
import { ownForces } from './own-forces.ts';
import { restatedOutcome } from './restated-outcomes.ts';
import { describingRelative } from './descriptive-relatives.ts';
import { idleTalk, spokenTopic } from './spoken-topics.ts';
import { pollFinding, pollShare } from './poll-shares.ts';
import { attendanceList } from './attendance-lists.ts';
import { naziEraAct } from './nazi-era.ts';
import { judgedNoun } from './judged-nouns.ts';
import { HELD_IN_PHRASE, meetingHolders, meetingRestated } from './held-meetings.ts';
import { meetingOwner } from './meeting-owners.ts';
import { PARTICIPLE_DOER, participleDoer, pronounObjectDoer, resultOfPassive } from './adverbial-participles.ts';
import { coordinatedAddressee } from './addressed-requests.ts';
import { venueMeeting, visitorByPlace } from './host.ts';
import { addresseeOf, imperativeAt, noteAddressees, type Addressees } from './imperatives.ts';
import {
  leadersNamed,
  hubOfCounterparts,
  noteReadoutParties,
  partiesBesides,
  readoutParties,
  type ReadoutParties,
} from './readout-parties.ts';
import { sidesNamedRecently } from './recent-sides.ts';
import { initiator, keepInitiative, pairsOf, seriesFromOne, type Initiative } from './initiative.ts';
import {
  announcedBy,
  conditionAfter,
  decisionBefore,
  heldIn,
  lightVerbBefore,
  lightVerbSubject,
} from './light-verbs.ts';
import { eventId, makeEvent, type EventBase } from './make-event.ts';
import { alleges, PLACE_LEFT, PLACE_VISITED } from './lexicon.ts';
import { leavesPlaceOnly, namedPlaceAt } from './left-places.ts';
import { jointDrill, MILITARY_COOPERATION } from './joint-drills.ts';
import { type Match } from './match.ts';
import { describedParticiple, unasserted } from './described-participles.ts';
import {
  ALLY_CUE,
  ERA_CUE,
  LISTING_CUE,
  MEASURE_CUE,
  HABIT_CUE,
  NON_PARTY_CUE,
  OUTCOME_CUE,
  POLL_CUE,
  sentenceCues,
  THANKS_CUE,
} from './gate-cues.ts';
import { ASSERTED as ASSERTED_READING, readModality, valuedCue, type ModalityReading } from './modality.ts';
import { jointAct, RECIPROCAL_ROOTS } from './mutual.ts';
import { nonPartyMeeting } from './non-party-meetings.ts';
import { namesWar, warCourseReported } from './war-names.ts';
import { clubPairs } from './members.ts';
import { withoutOwnCountry } from './own-country.ts';
import { thankedFor, thankedInterlocutor } from './thanks-for.ts';
import { commemorated, gerundSubject } from './topics.ts';
import { pastNoun } from './past-nouns.ts';
import { lastOccasion } from './last-occasion.ts';
import { asAgreed } from './as-agreed.ts';
import { habitualAct } from './habitual-acts.ts';
import { recurrentAct } from './recurrent-clauses.ts';
import { commercialOffer } from './commercial-offers.ts';
import { withoutAllies } from './fought-alongside.ts';
import { perceivedThreat } from './perceived-threats.ts';
import { signedDecree } from './signed-decrees.ts';
import { unnamedCompulsion } from './unnamed-compulsion.ts';
import { contentGerund, reportedTopic } from './reported-topics.ts';
import { figurativeWar, pressureDefinedWar } from './figurative-wars.ts';
import { figurativeHostage } from './figurative-hostages.ts';
import { foughtForCause } from './fought-causes.ts';
import { genericWeFight } from './generic-fights.ts';
import { genericParticipleDoer, genericRelativeDoer } from './generic-doers.ts';
import { crossOwnSides } from './own-sides.ts';
import { partiesBetween } from './between-lists.ts';
import { neededActOf } from './needs.ts';
import { untensedRaise } from './raised-sanctions.ts';
import { backgroundMeasure, judgedMeasure } from './judged-measures.ts';
import {
  afterQuote,
  firstPersonLightVerb,
  firstPersonPlural,
  firstPersonSubject,
  lastInterlocutor,
  speakerPairPartner,
  ourCountry,
  nounSubject,
  openingParties,
  pronounReporters,
  secondPersonAt,
  secondPersonSubject,
  thirdPersonSubject,
  thirdPersonClause,
} from './persons.ts';
import { preparedForce } from './prepared.ts';
import { readoutPassiveDoer } from './readout-passives.ts';
import { intentCode, rejectionCode, threatCode } from './recode.ts';
import { promisedThanks } from './future-thanks.ts';
import { threatenedActCode, threatenedActRule } from './threatened-acts.ts';
import { calledMeasureCode, calledMeasureRule } from './called-measures.ts';
import { withoutRelationPossessors } from './relational.ts';
import { objectRelativeAntecedent, reducedRelativePatient } from './relatives.ts';
import { reactedActDoer } from './reacted-acts.ts';
import { objectMaker } from './made-objects.ts';
import { ONE_SIDED_TRIGGERS, readoutCounterpart } from './readout-counterpart.ts';
import { presentSides } from './present-sides.ts';
import { undeclaredDisposition } from './stated-intent.ts';
import {
  documentClause,
  documentWords,
  inAddress,
  previousTurnSpeaker,
  quoted,
  quoteSpeaker,
  reporterOf,
} from './reported.ts';
import { controllingObject } from './object-control.ts';
import {
  accusedActor,
  adversaryAfter,
  agentInObject,
  attackDoer,
  complainedOf,
  defaultTarget,
  sharedObjectStart,
  beforeBeForm,
  firstOfConjoined,
  isPassive,
  launchSite,
  nounModifierSource,
  passiveAgent,
  passivePatientOwner,
  passiveSubject,
  pluralParticipants,
  salientSides,
  subjectOf,
  weaponFirer,
} from './roles.ts';
import { withVerbSenses } from './senses.ts';
import { withThankedDoers } from './thanked-doers.ts';
import { withOtherSideSupport } from './self-support.ts';
import { withoutSelfTargets } from './self-targets.ts';
import { namedAfter, unnamedPartnerAfter } from './unnamed-partners.ts';
import { withSupportedWars } from './supported-wars.ts';
import { withCondemnedWars } from './condemned-wars.ts';
import { sentenceMatches } from './sentence-matches.ts';
import { SENTENCE_RULES, type SentenceInput } from './sentence-rules.ts';
import { cuesIn, ruleGate } from './rule-cues.ts';
import { militaryInstrument } from './weapons.ts';
import { pluralVocativeBefore, vocativeAfter, vocativeBefore } from './vocatives.ts';
import { verblessFragment } from './verbless-fragments.ts';
import { comparedDenial } from './compared-acts.ts';
import { withoutDestinations } from './people-destinations.ts';

export { loadCodebook, type Codebook } from './codebook.ts';
export { withoutTolls } from './tolls.ts';

/** CAMEO roots of force (assault, fight, mass violence): with no actor named, see src/geo/place-actors.ts. */
const FORCE = /^(?:18|19|20)/;
/** Stances a readout's parties each take towards a third side: demands, disapproval, rejection (10–12). */
const STANCE_ROOTS: ReadonlySet<string> = new Set(['10', '11', '12']);
/** Acts of a state's police and courts (investigate, convict, arrest or charge, deport): see src/geo/place-actors.ts. */
const LEGAL_ACTS = /^(?:09|116|173|174)/;
/** Consultations mean nothing without a counterpart ("the cabinet met"); mediation (045) may stand alone. */
const needsCounterpart = (code: string): boolean => code.startsWith('04') && !code.startsWith('045');

export function codeEvents(
  doc: Doc,
  allMentions: readonly Mention[],
  codebook: Codebook,
  dictionaryVersion: string,
  quotes: readonly Quote[] = [],
): { events: Event[]; diagnostics: Diagnostic[] } {
  // "thanked Ukraine's partners": the possessor of a noun of relation is no side of the act.
  const mentions = withoutRelationPossessors(doc, allMentions);
  const mentionAt = mentionIndex(doc, mentions);
  const events: Event[] = [];
  const seen = new Set<string>();
  // A readout names who called once ("at the latter's initiative"); later sentences about the same
  // conversation ("The leaders discussed …") keep that direction.
  const initiatives: Initiative[] = [];
  const addressees: Addressees = new Map();
  const readout: ReadoutParties[] = [];
  // Made once per document: under tsx a named closure also costs a `__name` call each time it is made.
  const gate = ruleGate(codebook);
  const reId = (e: Event, code: string): string =>
    eventId(doc.article.id, e.sentenceIndex, e.trigger.start, code, e.source ?? undefined, e.target ?? undefined);
  for (const sentence of doc.sentences) {
    const ctx: SentenceContext = { doc, sentence, mentions, mentionAt, initiatives, addressees, readout };
    // "X is to blame for": blame as a predicate is read by blameEvents, with X as the one blamed.
    const tried = withoutPurposeDemands(ctx, sentenceMatches(ctx, codebook));
    const matches = tried.length === 0 ? tried : tried.filter((m) => !isPredicateBlame(ctx, m.trigger));
    const input: SentenceInput = { ctx, matches, codebook, dictionaryVersion, quotes }; // one for all the rules
    // Indexed loops rather than flatMap, spreads or for…of: this runs for every sentence, most of which yield
    // nothing, and the iterators of for…of were still allocated here (a sampling heap profile of the corpus).
    const raw: Event[] = [];
    const alleging = matches.length > 0 && allegingIn(ctx);
    for (let m = 0; m < matches.length; m++)
      pushAll(raw, eventsOf(ctx, matches[m]!, codebook, dictionaryVersion, quotes, alleging));
    // A rule runs only on a sentence holding its cue words (rule-cues.ts): most sentences hold none.
    const cues = cuesIn(ctx, gate);
    for (let r = 0; r < SENTENCE_RULES.length; r++)
      if ((cues & gate.needs[r]!) === gate.needs[r]) pushAll(raw, SENTENCE_RULES[r]!(input));
    // An act on oneself ("Iraq had attacked themselves") is dropped once what a speaker alleges by it is read.
    const found = withoutReflexiveActs(
      ctx,
      withClaims(ctx, withActTargets(ctx, raw), { codebook, dictionaryVersion, quotes }),
    );
    if (found.length === 0) {
      noteReadoutParties(ctx, matches, found, readout); // an opening's meeting with sides it cannot name
      continue; // most sentences: nothing to recode or deduplicate
    }
    // The sentence's events, recoded and filtered in turn.
    let recoded: readonly Event[] = withVerbSenses(ctx, found, codebook, reId);
    recoded = withThankedDoers(ctx, recoded, reId);
    recoded = withOtherSideSupport(ctx, recoded, reId);
    recoded = withSupportedWars(ctx, recoded, reId);
    recoded = withCondemnedWars(ctx, recoded, reId);
    recoded = withoutDomesticRoutine(recoded);
    recoded = withoutOwnSideAid(ctx, recoded);
    recoded = withoutCeremonialCongratulations(ctx, recoded);
    recoded = withoutUnaddressedActs(ctx, recoded);
    recoded = withoutSpeakerlessAppeals(ctx, recoded);
    recoded = withoutUntargetedSpeechActs(ctx, recoded, quotes);
    recoded = withCrowdCodes(recoded, codebook, reId);
    recoded = withoutSelfTargets(ctx, recoded, reId);
    // One sentence reports a dyad's event once: "discussed A … and discussed B" is one consultation.
    // A cooperative event with no target repeats one of the same category and source that has a target
    // ("reaffirmed his commitment that the US will stand by Ukraine" is one AGREE, US → Ukraine); a
    // conflict's second act is an event of its own ("shelled Turkey, killing three Iraqi soldiers"), unless it is
    // the toll of the same attack (see tolls.ts, run once places have given targets).
    const dyads = new Set<string>();
    const kept = events.length;
    for (const event of recoded) {
      if (
        event.target === null &&
        event.plover !== null &&
        event.cameo < '10' &&
        recoded.some(
          (other) =>
            other.target !== null &&
            other.plover === event.plover &&
            other.modality === event.modality &&
            country(other.source) === country(event.source),
        )
      )
        continue;
      if (agreementRestated(event, recoded) || meetingRestated(event, recoded)) continue;
      const dyad = `${event.cameo}\u0000${event.modality}\u0000${actorKey(event.source)}\u0000${actorKey(event.target)}`;
      if (seen.has(event.id) || dyads.has(dyad)) continue;
      seen.add(event.id);
      dyads.add(dyad);
      events.push(event);
    }
    noteAddressees(ctx, events.slice(kept), addressees);
    noteReadoutParties(ctx, matches, events.slice(kept), readout);
    noteLaterMeeting(ctx, events.slice(kept), readout, quotes);
  }
  return { events, diagnostics: [] };
}

function pushAll(into: Event[], events: readonly Event[]): void {
  for (let k = 0; k < events.length; k++) into.push(events[k]!);
}

/**
 * "Chile has agreed to lift the sanctions on Peru": a bare agreement (030 "agree to") whose infinitive is itself
 * coded as a more precise intent of the same side (0354 ease sanctions) says nothing more; the intent is the event.
 */
function agreementRestated(event: Event, found: readonly Event[]): boolean {
  if (event.cameo !== '030' || !/^agree/i.test(event.trigger.text)) return false;
  // "G7 members have agreed to impose a price cap on Russian oil": the agreed measure (16, still to come) is the
  // event; an agreement aimed at its target would say the G7 agreed with Russia.
  return found.some(
    (o) =>
      ((o.cameo.startsWith('03') && o.cameo !== '030' && o.modality === event.modality) ||
        (o.cameo.startsWith('16') && o.modality === 'hypothetical')) &&
      o.trigger.start > event.trigger.start &&
      country(o.source) === country(event.source) &&
      (event.target === null || country(o.target) === country(event.target)),
  );
}

/**
 * "Iran threatened to launch a new offensive in its war with Iraq": a threat with no target takes the
 * target of the threatened act (a later hypothetical event of the same source in the sentence); a refusal
 * that of the refused act.
 */
function withActTargets(ctx: SentenceContext, events: Event[]): Event[] {
  return events.map((e) => {
    const refusal = e.cameo.startsWith('12');
    if ((!e.cameo.startsWith('13') && !refusal) || e.target !== null || e.source === null) return e;
    // "refused to commit to any assistance to the US-led war": a refusal is aimed where the refused act was.
    const act = events.find(
      (o) =>
        (o.modality === 'hypothetical' || (refusal && o.modality === 'negated')) &&
        o.target !== null &&
        o.trigger.start > e.trigger.start &&
        country(o.source) === country(e.source) &&
        politicalSideOf(o.target) !== politicalSideOf(e.source),
    );
    const target = act?.target ?? (refusal ? null : conditionSubject(ctx, e.trigger.end, country(e.source)));
    if (!target) return e;
    return {
      ...e,
      target,
      id: eventId(ctx.doc.article.id, e.sentenceIndex, e.trigger.start, e.cameo, e.source, target),
    };
  });
}

/**
 * "threatened to stop negotiations if the United States goes ahead with the deployment": a threat is aimed at
 * the one whose act it makes the condition, the subject of the "if"/"unless" clause after it.
 */
function conditionSubject(ctx: SentenceContext, after: number, sourceCountry: string | null): Actor | null {
  const { tokens } = ctx.doc;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.start < after || (t.lower !== 'if' && t.lower !== 'unless')) continue;
    for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 6); j++) {
      const m = mentionOf(ctx, j);
      if (m !== undefined) {
        const c = m.actor.country ?? m.actor.code;
        return c === sourceCountry || m.kind === 'pronoun' ? null : m.actor;
      }
      if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return null;
    }
    return null;
  }
  return null;
}

/**
 * "staged demonstrations to demand reforms", "blocked roads demanding that he be reinstated": a demand
 * that states the purpose of a protest or coercive act is what the act is about, not a request of its own.
 */
function withoutPurposeDemands(ctx: SentenceContext, matches: Match[]): Match[] {
  // Most sentences have no match. The filter is a function of its own: its closure over `ctx` made V8 allocate a
  // context at every call, before any early return (docs/reliability.md, thirteenth pass).
  return matches.length === 0 ? matches : purposeDemandsDropped(ctx, matches);
}

function purposeDemandsDropped(ctx: SentenceContext, matches: Match[]): Match[] {
  const acts = matches.filter((m) => /^(?:1[4-9]|20)/.test(m.pattern.code)).map((m) => m.trigger);
  return matches.filter((m) => {
    if (!m.pattern.code.startsWith('10') || !acts.some((k) => k < m.trigger)) return true;
    const t = ctx.doc.tokens[m.trigger]!;
    const infinitive = ctx.doc.tokens[m.trigger - 1]?.lower === 'to';
    return !(infinitive || (t.pos === 'VERB' && t.lower.endsWith('ing')));
  });
}

function eventsOf(
  ctx: SentenceContext,
  match: Match,
  codebook: Codebook,
  dictionaryVersion: string,
  quotes: readonly Quote[],
  alleging: boolean,
): Event[] {
  const i = match.trigger;
  const noun = match.pattern.noun;
  // "equipment sent to Ukraine": a match that read its object before the verb read the verb as active (match.ts),
  // unless a "by" agent says who acted ("weapons delivered by the West to Ukraine").
  const passive = !noun && isPassive(ctx, i) && (!anyBefore(match.literals, i) || passiveAgent(ctx, i) !== null);
  let sources: readonly Mention[];
  // "informed the leaders of major European countries": the leaders of those named (readout-parties.ts).
  const leaders = leadersNamed(ctx, match);
  let targets: readonly Mention[] = leaders !== null && leaders.length > 0 ? leaders : match.targets;
  let rule = match.pattern.id;
  // The doer was read after the noun's "of" object, and its targets from that object alone (noun-agents.ts).
  let ofObject = false;
  if (passive) {
    sources = passiveAgent(ctx, i)?.agents ?? [];
    // "victims killed by the crash": a reduced relative's subject is the noun phrase it follows.
    // A participle after a list's be-form ("have been killed, tortured, raped, and wounded by") has its subject.
    const reduced = reducedRelativePatient(ctx, i);
    const subject =
      reduced !== null && (reduced.length > 0 || !beforeBeForm(ctx, i)) ? reduced : passiveSubject(ctx, i);
    // "A rocket was fired at Israel": the subject is what was fired; a target after a preposition is the target.
    targets = match.targets.length > 0 ? match.targets : subject;
    // "Russian troops will be withdrawn from Belarus", "Wagner fighters were deployed to Mali": forces pulled back or
    // sent with no one named doing it are moved by their own side, its source (the place, if named, the target).
    const forces = sources.length === 0 && movesOwnForces(match.pattern) ? forcesMoved(ctx, subject) : null;
    if (forces !== null) {
      sources = forces;
      // The place is named after a preposition, or follows the pattern's last word when it has a T slot.
      targets =
        match.targets.length > 0
          ? match.targets
          : hasTargetItem(match.pattern)
            ? defaultTarget(ctx, match.end, sources)
            : [];
    }
    // "were killed in Israeli tank shelling", "in an air strike by government forces": the attack's doer.
    if (sources.length === 0 && /^(?:18|19|20)/.test(match.pattern.code)) {
      const doers = attackDoer(ctx, match.end - 1);
      if (doers.length > 0) {
        sources = doers;
        rule += ' (doer of the attack)';
      }
    }
    // "blown up by a missile fired by rebels": whoever fired the weapon.
    if (sources.length === 0 && /^(?:18|19|20)/.test(match.pattern.code)) {
      sources = weaponFirer(ctx, i);
      if (sources.length > 0) rule += ' (who fired the weapon)';
    }
    // "A mortar bomb was fired at Israel from the Gaza Strip": force with no agent came from the place's unidentified
    // armed forces.
    // Not when a "by" phrase names something else ("targeted by sanctions from the US").
    const unnamed = sources.length === 0 && (!byAfter(ctx, i) || weaponAgent(ctx, i));
    const site = unnamed && /^(?:18|19|20)/.test(match.pattern.code) ? launchSite(ctx, match.end) : null;
    if (site !== null) {
      const iso = site.actor.country ?? site.actor.code;
      const actor = { ...site.actor, code: `${iso}UAF`, sector: 'UAF', type: 'group' as const, id: null };
      sources = [{ ...site, actor: { ...actor, name: `${site.actor.name} (unidentified armed forces)` } }];
      rule += ` (fired from ${site.actor.name})`;
    }
    // "The President of France was asked to …" in a readout: the other party asked (readout-passives.ts).
    if (sources.length === 0) {
      sources = readoutPassiveDoer(ctx, match.pattern.code, i, targets, narrated(ctx, i, quotes));
      if (sources.length > 0) rule += ' (readout party)';
    }
    // Only harm done to a thing is done to its owner: "the award for the Ukrainian people was handed over" is not.
    if (targets.length === 0 && /^(?:1[4-9]|20)/.test(match.pattern.code)) targets = passivePatientOwner(ctx, i);
    rule += ' (passive)';
  } else if (match.sources.length > 0) {
    sources = match.sources;
    // "received weapons from S": the subject is what the source acted on.
    if (!noun && !hasTargetItem(match.pattern)) targets = subjectOf(ctx, i);
    // "We have received assurances from Germany", in Zelenskyy's words: a speaker's "we" or "I" is the receiver.
    if (!noun && !hasTargetItem(match.pattern) && targets.length === 0 && firstPersonSubject(ctx, i)) {
      const receiver = quoteSpeaker(ctx, i, quotes, true);
      if (receiver !== null && !someOfCountry(sources, receiver)) {
        targets = [receiver];
        rule += ' (the speaker receives)';
      }
    }
  } else if (noun) {
    const modifier = nounModifierSource(ctx, i);
    // "Russian-Belarusian talks", "the EU-Ukraine summit": a hyphenated pair names both parties of the meeting.
    const parties =
      targets.length === 0 && RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2)) ? hyphenatedParties(ctx, i) : [];
    sources = parties.length > 0 ? parties : modifier !== null ? [modifier] : lightVerbSubject(ctx, i);
    // "the talks of the President of Ukraine with the leaders of these states": the "of" party owns the meeting.
    const owner = sources.length === 0 ? meetingOwner(ctx, match) : null;
    if (owner !== null) {
      sources = [owner];
      targets = withoutMentions(targets, sources);
      rule += ' (the meeting’s owner)';
    }
    // "the attack on Ukraine by Russian forces": the noun's "by" phrase names its doer (noun-agents.ts).
    const agents = sources.length === 0 ? nounAgents(ctx, match) : [];
    if (agents.length > 0) {
      sources = agents;
      targets = withoutMentions(targets, agents);
      rule += ' (by its agent)';
    }
    // "the destruction of Ukrainian cities by Russian missiles": the doer after the noun's "of" object (noun-agents.ts).
    const ofAgents = sources.length === 0 && targets.length === 0 ? ofObjectAgents(ctx, match) : null;
    if (ofAgents !== null) {
      sources = ofAgents.agents;
      targets = ofAgents.objects;
      ofObject = true;
      rule += ' (by its agent)';
    }
    // "…, while also indicating readiness to continue contacts": a light verb that is an adverbial participle has its
    // clause's subject (adverbial-participles.ts).
    const light = sources.length === 0 ? lightVerbBefore(ctx, i) : null;
    if (light !== null) sources = participleDoer(ctx, light);
    // "Biden and Scholz agreed in a phone call": a consultation the clause's subjects held.
    if (sources.length === 0 && match.pattern.code.startsWith('04') && heldIn(ctx, i)) sources = subjectOf(ctx, i);
    // "During a meeting with Duda, Zelenskyy discussed …", "was stated by Zelenskyy following talks with Rutte".
    if (sources.length === 0 && targets.length > 0 && match.pattern.code.startsWith('04')) {
      sources = meetingHolders(ctx, i, targets);
      if (sources.length > 0) rule += HELD_IN_PHRASE;
    }
    // "Our talks with President Macron were substantive": the speaker's, when the clause is about them (a meeting only
    // mentioned, "during my visit to China in 2016", stays context).
    if (
      sources.length === 0 &&
      targets.length > 0 &&
      match.pattern.code.startsWith('04') &&
      firstPersonOwned(ctx, i) &&
      clauseSubject(ctx, i)
    ) {
      const speaker = quoteSpeaker(ctx, i, quotes);
      if (speaker !== null && !someOfCountry(targets, speaker)) {
        sources = [speaker];
        rule += ' (the speaker’s)';
      }
    }
    // "During the telephone conversation, Putin congratulated Mirziyoyev …": the main clause's two parties.
    if (sources.length === 0 && targets.length === 0 && match.pattern.code.startsWith('04'))
      sources = openingParties(ctx, i);
  } else {
    // A gerund used as a noun takes its modifier: "killed in Israeli tank shelling", "the Russian
    // shelling"; the clause subject only when it has none.
    const gerund = ctx.doc.tokens[i]!.lower.endsWith('ing');
    const modifier = gerund ? nounModifierSource(ctx, i) : null;
    // "thanked Denmark for sending equipment": the one thanked sends it (object-control.ts).
    const controller = controllingObject(ctx, i);
    const resulting = /^(?:18|19|20)/.test(match.pattern.code) ? resultOfPassive(ctx, i) : null;
    // "intensified shelling by Ukrainian forces": a gerund's "by" names its doer, who is no target.
    const byAgents = gerund && ctx.doc.tokens[i + 1]?.lower === 'by' ? (passiveAgent(ctx, i)?.agents ?? []) : [];
    if (byAgents.length > 0) targets = withoutMentions(targets, byAgents);
    // "the shelling of nuclear power plants by Russian troops": so after the gerund's "of" object (noun-agents.ts).
    const ofAgents = gerund && byAgents.length === 0 && targets.length === 0 ? ofObjectAgents(ctx, match) : null;
    if (ofAgents !== null) {
      targets = ofAgents.objects;
      ofObject = true;
    }
    const named = ofAgents?.agents ?? byAgents;
    // "sent a message to Scholz congratulating him": not Scholz congratulating himself (adverbial-participles.ts).
    const agents = named.length > 0 || controller !== null ? named : pronounObjectDoer(ctx, i);
    // "Ukrainian forces repelled eight Russian attacks, destroying nine tanks": a participle after a comma is done by
    // the subject of the clause it modifies, not by an actor named in that clause's object.
    const adverbial =
      gerund && resulting === null && ctx.doc.tokens[i - 1]?.text === ','
        ? withoutCountriesOf(participleDoer(ctx, i), targets)
        : [];
    sources =
      agents.length > 0
        ? agents
        : controller !== null
          ? controller
          : modifier !== null && ctx.mentionAt[i - 1]! >= 0
            ? [modifier]
            : adverbial.length > 0
              ? adverbial
              : (resulting ?? subjectOf(ctx, i));
    if (sources.length === 0 && modifier !== null && controller === null) sources = [modifier];
    // "After conferring with Biden, Scholz said …": an adverbial participle's doer is its clause's subject.
    if (sources.length === 0 && controller === null && resulting === null) {
      // "Supporting Ukraine, they …": no one is read as acting on its own country.
      const doers = withoutCountriesOf(participleDoer(ctx, i), targets);
      if (doers.length > 0) {
        sources = doers;
        rule += PARTICIPLE_DOER;
      }
    }
  }
  // "Withdraw your troops!", said by Zelenskyy: an imperative asks its addressee to act (imperatives.ts); it is no act
  // of the speaker's, and its doer is the addressee when the sentence or the article makes clear who that is.
  const imperative = !noun && !passive && imperativeAt(ctx, i) ? quoteSpeaker(ctx, i, quotes, true) : null;
  if (imperative !== null) {
    const addressee = addresseeOf(ctx, imperative, ctx.addressees);
    sources = addressee === null ? [] : [addressee];
    rule += addressee === null ? ' (imperative)' : ' (imperative: the addressee)';
  }
  const reporter = reporterOf(ctx, i, quotes);
  // A subjectless event in a direct quote ("units have returned …”, the ministry said) is the
  // speaker's; so is one whose subject is a pronoun the actor stage left unresolved ("X said it will …").
  let inferredSource = false;
  // The quote's speaker was made the source of a subjectless act ("Lend-lease will help Ukraine," Zelensky said).
  let speakerOwned = false;
  // The readout's side that talked with each of several others in separate conversations (readout-parties.ts).
  let hub: Mention | null = null;
  // A passive without agent or subject may still be a readout's "It was agreed …".
  if (sources.length === 0 && imperative === null && (!passive || targets.length === 0)) {
    // "Let's have a dialogue with Russia", "we will hold talks with X": the speaker's side holds a cooperative event
    // noun ("we have a war with Russia" describes a state of affairs).
    const nounOwned = !noun || (RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2)) && firstPersonLightVerb(ctx, i));
    // "thank you for inviting me": the one thanked does it, though no actor names them.
    const controlled = !noun && !passive && controllingObject(ctx, i) !== null;
    // "You killed 16 children", said by Zelenskyy: "you" is no act of the speaker's. At a meeting of one state's
    // people ("Sergei Sobyanin: Back then you supported the strategy", after Putin's turn) the one spoken to is of the
    // speaker's own state, and the speaker's code stands for both.
    // "you have begun to engage … and clearly condemned": a verb after "and" has the subject of the verb before it.
    const lead = firstOfConjoined(ctx, i);
    const spokenTo =
      secondPersonSubject(ctx, lead) && !sameState(previousTurnSpeaker(ctx, i, quotes), quoteSpeaker(ctx, i, quotes));
    // "They went in, destroyed the country", said by Putin: the speaker's "they" are others (persons.ts), and not
    // the participants of a talk either ("They are not saying what they want to discuss").
    const third = thirdPersonClause(ctx, i);
    const othersAct = third >= 0 && quoted(ctx, third, quotes);
    // "It is important for the EU to support us", "I urge you to continue to support us": what is done to the
    // speaker's "us" is no act of the speaker's (the "us" is the target, persons.ts ourCountry).
    const toUs = !noun && ctx.doc.tokens[match.end]?.lower === 'us' && ctx.mentionAt[match.end]! < 0;
    // "Aide to the President Yury Ushakov: … the two leaders began discussing …": talks a speaker took no part in.
    const briefed =
      quoted(ctx, i, quotes) && pluralParticipants(ctx, i, true).length > 0 && toldReadout(ctx, i, quotes);
    const speaker =
      briefed ||
      !nounOwned ||
      passive ||
      controlled ||
      nounSubject(ctx, i) ||
      thirdPersonSubject(ctx, lead) ||
      othersAct ||
      toUs ||
      spokenTo ||
      documentClause(ctx, i, quotes)
        ? null
        : quoteSpeaker(ctx, i, quotes, true);
    // "Obama and Putin said they will …": "they" stands for every coordinated reporter.
    const owners =
      !nounOwned || passive || controlled || nounSubject(ctx, i)
        ? []
        : speaker !== null
          ? [speaker]
          : noun || othersAct
            ? []
            : pronounReporters(ctx, i, reporter);
    const owner = owners[0] ?? null;
    // An event noun takes the participants only as the object of a light verb ("the leaders held a meeting");
    // only cooperative events have participants who act on each other ("they occupied it" is no such pair).
    const cooperative =
      (!noun || lightVerbBefore(ctx, i) !== null) && RECIPROCAL_ROOTS.has(match.pattern.code.slice(0, 2));
    // What each side does to a thing ("the leaders praised the agreement", "we offer solutions") is no joint act
    // (mutual.ts): named participants each do it, and "we" is the speaker's side alone.
    const joint = cooperative && jointAct(ctx, match.pattern, i, match.end);
    const plural = owner === null && cooperative && !othersAct ? pluralParticipants(ctx, i, !joint) : [];
    // In the readout's own narrative, "the leaders" / "they" are the parties of its call or meeting (readout-parties.ts).
    const readoutSides =
      plural.length > 0 && (narrated(ctx, i, quotes) || briefed) ? readoutParties(ctx, ctx.doc.tokens[i]!.start) : null;
    // With no readout, only the two sides just named: "Xi praised Putin … They discussed …" (recent-sides.ts).
    const participants =
      readoutSides?.parties ??
      (plural.length > 0 && sidesNamedRecently(ctx, plural, ctx.doc.tokens[i]!.start) ? plural : []);
    // "We have discussed all issues" in a readout or a quote: the speaker's side and its counterpart. Not when
    // "we" is a passive verb's subject, acted on by someone else ("we were promised that NATO would not expand");
    // the impersonal "it was agreed" is still the participants' act.
    // Only sides present at the talks: a side the speaker only talks about is no party to "we" (present-sides.ts).
    // "Mr Prime Minister and I agreed …": the speaker paired with a counterpart is a "we" (persons.ts); one the words
    // name is the other side itself ("President Xi Jinping and I have agreed …").
    const pair = owner !== null && joint && targets.length === 0 ? speakerPairPartner(ctx, i) : undefined;
    const partner = pair === undefined || pair === null || owner === null ? [] : withoutCountryOf([pair], owner);
    const main =
      joint && !(passive && !noun) && targets.length === 0 && (firstPersonPlural(ctx, i) || pair === null)
        ? salientSides(ctx.mentions, ctx.doc.tokens[i]!.start, true)
        : [];
    const others = owner === null ? main : withoutCountryOf(main, owner);
    const we = main.length === 2 && presentSides(ctx, quotes, others) ? main : [];
    const counterpart = owner === null || documentWords(ctx, i, quotes) ? [] : withoutCountryOf(we, owner);
    // "I spoke with Scholz. We discussed …": an address reports many talks, and its "we" is the speaker and the one
    // the speaker last spoke with, not the article's main sides (a readout's or a transcript's two).
    // "We are negotiating with the world's leading nations": a partner named, but by no actor (unnamed-partners.ts).
    const unnamed = owner !== null && targets.length === 0 && unnamedPartnerAfter(ctx, match.end);
    const spoken =
      owner !== null && joint && targets.length === 0 && firstPersonSubject(ctx, i, 'we') && inAddress(ctx, i, quotes)
        ? lastInterlocutor(ctx, owner, i)
        : null;
    const interlocutor = spoken !== null && unnamed && !namedAfter(ctx, spoken.actor, match.end) ? null : spoken;
    if (partner.length === 1 && owner !== null) {
      sources = [owner];
      targets = partner;
      inferredSource = true;
      rule += ' (speaker and partner)';
    } else if (interlocutor !== null && owner !== null) {
      sources = [owner];
      targets = [interlocutor];
      inferredSource = true;
      rule += ' (speaker and interlocutor)';
    } else if (
      owner !== null &&
      counterpart.length === 1 &&
      we.length === 2 &&
      !(unnamed && !namedAfter(ctx, counterpart[0]!.actor, match.end))
    ) {
      sources = [owner];
      targets = counterpart;
      inferredSource = true;
      rule += ' (speaker and counterpart)';
    } else if (owner !== null) {
      sources = owners;
      inferredSource = true;
      speakerOwned = true;
      rule += ' (speaker as source)';
    } else if (participants.length === 2 || we.length === 2) {
      // "The two leaders discussed …": the participants named before act on each other.
      sources = participants.length === 2 ? participants : we;
      inferredSource = true;
      rule += readoutSides !== null ? ' (readout parties)' : ' (participants)';
    } else if (readoutSides !== null && participants.length > 2) {
      // "Zelenskyy met with Sánchez and Frederiksen. The interlocutors discussed …": each with each; after separate
      // calls ("had telephone conversations with Macron and Scholz"), the caller with each counterpart.
      sources = participants;
      hub = readoutSides.hub;
      inferredSource = true;
      rule += ' (readout parties)';
    } else if (owner === null && !noun && STANCE_ROOTS.has(match.pattern.code.slice(0, 2))) {
      // "They expressed grave concern over the Polish border guards' actions", "The parties strongly condemn the
      // aggression of the Russian Federation": in a readout's own narrative the plural parties each take the stance
      // towards a third side, as they each agree or discuss.
      // "They" only as the sentence's own subject: "Moreover, they had closed their eyes to …, which forced people to
      // seek asylum" names someone else's act.
      const opensWithThey = ctx.doc.tokens[ctx.sentence.firstToken]!.lower === 'they';
      const parties =
        pluralParticipants(ctx, i, !opensWithThey).length > 0 && narrated(ctx, i, quotes)
          ? (readoutParties(ctx, ctx.doc.tokens[i]!.start)?.parties ?? [])
          : [];
      if (parties.length >= 2) {
        sources = parties;
        inferredSource = true;
        rule += ' (readout parties each)';
      }
    }
  }
  // The modality is read after the tests below that drop half of all matches (a third name no side at all), since it
  // is among the costliest steps of a match. Only an "alleged" reading changes the roles, and only here: it needs an
  // alleging verb in the sentence (`alleging`), so only such sentences read it this early.
  const early = alleging ? modalityOf(ctx, match, noun) : null;
  // "accused the West of trying to destroy Russia": an act the alleged gerund governs ("alleged try") is the accused's.
  if (early !== null && (early.cue === 'alleged' || early.cue?.startsWith('alleged ') === true)) {
    const accused = accusedActor(ctx, i);
    if (accused !== null) sources = accused;
  }
  // "Thank you very much", "the issues you raised": "you" in a speaker's words is the speaker's counterpart. Not in an
  // address: its "you" is its audience (a parliament, soldiers, citizens), no side the article names most.
  // "Dear Prime Minister Bennett, thank you", "we support you, Mr Tokayev": the "you" is the one the sentence
  // addresses by name (vocatives.ts).
  const vocative =
    targets.length === 0 && sources.length === 1 && secondPersonAt(ctx, match.end)
      ? (vocativeBefore(ctx, i) ?? vocativeAfter(ctx, match.end))
      : null;
  if (vocative !== null && !sameActor(vocative, sources[0]!)) {
    targets = [vocative];
    rule += ' (you: the one addressed)';
  } else if (
    targets.length === 0 &&
    sources.length === 1 &&
    secondPersonAt(ctx, match.end) &&
    reporter !== null &&
    !inAddress(ctx, i, quotes)
  ) {
    const sides = salientSides(ctx.mentions, ctx.doc.tokens[i]!.start, true);
    const other = withoutCountryOf(sides, sources[0]!);
    // In a transcript, the one spoken to is the last speaker, of any state: "Vladimir Putin: Thank you, Mr Chupriyan".
    // "Colleagues, I would like to congratulate you": spoken to many, no one of them.
    const many = pluralVocativeBefore(ctx, i);
    const turn = many ? null : previousTurnSpeaker(ctx, i, quotes);
    if (turn !== null) {
      targets = [turn];
      rule += ' (you: the previous speaker)';
    } else if (!many && sides.length === 2 && other.length === 1 && quoteSpeaker(ctx, i, quotes) !== null) {
      targets = other;
      rule += ' (you: the counterpart)';
    }
  }
  // "deported our people to Russia": where people are taken is not whom the act is done to (people-destinations.ts).
  targets = withoutDestinations(ctx, i, targets);
  const explicitTarget = targets.length > 0;
  // "The leaders agreed/discussed": coordinated participants of an agreement or consultation act on each other.
  const reciprocal = sources.length > 1 && /^0[34]/.test(match.pattern.code);
  const searchTarget = !match.pattern.noTarget && !reciprocal && !hasTargetItem(match.pattern) && !ofObject;
  if (!explicitTarget && !passive && searchTarget) {
    // An investigation, a criticism or a rejection is aimed at the doer of the act it is about: "crimes by Croat
    // forces against Serb civilians", "condemned the expulsion of Russian diplomats by Poland".
    const perpetrators = /^(?:09|11|12)/.test(match.pattern.code) ? agentInObject(ctx, match.end) : [];
    const from = sharedObjectStart(ctx, i, infinitiveEnd(ctx, match.end));
    // A protest names whom it is against past the place where it happens: "rallied in Minsk against the Russian
    // invasion", "blocked streets in Hong Kong in defiance of Chinese authorities".
    const opposed = match.pattern.code.startsWith('14') ? adversaryAfter(ctx, from) : [];
    targets =
      perpetrators.length > 0
        ? perpetrators
        : opposed.length > 0
          ? opposed
          : withoutDestinations(ctx, i, defaultTarget(ctx, from, sources));
    // A posture names its adversary further on: "mobilized army reservists for a possible war against Iraq".
    if (targets.length === 0 && match.pattern.code.startsWith('15')) targets = adversaryAfter(ctx, from);
    // "demanded that control of the Interior Ministry be taken away", "insisted on its demands that Burundi's
    // government grant …": a demand is made of the actor in the subject of the that-clause it states.
    if (targets.length === 0 && match.pattern.code.startsWith('10')) targets = demandedOf(ctx, match.end);
    // "they continue to torture our people", in a quotation or an address: the speaker's country.
    const speaker = targets.length === 0 ? quoteSpeaker(ctx, i, quotes) : null;
    // "Russia has blocked all our seaports": the pattern's own words may hold the "our" phrase.
    if (speaker !== null) {
      const ours = ourCountry(ctx, from, speaker);
      targets = withoutCountriesOf(ours.length > 0 || from <= i + 1 ? ours : ourCountry(ctx, i + 1, speaker), sources);
    }
  }
  // "thanked for the assistance received from Spain", in a readout "The President thanked for the support": the
  // giver, else the counterpart (thanks-for.ts).
  if (targets.length === 0 && sources.length === 1 && match.pattern.code === '051' && !passive) {
    const narrated = !inferredSource && quoteSpeaker(ctx, i, quotes) === null;
    let thanked = thankedFor(ctx, match.end, sources[0]!, narrated);
    // In an address, the speaker's thanks go to whom the speaker last spoke with.
    if (thanked.length === 0 && (inferredSource || firstPersonSubject(ctx, i)) && inAddress(ctx, i, quotes))
      thanked = thankedInterlocutor(ctx, i, match.end, sources[0]!);
    if (thanked.length > 0) {
      targets = thanked;
      rule += ' (the one thanked for)';
    }
  }
  // "complained to the United Nations over Israeli air raids": a complaint to a forum is aimed at whom it is about.
  if (match.pattern.code.startsWith('114') && targets.length > 0 && allOfType(targets, 'igo')) {
    const about = complainedOf(ctx, targets[targets.length - 1]!.endToken);
    if (about.length > 0) targets = about;
  }
  // "Vladimir Putin informed the leaders of …": a plural object naming the readout's parties is each other party.
  // Several doers of one side ("Vladimir Putin and Sergei Lavrov informed the leaders") inform them as one doer would.
  if (targets.length === 0 && oneSide(sources) && !noun && /^0[2-6]/.test(match.pattern.code)) {
    const others = narrated(ctx, i, quotes) ? partiesBesides(ctx, sources[0]!, i + 1) : [];
    if (others.length > 0) {
      targets = others;
      rule += ' (readout parties)';
    } else if (leaders !== null) return []; // "told the leaders of the DPR": leaders of no side the coder knows
  }
  targets = withoutActorsOf(targets, sources);
  // "fighting side by side with the Armed Forces of Ukraine": the side fought beside is no target (fought-alongside.ts).
  // The tests gated by the sentence's cue words run only when their words are in it (gate-cues.ts). The cues are read
  // only where a gated test is reached: many matches are dropped before, and their sentences need no cue pass.
  if (targets.length > 0 && (sentenceCues(ctx) & ALLY_CUE) !== 0)
    targets = withoutAllies(ctx, match.pattern.code, targets);
  // "Scholz and Zelensky met in Kyiv": the venue of a meeting of named sides is no party to it; in one side's country
  // the other visits it (host.ts).
  const venue = match.pattern.code === '044' ? venueMeeting(ctx, sources, targets) : null;
  if (venue !== null) {
    sources = venue.visitor !== null ? [venue.visitor] : sources;
    targets = venue.host !== null ? [venue.host] : [];
  }
  // "The third round of negotiations in Belarus took place today": with no side named, the place talks are held in is
  // their venue, no party to them. Only for a noun: a verb's unresolved subject ("The two were supposed to meet in
  // Jerusalem") may still be read as the place's visitor.
  if (
    noun &&
    sources.length === 0 &&
    match.pattern.code.startsWith('04') &&
    targets.length > 0 &&
    allHeldIn(ctx, targets)
  )
    targets = [];
  // "I met in Kyiv with Wallace", "Palantir is ready to invest in Ukraine," the President said: no one acts on its own
  // bare country (own-country.ts).
  const own = withoutOwnCountry(ctx, i, match.pattern.code, sources, targets, inferredSource);
  sources = own.sources;
  targets = own.targets;
  if (own.note !== null) rule += own.note;
  // "Ukraine protects its territory": a strict target that turns out to be the source itself is no target.
  const strict = hasStrictTarget(match.pattern);
  if (strict && targets.length === 0 && !passive) return [];
  // "were hit by economic crises", "hit by famine": a strict verb whose agent is neither an actor nor a weapon is a metaphor.
  if (strict && passive && sources.length === 0 && byAfter(ctx, i) && !weaponAgent(ctx, i)) return [];
  // "Ukrainians who were forced to flee their homes": compulsion with no doer named is a circumstance (unnamed-compulsion.ts).
  if (passive && unnamedCompulsion(ctx, match, sources.length)) return [];
  // "a statement released by the ministry", "the soldier, whose name was not released": information handed out is no
  // act on anyone, whoever handed it out.
  if (strict && passive && INFORMATION.has(passivePatientHead(ctx, i) ?? '')) return [];
  // "A journalist was killed in a car bomb explosion in Beirut": force whose doer is not named may name no actor at
  // all; the geo stage gives it the place's unidentified forces and state, and drops it if the sentence names no
  // place. Only in the main clause: "a curfew in Montenegro, where 28 people have been killed" tells the background
  // of another event. A doer named but not resolved ("they bombed", "killed by the occupiers") is a miss, not a mystery.
  // So may an arrest, charge, investigation or expulsion ("a missionary was arrested in Lebanon"): the geo stage gives
  // it the place's state; and a place's ruin ("Mariupol is destroyed").
  if (
    sources.length === 0 &&
    targets.length === 0 &&
    !(
      (FORCE.test(match.pattern.code) ||
        LEGAL_ACTS.test(match.pattern.code) ||
        (match.pattern.code === '1712' && placeRuined(ctx, i))) &&
      unnamedDoer(ctx, i, noun)
    )
  )
    return [];
  // A noun with no actor of its own is context ("assistance to the war against Iraq", "removing the
  // sanctions on Burma"), unless it is what the clause is about ("The shelling of Kharkiv continued").
  if (noun && sources.length === 0 && !clauseSubject(ctx, i)) return [];
  // "Boycott of Russian exports.", "Support for Ukraine.": a heading or a list item with no verb, naming no doer
  // (verbless-fragments.ts).
  if (noun && sources.length === 0 && verblessFragment(ctx, match)) return [];
  // "New sanctions against Russia are needed", "An oil embargo against Russia is mandatory": a measure with no one
  // imposing it, judged or discussed through "be", is a topic; "The fresh round of sanctions targets 144
  // senators" reports it in force (judged-measures.ts).
  if (noun && sources.length === 0 && judgedMeasure(ctx, match.pattern.code, match.end)) return [];
  // "Switzerland has backed EU sanctions against Russia", "Weapons, sanctions on Russia.": a measure named as the
  // object of something else or listed, even with its imposer, is background (judged-measures.ts).
  if (noun && backgroundMeasure(ctx, match.pattern.code, i)) return [];
  // '"Russia must de-escalate," Biden and Scholz agreed': a bare verb after a closing quote reports speech.
  if (!noun && match.pattern.items.length === 0 && afterQuote(ctx, i)) return [];
  // A noun naming the war ("over Russia's invasion", "in his invasion of Ukraine") is context, not an
  // event, unless it is what the clause reports: its subject or the object of a light verb ("launched an invasion").
  // A noun that names a war as a whole is reported only with a verb of the war's course ("the invasion began"), not
  // as the subject of anything else ("Russia's war against Ukraine is a violation of international law").
  if (
    noun &&
    /^(?:18|19|20)/.test(match.pattern.code) &&
    match.sources.length === 0 &&
    lightVerbBefore(ctx, i) === null &&
    (!clauseSubject(ctx, i) || prepositionalClause(ctx, i) || (namesWar(ctx, i) && !warCourseReported(ctx, i)))
  )
    return [];
  // A bare -ing form after a preposition or inside a noun phrase names the activity ("a halt in
  // fighting", "infantry fighting vehicles", "fighting damage"); after a comma or be-form it is a verb.
  if (!noun && match.pattern.items.length === 0 && nominalGerund(ctx, i) && nounModifierSource(ctx, i) === null)
    return [];
  if (
    !noun &&
    (gerundComplement(ctx, i) ||
      evidenceInfinitive(ctx, i) ||
      gerundSubject(ctx, i, match.literals) ||
      attributiveGerund(ctx, i) ||
      attributiveParticiple(ctx, i))
  )
    return [];
  if (commemorated(ctx, i)) return [];
  // "during his recent visit to Kiev", "Russia's earlier demands", "the last time he visited Ukraine was …", "as we
  // have agreed": a past event named as background (past-nouns.ts, last-occasion.ts, as-agreed.ts).
  if (pastNoun(ctx, match) || lastOccasion(ctx, match) || asAgreed(ctx, match)) return [];
  // "we are talking about six months", "I will talk about it later": words about a topic, no turn of talks told to the
  // other side (spoken-topics.ts).
  if (spokenTopic(ctx, match)) return [];
  // "This helped Ukrainian citizens", "resources that have helped Russia resist": a thing's effect, no aid (thing-effects.ts).
  if (!noun && !passive && sources.length === 0 && match.pattern.code.startsWith('07') && thingHelped(ctx, i))
    return [];
  // "The agenda includes expanding cooperation in trade": an item of an agenda or of priorities (agenda-items.ts).
  const cues = sentenceCues(ctx);
  if ((cues & LISTING_CUE) !== 0 && agendaItem(ctx, i)) return [];
  // "The commission plays an important role in strengthening ties": what a body's or a thing's role serves (thing-roles.ts).
  if (!noun && thingRole(ctx, i)) return [];
  // "As war talk over Ukraine reached fever pitch", "Talk of Russian war crimes?": talk about a matter, no talks held.
  if (idleTalk(ctx, match)) return [];
  // "FBI TALKS CHINA'S THREAT TO U.S.": the verb "talks", a topic discussed, no talks held (verbal-talks.ts).
  if (noun && verbalTalks(ctx, match)) return [];
  // "Just 15 percent agreed with …", "with 73% of respondents blaming Russia": a survey's finding (poll-shares.ts).
  if (pollShare(ctx, match)) return [];
  // "Polls show people want the U.S. to do more", "…, the polling found": an opinion a poll found (poll-shares.ts).
  if ((cues & POLL_CUE) !== 0 && pollFinding(ctx, match)) return [];
  // "… and Gazprom CEO Alexei Miller were invited to attend the meeting.": those present (attendance-lists.ts).
  if (attendanceList(ctx, match)) return [];
  // "how the Nazis tried to bomb and destroy European cities": the Second World War recalled (nazi-era.ts).
  if ((cues & ERA_CUE) !== 0 && naziEraAct(ctx, match)) return [];
  // "informed Orban about the current status of talks between Russian and Ukrainian representatives": talks told or
  // assessed are a topic; "the Duma's resolution on recognising the DPR" states a content (reported-topics.ts).
  if (reportedTopic(ctx, match) || contentGerund(ctx, match)) return [];
  // "Russia has always supported the UN", "we regularly meet": a habit or a standing position (habitual-acts.ts).
  if ((cues & HABIT_CUE) !== 0 && habitualAct(ctx, match)) return [];
  // "Every time foreign leaders arrive, he invites them", "whenever we ask, you help": a rule of conduct (recurrent-clauses.ts).
  if (recurrentAct(ctx, match)) return [];
  // "REN TV offers its viewers programmes", "the opportunities offered by Argentina" (commercial-offers.ts).
  if (commercialOffer(ctx, match)) return [];
  // "sees any expansion of the alliance as a threat", "feels threatened": a threat perceived (perceived-threats.ts).
  if (perceivedThreat(ctx, match)) return [];
  // "the summit threatens to become …", "laws threatening jail sentences": a thing's risk, no threat (thing-threats.ts).
  if (thingThreat(ctx, match, passive)) return [];
  // "the leaders will meet with media representatives": the press, no side of a consultation (non-party-meetings.ts).
  if ((cues & NON_PARTY_CUE) !== 0 && nonPartyMeeting(ctx, match)) return [];
  // "I signed decrees on awarding our heroes": a decree or a law is no agreement (signed-decrees.ts).
  if (signedDecree(ctx, match)) return [];
  // "the Lend-Lease Act", "torture-based interrogations": a verb's word opening a compound (hyphened-verbs.ts).
  if (!noun && compoundHead(ctx, i)) return [];
  // "the militant group that has seized parts of Iraq", "Hamas, which has ruled Gaza since 2007": a present perfect
  // relative clause says who its noun is, no event of the day (descriptive-relatives.ts).
  if (!noun && describingRelative(ctx, i)) return [];
  if (
    courtesyGreeting(ctx, match) ||
    ((cues & THANKS_CUE) !== 0 && courtesyThanks(ctx, match)) ||
    acceptedHonour(ctx, match) ||
    audienceGreeting(ctx, match) ||
    (!noun && courtesyOccasion(ctx, i)) ||
    restatedMeeting(ctx, match) ||
    undeclaredDisposition(ctx, match) ||
    domesticSupport(ctx, match, sources, targets) ||
    ((cues & MEASURE_CUE) !== 0 && domesticMeasure(ctx, match, sources, targets)) ||
    domesticBan(ctx, match, targets) ||
    domesticThanks(ctx, match, targets) ||
    thanksToGod(ctx, match) ||
    speakersApology(ctx, match, targets) ||
    pardonInterjection(ctx, match) ||
    bareAssent(ctx, match, targets) ||
    nonDiplomaticRecognition(ctx, match, targets) ||
    withheldNotDenied(ctx, match) ||
    roleField(ctx, match) ||
    purposedThing(ctx, match, sources, targets) ||
    deflectedBlame(ctx, match) ||
    selfProtection(match, sources, targets) ||
    ownForces(ctx, match, sources, targets) ||
    ((cues & OUTCOME_CUE) !== 0 && restatedOutcome(ctx, match)) ||
    ((noun || ctx.doc.tokens[i]!.pos === 'NOUN') && judgedNoun(ctx, i, match.pattern.code))
  )
    return [];
  if (/^(?:18|19|20|1712|175)/.test(match.pattern.code) && abstractObject(ctx, match.trigger + 1)) return [];
  // "unleashed a complete sanctions war against Russia": pressure by other means (figurative-wars.ts).
  if (figurativeWar(ctx, match)) return [];
  // "the real attack on Belarus is the sanctions": an attack defined as pressure by other means (figurative-wars.ts).
  if (noun && pressureDefinedWar(ctx, match)) return [];
  // "have taken the Ukrainian people hostage": a whole people or land held hostage is a figure (figurative-hostages.ts).
  if (figurativeHostage(ctx, match, targets)) return [];
  if (!noun && (FORCE.test(match.pattern.code) || match.pattern.code === '1712') && mishapCause(ctx, i)) return [];
  // "ready to fight for peace", "fighting not only for Ukraine": fighting for a cause names no attack (fought-causes.ts).
  if (!noun && match.pattern.items.length === 0 && /^(?:18|19|20)/.test(match.pattern.code) && foughtForCause(ctx, i))
    return [];
  // "We continue to fight.", "That is why we fight.": a side's resolve with no one fought (generic-fights.ts).
  if (!noun && match.pattern.items.length === 0 && targets.length === 0 && genericWeFight(ctx, i)) return [];
  // "Glory to everyone who defends Ukraine!", "those who are fighting": whoever does it, no one in particular (generic-doers.ts).
  // Whatever side was found for it elsewhere (the speaker, the main clause's subject) is not the relative's doer.
  if (!noun && genericRelativeDoer(ctx, i, match.pattern.code)) return [];
  // "the countries supporting Ukraine", "thanked the nations helping Ukraine": a reduced relative on a class of doers.
  if (!noun && genericParticipleDoer(ctx, i)) return [];
  // "NATO's expansion, which we oppose", "It is Ukraine that Russia attacked": the object is the relative's antecedent,
  // also of a bare verb whose object the pattern leaves to the search after it ("which France condemns"). A person
  // of the doer's own country may be it ("Graham said of Trump, who he has endorsed"), never that country itself.
  const relativeObject =
    !noun &&
    !passive &&
    targets.length === 0 &&
    (hasTargetItem(match.pattern) ||
      match.pattern.id.endsWith('(bare)') ||
      (match.pattern.items.length === 0 && !match.pattern.noTarget))
      ? objectRelativeAntecedent(ctx, i, match.end)
      : null;
  if (relativeObject !== null && (!sharesACountry(relativeObject, sources) || otherPersons(relativeObject, sources))) {
    targets = relativeObject;
    rule += ' (object of a relative clause)';
  }
  // "praised the support provided by the Netherlands", "dismissed comments made by Scholz": the object's maker is the
  // one praised or rebuffed (made-objects.ts).
  const maker =
    !noun && !passive && targets.length === 0 && /^(?:05|11|12)/.test(match.pattern.code)
      ? objectMaker(ctx, match.end)
      : [];
  if (maker.length > 0 && !sharesACountry(maker, sources)) {
    targets = maker;
    rule += ' (maker of the object)';
  }
  // "Lukashenko called for a freeze, which both Russia and Ukraine rejected": a rejection or criticism of what the
  // clause before did is aimed at its doer (reacted-acts.ts).
  const reacted =
    !noun && !passive && targets.length === 0 && /^(?:11|12)/.test(match.pattern.code)
      ? reactedActDoer(ctx, i, match.end)
      : [];
  if (reacted.length > 0 && !sharesACountry(reacted, sources)) {
    targets = reacted;
    rule += ' (doer of the act reacted to)';
  }
  // "thanked the German side … and called for stronger sanctions": a request naming no addressee is made to the one
  // thanked (addressed-requests.ts); also when two of one delegation thank and ask.
  const addressed =
    match.pattern.code.startsWith('10') && targets.length === 0 && sources.length > 0 && !passive && !noun
      ? coordinatedAddressee(ctx, i)
      : null;
  if (addressed !== null && !sharesACountry([addressed], sources)) {
    targets = [addressed];
    rule += ' (the one addressed by the verb before)';
  }
  // "The President of Ukraine informed about the situation": in a readout, what one side alone tells is told to the other.
  // Only the readout's own narrative ("I met with volunteers", said in a transcript, names whom one met) and only
  // predicates that name no addressee of their own ("discuss -", "touch upon -"; not "met with volunteers").
  const readout =
    match.pattern.code === '040' &&
    match.pattern.noTarget &&
    targets.length === 0 &&
    oneSide(sources) &&
    !passive &&
    !noun &&
    finiteVerb(ctx, i) &&
    reporter === null &&
    !anySpeaker(ctx, sources) &&
    quoteSpeaker(ctx, i, quotes) === null
      ? readoutCounterpart(ctx, sources, ctx.doc.tokens[i]!.start)
      : null;
  if (readout !== null) {
    targets = [readout];
    rule += ' (readout counterpart)';
  }
  // "discussed the investigation into the war crimes of Russian troops with Polish President Duda": the partner named
  // after a long topic (discussed-with.ts), when the readout names no counterpart.
  if (
    match.pattern.code === '040' &&
    match.pattern.noTarget &&
    targets.length === 0 &&
    oneSide(sources) &&
    !passive &&
    !noun
  ) {
    const partner = partnerAfterTopic(ctx, match.end, sources);
    if (partner.length > 0) {
      targets = partner;
      rule += ' (partner after the topic)';
    }
  }
  // "The President of Slovakia visited Irpin and Borodyanka": a visit to a named place that no actor stands for waits
  // for the geo stage, which makes the place's state the host or drops the visit (src/geo/place-actors.ts).
  // Visitors named together visit the place, not each other ("the leaders of Poland and Lithuania visited Bucha"), and
  // a visit to no one ("The presidents … visited the construction sites of a command centre") is no event.
  const placeVisit =
    match.pattern.code === '042' && targets.length === 0 && sources.length > 0 && !passive && visitedName(ctx, i);
  if (match.pattern.code === '042' && targets.length === 0 && !placeVisit) return [];
  if (needsCounterpart(match.pattern.code) && targets.length === 0 && sources.length < 2 && !placeVisit) return [];
  if (placeVisit) rule += PLACE_VISITED;
  // "Russian forces withdrew from Kherson": only a named place after "from" makes a retreat of it (left-places.ts).
  if (leavesPlaceOnly(match.pattern)) {
    if (targets.length > 0 || !namedPlaceAt(ctx, match.end)) return [];
    rule += PLACE_LEFT;
  }
  // A visit needs a visitor, a consultation in the passive an agent ("until their demands are met").
  if (/^04[23]/.test(match.pattern.code) && sources.length === 0) return [];
  if (passive && needsCounterpart(match.pattern.code) && sources.length === 0) return [];

  const reading = early ?? modalityOf(ctx, match, noun);
  // "No one destroys cities as Russia does": denied of all to be compared with one, no event (compared-acts.ts).
  if (!noun && reading.modality === 'negated' && comparedDenial(ctx, i, reading.cue)) return [];
  // "G7 members have agreed to impose a price cap on Russian oil": a measure agreed among its imposers is a joint
  // decision still to be carried out (hypothetical), not a threat made to the target.
  // With a condition ("… if Russia invades") it is a threat all the same.
  const agreedMeasure =
    /^agree/.test(reading.cue ?? '') && match.pattern.code.startsWith('16') && !conditionAfter(ctx, i);
  const announced = agreedMeasure
    ? null
    : reading.announced === 'reported-future'
      ? reporter !== null
        ? 'future'
        : null
      : reading.announced;
  // "This will help Ukraine": a thing's forecast effect is no one's intent.
  // Not one whose source the clause names, or whose participants meet: "The two leaders will discuss …".
  const forecast =
    announced === 'future' && !noun && !passive && (sources.length === 0 || speakerOwned) && forecastEffect(ctx, i);
  const selfAnnounced = reading.announced === 'commitment' || (reporter !== null && sameActor(reporter, sources[0]));
  // "announced $205 million in humanitarian aid to Ukraine": announced aid is a pledge (033x, AGREE).
  const pledged = noun && reading.modality === 'asserted' && match.pattern.code.startsWith('07') && announcedBy(ctx, i);
  // "will withdraw its force from Chad unless …": an announced act made conditional on the other side is a threat.
  // So is a cut or a coercive measure of one's own that "may" or "could" come if the other side fails ("may halt
  // mediation efforts … if cooperation founders"): saying what one might do to whom on a condition is a warning.
  const conditional =
    !pledged &&
    reading.modality !== 'negated' &&
    ((reading.announced !== null &&
      reading.announced !== 'obligation' &&
      reading.announced !== 'aim' &&
      unlessAfter(ctx, i)) ||
      (POSSIBILITY_MODALS.has(reading.cue ?? '') && !passive && /^1[67]/.test(match.pattern.code) && ifAfter(ctx, i)) ||
      conditionalForce(ctx, i, match.pattern.code, reading, passive, sources, reporter));
  // "announced it would prohibit all aid to …", "decided to expel the ambassador": cutting relations announced as a
  // decision is the cut itself, not a threat (a threat is said to the other side to change what it does).
  const decided =
    !conditional &&
    reading.modality !== 'negated' &&
    match.pattern.code.startsWith('16') &&
    decisionBefore(ctx, i) &&
    !conditionAfter(ctx, i);
  // "the army prepared to resume shelling …": the preparation is a posture (150), the attack not yet done.
  const preparing =
    (reading.cue === 'prepare' || reading.cue === 'prepared') && preparedForce(ctx, i, match.pattern.code);
  // "I will be grateful to you for your assistance": promised thanks are a request (future-thanks.ts).
  const thanks = promisedThanks(ctx, match, reading);
  const coded =
    imperative !== null
      ? { code: match.pattern.code, modality: 'hypothetical' as Modality, note: 'asked for' }
      : thanks !== null
        ? thanks === 'request'
          ? { code: '020', modality: 'asserted' as Modality, note: 'thanks promised → request 020' }
          : { code: '051', modality: 'asserted' as Modality, note: 'lasting thanks' }
        : preparing
          ? { code: '150', modality: 'asserted' as Modality, note: 'preparation → posture 150' }
          : decided
            ? { code: match.pattern.code, modality: 'asserted' as Modality, note: 'announced decision' }
            : conditional
              ? {
                  code: threatCode(match.pattern.code) ?? '130',
                  modality: 'asserted' as Modality,
                  note: 'conditional threat',
                }
              : forecast
                ? {
                    code: match.pattern.code,
                    modality: reading.modality === 'negated' ? ('negated' as Modality) : ('hypothetical' as Modality),
                    note: 'forecast effect',
                  }
                : pledged
                  ? {
                      code: intentCode(match.pattern.code)!,
                      modality: reading.modality,
                      note: `pledge ${intentCode(match.pattern.code)!}`,
                    }
                  : recode(match.pattern.code, reading.modality, announced, selfAnnounced, codebook);
  // Meeting in a host's country is no meeting at a third place (044).
  // "blown up by a surface-to-air missile": a bombing with a military weapon is military force.
  const military = coded.code.startsWith('183') ? militaryInstrument(ctx, match.end - 1) : null;
  const plainCode = venue?.host != null && coded.code === '044' ? '040' : (military ?? coded.code);
  // "The US and Poland held joint drills": joint exercises of two states named together are their cooperation (joint-drills.ts).
  const drill = jointDrill(ctx, plainCode, match.trigger, match.end, sources, targets);
  const code = drill ? MILITARY_COOPERATION : plainCode;
  if (drill) rule += ' → joint drill';
  if (coded.note !== null) rule += ` → ${coded.note}`;
  if (venue !== null) rule += ` (venue ${venue.venue.actor.code})`;
  if (military !== null) rule += ` → military weapon ${military}`;
  if (reading.cue !== null && coded.modality !== 'asserted') rule += ` [${reading.cue}]`;

  const base: EventBase = {
    ctx,
    match,
    dictionaryVersion,
    confidenceBase:
      0.45 + (match.pattern.items.length >= 2 ? 0.1 : 0) - (inferredSource ? 0.1 : 0) + (explicitTarget ? 0.08 : 0),
  };
  // "X informed/briefed Y" runs one way: the informer is known. So does a series of calls or contacts one actor
  // held ("had telephone conversations with A, B and C"): the caller organised it (initiative.ts).
  const directed =
    allDirected(match.pattern.trigger) ||
    (readout !== null && ONE_SIDED_TRIGGERS.has(ctx.doc.tokens[match.trigger]!.lemma)) ||
    seriesFromOne(ctx, match, sources, targets);
  // "a joint briefing with his Ukrainian counterpart in Kyiv": a meeting in one side's country is the other's visit.
  const visitor =
    venue?.visitor ??
    (/^04[04]/.test(code)
      ? // "a news conference in Riga with her Latvian counterpart": the place may follow the meeting noun itself.
        (visitorByPlace(ctx, match.end, [...sources, ...targets]) ??
        (noun ? visitorByPlace(ctx, i + 1, [...sources, ...targets]) : null))
      : null);
  // "Talks between Putin and Mirziyoyev will take place", "the planned talks between …": consultations the text
  // schedules (036) run both ways as the consultation itself would (a call or talks of unknown initiative). A side's
  // own announcement, offer or wish ("Russia will continue the dialogue with the West", "wanted to meet Putin") and
  // a visit ("will travel to Kyiv to meet Zelensky") stay that side's.
  const scheduled = noun && reading.announced === 'future';
  const pairCode = code === '036' && scheduled && /^04[016]/.test(match.pattern.code) ? match.pattern.code : code;
  // "The President of France and the Federal Chancellor of Germany indicated readiness to continue contacts", after
  // separate calls with each: the counterparts act on the caller (readout-parties.ts).
  const pairHub =
    hub ??
    (targets.length === 0 && sources.length > 1 && ctx.readout?.[0]?.hub != null && narrated(ctx, i, quotes)
      ? hubOfCounterparts(ctx, sources, ctx.doc.tokens[i]!.start)
      : null);
  // "talks between Russia, Ukraine and the OSCE": every party with every other (between-lists.ts).
  const parties = partiesBetween(match);
  const paired =
    parties !== null
      ? pairsOf(parties, [], pairCode, true)
      : pairsOf(
          sources,
          targets,
          pairCode,
          drill || jointAct(ctx, match.pattern, i, match.end),
          initiator(ctx) ?? visitor,
          directed,
          pairHub,
        );
  // A club's members meet the club (members.ts); two sides named again after "between" act on each other (own-sides.ts).
  const pairs = RECIPROCAL_ROOTS.has(code.slice(0, 2))
    ? clubPairs(ctx, crossOwnSides(paired), codebook.memberships, codebook.clubs)
    : paired;
  const events: Event[] = [];
  // "will launch military action against Ukraine if …": the threatened act is a second event, not done
  // (threatened-acts.ts).
  for (const [source, target] of keepInitiative(ctx, pairs, pairCode)) {
    events.push(makeEvent(base, codebook, code, coded.modality, source, target, reporter, rule));
    const act = threatenedActCode(match.pattern.code, code, source?.actor ?? null, target?.actor ?? null);
    if (act !== null)
      events.push(makeEvent(base, codebook, act, 'hypothetical', source, target, reporter, threatenedActRule(rule)));
    // "called for tougher sanctions against Russia": the sanctions are a second event, by no one named, not done
    // (called-measures.ts).
    const measure = target === null ? null : calledMeasureCode(ctx, match, code);
    if (measure !== null)
      events.push(makeEvent(base, codebook, measure, 'hypothetical', null, target, reporter, calledMeasureRule(rule)));
  }
  return events;
}
/**
 * "Lukashenko will launch military action against Ukraine if …", "Russia will strike Kyiv if …, Putin said": force a
 * side announces it will use on a condition is a threat (138), said by that side or by no one named (the news
 * reporting it). Another side's forecast ("Zelensky said Russia will attack if …") stays hypothetical.
 */
function conditionalForce(
  ctx: SentenceContext,
  i: number,
  code: string,
  reading: ModalityReading,
  passive: boolean,
  sources: readonly Mention[],
  reporter: Mention | null,
): boolean {
  if (reading.announced !== 'future' && reading.announced !== 'reported-future') return false;
  if (passive || sources.length === 0 || !/^(?:18|19|20)/.test(code) || !ifAfter(ctx, i)) return false;
  return reporter === null || sameCountry(reporter, sources[0]!);
}

/** The modality of the match's act, as the cues around its trigger read it (modality.ts) and as it is valued. */
function modalityOf(ctx: SentenceContext, match: Match, noun: boolean): ModalityReading {
  const i = match.trigger;
  // "tried to hack into the computers": an attempted hostile act is an act; an attempt to help has not helped yet.
  // "the need for NATO to agree on measures": an act others are said to need to do is not done (needs.ts).
  const read = !noun && neededActOf(ctx, i) !== null ? NEEDED : readModality(ctx, i, noun);
  // "we must find the people deported by Russia", "will return the territories occupied by Russia": a participle
  // describing people or places names harm already done, whatever the clause around it says of its own act, announced
  // or hypothetical (described-participles.ts).
  // "discussed the supply of weapons", "the withdrawal of forces was discussed": an act discussed is not done; the
  // discussion is the event (discussed-topics.ts).
  // "discussed further steps to develop cooperation": the infinitive of a discussed course of action likewise.
  const topic = read.modality !== 'asserted' ? null : noun ? discussedTopic(ctx, match) : discussedInfinitive(ctx, i);
  const cued: ModalityReading =
    topic !== null
      ? { modality: 'hypothetical', announced: null, cue: topic }
      : !noun && unasserted(read) && describedParticiple(ctx, i)
        ? ASSERTED_READING
        : read;
  // "an Action Plan to strengthen sanctions", "the talks focused on increasing sanctions": a raise named without a
  // tensed verb is planned or discussed, not done, and announces no threat (raised-sanctions.ts).
  const planned = cued.modality !== 'negated' && untensedRaise(ctx, i, match.pattern, noun) ? PLANNED_RAISE : null;
  // "stressed the importance of strengthening cooperation" states an intent to cooperate; "the importance of
  // recognizing Ukraine's perspective" is someone else's act to come, no intent of the speaker's.
  return (
    planned ??
    (cued.cue === 'attempt' && match.pattern.code >= '09'
      ? ASSERTED_READING
      : valuedCue(cued.cue) && !/^0[346]/.test(match.pattern.code)
        ? { ...cued, announced: null }
        : cued)
  );
}

/**
 * The sentence has a verb of alleging ("accused", "alleged"), which alone gives a match the "alleged" reading
 * (modality.ts) and so the accused as its source: without one, a match's modality can wait until it has sides.
 */
function allegingIn(ctx: SentenceContext): boolean {
  const { tokens } = ctx.doc;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) if (alleges(tokens[k]!)) return true;
  return false;
}

/** "our talks", "my recent meeting": a first-person possessive opens the event noun's phrase. */
function firstPersonOwned(ctx: SentenceContext, i: number): boolean {
  let k = i - 1;
  while (ctx.doc.tokens[k]?.pos === 'ADJ') k--;
  return k >= ctx.sentence.firstToken && (ctx.doc.tokens[k]!.lower === 'our' || ctx.doc.tokens[k]!.lower === 'my');
}

/** The reading of an act others are said to need to do. */
const NEEDED: ModalityReading = { modality: 'hypothetical', announced: null, cue: 'need for' };
const PLANNED_RAISE: ModalityReading = { modality: 'hypothetical', announced: null, cue: 'raise planned' };
/** Consultation verbs done by one side to the other: never coded in both directions. */
const DIRECTED_TRIGGERS = new Set(['inform', 'brief', 'update', 'tell', 'notify']);

/*
 * Tests of a match's pattern and lists, as module functions: arrow functions in `eventsOf` over its own locals made
 * V8 keep them in a context allocated at every match (docs/reliability.md, twenty-second pass).
 */

function allDirected(trigger: readonly string[]): boolean {
  for (const w of trigger) if (!DIRECTED_TRIGGERS.has(w)) return false;
  return true;
}

/** The pattern names its target ("T"). */
/** Every one of `targets` is a person, none of them one of `sources`: "Graham …, of Trump, who he has endorsed". */
function otherPersons(targets: readonly Mention[], sources: readonly Mention[]): boolean {
  return targets.every(
    (t) => t.actor.type === 'person' && t.actor.id !== null && sources.every((s) => s.actor.id !== t.actor.id),
  );
}

function hasTargetItem(pattern: Pattern): boolean {
  for (const item of pattern.items) if (item.kind === 'target') return true;
  return false;
}

/** The pattern's target must be found for it to match ("T!"). */
function hasStrictTarget(pattern: Pattern): boolean {
  for (const item of pattern.items) if (item.kind === 'target' && item.strict) return true;
  return false;
}

/** Some token index of `list` stands before `i`. */
function anyBefore(list: readonly number[], i: number): boolean {
  for (const k of list) if (k < i) return true;
  return false;
}

function allOfType(mentions: readonly Mention[], type: Actor['type']): boolean {
  for (const m of mentions) if (m.actor.type !== type) return false;
  return true;
}
/** The trigger is its clause's verb, not an infinitive or -ing form ("called for a meeting to discuss …"). */
function finiteVerb(ctx: SentenceContext, i: number): boolean {
  return !ctx.doc.tokens[i]!.lower.endsWith('ing') && ctx.doc.tokens[i - 1]?.lower !== 'to';
}

/** Both of a state: the one spoken to in a transcript and the speaker. */
const sameState = (a: Mention | null, b: Mention | null): boolean =>
  a !== null && b !== null && a.actor.country !== null && a.actor.country === b.actor.country;

/** Words of a place's kind before its name: "visited the city of Bucha", "the village of Moschun". */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'region', 'capital', 'port', 'settlement', 'of']);

/** The verb "visit" at `i` takes a proper name as its object ("visited Irpin", "visited the city of Bucha"). */
function visitedName(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[i]!.lemma !== 'visit' || tokens[i]!.pos !== 'VERB') return false;
  let k = i + 1;
  while (k < ctx.sentence.endToken && (tokens[k]!.pos === 'DET' || PLACE_KINDS.has(tokens[k]!.lower))) k++;
  return tokens[k]?.pos === 'PROPN' && mentionOf(ctx, k) === undefined;
}

/** Every mention follows "in" (and a determiner): "negotiations in Belarus", "talks in the Kremlin". */
function allHeldIn(ctx: SentenceContext, mentions: readonly Mention[]): boolean {
  for (const m of mentions) {
    let k = m.firstToken - 1;
    if (ctx.doc.tokens[k]?.pos === 'DET') k--;
    if (ctx.doc.tokens[k]?.lower !== 'in') return false;
  }
  return true;
}

/** I, we and you: a speaker's own words, not a readout's narrative. */
const SPEAKERS = new Set(['i', 'we', 'you', 'me', 'us']);

/** Some doer is a first- or second-person pronoun ("we", "you"): a speaker, not a side of the readout's narrative. */
function anySpeaker(ctx: SentenceContext, sources: readonly Mention[]): boolean {
  for (const s of sources) if (SPEAKERS.has(ctx.doc.tokens[s.firstToken]!.lower)) return true;
  return false;
}

/** Applies recode.ts: announced cooperation → intent, self-announced coercion → threat, "will not" → rejection. */
function recode(
  code: string,
  modality: Modality,
  announced: 'future' | 'commitment' | 'aim' | 'obligation' | null,
  selfAnnounced: boolean,
  codebook: Codebook,
): { code: string; modality: Modality; note: string | null } {
  // "are seeking to deepen a partnership": an aim to cooperate is intent (03); an aim to harm is no threat.
  if (announced === 'aim') {
    const intent = intentCode(code);
    return modality === 'hypothetical' && isCode(codebook, intent)
      ? { code: intent, modality: 'asserted', note: `aim ${intent}` }
      : { code, modality, note: null };
  }
  if (modality === 'negated' && announced === 'future') {
    const rejection = rejectionCode(code);
    return isCode(codebook, rejection)
      ? { code: rejection, modality: 'asserted', note: `rejection ${rejection}` }
      : { code, modality, note: null };
  }
  if (announced !== 'future' && announced !== 'commitment') return { code, modality, note: null };
  // "Biden said he would consider sanctions on Russia": saying so is the threat itself.
  if (code.startsWith('13') && modality === 'hypothetical')
    return { code, modality: 'asserted', note: 'announced threat' };
  const intent = intentCode(code);
  if (isCode(codebook, intent)) return { code: intent, modality: 'asserted', note: `intent ${intent}` };
  const threat = threatCode(code);
  if (isCode(codebook, threat) && selfAnnounced)
    return { code: threat, modality: 'asserted', note: `threat ${threat}` };
  return { code, modality: 'hypothetical', note: null };
}

/**
 * A code the codebook knows. A module function, not a closure made in `recode` per event: under tsx every named
 * closure also costs a `__name` call (Object.defineProperty) when it is made.
 */
function isCode(codebook: Codebook, c: string | null): c is string {
  return c !== null && codebook.codes.has(c);
}

/**
 * The words at `i` are the text's own narrative: in no quotation or transcript turn, and not a question (a reporter's
 * question in a press conference's transcript is no part of the readout).
 */
function narrated(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  return !quoted(ctx, i, quotes) && !asked(ctx, i);
}

/**
 * The words at `i` are quoted from someone of a party's side who tells of talks the parties held without taking part
 * in them: an aide's briefing on a call ("Aide to the President Yury Ushakov: … the two leaders began discussing …")
 * tells the parties' acts as the text's own readout would. A party's own words ("we discussed …") are the speaker's.
 */
function toldReadout(ctx: SentenceContext, i: number, quotes: readonly Quote[]): boolean {
  if (asked(ctx, i)) return false;
  // The parties as the readout names them, before they stand for their states' most salient sides.
  const parties = readoutParties(ctx, ctx.doc.tokens[i]!.start) === null ? [] : (ctx.readout?.[0]?.parties ?? []);
  const speaker = quoteSpeaker(ctx, i, quotes);
  if (parties.length < 2 || speaker === null || speaker.actor.type !== 'person') return false;
  // One party's aide or spokesman, not a party, nor a third state's leader ("Pashinyan said: “The leaders agreed …”").
  return (
    !parties.some((p) => p.actor.name === speaker.actor.name) &&
    parties.some((p) => p.actor.country !== null && p.actor.country === speaker.actor.country)
  );
}
