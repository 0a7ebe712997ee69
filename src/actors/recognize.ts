// Doc → Mention[]: one left-to-right pass over each sentence's tokens. At each token the longest actor phrase is
// taken (maximal, non-overlapping mentions), then coreference (surnames, titles, pronouns) looks back over the
// mentions already found, so an antecedent is always an earlier mention.
import type { Actor, ActorType, Diagnostic, Doc, Mention, MentionKind, Token } from '../types.ts';
import type { ActorRegistry, NamedActor, NameEntry, Person, Role, SectorEntry } from './registry.ts';
import { placeOrTimeBefore } from './adverbial-name.ts';
import { matchesAt, capitalisedWordHits, type Match } from './trie.ts';
import { INVERTING_VERBS, SPEECH_VERBS } from './speech.ts';
import { activeRoles, personOn, type PersonState } from './roles.ts';
import { discoveryDiagnostic } from './discovery.ts';
import { parseNamedBody } from './named-body.ts';
import { parseRegionalOffice, type RegionalOffice } from './regional-office.ts';
import { contextState, isStateInstitution, statesNear } from './context-state.ts';
import { withActor, withArticleHeads, type DeferredTitle } from './article-head.ts';
import { withNationalCouncils } from './national-councils.ts';
import { insertMentions } from './insert-mentions.ts';
import { boundAggressor, FORCE_ACTS, harmsSpeakersSide, ROLE_ACTS, roleNounAt } from './aggressor.ts';
import {
  mayStartPhrase,
  notAName,
  phraseOpeners,
  initialledPerson,
  isSideNoun,
  parseName,
  parseQualifier,
  parseSector,
  parseTitle,
  spanText,
  type NameParse,
  type PhraseOpeners,
  type SectorParse,
  type Qualifier,
  type TitleParse,
  BARE_GROUP_SECTORS,
  placedGroup,
  WEEKDAYS,
} from './parse.ts';
import { atWordStarts } from './word-start.ts';
import { ELLIPSIS, namesPluralRival } from './plural-rivals.ts';
import { narratedPresident } from './narrated-title.ts';
import { kinPeopleAt } from './kin-people.ts';
import { unnamedHolderBefore } from './unnamed-holder.ts';
import { namesCityDocument } from './city-named-documents.ts';
import { describedPersonAt } from './described-person.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
/** Titles of diplomats posted to a state or an international body ("Ambassador of Poland to Ukraine"). */
const POSTING_TITLES: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'permanent representative']);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;

type Core = Omit<Actor, 'text'>;

/** What coreference needs to know about a mention beyond its Actor. */
interface Info {
  readonly personKey: string | null; // registry id, or "new:<name>" for a discovered person
  readonly gender: 'm' | 'f' | null;
  readonly titles: readonly string[];
  readonly surname: string | null; // lowercased, for discovered persons
}

/** A role noun ("the occupiers") read before the article named an aggressor: its tokens, sector and words. */
interface DeferredRole {
  readonly firstToken: number;
  readonly endToken: number;
  readonly sector: string | null;
  readonly label: string;
}

interface Candidate {
  readonly end: number;
  readonly actor: Core;
  readonly kind: MentionKind;
  readonly info: Info;
  readonly antecedent: number | null;
}

const NO_INFO: Info = { personKey: null, gender: null, titles: [], surname: null };

/** A state's institution or people named by a sector noun ("the Ukrainian parliament", "the government"). */
function stateSector(state: NamedActor, s: SectorParse): Candidate {
  return {
    end: s.end,
    actor: { name: `${state.name} ${s.entry.label}`, ...compose(state, s.entry.sector), type: s.entry.type, id: null },
    kind: 'nominal',
    info: NO_INFO,
    antecedent: null,
  };
}
const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'cabinet']);
/**
 * Styles of address after "His"/"Her"/"Their" ("Her Majesty the Queen"): a title, not a pronoun. Not "His Holiness",
 * said of a pope or patriarch the text has usually just named.
 */
const STYLES = new Set(['majesty', 'majesties', 'excellency', 'excellencies', 'highness', 'highnesses']);

/** "his counterpart", "her interlocutor": the one spoken to in a readout, the other side of its conversation. */
const OTHER_SIDE_NOUNS = new Set(['counterpart', 'interlocutor']);
/** Words that, glued by a hyphen after a state's name, describe another noun's trait ("Russian-speaking"). */
const DESCRIBING = new Set(
  'friendly speaking sanctioned era style focused oriented leaning minded language designated'.split(' '),
);
const PRE_QUALIFIER = new Set(['former', 'ex', 'senior', 'top', 'high-ranking', 'leading', 'unnamed', 'another']);
const UNIQUE_OFFICES = new Set([
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'foreign minister',
  'defence minister',
  'interior minister',
  'finance minister',
  'secretary of state',
  'secretary general',
  'high representative',
  'director general',
  'leader',
  'king',
  'queen',
  'emir',
  'crown prince',
  'chief of the general staff',
  'national security adviser',
  'head of the presidential office',
]);
/** The office whose staff's titles end in it ("deputy head of the presidential office"; see titles.tsv). */
const PRESIDENTIAL_OFFICE = 'of the presidential office';
/** The UN and its bodies (IGOUNO, IGOUNOCEF, …). */
const UN_CODE = 'IGOUNO';
/** What joins a staff member's title to the office's (see Scanner.staffOf). */
const STAFF = ' to the ';
/** Nouns before "of the <title> <name>" that make the title someone else's (see Scanner.nestedIn). */
const OFFICE_WORDS = new Set([
  'office',
  'administration',
  'staff',
  'secretariat',
  'chancellery',
  'apparatus',
  'cabinet',
]);
const FAMILY_WORDS = new Set(['wife', 'husband', 'spouse', 'son', 'daughter', 'mother', 'father', 'brother', 'sister']);

/** Prepositions that name where something is: a state or city after them is a place ("troops in Ukraine"). */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'inside', 'outside', 'across', 'throughout']);
/** Nouns that make a city or state before them a place: "Kyiv region", "Donetsk oblast". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['region', 'oblast', 'district', 'province', 'city', 'area']);

/** Honorifics before a name, with the gender they imply ("Sheikh Mohamed bin Zayed", "Ms Zakharova"). */
const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['dr', null],
  ['sheikh', 'm'],
  ['sheik', 'm'],
  ['sheikha', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
]);
/** Heads of a body's name that make it a national actor even with no state before it (see namedBodyAt). */
const PLACED_HEADS = new Set(['party', 'front', 'movement', 'union']);
/** Participles between an ethnic group and the state it lives in ("ethnic Serbs living in Croatia"). */
const SETTLED = new Set(['operating', 'based', 'living', 'fighting', 'active', 'settled', 'residing']);
/** Words that make a person of "<word> of <body>"; "member" takes the body's sector ("a member of the Syrian parliament"). */
const HEAD_WORDS = new Set([
  'head',
  'chief',
  'leader',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'member',
]);
/**
 * Weapons (sectors.tsv) name their state's armed forces after its adjective ("Russian missiles hit Kyiv", "Iranian
 * drones"); after its name the name is mostly the recipient of a double object ("gave Russia
 * drones", "send Ukraine missiles"), so there they name nothing.
 */
const WEAPON_LABELS: ReadonlySet<string> = new Set(['military aircraft', 'missiles', 'drones']);
function isWeapon(s: SectorEntry): boolean {
  return s.sector === 'MIL' && WEAPON_LABELS.has(s.label);
}

/** Plural nouns of people who oppose a state: "opponents of Rwanda's Senate", "critics of the Kremlin" (see opponentsOf). */
const OPPONENT_WORDS: ReadonlySet<string> = new Set(['opponents', 'critics']);
/** Pronouns that corefer: m(ale), f(emale) persons, or p(lural): a state, organisation or group ("its" too). */
/** Nouns of saying whose "that"-clause reports their possessor's words ("Russia's claim that it …"). */
const SPEECH_NOUNS = new Set([
  'assertion',
  'assertions',
  'claim',
  'claims',
  'statement',
  'statements',
  'announcement',
  'insistence',
  'assurance',
  'assurances',
  'promise',
  'pledge',
  'warning',
]);
/** The audience of "told reporters he …": the speech verb's object before a reported clause. */
const REPORTER_OBJECTS = new Set(['reporters', 'journalists']);
/** "told reporters Thursday he …": the day of the telling between the audience and the reported clause. */
const DAY_WORDS = new Set<string>(['today', 'yesterday', ...WEEKDAYS]);

/** Plural people a state's adjective may name, whom a later "they" may stand for ("US specialists … They …"). */
const PEOPLE_HEADS = new Set(
  'specialists experts partners colleagues people citizens residents soldiers fighters volunteers representatives'.split(
    ' ',
  ),
);
/** How many sentences back a "they" opening its sentence may find its plural subject (see `previousSubject`). */
const THEY_REACH = 3;
/** Words that may stand before a sentence's subject: "However, the people of Russia". */
const LEAD = /^(?:DET|ADJ|ADV|PUNCT|PRON)$/;
/** Plural heads of bodies' names, whom a later "they" stands for: "the Armed Forces of Ukraine … They …". */
const PLURAL_BODY_HEADS = new Set(['forces', 'guards', 'troops', 'services', 'militias', 'brigades', 'units']);
/** Words that join a sentence to the one before without a subject of their own: "And it …", "However, they …". */
const SENTENCE_OPENERS = new Set(
  'and but yet so then now also still however moreover meanwhile instead furthermore besides'.split(' '),
);
/** Words of time that open a fronted phrase before a clause's subject ("Last night, Russian troops …"). */
const FRONTED_TIMES = new Set<string>(['last', 'this', 'earlier', 'later', ...DAY_WORDS]);
/** Words that open a subordinate clause, whose subject is not the sentence's ("When Russia attacked, …"). */
const SUBORDINATORS = new Set(
  'when whenever while whereas as once if although though since until unless because after before where'.split(' '),
);
/** Dashes that open or close an aside. */
const DASHES = /^[-–—]$/;
/** Verbs that report a statement whose clause may speak of the speaker as "it": "Israel said … fired at it". */
const REPORTING_VERBS = new Set(['say', 'claim', 'report', 'state', 'allege', 'complain', 'announce', 'insist']);
/** Adjectives of will or ability before "to": their "it" is a side, not the "it" of "it was clear that". */
const READINESS_ADJECTIVES = new Set(['ready', 'willing', 'prepared', 'determined', 'eager', 'keen', 'unwilling']);

const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p'> = new Map([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'm'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'f'] as const),
  ...['they', 'them', 'their', 'themselves', 'its'].map((w) => [w, 'p'] as const),
]);
/** Tags of the function words whose capitals mark a headline-style line (see `titleCase`). */
const FUNCTION_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'ADV', 'PRON']);

export function recognize(doc: Doc, reg: ActorRegistry): { mentions: Mention[]; diagnostics: Diagnostic[] } {
  return new Scanner(doc, reg).run();
}

class Scanner {
  private readonly tokens: readonly Token[];
  private readonly date: string | null;
  private readonly mentions: Mention[] = [];
  private readonly infos: Info[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly discovered = new Map<string, number>(); // surname → mention index of the full name
  /** Dictionary surnames written after another first name ("Mikhail Belousov"): someone else of that name. */
  private readonly namesakes = new Set<string>();
  /**
   * Whether a person has a title in this article: made once per document, not a closure per `initialled` call, and in
   * the constructor, where under tsx it costs no `__name` call (Object.defineProperty) as a field's closure does.
   */
  private readonly titledFit: (person: Person) => number;
  private readonly reported = new Set<string>();
  /** Acronyms bound in brackets after a body's name → mention index of that body (see withAcronym). */
  private readonly acronyms = new Map<string, number>();
  /** First token of the mention being built (a determiner included), for apposition checks. */
  private start = 0;
  /** False in title-case lines (headlines), where capitalised words are not evidence of a name. */
  private allowNew = true;
  /** personKey → index of its latest mention. */
  private readonly latest = new Map<string, number>();
  /** First lowercased word of each discovered full name → [words, mention index]. */
  private readonly fullNames = new Map<string, [string[], number][]>();
  /** The mention being built starts with "a"/"an": an unnamed person, never an earlier one. */
  private indefinite = false;
  /**
   * Per token: could any dictionary phrase start here: 0 not asked yet, 1 no, 2 yes. Asked on first use, at most
   * once per token: tokens inside a mention already found are never asked.
   */
  private readonly may: Uint8Array;
  /** The registry's phrase openers, looked up once per document rather than at every token. */
  private readonly openers: PhraseOpeners;
  private readonly personCache = new Map<string, PersonState>();
  /** The last "<plural title> of <body>" group ("the leaders of Ukraine"): "and Poland" right after it shares it. */
  private pluralOf: { readonly end: number; readonly sector: string; readonly title: string } | null = null;
  /** States the article has named as invading, occupying or the aggressor so far (see aggressor.ts). */
  private readonly aggressors = new Set<string>();
  /** States the article has named as striking or attacking so far: the enemy when it names no aggressor. */
  private readonly attackers = new Set<string>();
  /** Bare titles left for the whole article to resolve (see defer). */
  private readonly deferred: DeferredTitle[] = [];
  /** Role nouns read before the article named any side as the aggressor (see aggressorAt, withLaterAggressor). */
  private readonly deferredRoles: DeferredRole[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly reg: ActorRegistry,
  ) {
    this.tokens = doc.tokens;
    this.date = doc.article.date;
    this.may = new Uint8Array(this.tokens.length);
    this.openers = phraseOpeners(reg);
    this.titledFit = (person) => (this.personState(person).titles.length > 0 ? 1 : 0);
  }

  private personState(p: Person): PersonState {
    let st = this.personCache.get(p.id);
    if (!st) {
      st = personOn(p, this.date);
      this.personCache.set(p.id, st);
    }
    return st;
  }

  run(): { mentions: Mention[]; diagnostics: Diagnostic[] } {
    for (const s of this.doc.sentences) {
      this.allowNew = !titleCase(this.tokens, s.firstToken, s.endToken);
      let i = s.firstToken;
      while (i < s.endToken) {
        const found = this.at(i, s.endToken, s.index);
        if (found === null) {
          i++;
          continue;
        }
        const c = this.withAcronym(found);
        this.push(c, i, s.index);
        i = c.end;
      }
    }
    const heads = withArticleHeads(
      this.mentions,
      this.deferred,
      (country) => this.presidentOf(country),
      this.deferred.length === 0 ? null : this.headlinePresident(),
    );
    for (let n = 0; n < heads.unresolved.length; n++) this.diagnostics.push(unresolvedTitle('president'));
    const mentions = this.withLaterAggressor(heads.mentions);
    // "Meeting with permanent members of the Security Council": a state's own council (national-councils.ts).
    return { mentions: withNationalCouncils(this.doc, mentions, this.reg.states), diagnostics: this.diagnostics };
  }

  /**
   * "The invaders wanted to block the center of our state … the Russian invasion": a role noun read before the article
   * named who invaded, occupies or is the aggressor is that state when the whole article names one such state
   * (aggressor.ts, ROLE_ACTS), as a reader takes it from the article. Not the second tier of states named striking:
   * "the enemy" of a history lesson is not the side a later paragraph says strikes.
   */
  private withLaterAggressor(mentions: Mention[]): Mention[] {
    if (this.deferredRoles.length === 0 || this.aggressors.size !== 1) return mentions;
    const [country] = this.aggressors;
    const state = this.reg.states.get(country!);
    if (state === undefined) return mentions;
    const added: Mention[] = [];
    let k = 0;
    for (const d of this.deferredRoles) {
      while (k < mentions.length && mentions[k]!.endToken <= d.firstToken) k++;
      // A mention the scan found over the same words keeps them.
      if (k < mentions.length && mentions[k]!.firstToken < d.endToken) continue;
      const a = this.tokens[d.firstToken]!;
      const b = this.tokens[d.endToken - 1]!;
      const core = compose(state, d.sector);
      added.push(
        withActor(
          {
            kind: 'nominal',
            sentence: a.sentence,
            firstToken: d.firstToken,
            endToken: d.endToken,
            start: a.start,
            end: b.end,
            antecedent: null,
          },
          {
            text: this.doc.article.text.slice(a.start, b.end),
            name: `${state.name} ${d.label}`,
            ...core,
            type: d.sector ? 'group' : 'state',
            id: null,
          },
        ),
      );
    }
    return insertMentions(mentions, added);
  }

  private push(c: Candidate, first: number, sentence: number): void {
    const a = this.tokens[first]!;
    const b = this.tokens[c.end - 1]!;
    const text = this.doc.article.text.slice(a.start, b.end);
    this.mentions.push({
      actor: { text, ...c.actor },
      kind: c.kind,
      sentence,
      firstToken: first,
      endToken: c.end,
      start: a.start,
      end: b.end,
      antecedent: c.antecedent,
    });
    this.infos.push(c.info);
    if (c.info.personKey !== null) this.latest.set(c.info.personKey, this.mentions.length - 1);
    const mention = this.mentions[this.mentions.length - 1]!;
    const aggressor = boundAggressor(this.tokens, mention, ROLE_ACTS);
    if (aggressor !== null) this.aggressors.add(aggressor);
    const attacker = aggressor === null ? boundAggressor(this.tokens, mention, FORCE_ACTS) : null;
    if (attacker !== null) this.attackers.add(attacker);
  }

  /**
   * "the Nigerian Union of Teachers (NUT)", "the Islamic Salvation Front (FIS)": an acronym in brackets after a
   * body's name is taken into the mention and names that body for the rest of the article.
   */
  private withAcronym(c: Candidate): Candidate {
    if (c.actor.type !== 'organization' && c.actor.type !== 'group' && c.actor.type !== 'igo') return c;
    const acronym = this.tokens[c.end + 1];
    if (this.tokens[c.end]?.text !== '(' || this.tokens[c.end + 2]?.text !== ')' || acronym === undefined) return c;
    if (!/^[A-Z][A-Z0-9&/-]{1,9}$/.test(acronym.text)) return c;
    this.acronyms.set(acronym.text, this.mentions.length);
    return { ...c, end: c.end + 3 };
  }

  /** The longest mention starting at token `i`, or null. */
  private at(i: number, limit: number, sentence: number): Candidate | null {
    const tok = this.tokens[i]!;
    const det = tok.lower === 'the' && i + 1 < limit;
    this.indefinite = (tok.lower === 'a' || tok.lower === 'an') && i + 1 < limit;
    const j = det || this.indefinite ? i + 1 : i;
    this.start = i;
    const c = this.sharedPluralOf(i, j, limit) ?? this.phraseAt(j, limit, det);
    if (det && c && this.gluedHyphen(c.end)) return null; // "the Ukraine-US commission": "the" is not Ukraine's
    if (c && this.describingCompound(c.end)) return null;
    if (this.indefinite) {
      this.indefinite = false;
      // "a senior Ukrainian official", "a Russian delegation"; not "a Russian attack".
      return c && (c.kind === 'title' || c.kind === 'nominal') ? c : null;
    }
    if (c) return c;
    const bound = this.acronyms.size > 0 ? this.acronyms.get(this.tokens[j]!.text) : undefined;
    if (bound !== undefined) return this.coref(j + 1, bound);
    if (det) return this.theInterlocutor(i, sentence);
    return this.pronoun(i, sentence) ?? this.surname(i);
  }

  /** A name at `k`; among namesakes, one holding the title (if given) on the date, then one holding any office. */
  private nameAt(k: number, limit: number, title: string | null = null): NameParse | null {
    // The ranking is an anonymous argument, not a named const: this runs at most tokens, and under tsx a named
    // closure also costs a `__name` call (Object.defineProperty) each time it is made.
    return parseName(this.reg, this.tokens, k, limit, this.allowNew, (p: Person): number => {
      const titles = this.personState(p).titles;
      return title !== null && titles.includes(title) ? 2 : titles.length > 0 ? 1 : 0;
    });
  }

  /**
   * "a Russia-friendly president", "the Russian-speaking population", "a U.S.-sanctioned arms dealer", "the
   * Soviet-era steelworks": a name glued by a hyphen to a word of description names a trait of the noun after it,
   * which is no act or part of that state (unlike "Russia-backed separatists", who are its proxies).
   */
  private describingCompound(end: number): boolean {
    const word = this.tokens[end + 1];
    return (
      this.gluedHyphen(end) && word !== undefined && word.start === this.tokens[end]!.end && DESCRIBING.has(word.lower)
    );
  }

  private gluedHyphen(end: number): boolean {
    const next = this.tokens[end];
    return next !== undefined && next.text === '-' && next.start === this.tokens[end - 1]!.end;
  }

  private phraseAt(j: number, limit: number, det: boolean): Candidate | null {
    if (this.may[j] === 0) this.may[j] = mayStartPhrase(this.reg, this.tokens, j, this.openers) ? 2 : 1;
    if (this.may[j] === 1) return null;
    if (PRE_QUALIFIER.has(this.tokens[j]!.lower)) {
      // "former Polish minister X", "a senior Ukrainian official": modifiers before the qualifier of a title.
      let k = j;
      let former = false;
      while (k < limit && PRE_QUALIFIER.has(this.tokens[k]!.lower)) {
        if (this.tokens[k]!.lower === 'former' || this.tokens[k]!.lower === 'ex') former = true;
        k++;
      }
      const q = parseQualifier(this.reg, this.tokens, k, limit);
      if (q) {
        const c = this.titledAfterQualifier(q, limit, former);
        if (c) return c;
      }
    }
    // One walk of the name trie serves the qualifier, person and demonym readings of this position.
    const names = matchesAt(this.reg.names, this.tokens, j, limit);
    const named = parseQualifier(this.reg, this.tokens, j, limit, names);
    const person = this.personAt(names, j, limit);
    if (person && (!named || person.end > named.nameEnd)) return person;
    // "Bosnian Serb forces", "Kosovo Albanians": a people named by the state it lives in (kin-people.ts).
    const kin = named === null ? null : kinPeopleAt(this.reg, this.tokens, j, named, limit);
    if (kin?.kind === 'people')
      return { end: kin.end, actor: kin.actor, kind: 'name', info: NO_INFO, antecedent: null };
    const q = kin?.qualifier ?? named;
    if (q)
      return (
        (det ? this.nationalCouncil(q, j) : null) ??
        this.seatOfStateAfter(q, limit) ??
        this.afterQualifier(q, j, limit, det)
      );
    const office = parseRegionalOffice(this.tokens, j, limit);
    if (office) {
      const c = this.regionalOfficer(office, limit, det);
      if (c) return c;
    }
    const t = parseTitle(this.reg, this.tokens, j, limit);
    if (t) {
      // "exiled dissidents from Myanmar": a plural title that names no one may still be a group placed by a state.
      const c = this.afterTitle(null, t, limit, det);
      if (c !== null || !t.plural || !placedGroup(this.reg, this.tokens, t.end - 1)) return c;
    }
    const head = this.headOf(j, limit) ?? this.opponentsOf(j, limit);
    if (head) return head;
    if (!det) {
      const appos = this.honorific(j, limit) ?? this.namedApposition(j, limit);
      if (appos) return appos;
    }
    return (
      this.demonymAt(names, j, limit) ??
      (det ? this.shortOrgAt(names) : null) ??
      this.sectorOfPlace(j, limit) ??
      this.bareGroup(j, limit) ??
      this.namedBodyAt(j, limit) ??
      this.stateInstitution(j, limit, det) ??
      (det ? this.aggressorAt(j, limit) : null) ??
      this.lowercaseAdjective(j, limit)
    );
  }

  /**
   * "The President held a meeting with permanent members of the Security Council": a bare "the Security Council" is
   * the UN's in an article that named the UN before it; in one that did not, it is the security council of the state
   * the passage is about (Russia's, Kazakhstan's, Armenia's), placed as an institution named with no state is
   * (context-state.ts). With no such state it stays the UN's.
   */
  private nationalCouncil(q: Qualifier, j: number): Candidate | null {
    if (q.kind !== 'org' || spanText(this.tokens, j, q.nameEnd).toLowerCase() !== 'security council') return null;
    if (this.mentions.some((m) => m.actor.code.startsWith(UN_CODE))) return null;
    const next = this.tokens[q.nameEnd];
    if (next !== undefined && next.pos === 'NOUN') return null; // "the Security Council resolution": the UN's
    const sentence = this.tokens[j]!.sentence;
    const country = contextState(this.mentions, sentence, 'GOV', (m) => this.describesThing(m));
    const state = country === null ? undefined : this.reg.states.get(country);
    if (state === undefined) return null;
    return {
      end: q.nameEnd,
      actor: { name: `${state.name} Security Council`, ...compose(state, 'GOV'), type: 'organization', id: null },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /**
   * "tunisian rioters", "russian troops": a state's adjective typed in lowercase, which a sector noun right after it
   * shows to be the adjective ("polish" alone may be the verb, "turkey" the bird).
   */
  private lowercaseAdjective(j: number, limit: number): Candidate | null {
    const tok = this.tokens[j]!;
    if (tok.text !== tok.lower) return null;
    const hit = capitalisedWordHits(this.reg.names, tok.lower).find(
      (h) => h.value.kind === 'adjective' && h.value.actor.type === 'state',
    );
    if (hit === undefined || hit.value.kind === 'person') return null;
    const s = parseSector(this.reg, this.tokens, j + 1, limit);
    if (!s) return null;
    const state = hit.value.actor;
    return stateSector(state, s);
  }

  /** "the Alliance", "the bloc": an organisation's short form refers back to it once it was named in the article. */
  private shortOrgAt(all: readonly Match<NameEntry>[]): Candidate | null {
    for (let m = all.length - 1; m >= 0; m--) {
      for (const h of all[m]!.hits) {
        if (h.value.kind !== 'org-short') continue;
        // "the Alliance of Liberals", "the Commission for Human Rights": part of another body's name.
        const next = this.tokens[all[m]!.end];
        if (next !== undefined && (next.lower === 'of' || next.lower === 'for' || next.pos === 'PROPN')) return null;
        const code = h.value.actor.code;
        for (let k = this.mentions.length - 1; k >= 0; k--) {
          if (this.mentions[k]!.actor.code !== code) continue;
          return { end: all[m]!.end, actor: coreOf(h.value.actor), kind: 'name', info: NO_INFO, antecedent: k };
        }
      }
    }
    return null;
  }

  /**
   * "Insurgents bombarded …", "protesters rallied …": armed and protesting groups named with no country
   * are still actors (CAMEO's ---REB, ---OPP). A state's institutions ("the army", "the government") are not
   * unplaced groups: they take the state of their context or are no actor (stateInstitution).
   */
  private bareGroup(j: number, limit: number): Candidate | null {
    const s = parseSector(this.reg, this.tokens, j, limit);
    if (!s || s.entry.type !== 'group' || !BARE_GROUP_SECTORS.has(s.entry.sector)) return null;
    // Plural people ("rebels", "protesters") or a group ("a rebel group"); not "opposition to …", which names a stance.
    const last = this.tokens[s.end - 1]!.lower;
    if (!last.endsWith('s') && last !== 'group') return null;
    const code = compose(null, s.entry.sector);
    return {
      end: s.end,
      actor: { name: s.entry.label, ...code, type: 'group', id: null },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /**
   * "The government said …", "police arrested …": a state's institution named with no state is the state of its
   * context (context-state.ts); when the context does not say, it is no actor, as before.
   */
  private stateInstitution(j: number, limit: number, det: boolean): Candidate | null {
    const s = parseSector(this.reg, this.tokens, j, limit);
    if (!s || !isStateInstitution(this.tokens, j, s.end, det)) return null;
    // "the authorities and the people of Luxembourg": the state that closes the pair is the institution's too.
    const owner = this.pairOwner(s.end, limit);
    if (owner !== null) return stateSector(owner, s);
    const country = contextState(this.mentions, this.tokens[j]!.sentence, s.entry.sector || null, (m) =>
      this.describesThing(m),
    );
    const state = country === null ? undefined : this.reg.states.get(country);
    if (state === undefined) return null;
    return stateSector(state, s);
  }

  /**
   * The state named by "and (the) <noun> of <state>" right after a state's institution: "the government and people
   * of Poland", "the authorities and the people of Luxembourg"; else null.
   */
  private pairOwner(k: number, limit: number): NamedActor | null {
    if (this.tokens[k]?.lower !== 'and') return null;
    let n = this.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const noun = n;
    while (n < limit && n < noun + 2 && /^(?:NOUN|ADJ)$/.test(this.tokens[n]!.pos)) n++;
    if (n === noun || this.tokens[n]?.lower !== 'of') return null;
    const start = this.tokens[n + 1]?.lower === 'the' ? n + 2 : n + 1;
    const q = parseQualifier(this.reg, this.tokens, start, limit);
    if (q === null || q.kind !== 'state' || q.actor.country === null) return null;
    return this.reg.states.get(q.actor.country) ?? null;
  }

  /**
   * "The occupiers shelled Kharkiv", "sanctions against the aggressor": the state the article named before as the one
   * that invaded, occupies or is the aggressor (aggressor.ts), when it named one only; with none such, the one state
   * it named striking or attacking ("Russian strikes on Kharkiv … the enemy"); else no actor.
   */
  private aggressorAt(j: number, limit: number): Candidate | null {
    const role = roleNounAt(this.tokens, j, limit);
    // "the enemy's positions" still names the enemy; "the enemy lines" too. Not "the occupier state" as a modifier.
    // The aggressor named, else the one side named attacking (aggressor.ts, FORCE_ACTS).
    const sides = this.aggressors.size > 0 ? this.aggressors : this.attackers;
    if (role !== null && this.aggressors.size === 0) this.deferRole(j, role.end, role.sector);
    if (role === null || sides.size !== 1) return null;
    const [country] = sides;
    const state = this.reg.states.get(country!);
    if (state === undefined) return null;
    const label = spanText(this.tokens, j, role.end).toLowerCase();
    return {
      end: role.end,
      actor: {
        name: `${state.name} ${label}`,
        ...compose(state, role.sector),
        type: role.sector ? 'group' : 'state',
        id: null,
      },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /** Keeps the role noun at `j` (after the determiner at this.start) for withLaterAggressor, once. */
  private deferRole(j: number, end: number, sector: string | null): void {
    const last = this.deferredRoles[this.deferredRoles.length - 1];
    if (last !== undefined && last.firstToken >= this.start) return;
    const label = spanText(this.tokens, j, end).toLowerCase();
    this.deferredRoles.push({ firstToken: this.start, endToken: end, sector, label });
  }

  /**
   * "rebels in the Ivory Coast", "opposition groups in Zimbabwe", "officials in Moscow", "police of
   * Algiers": a bare sector noun placed by a country, capital or seat right after it.
   */
  private sectorOfPlace(j: number, limit: number): Candidate | null {
    const s = parseSector(this.reg, this.tokens, j, limit);
    if (!s || isSideNoun(s.entry)) return null;
    const prep = this.tokens[s.end]?.lower;
    if (prep !== 'in' && prep !== 'of' && prep !== 'from') return null;
    // "the occupiers in Ukraine" are not Ukraine's (see aggressorAt); "the occupiers from Russia" are Russia's.
    if (prep === 'in' && roleNounAt(this.tokens, j, limit) !== null) return null;
    // "the Office of the President of Ukraine": the state is the president's, whom the title names (as before the
    // office became a sector); the office alone is placed by its context (context-state.ts).
    if (prep === 'of' && this.tokens[s.end - 1]!.lower === 'president') return null;
    let k = s.end + 1;
    if (this.tokens[k]?.lower === 'the') k++;
    // "dissidents from military-ruled Myanmar", "rebels in war-torn Syria": a hyphenated compound describes the place.
    while (k + 3 < limit && this.gluedHyphen(k + 1) && this.tokens[k + 2]!.start === this.tokens[k + 1]!.end) k += 3;
    const q = parseQualifier(this.reg, this.tokens, k, limit);
    if (!q || q.kind === 'region') return null;
    // "inhabitants of the Syrian Golan Heights": an adjective counts when a place name follows it.
    let end = q.nameEnd;
    if (q.kind === 'adjective') {
      while (end < limit && this.tokens[end]!.pos === 'PROPN') end++;
      if (end === q.nameEnd) return null;
    }
    const code = compose(q.actor, s.entry.sector);
    // "the delegations of Ukraine and Russia", "diplomats from Russia, Ukraine and France": the states after it
    // share the plural noun (see sharedPluralOf).
    if (this.tokens[s.end - 1]!.lower.endsWith('s'))
      this.pluralOf = { end, sector: code.sector ?? '', title: s.entry.label };
    return {
      end,
      actor: { name: `${q.actor.name.replace(/^the /, '')} ${s.entry.label}`, ...code, type: s.entry.type, id: null },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  // ---- coordination ---------------------------------------------------------------------------

  /**
   * "Russian and Ukrainian representatives", "US and Russian officials": coordinated adjectives share the head
   * noun, so the first one names the same kind of actor as the second (RUSGOV, not the state RUS). A state's
   * abbreviation is written as its adjective ("US and British activists" are American activists, USAOPP).
   */
  private sharedHead(q: Qualifier, limit: number): Candidate | null {
    if (q.kind !== 'adjective' && !(q.kind === 'state' && this.isAbbreviation(q))) return null;
    if (q.end !== q.nameEnd || this.tokens[q.end]?.lower !== 'and') return null;
    const q2 = parseQualifier(this.reg, this.tokens, q.end + 1, limit);
    if (!q2 || q2.kind !== 'adjective' || q2.end !== q2.nameEnd) return null;
    const t = parseTitle(this.reg, this.tokens, q2.end, limit);
    const s = t ? null : parseSector(this.reg, this.tokens, q2.end, limit);
    const sector = t ? (t.plural ? t.sector : null) : (s?.entry.sector ?? null);
    if (sector === null) return null; // "the Russian and Ukrainian President" is one person, not two actors
    // "a meeting between the US and Ukrainian parties": the sides of talks, which the state's own name codes already.
    if (q.kind === 'state' && s?.entry.label === 'party') return null;
    const label = t ? `${t.title}s` : s!.entry.label;
    return {
      end: q.nameEnd,
      actor: {
        name: `${q.actor.name.replace(/^the /, '')} ${label}`,
        ...compose(q.actor, sector),
        type: t ? 'group' : s!.entry.type,
        id: null,
      },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /** A state named by capitals alone, one word ("US", "U.S.", "UK"): the form wire English uses as an adjective. */
  private isAbbreviation(q: Qualifier): boolean {
    return /^(?:[A-Z]\.?){2,4}$/.test(this.tokens[q.nameEnd - 1]!.text);
  }

  /** "the leaders of Ukraine and Poland": the state after "and" shares the plural title before it. */
  private sharedPluralOf(i: number, j: number, limit: number): Candidate | null {
    const shared = this.pluralOf;
    // Asked at every token: the group first, then the word before it.
    if (shared === null || i === 0 || shared.end !== i - 1) return null;
    const link = this.tokens[i - 1]?.lower;
    if (link !== 'and' && link !== ',') return null;
    const q = parseQualifier(this.reg, this.tokens, j, limit);
    if (!q || q.kind !== 'state' || parseSector(this.reg, this.tokens, q.end, limit)) return null;
    // A comma joins only a list that an "and" closes: "diplomats from Russia, Ukraine and France".
    if (link === ',' && !this.listClosesAfter(q.nameEnd, limit)) return null;
    this.pluralOf = { ...shared, end: q.nameEnd };
    return {
      end: q.nameEnd,
      actor: { name: `${q.actor.name} ${shared.title}s`, ...compose(q.actor, shared.sector), type: 'group', id: null },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /** From `k`: ", State" any number of times, then "and State". */
  private listClosesAfter(k: number, limit: number): boolean {
    while (k < limit) {
      const link = this.tokens[k]?.lower;
      if (link !== ',' && link !== 'and') return false;
      const q = parseQualifier(this.reg, this.tokens, k + 1, limit);
      if (!q || q.kind !== 'state') return false;
      if (link === 'and') return true;
      k = q.nameEnd;
    }
    return false;
  }

  /**
   * "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces Mohamed bin Zayed Al Nahyan",
   * "Mayor of Kyiv Vitali Klitschko": a title whose "of" complement we cannot code, then more titles, then a
   * dictionary person. The whole run names that person. Only a title may follow "and" or a comma, so "the
   * President of France and Olaf Scholz" stays two actors.
   */
  private personAfterComplement(t: TitleParse, limit: number): Candidate | null {
    const stop = Math.min(limit, t.end + 24);
    for (let k = t.end + 1; k < stop; k++) {
      const tok = this.tokens[k]!;
      const w = tok.lower;
      if (w === 'and' || w === ',') {
        if (!this.titleWithin(k + 1, limit)) return null;
        continue;
      }
      const glued = tok.start === this.tokens[k - 1]!.end;
      if (w === 'of' || w === 'the' || w === '-' || glued) continue;
      if (!/^[A-Z]/.test(tok.text)) return null;
      const names = matchesAt(this.reg.names, this.tokens, k, limit);
      for (let n = names.length - 1; n >= 0; n--) {
        const hit = names[n]!.hits.find((h) => h.value.kind === 'person');
        if (hit?.value.kind !== 'person') continue;
        // "Chairman of the Danish Foreign Policy Committee Martin Lidegaard": a one-word name with another name word
        // after it is the first name of somebody else.
        if (names[n]!.end === k + 1 && spaced(tok, this.tokens[k + 1]) && this.nameWord(k + 1, limit)) return null;
        const p = hit.value.person;
        return { ...this.known(p, names[n]!.end, null, null), antecedent: this.lastOf(p.id) };
      }
    }
    return null;
  }

  /** A title starts at `k` or one or two capitalised words later ("Deputy Supreme Commander"). */
  private titleWithin(k: number, limit: number): boolean {
    for (let n = k; n < Math.min(limit, k + 3); n++) {
      if (!/^[A-Z]/.test(this.tokens[n]?.text ?? '')) return false;
      if (parseTitle(this.reg, this.tokens, n, limit)) return true;
    }
    return false;
  }

  // ---- names ----------------------------------------------------------------------------------

  /** A dictionary person named at `j` (short forms only once the person was named in this article). */
  private personAt(all: readonly Match<NameEntry>[], j: number, limit: number): Candidate | null {
    for (let m = all.length - 1; m >= 0; m--) {
      const match = all[m]!;
      const alone = match.end === j + 1;
      if (alone && this.insideOtherName(j, limit)) {
        if (this.otherFirstName(j, all)) this.namesakes.add(this.tokens[j]!.lower);
        continue;
      }
      for (const h of match.hits) {
        if (h.value.kind !== 'person') continue;
        const p = h.value.person;
        const prior = this.lastOf(p.id);
        if (h.value.short && prior === null && !this.governmentOf(p, match.end)) continue;
        // "an assistant professor, Mikhail Belousov, … Belousov was dismissed": a surname alone, after someone else
        // of that surname was named in full (and the dictionary's namesake was not), is that someone, or no actor
        // when that someone was none.
        if (alone && prior === null) {
          const namesake = this.discovered.get(this.tokens[j]!.lower);
          const other = namesake === undefined ? '' : this.mentions[namesake]!.actor.name;
          if (namesake !== undefined && other[0]?.toLowerCase() !== p.name[0]?.toLowerCase())
            return this.coref(match.end, namesake);
          if (this.namesakes.has(this.tokens[j]!.lower)) continue;
        }
        return { ...this.known(p, match.end, null, null), antecedent: prior };
      }
    }
    return this.pastGovernment(all, j, limit) ?? this.initialled(j, limit);
  }

  /** "A. Blinken", "B. Johnson" with no title before them (parse.ts, initialledPerson). */
  private initialled(j: number, limit: number): Candidate | null {
    const p = initialledPerson(this.reg, this.tokens, j, limit, this.titledFit);
    if (p?.kind !== 'known') return null;
    return { ...this.known(p.person, p.end, null, null), antecedent: this.lastOf(p.person.id) };
  }

  /**
   * "the Bush administration" when no Bush leads a government on the article's date: the government of the namesake
   * who led one last before it (a past administration), coded as that state's government.
   */
  private pastGovernment(all: readonly Match<NameEntry>[], j: number, limit: number): Candidate | null {
    let best: { p: Person; end: number; role: Role } | null = null;
    for (const match of all) {
      if (!GOVERNMENT_NOUNS.has(this.tokens[match.end]?.lower ?? '')) continue;
      if (match.end === j + 1 && this.insideOtherName(j, limit)) continue;
      for (const h of match.hits) {
        if (h.value.kind !== 'person') continue;
        for (const role of h.value.person.roles) {
          if (role.sector !== 'GOV' || role.country === null || (this.date !== null && role.from > this.date)) continue;
          if (best === null || role.from > best.role.from) best = { p: h.value.person, end: match.end, role };
        }
      }
    }
    if (best === null) return null;
    const { p, end, role } = best;
    const candidate = this.known(p, end, null, null);
    return {
      ...candidate,
      actor: { ...candidate.actor, code: `${role.country}GOV`, country: role.country, sector: 'GOV' },
    };
  }

  /**
   * "the Bush administration", "the Johnson government": an ambiguous surname before a word for a government is
   * the namesake who led one on the article's date.
   */
  private governmentOf(p: Person, end: number): boolean {
    return GOVERNMENT_NOUNS.has(this.tokens[end]?.lower ?? '') && this.personState(p).actor.sector === 'GOV';
  }

  /**
   * A one-word name with another name word glued to it by a space ("Kyrylo Tymoshenko", "Mustafa Tuzcu") is part
   * of somebody else's full name, not the dictionary person with that surname or first name.
   */
  private insideOtherName(j: number, limit: number): boolean {
    const prev = this.tokens[j - 1];
    const next = this.tokens[j + 1];
    return (
      (prev?.sentence === this.tokens[j]!.sentence && spaced(prev, this.tokens[j]) && this.nameWord(j - 1, limit)) ||
      (j + 1 < limit && spaced(this.tokens[j], next) && this.nameWord(j + 1, limit))
    );
  }

  /**
   * The name word before the surname at `j` is a first name of none of the dictionary's persons of that surname, not
   * even in another spelling (same initial: "Andrii" for "Andriy"): someone else, "Mikhail Belousov".
   */
  private otherFirstName(j: number, all: readonly Match<NameEntry>[]): boolean {
    const first = this.tokens[j - 1]!;
    if (!this.nameWord(j - 1, j + 1)) return false;
    for (const match of all)
      for (const h of match.hits)
        if (h.value.kind === 'person' && h.value.person.name[0]?.toLowerCase() === first.lower[0]) return false;
    return true;
  }

  /** A capitalised proper noun at `k` that is no dictionary name or title: a word of someone's name. */
  private nameWord(k: number, limit: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || t.pos !== 'PROPN' || !CAPITALISED_WORD.test(t.text) || notAName(t.lower)) return false;
    return parseQualifier(this.reg, this.tokens, k, limit) === null && !parseTitle(this.reg, this.tokens, k, limit);
  }

  private demonymAt(all: readonly Match<NameEntry>[], j: number, limit: number): Candidate | null {
    for (let m = all.length - 1; m >= 0; m--) {
      for (const h of all[m]!.hits) {
        if (h.value.kind === 'demonym') {
          const end = all[m]!.end;
          const home = this.homeOf(j, end, limit);
          if (home !== null)
            return { end: home.end, actor: coreOf(home.actor), kind: 'name', info: NO_INFO, antecedent: null };
          return { end, actor: coreOf(h.value.actor), kind: 'name', info: NO_INFO, antecedent: null };
        }
      }
    }
    return null;
  }

  /**
   * "the Albanians of southern Serbia", "ethnic Turks in Sweden", "ethnic Albanian guerrillas operating in
   * Macedonia": a people named by the state they live in is coded as that state, as PLOVER and CAMEO code ethnic
   * groups. "In" (and "operating/based/living in") counts only after "ethnic": "the Russians in Ukraine" and
   * "Russian troops operating in Ukraine" are Russia's troops.
   */
  private homeOf(j: number, end: number, limit: number): { end: number; actor: NamedActor } | null {
    const ethnic = this.tokens[j - 1]?.lower === 'ethnic';
    // "ethnic Albanian guerrillas operating in Macedonia", "ethnic Serbs living in Croatia"
    const placed = ethnic && SETTLED.has(this.tokens[end]?.lower ?? '') ? end + 1 : end;
    const prep = this.tokens[placed]?.lower;
    if (!(prep === 'of' && placed === end) && !(prep === 'in' && ethnic)) return null;
    let k = placed + 1;
    while (k < limit && (this.tokens[k]!.pos === 'DET' || this.tokens[k]!.pos === 'ADJ')) k++;
    const q = parseQualifier(this.reg, this.tokens, k, limit);
    if (q === null || q.kind !== 'state') return null;
    return { end: q.nameEnd, actor: q.actor };
  }

  private lastOf(key: string): number | null {
    return this.latest.get(key) ?? null;
  }

  private known(p: Person, end: number, q: Qualifier | null, t: TitleParse | null): Candidate {
    const state = this.personState(p);
    let actor: Core = state.actor;
    let titles = state.titles;
    let personKey = p.id;
    // Text evidence beats a stale dictionary: "Polish Foreign Minister X" on a date the registry has no role for.
    if (t && q?.actor.country && p.country && q.actor.country !== p.country && !this.commaWithin(t.end, end)) {
      // "Ukraine's prosecutor general Andrei Kostin" is not the Russian banker of that name: another state's title
      // names a namesake, whom later mentions of the name must not take for the dictionary person. Not across a
      // comma: "the meeting with the President of Ukraine, António Guterres visited …" names two people.
      actor = { ...actor, ...compose(q.actor, t.sector) };
      titles = [t.title];
      personKey = `new:${p.id}@${q.actor.country}`;
    } else if (t?.former) {
      const country = actor.country ?? p.country;
      actor = { ...actor, code: `${country ?? '---'}ELI`, country, sector: 'ELI' };
    } else if (t && state.titles.length === 0 && (q || t.sector !== 'GOV')) {
      // "Lt. Gen. Prosper Avril" out of the registry's dates: the title's sector, the person's own country; but
      // "Speaker Johnson" may be anyone called Johnson, so a surname alone keeps the country unknown.
      const fullName = end - t.end > 1;
      const own = { code: `${p.country ?? '---'}${t.sector}`, country: p.country, sector: t.sector };
      actor = { ...actor, ...(q || !fullName ? compose(q?.actor ?? null, t.sector) : own) };
      titles = [t.title];
    }
    return {
      end,
      actor,
      kind: 'name',
      info: { personKey, gender: p.gender, titles, surname: null },
      antecedent: null,
    };
  }

  /** Whether a comma stands among the tokens [from, to). */
  private commaWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.tokens[k]!.lower === ',') return true;
    return false;
  }

  // ---- qualifier + (title | sector) -----------------------------------------------------------

  /**
   * "<qualifier> title [name]" or "<qualifier> body title [name]" ("Russian foreign ministry spokeswoman Maria
   * Zakharova", "a senior NATO intelligence official"): a person, who takes the body's sector.
   */
  private titledAfterQualifier(q: Qualifier, limit: number, former: boolean): Candidate | null {
    const t = parseTitle(this.reg, this.tokens, q.end, limit);
    const longer = parseSector(this.reg, this.tokens, q.end, limit);
    // "Russia's prosecutor's office" is a body, not "Russia's prosecutor" + "'s office".
    if (t && !(longer && longer.end > t.end)) return this.afterTitle(q, markFormer(t, former), limit, true);
    if (t) return null;
    const s = parseSector(this.reg, this.tokens, q.end, limit, true);
    if (!s) return null;
    const t2 = parseTitle(this.reg, this.tokens, s.end, limit);
    if (!t2) return null;
    const body: NamedActor = {
      id: '',
      name: `${q.actor.name.replace(/^the /, '')} ${s.entry.label}`,
      ...compose(q.actor, s.entry.sector),
      type: 'organization',
    };
    const inner: Qualifier = { actor: body, kind: 'org', nameEnd: s.end, end: s.end };
    return this.afterTitle(
      inner,
      markFormer({ ...t2, sector: t2.former ? 'ELI' : s.entry.sector }, former),
      limit,
      true,
    );
  }

  private afterQualifier(q: Qualifier, j: number, limit: number, det: boolean): Candidate | null {
    const titled = this.titledAfterQualifier(q, limit, false);
    // "Russian opposition politician Ivan Petrov", "a Belarusian journalist, Ivan Petrov,": a named person the title
    // reading misses or leaves unnamed.
    const described = this.describedPerson(q, limit);
    if (described && (titled === null || described.end > titled.end)) return described;
    if (titled) return titled;
    const s = parseSector(this.reg, this.tokens, q.end, limit);
    if (s && (!isSideNoun(s.entry) || this.sideIsParty(j, s.end)) && (q.kind === 'adjective' || !isWeapon(s.entry))) {
      // "ethnic Albanian guerrillas operating in Macedonia": the state they live in, with the noun's sector.
      const home =
        q.kind === 'adjective' && this.tokens[j - 1]?.lower === 'ethnic' ? this.homeOf(j, s.end, limit) : null;
      if (home !== null && home.actor.country !== q.actor.country) {
        return {
          end: home.end,
          actor: {
            name: `${home.actor.name} ${s.entry.label}`,
            ...compose(home.actor, s.entry.sector),
            type: s.entry.type,
            id: null,
          },
          kind: 'nominal',
          info: NO_INFO,
          antecedent: null,
        };
      }
      const named = s.entry.type === 'person' ? this.namedCounterpart(q, s.end, limit) : null;
      if (named) return named;
      const base = q.actor;
      const code = compose(base, this.partyIsSide(q, j, s.end, s.entry.label) ? 'GOV' : s.entry.sector);
      return {
        end: s.end,
        actor: {
          name: `${base.name.replace(/^the /, '')} ${s.entry.label}`,
          ...code,
          type: s.entry.type,
          id: null,
        },
        kind: 'nominal',
        info: NO_INFO,
        antecedent: null,
      };
    }
    const owned = this.organisationOf(q, limit);
    if (owned) return owned;
    const body = this.namedBodyAfter(q, j, limit);
    if (body) return body;
    const shared = this.sharedHead(q, limit);
    if (shared) return shared;
    if (det && q.kind === 'adjective') return null; // "the Russian approach": leave to the next token
    if (q.kind === 'capital' && namesCityDocument(this.tokens, q.nameEnd)) return null;
    const kind: MentionKind = q.kind === 'capital' || q.kind === 'seat' ? 'seat' : 'name';
    return { end: q.nameEnd, actor: coreOf(q.actor), kind, info: NO_INFO, antecedent: null };
  }

  /**
   * A state's adjective, a description of a person and a new two-word personal name (described-person.ts): a person
   * of that state, with the description's sector. Not in title-case headlines, where capitals are no evidence of a
   * name, nor for a name that is also a place or a body's ("Ukrainian port city Odesa", "Swiss bank Credit Suisse").
   */
  private describedPerson(q: Qualifier, limit: number): Candidate | null {
    // A state's adjective, or its capitals used as one ("US citizen", "UK politician"), not its name ("Russia expert").
    const adjective = q.kind === 'adjective' || (q.kind === 'state' && q.end === q.nameEnd && this.isAbbreviation(q));
    if (!adjective || q.actor.type !== 'state' || !this.allowNew) return null;
    const d = describedPersonAt(this.reg, this.tokens, q.end, limit);
    if (d === null) return null;
    const name = this.nameAt(d.nameAt, limit);
    if (name === null || name.kind !== 'new' || !this.personalName(d.nameAt, name.end)) return null;
    // The comma form stands in commas: "a Belarusian journalist, Ivan Petrov, was detained".
    const close = this.tokens[name.end];
    if (d.comma && name.end < limit && close?.text !== ',' && close?.text !== '.') return null;
    const t: TitleParse = { end: d.nameAt, title: d.title, sector: d.sector ?? '', former: false, plural: false };
    return this.personFrom(name, q.actor, t);
  }

  /** Tokens [from, to) are two capitalised words (glued pieces included), neither a name of the dictionaries. */
  private personalName(from: number, to: number): boolean {
    let words = 0;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (k > from && t.start === this.tokens[k - 1]!.end) continue; // "Jean" "-" "Yves", "Erdo" "ğan"
      if (!CAPITALISED_WORD.test(t.text)) return false;
      for (const m of matchesAt(this.reg.names, this.tokens, k, to))
        for (const h of m.hits) if (h.value.kind !== 'person') return false;
      words++;
    }
    return words === 2;
  }

  /**
   * "Governor of the Astrakhan Region Igor Babushkin", "the head of the Kyiv regional military administration,
   * Oleksiy Kuleba": the region names no state, so the office is the state's the passage is about (as an institution
   * named with no state is), else of unknown country for withSoleCountry to place. With no name after it, "the head
   * of the … administration" is an official of that state; with no state either, nothing.
   */
  private regionalOfficer(o: RegionalOffice, limit: number, det: boolean): Candidate | null {
    const sentence = this.tokens[o.end - 1]!.sentence;
    const country = contextState(this.mentions, sentence, 'GOV', (m) => this.describesThing(m));
    const state = (country === null ? undefined : this.reg.states.get(country)) ?? null;
    const t: TitleParse = { end: o.end, title: o.title, sector: 'GOV', former: false, plural: false };
    const name = this.nameAt(this.tokens[o.end]?.text === ',' ? o.end + 1 : o.end, limit, o.title);
    if (name) return this.personFrom(name, state, t);
    if (!det || state === null) return null;
    return {
      end: o.end,
      actor: { name: `${state.name} ${o.title}`, ...compose(state, 'GOV'), type: 'person', id: null },
      kind: 'title',
      info: { personKey: null, gender: null, titles: [o.title], surname: null },
      antecedent: null,
    };
  }

  /**
   * "The Ukrainian party is ready for a constructive dialogue", "called on the Russian party to resume work": in
   * translated readouts "the <state's adjective> party" is that state's side in talks, as "the Ukrainian side" is,
   * not a political party; a party is named ("the Hungarian party Fidesz") or indefinite ("a Ukrainian party").
   */
  private partyIsSide(q: Qualifier, j: number, end: number, label: string): boolean {
    if (label !== 'party' || q.kind !== 'adjective' || this.tokens[j - 1]?.lower !== 'the') return false;
    // One side, not "the Libyan parties" (the sides of a conflict, not its government).
    if (this.tokens[end - 1]?.lower !== 'party') return false;
    const next = this.tokens[end];
    return next === undefined || next.sentence !== this.tokens[j]!.sentence || !UPPER_FIRST.test(next.text);
  }

  /**
   * "The Austrian side supported …", "called on the Russian side to …", "at the French side's initiative": a state's
   * side is its government as a party to talks. Not a side of something ("the Russian side of the border") nor a
   * place "on" it ("morale on the Russian side"), unless the "on" belongs to a verb of appeal ("called on",
   * "count on", "rely on").
   */
  private sideIsParty(j: number, end: number): boolean {
    if (this.tokens[end]?.lower === 'of') return false;
    let k = j - 1;
    if (this.tokens[k]?.lower === 'the') k--;
    if (this.tokens[k]?.lower !== 'on') return true;
    return APPEAL_ON.has(this.tokens[k - 1]?.lemma ?? '');
  }

  /**
   * "his Ukrainian counterpart Ruslan Stefanchuk": a known person of that state named right after the noun is the
   * counterpart, with the office the dictionary gives him (the speaker of parliament, `UKRLEG`), not a `GOV` title.
   */
  private namedCounterpart(q: Qualifier, k: number, limit: number): Candidate | null {
    const name = this.nameAt(k, limit);
    if (name === null || name.kind !== 'known') return null;
    if (name.person.country !== null && name.person.country !== q.actor.country) return null;
    return this.known(name.person, name.end, null, null);
  }

  /**
   * "Egypt's Muslim Brotherhood", "Russia's Wagner Group", "the Lebanese Hezbollah": a state's name or adjective
   * before a known organisation or armed group only says where the body is; the mention is the body, with what
   * follows it ("Egypt's Muslim Brotherhood leaders"). Not an international body ("Ukraine's NATO allies", "the
   * Russian Red Cross").
   */
  private organisationOf(q: Qualifier, limit: number): Candidate | null {
    if (q.actor.type !== 'state' || (q.kind !== 'state' && q.kind !== 'adjective')) return null;
    if (q.kind === 'state' && q.end === q.nameEnd) return null; // "Russia Wagner": no possessive, two names
    const org = parseQualifier(this.reg, this.tokens, q.end, limit);
    if (org?.kind === 'seat') return this.seatOf(q, org);
    // A body of no state must be an armed group: "the Russian Red Cross" is a national society, not the ICRC.
    if (org === null || org.kind !== 'org' || (org.actor.country === null && org.actor.type !== 'group')) return null;
    if (org.actor.type !== 'organization' && org.actor.type !== 'group') return null;
    return this.afterQualifier(org, q.end, limit, false);
  }

  /**
   * "the Federal Chancellery of Austria": a seat or national institution of `seats.tsv` followed by "of" and another
   * state names that state's own institution of the kind, as the state's adjective before it does (`seatOf`). The
   * seat's own state after "of" ("the State Duma of the Russian Federation") keeps the seat's reading.
   */
  private seatOfStateAfter(seat: Qualifier, limit: number): Candidate | null {
    if (seat.kind !== 'seat' || seat.end !== seat.nameEnd || this.tokens[seat.nameEnd]?.lower !== 'of') return null;
    const sector = seat.actor.sector;
    if (sector === null || seat.actor.country === 'VAT') return null;
    const k = seat.nameEnd + (this.tokens[seat.nameEnd + 1]?.lower === 'the' ? 2 : 1);
    const state = parseQualifier(this.reg, this.tokens, k, limit);
    if (state === null || state.kind !== 'state' || state.actor.type !== 'state') return null;
    if (state.end !== state.nameEnd || state.actor.country === seat.actor.country) return null;
    return {
      end: state.nameEnd,
      actor: {
        name: `${state.actor.name} ${seat.actor.name}`,
        ...compose(state.actor, sector),
        type: seat.actor.type,
        id: null,
      },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /**
   * "the Austrian Federal Chancellery", "Turkey's National Security Council", "the Peruvian Congress": a state named
   * before a seat or national institution of `seats.tsv` that belongs to another state names its own institution of
   * that kind (the seat's sector). Not before a noun ("US Kremlin watchers" are no chancellery), nor the seat's own
   * state ("Russia's Kremlin"), which keeps the two mentions it had.
   */
  private seatOf(q: Qualifier, seat: Qualifier): Candidate | null {
    const sector = seat.actor.sector;
    // "the Argentinian pontiff", "the Polish Pope": the Holy See's offices are no state's national institution; a state
    // before them names where their holder is from.
    if (seat.actor.country === 'VAT') {
      return { end: seat.nameEnd, actor: coreOf(seat.actor), kind: 'seat', info: NO_INFO, antecedent: null };
    }
    if (sector === null || seat.actor.country === q.actor.country) return null;
    const next = this.tokens[seat.nameEnd];
    if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
    return {
      end: seat.nameEnd,
      actor: {
        name: `${q.actor.name} ${seat.actor.name}`,
        ...compose(q.actor, sector),
        type: seat.actor.type,
        id: null,
      },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /**
   * "the Nigerian Union of Teachers", "the Syrian Observatory for Human Rights": a body no dictionary knows, named
   * by a state's adjective or name and a body's name, is that state's, with the sector its name gives.
   */
  private namedBodyAfter(q: Qualifier, j: number, limit: number): Candidate | null {
    if (!this.allowNew || q.actor.type !== 'state' || (q.kind !== 'adjective' && q.kind !== 'state')) return null;
    const b = parseNamedBody(this.reg, this.tokens, q.end, limit);
    if (b === null || b.state !== null) return null;
    return this.namedBody(j, b.end, compose(q.actor, b.sector));
  }

  /**
   * "the fundamentalist Umma (Nation) party", "the United Russia party": a body's name with no country before it
   * takes a state named in its first words; else its country is unknown ("---"), for withSoleCountry to place.
   */
  private namedBodyAt(j: number, limit: number): Candidate | null {
    if (!this.allowNew) return null;
    const b = parseNamedBody(this.reg, this.tokens, j, limit);
    // Only a party, front, movement or union with a name of its own ("Umma party", not "the Union"), or an army
    // named as rebels ("Lord's Resistance Army"): councils, committees and "the Armed Forces" of an unnamed state
    // are most often that state's own institutions, which the article's context names, not a sole state.
    if (b === null || (b.before === 0 && b.state === null)) return null;
    if (!PLACED_HEADS.has(b.head) && !(b.sector === 'REB' && b.state === null)) return null;
    // "the Olympic movement": a lowercase head after a name is a party only ("the Umma party").
    if (b.head !== 'party' && this.tokens[b.headEnd - 1]!.text === b.head) return null;
    return this.namedBody(j, b.end, compose(b.state, b.sector));
  }

  private namedBody(j: number, end: number, code: ReturnType<typeof compose>): Candidate {
    return {
      end,
      actor: { name: spanText(this.tokens, j, end), ...code, type: 'organization', id: null },
      kind: 'name',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /** A title with a name after it, or (with a determiner or qualifier) a title resolved by coreference. */
  private afterTitle(q: Qualifier | null, given: TitleParse, limit: number, anchored: boolean): Candidate | null {
    // "Adviser to the Head of the President's Office": the adviser, not the head; the whole phrase names one person,
    // with or without "the" before it.
    const staff = q ? null : this.staffOf(given, limit);
    const t = staff ?? given;
    if (staff) anchored = true;
    // "the president of the European Commission", "head of Poland's Ministry of Foreign Affairs, Zbigniew Rau"
    if (!q && this.tokens[t.end]?.lower === 'of') {
      const of = this.bodyAfterOf(t.end + 1, limit);
      if (of) return this.afterBody(of, t, limit, anchored);
      const far = this.personAfterComplement(t, limit);
      if (far) return far;
    }
    const named = this.titledPerson(q, t, limit);
    if (named) return named;
    if (!anchored) return null;
    if (this.indefinite && q && !t.plural) {
      // An unnamed person ("a senior Ukrainian official"): later "the official" can refer back to it.
      return {
        end: t.end,
        actor: { name: `${q.actor.name} ${t.title}`, ...compose(q.actor, t.sector), type: 'person', id: null },
        kind: 'title',
        info: { personKey: `anon:${this.mentions.length}`, gender: null, titles: [t.title], surname: null },
        antecedent: null,
      };
    }
    if (t.plural) {
      if (!q) return null;
      // "Nato defence ministers", "EU foreign ministers": the member states' ministers meeting as the organisation,
      // not its own military or other branch.
      const sector = q.actor.type === 'igo' && t.title.endsWith('minister') ? null : t.sector;
      return {
        end: t.end,
        actor: { name: `${q.actor.name} ${t.title}s`, ...compose(q.actor, sector), type: 'group', id: null },
        kind: 'nominal',
        info: NO_INFO,
        antecedent: null,
      };
    }
    return this.titleCoref(q?.actor ?? null, t, t.end, this.start);
  }

  /** "<title> to the <title of the presidential office>": the first title, of that office (see presidentialOffice). */
  private staffOf(t: TitleParse, limit: number): TitleParse | null {
    if (t.plural || this.tokens[t.end]?.lower !== 'to') return null;
    const k = this.tokens[t.end + 1]?.lower === 'the' ? t.end + 2 : t.end + 1;
    const inner = parseTitle(this.reg, this.tokens, k, limit);
    if (inner === null || !inner.title.endsWith(PRESIDENTIAL_OFFICE)) return null;
    return { ...t, end: inner.end, title: `${t.title} to the ${inner.title}` };
  }

  private titledPerson(q: Qualifier | null, t: TitleParse, limit: number): Candidate | null {
    if (t.plural) return null;
    // "Russia's ambassador to the United States Anatoly Antonov": the posting after the title is part of it.
    let n = q ? this.postedTo(t, t.end, limit) : t.end;
    if (this.tokens[n]?.text === ',' && !q) return null;
    const name = this.nameAt(n, limit, t.title);
    if (!name) return null;
    n = name.end;
    return this.personFrom(name, q?.actor ?? null, t);
  }

  private personFrom(name: NameParse, body: NamedActor | null, t: TitleParse | null): Candidate {
    if (name.kind === 'known') {
      const q: Qualifier | null = body ? { actor: body, kind: 'org', nameEnd: 0, end: 0 } : null;
      return { ...this.known(name.person, name.end, q, t), antecedent: this.lastOf(name.person.id) };
    }
    const key = `new:${name.name.toLowerCase()}`;
    const prior = this.lastOf(key);
    // "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva" is not the president, nor is "the wife
    // of the President …": the title names whom the person works for or is related to.
    const nested = t ? this.nestedIn() : null;
    if (nested === 'family') t = null;
    else if (nested === 'office' && t) t = { ...t, title: 'official' };
    const code = t
      ? compose(body ?? this.officeState(t), t.sector)
      : { code: body?.country ?? '---', country: body?.country ?? null, sector: null };
    const actor: Core = { name: name.name, ...code, type: 'person', id: null };
    const surname = name.name.split(' ').pop()!.toLowerCase();
    if (prior === null) {
      this.discovered.set(surname, this.mentions.length);
      const words = name.name.toLowerCase().split(' ');
      if (words.length > 1) {
        const list = this.fullNames.get(words[0]!) ?? [];
        list.push([words, this.mentions.length]);
        this.fullNames.set(words[0]!, list);
      }
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.diagnostics.push(
          discoveryDiagnostic({ name: name.name, code: t ? actor.code : null, title: t ? t.title : null }),
        );
      }
    }
    return {
      end: name.end,
      actor,
      kind: t ? 'title' : 'name',
      info: { personKey: key, gender: null, titles: t ? [t.title] : [], surname },
      antecedent: prior,
    };
  }

  /** The mention being built follows "<office word|family word> of [the]" ("Office of the", "wife of the"). */
  private nestedIn(): 'office' | 'family' | null {
    let k = this.start - 1;
    if (this.tokens[k]?.lower === 'the') k--;
    if (this.tokens[k]?.lower !== 'of') return null;
    const head = this.tokens[k - 1]?.lower ?? '';
    if (FAMILY_WORDS.has(head)) return 'family';
    return OFFICE_WORDS.has(head) ? 'office' : null;
  }

  /**
   * An unknown name made a person by its context: an apposition with a title ("Jeffrey Kupfer, the US deputy
   * secretary of energy", "Sohrab Ahmari, a contributing editor of …"), or a speech verb next to it
   * ("said Sam Cranny-Evans", "Jane Doe told"). Without a title the person has no country or sector ("---").
   */
  private namedApposition(j: number, limit: number): Candidate | null {
    const tok = this.tokens[j]!;
    if (tok.pos !== 'PROPN') return null;
    const name = this.nameAt(j, limit);
    if (!name || name.kind !== 'new' || name.end - j < 2 || name.name.indexOf(' ') < 0) return null;
    if (this.tokens[name.end]?.text === ',' && !placeOrTimeBefore(this.tokens[j - 1])) {
      const found = this.appositiveTitle(name.end + 1, limit);
      if (found) return { ...this.personFrom(name, found.body, found.title), end: found.end };
    }
    const prev = this.tokens[j - 1];
    const next = this.tokens[name.end];
    const inverted = prev !== undefined && prev.pos === 'VERB' && INVERTING_VERBS.has(prev.lemma.toLowerCase());
    if (inverted || isSpeechVerb(next) || (next?.text === ',' && this.tokens[name.end + 1]?.lower === 'who')) {
      return this.personFrom(name, null, null);
    }
    return null;
  }

  /** After "Name,": "[the|a|an] [qualifier] [modifiers] title [of|with|at body]". */
  private appositiveTitle(
    k: number,
    limit: number,
  ): { end: number; body: NamedActor | null; title: TitleParse } | null {
    const art = this.tokens[k]?.lower;
    if (art === 'the' || art === 'a' || art === 'an') k++;
    if (this.tokens[k]?.lower === 'member' && this.tokens[k + 1]?.lower === 'of') {
      // "Mohammed Mamoun, a member of the Syrian parliament": the body's sector (SYRLEG).
      const of = this.bodyAfterOf(k + 2, limit);
      if (!of) return null;
      const sector = of.actor.sector === 'IGO' ? 'GOV' : (of.actor.sector ?? 'GOV');
      return {
        end: of.end,
        body: of.actor,
        title: { end: k + 1, title: 'member', sector, former: false, plural: false },
      };
    }
    const q = parseQualifier(this.reg, this.tokens, k, limit);
    let body: NamedActor | null = null;
    let at = k;
    if (q && q.kind !== 'capital') {
      body = q.actor;
      at = q.end;
    }
    let t = parseTitle(this.reg, this.tokens, at, limit);
    let former = false;
    for (let n = 0; !t && n < 2 && /^(ADJ|NOUN|VERB)$/.test(this.tokens[at]?.pos ?? ''); n++) {
      if (this.tokens[at]!.lower === 'former') former = true;
      at++; // "a research analyst", "a contributing editor", "a former county supervisor"
      t = parseTitle(this.reg, this.tokens, at, limit);
    }
    if (t && former) t = { ...t, former: true, sector: 'ELI' };
    // "president and CEO of a think tank": a GOV title of some other body says nothing about a government.
    const more = t ? (this.tokens[t.end]?.lower ?? '') : '';
    const govTitle = t !== null && !body && t.sector === 'GOV' && /^(and|of|at|for|with)$/.test(more);
    if (govTitle) t = { ...t!, sector: '' };
    if (!t || t.plural || this.nameAt(t.end, limit)) return null;
    let end = t.end;
    const prep = this.tokens[end]?.lower;
    if (!body && (prep === 'of' || prep === 'with' || prep === 'at' || prep === 'for')) {
      const of = this.bodyAfterOf(end + 1, limit);
      if (of) {
        body = of.actor;
        end = of.end;
        // "Emine Dzheppa, First Deputy Minister of Foreign Affairs of Ukraine": the GOV title is the state's.
        if (govTitle && of.actor.type === 'state') t = { ...t, sector: 'GOV' };
      }
    }
    return { end, body, title: t };
  }

  /** "Mr Erickson", "Ms. Zakharova", "Dr Smith": a person; the honorific gives the gender. */
  private honorific(j: number, limit: number): Candidate | null {
    const lower = this.tokens[j]!.lower;
    const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    const gender = HONORIFICS.get(w);
    if (gender === undefined || j + 1 >= limit) return null;
    let k = j + 1;
    if (this.tokens[k]?.text === '.') k++;
    const name = this.nameAt(k, limit);
    if (!name) return null;
    if (name.kind === 'known')
      return { ...this.known(name.person, name.end, null, null), antecedent: this.lastOf(name.person.id) };
    const surname = name.name.split(' ').pop()!.toLowerCase();
    const prior = this.discovered.get(surname);
    if (prior !== undefined) return this.coref(name.end, prior);
    const c = this.personFrom(name, null, null);
    return { ...c, info: { ...c.info, gender } };
  }

  /** "head of X", "chief of X" (head words that are not titles of their own). */
  private headOf(j: number, limit: number): Candidate | null {
    const w = this.tokens[j]?.lower ?? '';
    if (!HEAD_WORDS.has(w) || this.tokens[j + 1]?.lower !== 'of') return null;
    const of = this.bodyAfterOf(j + 2, limit);
    if (!of) return null;
    const t: TitleParse = { end: j + 1, title: w, sector: 'GOV', former: false, plural: false };
    return this.afterBody(of, t, limit, false);
  }

  /**
   * "Opponents of Rwanda's Senate protested", "critics of the Kremlin": the opposition of the state whose institution
   * (or the state itself) they oppose, as CAMEO codes domestic opponents (`RWAOPP`). Not the opponents of an armed or
   * opposition group, who may be the government.
   */
  private opponentsOf(j: number, limit: number): Candidate | null {
    if (!OPPONENT_WORDS.has(this.tokens[j]!.lower) || this.tokens[j + 1]?.lower !== 'of') return null;
    const of = this.bodyAfterOf(j + 2, limit);
    const state = of?.actor.country == null ? undefined : this.reg.states.get(of.actor.country);
    if (!of || !state || BARE_GROUP_SECTORS.has(of.actor.sector ?? '')) return null;
    return {
      end: of.end,
      actor: { name: `${state.name} opposition`, ...compose(state, 'OPP'), type: 'group', id: null },
      kind: 'nominal',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /** The body after "of": "Poland's Ministry of Foreign Affairs", "the European Commission", "NATO". */
  private bodyAfterOf(k: number, limit: number): { end: number; actor: NamedActor } | null {
    const start = this.tokens[k]?.lower === 'the' ? k + 1 : k;
    const q = parseQualifier(this.reg, this.tokens, start, limit);
    if (!q) return this.institutionOfPlace(start, limit);
    if (q.kind === 'capital') return null;
    const after = this.tokens[q.nameEnd];
    if (after && after.start === this.tokens[q.nameEnd - 1]!.end && after.text === '-') return null; // "UK-based"
    const s = parseSector(this.reg, this.tokens, q.end, limit);
    if (s) {
      const code = compose(q.actor, s.entry.sector);
      return {
        end: s.end,
        actor: { id: '', name: `${q.actor.name} ${s.entry.label}`, ...code, type: 'organization' },
      };
    }
    // "the Speaker of the Polish Sejm", "the President of the German Bundestag": a state's adjective before a seat.
    const seat = q.kind === 'adjective' ? this.seatAfterAdjective(q, limit) : null;
    if (seat !== null) return seat;
    // "head of Russia's ..." with nothing we know after; "editor of the American Conservative" is not American.
    if (q.end !== q.nameEnd || q.kind === 'adjective') return null;
    return { end: q.nameEnd, actor: q.actor };
  }

  /**
   * After "of": a state's institution named by a singular sector noun and its state, "the Speaker of the Parliament of
   * Estonia" (`ESTLEG`), as "the Parliament of Estonia" is alone (`sectorOfPlace`); not a plural ("the head of the
   * delegations of …"), which is no one body.
   */
  private institutionOfPlace(k: number, limit: number): { end: number; actor: NamedActor } | null {
    const s = parseSector(this.reg, this.tokens, k, limit);
    if (s === null || s.entry.type !== 'organization' || this.tokens[s.end - 1]!.lower.endsWith('s')) return null;
    const placed = this.sectorOfPlace(k, limit);
    return placed === null ? null : { end: placed.end, actor: { ...placed.actor, id: '' } };
  }

  /**
   * After "of": a state's adjective and a seat or national institution of `seats.tsv` ("the Polish Sejm", "the German
   * Bundestag") name the institution, its own state's (as the seat alone would) or the adjective's state's kind of it
   * ("the Peruvian Congress", as `seatOf`). Not the Holy See's offices, which belong to no state.
   */
  private seatAfterAdjective(q: Qualifier, limit: number): { end: number; actor: NamedActor } | null {
    const seat = parseQualifier(this.reg, this.tokens, q.end, limit);
    if (seat?.kind !== 'seat' || seat.actor.sector === null || seat.actor.country === 'VAT') return null;
    const next = this.tokens[seat.nameEnd];
    if (seat.nameEnd < limit && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
    if (seat.actor.country === q.actor.country) return { end: seat.nameEnd, actor: seat.actor };
    const code = compose(q.actor, seat.actor.sector);
    return {
      end: seat.nameEnd,
      actor: { id: '', name: `${q.actor.name} ${seat.actor.name}`, ...code, type: 'organization' },
    };
  }

  private afterBody(
    body: { end: number; actor: NamedActor },
    t: TitleParse,
    limit: number,
    anchored: boolean,
  ): Candidate | null {
    let n = this.postedTo(t, body.end, limit);
    if (this.tokens[n]?.text === ',') n++;
    const sector = t.former ? 'ELI' : body.actor.sector === 'IGO' ? t.sector : (body.actor.sector ?? t.sector);
    const title: TitleParse = { ...t, sector };
    if (t.plural) {
      // "the representatives of Ukraine", "foreign ministers of the OSCE": a group, never one person.
      if (!anchored) return null;
      const code = compose(body.actor, sector);
      this.pluralOf = { end: body.end, sector: code.sector ?? '', title: t.title };
      return {
        end: body.end,
        actor: { name: `${body.actor.name} ${t.title}s`, ...code, type: 'group', id: null },
        kind: 'nominal',
        info: NO_INFO,
        antecedent: null,
      };
    }
    const name = this.nameAt(n, limit);
    if (name) return this.personFrom(name, body.actor, title);
    if (!anchored) return null;
    return this.titleCoref(body.actor, title, body.end, this.start);
  }

  /**
   * "Ambassador of Poland to Ukraine Bartosz Cichocki", "Ambassador of Ukraine to the United States Oksana Markarova",
   * "Ukraine's Ambassador to Poland Andrii Deshchytsia": the state a diplomat is posted to is part of the title, so the name after it is the diplomat of the state after
   * "of" (before, "to Ukraine" ended the title and the diplomat was read as the bare state). Returns where the name
   * may start: after the posting, or `end` when there is none.
   */
  private postedTo(t: TitleParse, end: number, limit: number): number {
    if (!POSTING_TITLES.has(t.title) || this.tokens[end]?.lower !== 'to') return end;
    const at = this.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    const place = parseQualifier(this.reg, this.tokens, at, limit);
    return place !== null && (place.kind === 'state' || place.kind === 'org') ? place.nameEnd : end;
  }

  // ---- coreference ----------------------------------------------------------------------------

  /** "the foreign minister", "Russia's foreign minister": the last compatible person, else the office holder. */
  private titleCoref(body: NamedActor | null, t: TitleParse, end: number, start: number): Candidate | null {
    const appos = this.apposition(start, end);
    if (appos !== null) {
      const m = this.mentions[appos]!;
      const info = this.infos[appos]!;
      return {
        end,
        actor: stripText(m.actor),
        kind: 'title',
        info: { ...info, titles: [...info.titles, t.title] },
        antecedent: appos,
      };
    }
    const country = body?.country ?? null;
    // A release's own narration: "The President thanked Slovakia" is its own head of state, the first one named.
    const text = this.doc.article.text;
    if (body === null && !t.former && t.title === 'president' && narratedPresident(text, this.tokens, start, end)) {
      // Only a president the registry knows: a phrase misread as a titled person names no head of state.
      const k = this.infos.findIndex(
        (info, j) => this.mentions[j]!.actor.id !== null && info.titles.includes('president'),
      );
      if (k >= 0)
        return { end, actor: stripText(this.mentions[k]!.actor), kind: 'title', info: this.infos[k]!, antecedent: k };
    }
    // The office of a state's institution is that institution's: "the President of the Bundestag" is not Germany's.
    const own = body === null ? null : institutionCode(body, t.sector);
    // "the former president" is not the one in office: no earlier holder of the title can be meant.
    for (let k = t.former ? -1 : this.infos.length - 1; k >= 0; k--) {
      const info = this.infos[k]!;
      const m = this.mentions[k]!;
      if (m.actor.type !== 'person' || info.titles.length === 0) continue;
      if (country !== null && m.actor.country !== country) continue;
      if (own !== null && m.actor.code !== own) continue;
      if (body && country === null && !m.actor.code.startsWith(body.code)) continue;
      if (!info.titles.some((have) => titleFits(t.title, have))) continue;
      return { end, actor: stripText(m.actor), kind: 'title', info, antecedent: k };
    }
    if (body && !t.former) {
      const key = `${country ?? body.code}|${t.title}`;
      // Only offices with one holder at a time name a person ("Russia's foreign minister"; not "a lawmaker").
      const holders = UNIQUE_OFFICES.has(t.title) ? (this.reg.byTitle.get(key) ?? []) : [];
      for (const p of holders) {
        if (!activeRoles(p, this.date).some((r) => r.title === t.title && (own === null || r.code === own))) continue;
        const c = this.known(p, end, null, null);
        return { ...c, kind: 'title', antecedent: this.lastOf(p.id) };
      }
      return {
        end,
        actor: { name: `${body.name} ${t.title}`, ...compose(body, t.sector), type: 'person', id: null },
        kind: 'title',
        info: { personKey: null, gender: null, titles: [t.title], surname: null },
        antecedent: null,
      };
    }
    const holder = body || t.former ? null : (this.holderInContext(t.title, end) ?? this.presidentialOffice(t, end));
    if (holder) return holder;
    if (!body && !t.former && this.defer(t, start, end)) return null;
    this.diagnostics.push(unresolvedTitle(t.title));
    return null;
  }

  /**
   * A bare "the President" that names someone (not "the President's wife", nor "to be the President") is left for
   * the article's main state to resolve once the whole article is read (article-head.ts). Returns whether it was.
   */
  private defer(t: TitleParse, start: number, end: number): boolean {
    if (t.title !== 'president' || this.tokens[start]?.lower !== 'the') return false;
    const possessive = /^(?:'s|’s)$/.test(this.tokens[end]?.lower ?? '');
    if (possessive && FAMILY_WORDS.has(this.tokens[end + 1]?.lower ?? '')) return false;
    // "to be the President" is no one in particular; "the President of Abkhazia" is someone else's.
    if (this.tokens[start - 1]?.lemma === 'be' || this.tokens[end]?.lower === 'of') return false;
    const sentence = this.tokens[start]!.sentence;
    if (this.deferred.some((d) => d.mention.firstToken === start)) return true;
    const a = this.tokens[start]!;
    const b = this.tokens[end - 1]!;
    this.deferred.push({
      mention: {
        kind: 'title',
        sentence,
        firstToken: start,
        endToken: end,
        start: a.start,
        end: b.end,
        antecedent: null,
      },
      text: this.doc.article.text.slice(a.start, b.end),
      near: statesNear(this.mentions, sentence, (m) => this.describesThing(m)),
    });
    return true;
  }

  /** The president of `country` on the article date, as an actor. */
  /** The one president in office on the article date whom the article's headline names by full name, if any. */
  private headlinePresident(): Core | null {
    const headline = this.doc.article.title;
    if (!headline) return null;
    // A spelling may add letters at the end ("Volodymyr Zelenskyy"), so only the start is bounded.
    const named = atWordStarts(headline, this.reg.byTitle.get('|president') ?? []).filter((p) =>
      activeRoles(p, this.date).some((r) => r.title === 'president'),
    );
    return named.length === 1 ? this.personState(named[0]!).actor : null;
  }

  private presidentOf(country: string): Core | null {
    for (const p of this.reg.byTitle.get(`${country}|president`) ?? []) {
      if (activeRoles(p, this.date).some((r) => r.title === 'president')) return this.personState(p).actor;
    }
    return null;
  }

  /**
   * "Russia will not attack, the foreign minister said": a bare title with no earlier holder in the article is the
   * office holder on the article date of the one country the article has named so far. With two or more
   * countries named, which one is meant is unknown, and the title stays unresolved.
   */
  private holderInContext(title: string, end: number): Candidate | null {
    if (!UNIQUE_OFFICES.has(title)) return null;
    let country: string | null = null;
    for (const m of this.mentions) {
      const c = m.actor.country;
      if (c === null || c === country) continue;
      if (country !== null) return null;
      country = c;
    }
    if (country === null) return null;
    for (const p of this.reg.byTitle.get(`${country}|${title}`) ?? []) {
      if (!activeRoles(p, this.date).some((r) => r.title === title)) continue;
      return { ...this.known(p, end, null, null), kind: 'title', antecedent: this.lastOf(p.id) };
    }
    return null;
  }

  /**
   * "The Deputy Head of the Office of the President thanked the German side": an office of the presidential office is
   * one of the state the passage is about, as a state's institution named with no state is (context-state.ts); its
   * holder on the article date when the office has one, else an unnamed official of that state's government.
   */
  private presidentialOffice(t: TitleParse, end: number): Candidate | null {
    const state = this.officeState(t);
    if (state === null) return null;
    const country = state.country;
    for (const p of this.reg.byTitle.get(`${country}|${t.title}`) ?? []) {
      if (!activeRoles(p, this.date).some((r) => r.title === t.title)) continue;
      if (UNIQUE_OFFICES.has(t.title))
        return { ...this.known(p, end, null, null), kind: 'title', antecedent: this.lastOf(p.id) };
    }
    return {
      end,
      actor: { name: `${state.name} ${t.title}`, ...compose(state, t.sector), type: 'person', id: null },
      kind: 'title',
      info: { personKey: null, gender: null, titles: [t.title], surname: null },
      antecedent: null,
    };
  }

  /** The state of the passage, for a title of the presidential office (see presidentialOffice); else null. */
  private officeState(t: TitleParse): NamedActor | null {
    if (!t.title.includes(PRESIDENTIAL_OFFICE)) return null;
    const sentence = this.tokens[t.end - 1]!.sentence;
    const country = contextState(this.mentions, sentence, 'GOV', (m) => this.describesThing(m));
    return (country === null ? undefined : this.reg.states.get(country)) ?? null;
  }

  /** A person mention right before "…, the X" or "… who is the X": the title describes that person. */
  private apposition(start: number, end: number): number | null {
    // "Putin, the official said, …" is a parenthetical subject, not an apposition.
    const after = this.tokens[end];
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null;
    const last = this.mentions.length - 1;
    const m = this.mentions[last];
    if (!m || m.actor.type !== 'person') return null;
    const gap = this.tokens.slice(m.endToken, start).map((t) => t.lower);
    const fits =
      (gap.length === 1 && gap[0] === ',') ||
      (gap.length >= 2 &&
        gap.length <= 3 &&
        gap[gap.length - 2] === 'who' &&
        /^(is|was|has|had)$/.test(gap[gap.length - 1]!)) ||
      (gap.length === 3 && gap[0] === ',' && gap[1] === 'who');
    return fits ? last : null;
  }

  private pronoun(i: number, sentence: number): Candidate | null {
    const tok = this.tokens[i]!;
    const w = tok.lower;
    if (w === 'both') return this.both(i, sentence);
    // The tag first: it rules out most tokens without a lookup.
    if (tok.pos !== 'PRON' && tok.pos !== 'DET' && tok.pos !== 'PART') return null;
    if (w === 'it')
      return this.reportedIt(i, sentence) ?? this.reportedObjectIt(i, sentence) ?? this.previousSubjectIt(i, sentence);
    const kind = PRONOUNS.get(w);
    if (kind === undefined) return null;
    const male = kind === 'm';
    const plural = kind === 'p';
    // "For his part, X said", "In her turn X stated": the idiom points forward to the person named next.
    const before = this.tokens[i - 1]?.lower;
    const after = this.tokens[i + 1]?.lower;
    if ((before === 'for' || before === 'in') && (after === 'part' || after === 'turn')) return null;
    // "Her Majesty the Queen", "His Excellency": a style of address names someone else, no one before it.
    if (STYLES.has(after ?? '') && /^[A-Z]/.test(this.tokens[i + 1]!.text)) return null;
    if (plural) {
      // they/them/their/its → the nearest state, organisation or group in the same sentence, when clear.
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const m = this.mentions[k]!;
        if (m.sentence !== sentence || this.pluralNounBetween(m.endToken, i)) break;
        if (m.kind === 'pronoun' || m.actor.type === 'person') continue;
        if (w !== 'its' && this.modifiesThing(m)) continue;
        if ((w === 'they' || w === 'them') && this.namesPlace(m)) continue;
        return { end: i + 1, actor: stripText(m.actor), kind: 'pronoun', info: this.infos[k]!, antecedent: k };
      }
      if (w === 'they') return this.previousSubject(i, sentence) ?? this.enemyThey(i);
    } else {
      const found = this.reportedPerson(i, male) ?? this.personAntecedent(sentence, male);
      // "forced out a Russia-friendly president after he refused": the unnamed person, no one named before.
      const k =
        found !== null && this.mentions[found]!.sentence < sentence && this.unnamedHolder(i, sentence) ? null : found;
      const counterpart = k === null ? null : this.counterpartOf(i, k);
      if (counterpart !== null) return counterpart;
      if (k !== null) return this.pronounFor(i, k);
      this.diagnostics.push({
        stage: 'actors',
        ruleId: 'actors/unresolved-pronoun',
        severity: 'info',
        message: `pronoun "${tok.text}" at offset ${tok.start} has no compatible person before it; not coded`,
      });
    }
    return null;
  }

  /**
   * "The Umma party has said it will boycott …", "Russia says it plans to …": "it" right after a speech verb (and
   * "that") is that verb's subject, when the subject is a state, organisation or group named just before the verb;
   * "Russia's assertions that it was withdrawing …": after a noun of saying, its possessor.
   * Any other "it" may be the weather, a situation or the "it" of "it is clear that".
   */
  private reportedIt(i: number, sentence: number): Candidate | null {
    const next = this.tokens[i + 1];
    // Its own verb comes next and is finite: "it would", "it plans"; not "help it resist".
    if (next === undefined || !(next.pos === 'AUX' || (next.pos === 'VERB' && next.lower !== next.lemma.toLowerCase())))
      return null;
    // "said it was clear that …", "said it was decided to …": the "it" of the clause after it.
    let n = i + 1;
    while (/^(AUX|PART|ADV|PUNCT)$/.test(this.tokens[n]?.pos ?? '')) n++;
    let t = n + 1;
    while (this.tokens[t]?.pos === 'PUNCT') t++;
    const then = this.tokens[t]?.lower ?? '';
    const be = this.tokens.slice(i + 1, n).some((t) => t.lemma === 'be');
    // Not an adjective of will or ability, which a side has: "Syria said it was ready to resume talks".
    const willing = READINESS_ADJECTIVES.has(this.tokens[n]?.lower ?? '') && then === 'to';
    if (be && !willing && /^(ADJ|VERB)$/.test(this.tokens[n]?.pos ?? '') && /^(that|to|whether|if)$/.test(then))
      return null;
    let k = i - 1;
    // 'Russia said that "it will …"': the quotation may open right before the pronoun.
    if (/^["“]$/.test(this.tokens[k]?.text ?? '')) k--;
    if (this.tokens[k]?.lower === 'that') k--;
    const verb = this.tokens[k];
    if (verb === undefined) return null;
    // "Russia's assertions that it was withdrawing troops": a claim noun after its speaker's possessive.
    const possessive = this.tokens[k - 1]?.lower === "'s" || this.tokens[k - 1]?.lower === '’s';
    if (SPEECH_NOUNS.has(verb.lower) && this.tokens[k + 1]?.lower === 'that' && possessive) k--;
    else if (verb.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma.toLowerCase())) return null;
    k--;
    while (k >= 0 && this.tokens[k]!.pos === 'AUX') k--;
    const last = this.mentions.length - 1;
    const m = this.mentions[last];
    if (m === undefined || m.sentence !== sentence || m.endToken !== k + 1) return null;
    if (m.kind === 'pronoun' || m.actor.type === 'person') return null;
    return { end: i + 1, actor: stripText(m.actor), kind: 'pronoun', info: this.infos[last]!, antecedent: last };
  }

  /**
   * "They are destroying our cities", "They attacked us on land": in a war the article names one aggressor of
   * (aggressor.ts, ROLE_ACTS: who invaded, occupies or is the aggressor), a "they" no earlier subject explains, doing
   * harm to "us" or "our …", is that aggressor's forces, as "the occupiers" are. Not the second tier of states merely
   * named striking: "they" in a Kremlin speech harming "our" side is as often the West as Ukraine.
   */
  private enemyThey(i: number): Candidate | null {
    if (this.aggressors.size !== 1 || !harmsSpeakersSide(this.tokens, i)) return null;
    const [country] = this.aggressors;
    const state = this.reg.states.get(country!);
    if (state === undefined) return null;
    return {
      end: i + 1,
      actor: { name: `${state.name} forces`, ...compose(state, 'MIL'), type: 'group', id: null },
      kind: 'pronoun',
      info: NO_INFO,
      antecedent: null,
    };
  }

  /**
   * "US specialists were posted to the facilities of our nuclear weapons complex. They used to come to work there
   * every day": a "they" opening its sentence (or a clause after an ellipsis: "Kharkiv and the region... They bombed
   * …") as the subject of its verb stands for a recent sentence's plural subject (`pluralSubject`). It looks up to
   * THEY_REACH sentences back, past sentences that name nothing else "they" might stand for ("The weather was cold.")
   * and open with no actor of their own (plural-rivals.ts); a rival on the way leaves it unresolved.
   */
  /** The pronoun at token `i` standing for the mention at index `k`. */
  private pronounFor(i: number, k: number): Candidate {
    return {
      end: i + 1,
      actor: stripText(this.mentions[k]!.actor),
      kind: 'pronoun',
      info: this.infos[k]!,
      antecedent: k,
    };
  }

  private previousSubject(i: number, sentence: number): Candidate | null {
    // Its verb, after adverbs: "They also struck …".
    let after = i + 1;
    while (this.tokens[after]?.pos === 'ADV') after++;
    const verb = this.tokens[after];
    if (sentence === 0 || verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
    const first = this.doc.sentences[sentence]!.firstToken;
    const ellipsis = i > first && ELLIPSIS.test(this.tokens[i - 1]!.text);
    if (this.afterOpeners(sentence) !== i && !ellipsis) return null;
    // The words before the ellipsis stand between it and the sentences before.
    if (ellipsis && namesPluralRival(this.tokens, this.mentions, first, i - 1, PEOPLE_HEADS)) return null;
    for (let s = sentence - 1; s >= 0 && s >= sentence - THEY_REACH; s--) {
      const k = this.pluralSubject(s);
      if (k !== null) return this.pronounFor(i, k);
      const { firstToken, endToken } = this.doc.sentences[s]!;
      if (
        this.subjectOf(s, LEAD) !== null ||
        namesPluralRival(this.tokens, this.mentions, firstToken, endToken, PEOPLE_HEADS)
      )
        return null;
    }
    return null;
  }

  /**
   * The mention that is the plural subject of `sentence`, followed by its verb: a group ("the people of Russia", "the
   * Americans"), a state's adjective before people ("Israeli specialists", "our Western partners"), a body named by
   * a plural noun ("the Armed Forces of Ukraine"), actors of one code coordinated ("Russian troops and Wagner"), or
   * a "they" that stands for one. The subject is the first actor of the sentence's main clause, or a "they" after an
   * ellipsis in it. Not a person (persons coordinated are the participants of src/coding/), nor a state by its name
   * ("Russia" is "it"), nor actors of several codes (which of them acts?). Null when there is none.
   */
  private pluralSubject(sentence: number): number | null {
    // Nothing but determiners, adjectives, adverbs and punctuation before it: "However, the people of Russia"; or a
    // fronted phrase: "Today, Russian troops …".
    const k = this.subjectOf(sentence, LEAD) ?? this.theyAfterEllipsis(sentence);
    const m = k === null ? undefined : this.mentions[k];
    if (k === null || m === undefined || m.actor.type === 'person') return null;
    // Its head: the mention itself (a group, or a "they" before it), or people right after it ("Israeli specialists",
    // not "the Minsk agreements").
    let head = m.endToken;
    while (this.tokens[head]?.pos === 'NOUN') head++;
    const plural =
      head > m.endToken
        ? PEOPLE_HEADS.has(this.tokens[head - 1]!.lower)
        : m.actor.type === 'group' ||
          (m.kind === 'pronoun' && this.tokens[m.firstToken]!.lower === 'they') ||
          this.pluralBody(m);
    if (!plural) return null;
    // "Russian troops and Wagner mercenaries": a second actor of the same code shares the verb.
    if (this.tokens[head]?.lower === 'and') {
      const next = this.mentions[k + 1];
      if (next === undefined || next.firstToken !== head + 1 || next.actor.code !== m.actor.code) return null;
      if (next.actor.type === 'person' || next.actor.code === null) return null;
      head = next.endToken;
      while (this.tokens[head]?.pos === 'NOUN') head++;
      if (this.tokens[head]?.lower === 'and' || this.tokens[head]?.text === ',') return null;
    }
    let v = this.pastAside(head);
    while (this.tokens[v]?.pos === 'ADV') v++;
    if (!/^(?:AUX|VERB)$/.test(this.tokens[v]?.pos ?? '')) return null;
    return k;
  }

  /** A "they" mention right after an ellipsis in `sentence`: "Kharkiv and the region... They bombed …". */
  private theyAfterEllipsis(sentence: number): number | null {
    for (let k = this.mentions.length - 1; k >= 0 && this.mentions[k]!.sentence >= sentence; k--) {
      const m = this.mentions[k]!;
      if (m.sentence !== sentence || m.kind !== 'pronoun' || this.tokens[m.firstToken]!.lower !== 'they') continue;
      if (ELLIPSIS.test(this.tokens[m.firstToken - 1]?.text ?? '')) return k;
    }
    return null;
  }

  /** An organisation named by a plural noun: "the Armed Forces of Ukraine", "the Border Guards" (not "NATO"). */
  private pluralBody(m: Mention): boolean {
    if (m.kind !== 'name' || (m.actor.type !== 'organization' && m.actor.type !== 'igo')) return false;
    let head = m.firstToken;
    while (head + 1 < m.endToken && this.tokens[head + 1]!.lower !== 'of') head++;
    const t = this.tokens[head]!;
    return /^(?:NOUN|PROPN)$/.test(t.pos) && PLURAL_BODY_HEADS.has(t.lower);
  }

  /**
   * "The United States is Ukraine's biggest backer. It has released $40bn in military aid": an "it" opening its
   * sentence as the subject of a verb that is not a copula stands for the previous sentence's subject when that is a
   * state or an organisation named right before its verb (not a state's adjective before a noun, "the US economy").
   * "It is clear that …", "It was a hard year" are the "it" of the clause, not an actor.
   */
  private previousSubjectIt(i: number, sentence: number): Candidate | null {
    const prev = this.doc.sentences[sentence - 1];
    if (prev === undefined) return null;
    // Not in a quotation opening the sentence: the speaker's "it" is of the speaker's own words.
    const first = this.doc.sentences[sentence]!.firstToken;
    // "And it …" after its opening words; not inside a quotation opened before it (the speaker's own "it").
    const quoted = this.tokens.slice(first, i).some((t) => /^["“”]$/.test(t.text));
    const opened = first === i ? this.tokens[i]!.text === 'It' : !quoted;
    if (this.afterOpeners(sentence) !== i || !opened || !this.actsAfter(i + 1, true)) return null;
    const k = this.subjectOf(sentence - 1, /^(?:DET|ADJ|ADV|PUNCT)$/);
    const m = k === null ? undefined : this.mentions[k];
    if (k === null || m === undefined) return null;
    const singular =
      (m.actor.type === 'state' && m.actor.sector === null) ||
      m.actor.type === 'organization' ||
      m.actor.type === 'igo';
    if (!singular || this.describesThing(m)) return null;
    if (!this.actsAfter(this.pastAside(m.endToken), false)) return null;
    return { end: i + 1, actor: stripText(m.actor), kind: 'pronoun', info: this.infos[k]!, antecedent: k };
  }

  /**
   * The mention that opens the main clause of `sentence` (see `opensClause`), which is the first of the sentence or
   * the first after a fronted phrase ("After talks in Kyiv, Germany pledged …"); null when none does.
   */
  private subjectOf(sentence: number, lead: RegExp): number | null {
    let k = this.mentions.length;
    while (k > 0 && this.mentions[k - 1]!.sentence >= sentence) k--;
    for (; k < this.mentions.length && this.mentions[k]!.sentence === sentence; k++)
      if (this.opensClause(this.mentions[k]!, lead)) return k;
    return null;
  }

  /**
   * Mention `m` is the first words of its sentence's main clause: only words of the tags `lead` stand before it
   * ("However, the people of Russia"), or a fronted phrase with no verb, closed by a comma, that opens with a
   * preposition, an adverb or a word of time: "Today, Russian troops continued …", "At the same time, Ukraine has
   * …", "After eight years of war in the east, in Donbas, Russian troops went …". Not a list ("Britain, France and
   * Germany") nor a clause ("When Russia attacked, Ukraine asked for help": its "When" may be tagged an adverb), whose
   * subject is another's.
   */
  private opensClause(m: Mention, lead: RegExp): boolean {
    const first = this.afterOpeners(m.sentence);
    let t = first;
    while (t < m.firstToken && lead.test(this.tokens[t]!.pos) && !SUBORDINATORS.has(this.tokens[t]!.lower)) t++;
    if (t === m.firstToken) return true;
    if (SUBORDINATORS.has(this.tokens[t]!.lower) && this.firstAfterLead(t + 1, m, lead)) return this.resumedBy(m);
    let comma = m.firstToken - 1;
    while (comma > first && /^(?:DET|ADJ)$/.test(this.tokens[comma]!.pos)) comma--;
    if (comma <= first || this.tokens[comma]!.text !== ',') return false;
    const opener = this.tokens[first]!;
    if (!/^(?:ADP|ADV)$/.test(opener.pos) && !FRONTED_TIMES.has(opener.lower)) return false;
    return !this.tokens.slice(first, comma).some((k) => k.pos === 'VERB' || k.pos === 'AUX');
  }

  /**
   * The token after a subject's reflexive and an aside between dashes that stand between it and its verb, from token
   * `k`: "Russia itself has chosen …", "Britain – like other western powers – is coming to Ukraine's aid".
   */
  private pastAside(k: number): number {
    const sentence = this.tokens[k]?.sentence;
    if (/^(?:itself|themselves)$/.test(this.tokens[k]?.lower ?? '')) k++;
    if (!DASHES.test(this.tokens[k]?.text ?? '')) return k;
    for (let j = k + 1; this.tokens[j]?.sentence === sentence; j++) if (DASHES.test(this.tokens[j]!.text)) return j + 1;
    return k;
  }

  /** Only words of the tags `lead` stand from token `from` to mention `m`. */
  private firstAfterLead(from: number, m: Mention, lead: RegExp): boolean {
    for (let t = from; t < m.firstToken; t++) if (!lead.test(this.tokens[t]!.pos)) return false;
    return true;
  }

  /**
   * "When Russia decided to wage a war, it used this energy chain first": the subject `m` of a clause that opens its
   * sentence is the main clause's subject too when that is a bare "it" or "they" right after the clause's comma.
   */
  private resumedBy(m: Mention): boolean {
    for (let k = m.endToken; this.tokens[k]?.sentence === m.sentence; k++) {
      if (this.tokens[k]!.text !== ',') continue;
      const next = this.tokens[k + 1]?.lower;
      return (next === 'it' || next === 'they') && this.actsAfter(k + 2, false);
    }
    return false;
  }

  /**
   * The first token of `sentence` after the words that join it to the one before ("And", "But", "Then",
   * "However,"), and after an opening quotation mark or bracket: "And it has released $40bn", "But they shelled …"
   * keep the pronoun at the head of its sentence.
   */
  private afterOpeners(sentence: number): number {
    const s = this.doc.sentences[sentence]!;
    let k = s.firstToken;
    while (k < s.endToken && (this.tokens[k]!.pos === 'PUNCT' || SENTENCE_OPENERS.has(this.tokens[k]!.lower))) k++;
    return k;
  }

  /**
   * A verb group starts at `k` (adverbs before it allowed): its verb, or auxiliaries before one. With `strict`, not a
   * copula ("is clear", "was a year", "is time"): "be" counts only before a participle ("is sending", "was attacked").
   */
  private actsAfter(k: number, strict: boolean): boolean {
    while (this.tokens[k]?.pos === 'ADV') k++;
    const t = this.tokens[k];
    if (t === undefined || (t.pos !== 'AUX' && t.pos !== 'VERB')) return false;
    if (!strict) return true;
    let v = k;
    while (this.tokens[v]?.pos === 'AUX' || this.tokens[v]?.pos === 'ADV' || this.tokens[v]?.pos === 'PART') v++;
    const verb = this.tokens[v];
    if (verb === undefined || verb.pos !== 'VERB') return false;
    // After "be" only a participle: "It is time" has a noun read as a verb.
    const be = this.tokens.slice(k, v).some((t) => t.lemma === 'be');
    if (be && verb.lower === verb.lemma.toLowerCase()) return false;
    // "It is time" ("is" a verb of its own); "It seems", "it appears", "it remains to be seen": the "it" of the clause.
    return !/^(?:be|seem|appear|remain|take|mean|matter|happen|follow|turn)$/.test(verb.lemma.toLowerCase());
  }

  /**
   * "Israel said a mortar bomb was fired at it from the Gaza Strip": an "it" object (after a verb or preposition) in
   * the clause a state's speech verb opens is that state, when no other actor stands between them and no comma or
   * colon closes the reported clause first. Only a state speaker right before its verb: an object "it" after other
   * speakers is as often a thing ("the minister said the deal was good and signed it").
   */
  private reportedObjectIt(i: number, sentence: number): Candidate | null {
    const prev = this.tokens[i - 1];
    if (prev === undefined || (prev.pos !== 'ADP' && prev.pos !== 'VERB')) return null;
    const last = this.mentions.length - 1;
    const m = this.mentions[last];
    if (m === undefined || m.sentence !== sentence || m.kind === 'pronoun' || m.actor.type !== 'state') return null;
    let k = m.endToken;
    while (this.tokens[k]?.pos === 'AUX' || this.tokens[k]?.pos === 'ADV') k++;
    const verb = this.tokens[k];
    if (verb === undefined || verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma.toLowerCase())) return null;
    // The reported clause has a verb of its own before the "it" ("said a mortar bomb was fired at it"), not an
    // infinitive ("agreed to do it") nor an object of the speech verb itself.
    const clause = this.tokens.slice(k + 1, i);
    if (clause.some((t) => /^[,;:]$/.test(t.text)) || clause[0]?.lower === 'to') return null;
    if (!clause.some((t) => t.pos === 'AUX' || t.pos === 'VERB')) return null;
    return { end: i + 1, actor: stripText(m.actor), kind: 'pronoun', info: this.infos[last]!, antecedent: last };
  }

  /**
   * "… backed by Ilan Shor and Vladimir Plahotniuc, two Moldovan oligarchs. Both were sanctioned …": "both" standing
   * alone before its verb (not "both sides") is the pair named last in the sentence before or its own: the group
   * noun that describes them, or two coordinated actors with one code.
   */
  private both(i: number, sentence: number): Candidate | null {
    const next = this.tokens[i + 1];
    if (next === undefined || (next.pos !== 'AUX' && next.pos !== 'VERB')) return null;
    const k = this.mentions.length - 1;
    const last = this.mentions[k];
    if (last === undefined || last.sentence < sentence - 1 || last.kind === 'pronoun') return null;
    const prev = this.mentions[k - 1];
    const pair =
      prev !== undefined &&
      prev.sentence === last.sentence &&
      prev.actor.code === last.actor.code &&
      this.tokens[prev.endToken]?.lower === 'and' &&
      prev.endToken + 1 === last.firstToken;
    if (last.actor.type !== 'group' && !pair) return null;
    return { end: i + 1, actor: stripText(last.actor), kind: 'pronoun', info: this.infos[k]!, antecedent: k };
  }

  /**
   * "Vladimir Putin informed his counterpart about …": a bare "his/her counterpart" (no name after it) is the other
   * side of the conversation the article reports, a person named before it of another country than the possessor's.
   * Of those countries: one whose person holds a title of the possessor's (a counterpart holds the same office: the
   * defence minister's, not the prime minister named too), then the one with most persons named, then most mentions of
   * any kind ("the French side"), then the one named first (a readout names the counterpart first, a third leader
   * later: "… came up in a videoconference with Joseph Biden"); its latest person. Null when no such person is named.
   */
  private counterpartOf(i: number, possessor: number): Candidate | null {
    const noun = this.tokens[i + 1];
    const after = this.tokens[i + 2];
    if (!OTHER_SIDE_NOUNS.has(noun?.lower ?? '') || after === undefined || after.pos === 'PROPN') return null;
    const own = this.mentions[possessor]!.actor.country;
    if (own === null) return null;
    const titles = new Set(this.infos[possessor]!.titles);
    interface Side {
      peer: number;
      persons: number;
      mentions: number;
      first: number;
      latest: number;
    }
    const sides = new Map<string, Side>();
    this.mentions.forEach((m, k) => {
      const country = m.actor.country;
      if (country === null || country === own) return;
      const side = sides.get(country) ?? { peer: 0, persons: 0, mentions: 0, first: k, latest: -1 };
      side.mentions++;
      if (m.actor.type === 'person') {
        side.persons++;
        side.latest = k;
        if (this.infos[k]!.titles.some((t) => titles.has(t))) side.peer = 1;
      }
      sides.set(country, side);
    });
    const ranked = [...sides.values()]
      .filter((side) => side.persons > 0)
      .sort((a, b) => b.peer - a.peer || b.persons - a.persons || b.mentions - a.mentions || a.first - b.first);
    const best = ranked[0];
    if (best === undefined) return null;
    const m = this.mentions[best.latest]!;
    return {
      end: i + 2,
      actor: stripText(m.actor),
      kind: 'pronoun',
      info: this.infos[best.latest]!,
      antecedent: best.latest,
    };
  }

  /**
   * "Ihor Zhovkva informed the interlocutor in detail about …": a readout's "the interlocutor" is the other side of
   * the conversation, as "his counterpart" is, seen from the person named before it in the sentence (the one who
   * speaks to them). Null when the sentence names no person before it ("The interlocutor noted …").
   */
  private theInterlocutor(i: number, sentence: number): Candidate | null {
    if (this.tokens[i + 1]?.lower !== 'interlocutor') return null;
    for (let k = this.mentions.length - 1; k >= 0 && this.mentions[k]!.sentence === sentence; k--) {
      if (this.mentions[k]!.actor.type === 'person') return this.counterpartOf(i, k);
    }
    return null;
  }

  /** An indefinite title naming no one stands in the pronoun's sentence before it (unnamed-holder.ts). */
  private unnamedHolder(i: number, sentence: number): boolean {
    const first = this.doc.sentences[sentence]!.firstToken;
    const inside = this.mentions.filter((m) => m.sentence === sentence);
    return unnamedHolderBefore(this.reg, this.tokens, first, i, (k) =>
      inside.some((m) => m.firstToken <= k && k < m.endToken),
    );
  }

  /**
   * Mention `k` is a person of a gender a he (`male`) or she may stand for. A method, not a closure made per
   * pronoun: under tsx every named closure also costs a `__name` call (Object.defineProperty) when it is made.
   */
  private personFits(k: number, male: boolean): boolean {
    const m = this.mentions[k]!;
    if (m.actor.type !== 'person') return false;
    const g = this.infos[k]!.gender;
    return male ? g !== 'f' : g !== 'm';
  }

  /**
   * "… although Mevlut Cavusoglu told reporters he had been informed by the Kremlin", "Lavrov said that he …": a
   * "he" or "she" right after a speech verb (and its "that", or "told reporters|journalists" and a day) is that verb's
   * subject, the person named right before the verb, whoever else the sentence named first.
   */
  private reportedPerson(i: number, male: boolean): number | null {
    const w = this.tokens[i]!.lower;
    if (w !== 'he' && w !== 'she') return null;
    let k = i - 1;
    if (this.tokens[k]?.lower === 'that') k--;
    if (DAY_WORDS.has(this.tokens[k]?.lower ?? '')) k--;
    if (REPORTER_OBJECTS.has(this.tokens[k]?.lower ?? '')) k--;
    const verb = this.tokens[k];
    if (verb === undefined || verb.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma.toLowerCase())) return null;
    k--;
    while (k >= 0 && (this.tokens[k]!.pos === 'AUX' || this.tokens[k]!.pos === 'ADV')) k--;
    const last = this.mentions.length - 1;
    const m = this.mentions[last];
    if (m === undefined || m.endToken !== k + 1 || m.kind === 'pronoun' || !this.personFits(last, male)) return null;
    return last;
  }

  /**
   * he/she/his/her → a person, preferring subjects: the first compatible person of the current sentence, else the
   * first of the nearest earlier sentence that has one (up to three back). "him"/"her" as objects cannot be the
   * subject of their own clause, so in the current sentence they take the latest person after the first.
   */
  private personAntecedent(sentence: number, male: boolean): number | null {
    const w = this.tokens[this.start]!.lower;
    const object = w === 'him' || w === 'them';
    // "Zelenskyy met with Trudeau. Zelenskyy thanked him …": an object pronoun is never its own clause's subject, so
    // in an earlier sentence it skips the person the current sentence named before it.
    let subject: string | null = null;
    let k = this.mentions.length - 1;
    for (let s = sentence; s >= sentence - 3 && k >= 0; s--) {
      let first: number | null = null;
      let last: number | null = null;
      let beforeLast: number | null = null;
      let count = 0;
      for (; k >= 0 && this.mentions[k]!.sentence === s; k--) {
        if (!this.personFits(k, male)) continue;
        if (s !== sentence && object && subject !== null && this.infos[k]!.personKey === subject) continue;
        first = k;
        if (last === null) last = k;
        else beforeLast ??= k;
        count++;
      }
      if (first === null) continue;
      if (s === sentence && object) {
        // "At the request of Mr Michel, Vladimir Putin informed him": the person right before the pronoun's verb
        // is that verb's subject, so "him" is the one named before it.
        if (count > 1 && last !== null) return this.subjectBefore(last) && beforeLast !== null ? beforeLast : last;
        if (last !== null && this.subjectBefore(last)) subject = this.infos[last]!.personKey;
        continue;
      }
      return first;
    }
    return null;
  }

  /** Mention `k` ends right before the verb that governs the pronoun at `this.start` (adverbs may stand between). */
  private subjectBefore(k: number): boolean {
    let verb = false;
    for (let j = this.mentions[k]!.endToken; j < this.start; j++) {
      const pos = this.tokens[j]!.pos;
      // An -ed word the tagger calls an adjective before a pronoun is a verb: no adjective modifies "him". An -ing
      // form opens a participle clause of its own ("sent a message to Radev congratulating him"): no subject.
      const lower = this.tokens[j]!.lower;
      if (lower.endsWith('ing')) return false;
      if (pos === 'VERB' || (pos === 'ADJ' && lower.endsWith('ed'))) verb = true;
      else if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') return false;
    }
    return verb;
  }

  /**
   * "Russian troops in Ukraine said they …", "In Vorzel, Kyiv region, they fired at an orphanage": a state or city
   * named as where something is (after "in", "near", …, or before "region") is a place, not the people "they" stands
   * for. ("Its" and "their" may still stand for it: "Kharkiv and its suburbs", "troops in Belarus after their joint
   * exercises".) So is a city named as what a verb acted on ("Serb forces shelled Sarajevo before they attacked the
   * town": the forces attacked, not the city), though a capital may speak for its government as a subject ("Kiev says
   * that they will comply").
   */
  private namesPlace(m: Mention): boolean {
    if (m.actor.type !== 'state' || m.actor.sector !== null) return false;
    const prior = this.tokens[m.firstToken - 1];
    const before = prior?.lower ?? '';
    const after = this.tokens[m.endToken]?.lower ?? '';
    return LOCATIVES.has(before) || PLACE_NOUNS.has(after) || (m.kind === 'seat' && prior?.pos === 'VERB');
  }

  /**
   * "Ivory Coast rebels rejected a Senegalese peace plan and said they …": a state's adjective before a singular
   * noun names a thing of that state (a plan, a proposal, a warship), not the people "they" stands for. ("The
   * Canadian side … its support" is another matter: "its" may stand for a singular body.)
   */
  private modifiesThing(m: Mention): boolean {
    if (m.actor.type !== 'state' || m.actor.sector !== null) return false;
    const last = this.tokens[m.endToken - 1]!;
    if (!capitalisedWordHits(this.reg.names, last.lower).some((h) => h.value.kind === 'adjective')) return false;
    let k = m.endToken;
    while (this.tokens[k + 1]?.pos === 'NOUN' && this.tokens[k]!.pos === 'NOUN') k++;
    const head = this.tokens[k];
    return head !== undefined && head.pos === 'NOUN' && head.lemma === head.lower;
  }

  /**
   * A state named to describe a thing: its adjective before a common noun ("since Soviet times", "Ukrainian cities";
   * not "Russia", "the Russians") or its name in a compound ("a UK-based group").
   */
  private describesThing(m: Mention): boolean {
    if (m.actor.type !== 'state' || m.actor.sector !== null || m.kind !== 'name') return false;
    if (this.gluedHyphen(m.endToken)) return true;
    const last = this.tokens[m.endToken - 1]!;
    if (!capitalisedWordHits(this.reg.names, last.lower).some((h) => h.value.kind === 'adjective')) return false;
    const next = this.tokens[m.endToken];
    return next !== undefined && next.sentence === last.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ');
  }

  /**
   * "they"/"them" is only clear when no other plural noun stands between it and the candidate ("deal with
   * them" after "existing issues" is not about the OSCE); a plural coordinated with the candidate
   * ("West media and politicians") belongs to it.
   */
  private pluralNounBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (t.pos !== 'NOUN' || t.lemma === t.lower) continue;
      if (k === from + 1 && this.tokens[from]!.lower === 'and') continue;
      return true;
    }
    return false;
  }

  /** The surname of a person discovered earlier in the article ("Kupfer" after "… Jeffrey Kupfer"). */
  private surname(i: number): Candidate | null {
    const tok = this.tokens[i]!;
    // startsUppercase: ASCII needs no toLowerCase, which would make a new string at every token.
    if (this.discovered.size === 0 || tok.text === '' || !startsUppercase(tok.text)) return null;
    // The full name again ("Jeffrey Kupfer"), else the surname alone.
    // No `?? []` for the usual miss: it would make an empty array at every capitalised token.
    const full = this.fullNames.get(tok.lower);
    if (full !== undefined) {
      for (const [words, k] of full) if (wordsFrom(this.tokens, i, words)) return this.coref(i + words.length, k);
    }
    const k = this.discovered.get(tok.lower);
    return k === undefined ? null : this.coref(i + 1, k);
  }

  private coref(end: number, k: number): Candidate {
    return { end, actor: stripText(this.mentions[k]!.actor), kind: 'name', info: this.infos[k]!, antecedent: k };
  }
}

/**
 * Whether the tokens from `i` on are the words. Not a closure in `surname`: a closure over its argument made V8
 * allocate a context at each of its calls, for every capitalised token (docs/reliability.md, thirteenth pass).
 */
function wordsFrom(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[i + n]?.lower !== words[n]) return false;
  return true;
}

/**
 * A headline-style line ("Russian President Says Talks Are Over"): verbs and function words written with a
 * capital after the first word. Ordinary sentences full of names have them in lowercase.
 */
function titleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    // The capital first: a character code for most tokens, where the tag's set lookup was 5% of the actors stage.
    if (!startsUppercase(t.text) || t.text === 'I' || !FUNCTION_POS.has(t.pos)) continue;
    if (++caps >= 2) return true;
  }
  return false;
}

function unresolvedTitle(title: string): Diagnostic {
  return {
    stage: 'actors',
    ruleId: 'actors/unresolved-title',
    severity: 'info',
    message: `"the ${title}" has no earlier person with that title in the article; not coded as an actor`,
  };
}

/** Two tokens with one space between them. */
function spaced(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start === a.end + 1;
}

/** "former Polish minister X": the title of a former holder is an elite's (ELI). */
function markFormer(t: TitleParse, former: boolean): TitleParse {
  return former ? { ...t, former: true, sector: 'ELI' } : t;
}

function isSpeechVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma.toLowerCase());
}

/** The first character has a lowercase form that differs from it; ASCII without the case mapping. */
function startsUppercase(text: string): boolean {
  const c = text.charCodeAt(0);
  // Written so that an empty text (NaN) takes the ASCII branch and is no capital.
  if (!(c >= 0x80)) return c >= 0x41 && c <= 0x5a;
  return text[0] !== text[0]!.toLowerCase();
}

/** Title compatibility for coreference: same canonical title, or a generic title covering it. */
export function titleFits(wanted: string, have: string): boolean {
  if (wanted === have) return true;
  // "adviser to the head of the presidential office" is an adviser.
  if (wanted.includes(STAFF) || have.includes(STAFF)) return titleFits(wanted.split(STAFF)[0]!, have.split(STAFF)[0]!);
  const base = wanted.replace(/^(deputy|vice|first|assistant|under|chief|principal) /, '');
  if (base !== wanted) return false; // "the deputy minister" must match a deputy
  if (wanted === 'minister')
    return have.endsWith('minister') || have.startsWith('minister') || have.startsWith('secretary');
  if (wanted === 'secretary') return have.includes('secretary');
  if (wanted === 'official')
    return /official|spokesperson|adviser|envoy|ambassador|diplomat|secretary|minister/.test(have);
  if (wanted === 'diplomat') return /foreign minister|secretary of state|ambassador|envoy|diplomat/.test(have);
  if (wanted === 'leader') return /president|prime minister|chancellor|leader|king|queen|emir|sultan/.test(have);
  if (wanted === 'foreign minister') return have === 'secretary of state';
  if (wanted === 'secretary of state') return have === 'foreign minister';
  return false;
}

function stripText(a: Actor): Core {
  return { name: a.name, code: a.code, country: a.country, sector: a.sector, type: a.type, id: a.id };
}

function coreOf(a: NamedActor): Core {
  return { name: a.name, code: a.code, country: a.country, sector: a.sector, type: a.type, id: a.id };
}

/** Code, country and sector of "<body> <sector>": "Russian" + MIL → RUSMIL; NATO + MIL → IGOWSTNATMIL. */
/** Verbs whose "on" takes a party: "called on the Austrian side", "we count on the German side". */
const APPEAL_ON: ReadonlySet<string> = new Set(['call', 'count', 'rely', 'depend']);

const ARMED_BODY_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP']);

export function compose(
  body: NamedActor | null,
  given: string | null,
): { code: string; country: string | null; sector: string | null } {
  const sector = given === '' ? null : given;
  if (body === null) return { code: `---${sector ?? ''}`, country: null, sector };
  if (body.type === 'state' || (body.country !== null && body.code === body.country)) {
    const s = sector === 'IGO' ? 'GOV' : sector;
    return { code: `${body.code}${s ?? ''}`, country: body.country, sector: s };
  }
  if (body.type === 'region') return { code: `${body.code}${sector ?? ''}`, country: null, sector };
  // "DPR troops", "Hamas forces": an armed group's fighters are the group, not the army of the state it is placed in.
  const armedGroupForces = sector === 'MIL' && body.sector !== null && ARMED_BODY_SECTORS.has(body.sector);
  if (sector === null || sector === body.sector || sector === 'GOV' || sector === 'IGO' || armedGroupForces) {
    return { code: body.code, country: body.country, sector: body.sector };
  }
  if (body.country !== null) return { code: `${body.country}${sector}`, country: body.country, sector };
  return { code: `${body.code}${sector}`, country: null, sector };
}

export type { ActorType };

/** The code of a state's institution with a sector ("the Bundestag", `DEULEG`) holding an office, or null for a state. */
function institutionCode(body: NamedActor, sector: string): string | null {
  if (body.type === 'state' || body.country === null || body.sector === null) return null;
  return `${body.country}${sector}`;
}
