// Grammatical word classes the coder's rules rely on. These are English function words and
// reporting verbs (language, not domain knowledge), so they live in code; event vocabulary lives
// in dictionaries/verbs/.
import type { Token } from '../types.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs that introduce reported speech or stance: their subject becomes `reportedBy`. */
export const SPEECH_VERBS = set(`
  say state note announce claim tell add stress insist report declare assert affirm confirm explain
  suggest iterate reiterate argue mention write believe think emphasize emphasise underline underscore
  point remark observe comment recall acknowledge admit allege warn predict caution indicate signal
  conclude contend maintain reply respond answer told said`);

/** Words that open a clause whose events are conditional or in question. */
export const CONDITIONAL = set('whether if unless lest');

/** Verbs of finding out and asking: a wh-clause after them is an open question ("find out how …"). */
export const QUESTION_VERBS = set('ask wonder know see clarify understand learn check determine out question');
export const WH_WORDS = set('how what why when where who which whether');

/** Personal pronouns as subjects: an unresolved one still blocks the subject search. */
export const SUBJECT_PRONOUNS = set('i you he she it we they');

/** Modal auxiliaries that make the verb they govern hypothetical. */
export const MODALS = set('would could might may can');

/** Obligation: "Y must withdraw", said by X, is X's demand on Y. */
export const OBLIGATION = set('must should ought');

/** Future auxiliaries: intent for cooperative events, not yet happened for conflictual ones. */
export const FUTURE = set("will shall wo ’ll 'll");

/** Negators inside a verb group; "n’t" with a typographic apostrophe ("didn’t attack") is the tokenizer's own form. */
export const NEGATORS = set("not n't n’t never no nor neither nobody none nothing");

/** Negative subjects: "no one commented", "neither side agreed". */
export const NEGATIVE_SUBJECTS = set('nobody none neither nothing');

/** Words that commit their subject to the to-infinitive that follows: an announcement by the subject. */
export const COMMITMENT_GOVERNORS = set(`
  plan intend promise pledge vow agree offer decide ready willing prepared determined determine committed
  resolve set poised swear sworn want wish`);

/**
 * Speech acts a speaker performs by announcing the wish to perform them: "I would like to thank", "we want to
 * stress", "he wished to congratulate" thank, stress and congratulate (see PERFORMATIVE_WISHES).
 */
export const PERFORMATIVE_VERBS = set(`
  thank congratulate express welcome condemn stress emphasize emphasise underline reiterate assure invite appeal
  urge ask call note acknowledge apologize apologise commend praise greet salute`);

/** The wishes that, said of oneself, perform the speech act they introduce. */
export const PERFORMATIVE_WISHES = set('like want wish');

/** Personal subjects that make a wish the speaker's own. */
export const SPEAKER_PRONOUNS = set('i we he she');

/** Possessive determiners: "his support", "our troops". */
export const POSSESSIVE_PRONOUNS = set('my our your his her its their');

/**
 * Verbs of striving: "Brazil and the US are seeking to deepen a partnership", "Russian agents are looking to stage
 * protests" state the subject's aim. CAMEO 03 ("indicate willingness … to cooperate") codes an aim to cooperate as
 * intent; an aim to harm ("seeking to undermine") is neither a threat nor an act, so it stays not yet done.
 */
export const AIM_GOVERNORS = set('seek look');

/** Verbs whose to-infinitive complement has not happened (yet), without committing the subject to it. */
export const IRREALIS_GOVERNORS = set(`
  threaten threat hope aim prepare propose expect plot consider mull urge call ask demand push provoke goad incite
  press order instruct tell invite encourage likely unlikely going eager keen need commitment readiness intention intent
  determination pressure pressured permission chance opportunity pretext bid goal aim will
  consensus agreement deal accord decision appeal plea request proposal invitation ultimatum
  way ways option options path incentive desire ability capacity capability capabilities supposed willingness
  argument arguments reason reasons ambition ambitions appetite appetites afraid scared`);

/** Verbs of attempting: an attempted hostile act is an act ("tried to hack"), an attempt to help has not helped yet. */
export const ATTEMPT_GOVERNORS = set('try attempt strive');

/** Verbs whose that-clause states a demand, not a fact: "demanded that the US cancel …". */
export const DEMAND_VERBS = set('demand urge insist ask request propose suggest recommend require order call');

/**
 * Verbs whose object is the doer of their to-infinitive: "urged Kyiv to accept", "called on NATO to stop"; so are the
 * verbs of causing: "the invasion prompted Western countries to send weapons", "provoked Russia to attack".
 */
export const OBJECT_CONTROL = set(`
  urge ask call tell order invite encourage press push force persuade allow permit instruct require advise
  help enable pressure implore appeal prompt provoke spur goad incite`);

/**
 * Verbs whose object does the -ing form after "from" ("prevented extremists from seizing power"): the act is kept
 * from happening, unless the preventing is negated ("it did not prevent us from discussing all issues").
 */
export const PREVENTING_VERBS = set(
  'prevent stop keep deter dissuade bar ban prohibit block hinder discourage restrain',
);

/**
 * Verbs whose object is told not to do the -ing form after "against" ("warned Russia against using nuclear weapons"):
 * the act is one the speaker wants not to happen, whether or not the warning was given.
 */
export const WARNING_VERBS = set('warn caution advise counsel');

/** Verbs whose to-infinitive complement did not happen ("denied planning to invade"). */
export const NEGATING_GOVERNORS = set('refuse decline fail reject deny unable pretend');

/** Nouns that put the gerund after them out of action: "a moratorium on deploying missiles". */
export const NEGATING_NOUNS = set('moratorium ban halt freeze suspension cessation renunciation refusal end');

/** Nouns that report speech: "Putin's statement that …" makes Putin the reporter. */
export const SPEECH_NOUNS = set(
  'statement claim claims remarks remark words assertion allegation allegations warning warnings reminder message assurance assurances',
);

/** Conjunctions that open a subordinate clause: a mention after them can be its subject. */
export const SUBORDINATORS = set('after before since until because while when although though once whereas as');

/** Verbs whose "of/for + gerund" complement is an allegation, not an asserted fact; so is the charge a state punishes
 * ("jailed a student for helping militants", "arrested for spying": the court's or police's claim, not a fact). */
const ALLEGING_VERBS = set(
  'accuse blame suspect charge allege condemn criticize criticise denounce jail imprison sentence convict arrest detain indict prosecute ' +
    // News wording of criticism: "the Kremlin blasted Washington for supplying weapons to Kyiv".
    'slam blast lambast lambaste rebuke chide castigate berate lash assail fault',
);

/**
 * Verbs of penalising, whose "for + gerund" is the penaliser's charge: "sanctioned Belarus for supporting the
 * invasion". Only as verbs: the noun "sanctions" states no cause ("hesitated to provide sanctions, and supported …").
 */
const PENALISING_VERBS = set('sanction penalise penalize punish blacklist');

/** The token is a verb of alleging (ALLEGING_VERBS) or of penalising (PENALISING_VERBS). */
export function alleges(t: Token): boolean {
  return ALLEGING_VERBS.has(t.lemma) || (t.pos === 'VERB' && PENALISING_VERBS.has(t.lemma));
}

/** Verbs that take an event noun as a topic or a request, not as something done ("called for sanctions"). */
export const IRREALIS_NOUN_GOVERNORS = set(`
  call demand urge seek ask request propose plan prepare plot threaten discuss consider debate negotiate warn fear expect await anticipate
  rule avoid prevent oppose reject veto block`);

/** Words before a noun trigger that make it a possibility, not an event ("threat of invasion"). */
export const IRREALIS_NOUN_CUES = set(`
  threat threats possible potential planned imminent risk fear fears prospect prospects would-be
  looming possibility likelihood chance danger plans plan talks negotiations proposal deal agreement any`);

/** Verbs that take an event noun as object and give it their subject ("launched an invasion"). */
export const LIGHT_VERBS = set(`
  launch hold conduct carry impose begin start continue stage wage mount intensify escalate resume
  make pay issue order step unleash undertake perform commit renew open conclude complete express voice
  have show announce approve extend provide send deliver allocate unveil pledge promise release earmark
  plan prepare plot indicate signal`);

/** Light verbs that announce rather than do: aid they govern is pledged, not delivered (033x, AGREE). */
export const ANNOUNCING_VERBS = set('announce unveil pledge promise earmark');

/** Prepositions: a mention right after one is not a subject candidate. */
export const PREPOSITIONS = set(`
  of in on at to from with by for about against between among under over into onto toward towards
  through during after before without within near across behind beyond despite upon amid amidst
  including like than via per`);

export const COORDINATORS = set('and or & ,');

// "'m" and "'re" as wink splits them off "I'm" (src/nlp/analyze.ts), "we're", "you're" (curly apostrophes too).
export const BE_FORMS = set("be is are was were been being am 'm ’m 're ’re get got gets getting become became");

/** Clause-level boundaries for subject search. */
export const HARD_BOUNDARIES = set('; : ( )');

/**
 * Nouns naming a person or body by its role in a state or organisation: "the Crown Prince of Abu
 * Dhabi", "heads of the CSTO member states", "the delegations of Ukraine and Russia". Followed by
 * "of X" they stand for X, so the actor slot and the subject search look through them.
 */
export const ROLE_HEADS = set(`
  head heads leader leaders president presidents prince king queen emir sheikh sultan monarch minister ministers
  representative representatives envoy envoys delegation delegations chief chiefs official officials ambassador
  ambassadors mayor governor governors commander commanders spokesman spokeswoman spokesperson secretary-general
  secretary premier chairman chair speaker members diplomats foreign-minister counterpart counterparts`);

/** Nouns for what someone asserted: "Russia's claim that …" (modality.ts, blame.ts). */
export const CLAIM_NOUNS = set('claim claims assertion assertions allegation allegations statement');

/** What harms when no one is named: "a roadside bomb killed", "an explosion wounded" (index.ts, geo/place-actors.ts). */
export const WEAPONS = set(`
  bomb bombs bombing bombings explosion explosions blast blasts device devices mine mines minefield ied ieds rocket
  rockets missile missiles shell shells shelling grenade grenades gunfire landmine landmines strike strikes airstrike
  airstrikes`);

/** Words that call a claim false: "Russia's claim that … is false". */
export const FALSE_WORDS = set('false untrue baseless groundless wrong lie lies fake nonsense');

/**
 * The rule note of a visit to a named place no actor stands for ("visited Irpin"), kept by the coder for the geo stage
 * to give it its host or drop it (src/coding/index.ts, src/geo/place-actors.ts).
 */
export const PLACE_VISITED = ' (a place visited)';

/**
 * The rule notes of combat read off its object (src/coding/senses.ts): forces or arms destroyed, those named as the
 * enemy's ("destroyed two enemy tanks"), and the enemy beaten. The place of a battle with the enemy says where it was
 * fought, not whom it harmed (src/geo/place-actors.ts).
 */
export const FORCES_DESTROYED = 'forces destroyed: fight 190';
export const ENEMY_FORCES_DESTROYED = 'enemy forces destroyed: fight 190';
export const DEFEAT_IN_BATTLE = 'defeat in battle 190';

/** The rule note of a retreat from a named place no actor stands for ("withdrew from Kherson"), kept for the geo stage
 * to give it its target or drop it (src/coding/left-places.ts, src/geo/place-actors.ts). */
export const PLACE_LEFT = ' (a place left)';
