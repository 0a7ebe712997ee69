// Cue words of the sentence rules: words without which a rule cannot make an event, so that a sentence holding none
// of them skips the rule without running it. Every rule scans the whole sentence for its own trigger words, and most
// sentences hold none of any rule's; one pass over the sentence that looks each token up once replaces those scans.
//
// A rule's cues are groups of words, each group one its finder requires in the sentence as a token's lower form or
// lemma (either is looked up, so a word tested in one form only is covered). The groups are the finders' own sets,
// imported, so a word added to a set is a cue at once; a finder given a new way to fire that needs no word of its
// groups must have its cues widened here (test/coding/rule-cues.test.ts runs the tests' sentences with and without
// them). A rule with no entry always runs.
import { ANSWERING } from './accountability.ts';
import type { Codebook } from './codebook.ts';
import type { SentenceContext } from './context.ts';
import { BLAME_NOUNS } from './blame.ts';
import { DYING } from './caused-deaths.ts';
import { OPENERS } from './conditional-threats.ts';
import { JUDGING } from './contributions.ts';
import { CRIME_NOUNS, VIOLATION_NOUNS, WAR_NOUNS } from './crimes.ts';
import { CONDEMNING } from './harsh-acts.ts';
import { CHARGES, ACTS, REASONS } from './hostile-reasons.ts';
import { AIMS } from './ascribed-aims.ts';
import { LINKS, MAKING } from './joint-making.ts';
import { COPULAS, NAMING } from './labels.ts';
import { VERDICTS } from './judged-conduct.ts';
import { CLAIM_NOUNS, OBLIGATION } from './lexicon.ts';
import { NEED_NOUNS } from './needs.ts';
import { GIVING, WITHHOLDING } from './permission.ts';
import { PRAISING, RELATION_NOUNS } from './praise.ts';
import { NEED_TO, SENTENCE_RULES } from './sentence-rules.ts';
import { RESPONSE_NOUNS, RESPONSE_VERBS, TOLERATING } from './warnings.ts';

type Words = Iterable<string>;

/** The cue groups of each rule, by the rule's function name; `harsh` is the codebook's harsh words (labels.ts). */
function cuesOf(harsh: Words): Readonly<Record<string, readonly Words[]>> {
  return {
    // "Russia must withdraw", "has to withdraw": an obligation word, or "has/have/need(s)" before "to".
    obligationDemands: [
      [...OBLIGATION, ...NEED_TO],
      [...OBLIGATION, 'to'],
    ],
    // "must be stopped"
    passiveObligationDemands: [OBLIGATION, ['be']],
    // "must be held accountable", "should be brought to justice": it ran on every sentence, and its token loop made a
    // closure context at every obligation word.
    accountabilityCharges: [OBLIGATION, ['be'], [...ANSWERING.keys()]],
    // "the need/necessity for X to …"
    needDemands: [NEED_NOUNS],
    // "we need weapons" (the verb's lemma)
    needRequests: [['need']],
    // "expects Russia to …"
    expectationRequests: [['expect']],
    // "will respond", "will no longer tolerate", "consequences"
    warningEvents: [[...RESPONSE_VERBS, ...TOLERATING, ...RESPONSE_NOUNS]],
    // "If …, X will …": the condition's opener
    conditionalThreatEvents: [OPENERS],
    // "fully responsible for", "was behind the attacks", "bears responsibility for", "is to blame", "the blame lies with", "the claim that … is false"
    blameEvents: [['responsible', 'behind', ...BLAME_NOUNS, ...CLAIM_NOUNS]],
    // "called X a war criminal"
    labelCriticism: [NAMING, harsh],
    // "Russia is a terrorist state", "Lithuania's decision is a gross violation of international law"
    copulaLabels: [COPULAS, [...harsh, ...VERDICTS]],
    // "a reliable partner"
    praiseEvents: [RELATION_NOUNS, PRAISING],
    // "a major contribution" (the noun's lemma)
    contributionPraise: [['contribution'], JUDGING],
    // "has the right to"
    rightsDefended: [['right']],
    // "the atrocities committed by", "violations of the ceasefire by Russia"
    crimeCharges: [[...CRIME_NOUNS, ...VIOLATION_NOUNS, ...WAR_NOUNS]],
    // "in response to the aggression of": the last word before the reason's preposition, and the charged noun
    hostileReasons: [[...REASONS.values()].flat().map((words) => words[words.length - 1]!), [...CHARGES, ...ACTS]],
    // "Russia's aim was to block Moldova"
    ascribedAims: [AIMS],
    // "Russia's brutal war"
    harshActs: [CONDEMNING],
    // "died as a result of"
    causedDeaths: [DYING],
    // "together with Y have created"
    jointMakings: [LINKS, MAKING],
    // "refused permission to", "did not give permission to"
    permissionRefusals: [[...GIVING, ...WITHHOLDING]],
  };
}

/** Which cue groups each word belongs to (one bit per group), and the groups each rule of SENTENCE_RULES needs. */
export interface RuleGate {
  readonly bits: ReadonlyMap<string, number>;
  /** By the index of the rule in SENTENCE_RULES: the bits a sentence must hold for it to run (0: always runs). */
  readonly needs: readonly number[];
}

const gates = new WeakMap<Codebook, RuleGate>();

/** The gate of the sentence rules under a codebook (its harsh words are cues), made once per codebook. */
export function ruleGate(codebook: Codebook): RuleGate {
  const made = gates.get(codebook);
  if (made !== undefined) return made;
  const cues = cuesOf(codebook.harshWords);
  const names = new Set(SENTENCE_RULES.map((rule) => rule.name));
  for (const name of Object.keys(cues)) if (!names.has(name)) throw new Error(`rule-cues: no sentence rule ${name}`);
  const bits = new Map<string, number>();
  const groupBits = new Map<string, number>(); // one bit for groups of the same words
  const needs = SENTENCE_RULES.map((rule) => {
    let need = 0;
    for (const group of cues[rule.name] ?? []) {
      const words = [...new Set(group)].sort();
      const key = words.join(' ');
      let bit = groupBits.get(key);
      if (bit === undefined) {
        if (groupBits.size === 31) throw new Error('rule-cues: more than 31 cue groups');
        bit = 1 << groupBits.size;
        groupBits.set(key, bit);
        for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
      }
      need |= bit;
    }
    return need;
  });
  const gate: RuleGate = { bits, needs };
  gates.set(codebook, gate);
  return gate;
}

/** The cue groups the sentence holds a word of: one lookup of each token's lower form and lemma. */
export function cuesIn(ctx: SentenceContext, gate: RuleGate): number {
  const { tokens } = ctx.doc;
  let present = 0;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    present |= gate.bits.get(t.lower) ?? 0;
    if (t.lemma !== t.lower) present |= gate.bits.get(t.lemma) ?? 0;
  }
  return present;
}
