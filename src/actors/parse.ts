// Phrase parsers over tokens: qualifiers ("Russian", "Poland's", "NATO"), titles ("Deputy Foreign Minister"),
// sector nouns ("defence ministry"), and person names after a title. Each returns where it ends, or null.
import type { Token } from '../types.ts';
import {
  capitalisedWordHits,
  endsGluedWord,
  longestAt,
  lowercaseFirstWords,
  matchesAt,
  mayHold,
  startsWord,
  tokenKeys,
  wordFilter,
  type Match,
  type WordFilter,
} from './trie.ts';
import { STATE_INSTITUTION_STARTS } from './context-state.ts';
import { ROLE_NOUN_STARTS } from './aggressor.ts';
import { isShotVerb } from './shot-verb.ts';
import type { ActorRegistry, NamedActor, NameEntry, Person, SectorEntry, TitleEntry } from './registry.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const UPPER_START = /^\p{Lu}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
/** A piece of a word glued to the one before it ("Jean" "-Yves", "Radosław"), and a capitalised name word. */
const GLUED_NAME_PIECE = /^[\p{L}\p{M}'’-]+$/u;
const NAME_TOKEN = /^[\p{L}][\p{L}.'’-]*$/u;

export interface Qualifier {
  readonly actor: NamedActor;
  readonly kind: NameEntry['kind'];
  readonly nameEnd: number; // end of the name itself
  readonly end: number; // after a possessive, if any
}

const QUALIFIER_PRIORITY: Readonly<Record<string, number>> = {
  state: 6,
  org: 5,
  seat: 4,
  region: 3,
  adjective: 2,
  capital: 1,
};

export function isPossessive(tokens: readonly Token[], i: number, limit: number): boolean {
  if (i >= limit) return false;
  const t = tokens[i]!;
  if (t.lower === "'s" || t.lower === '’s') return true;
  // "the US' cooperation": a bare apostrophe right after a name ending in s.
  if ((t.text === "'" || t.text === '’') && i > 0) {
    const prev = tokens[i - 1]!;
    return prev.end === t.start && /s$/i.test(prev.text);
  }
  return false;
}

const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** A capitalised proper noun other than a day or month ("the West Monday said" is still the West). */
function startsProperName(token: Token | undefined): boolean {
  return (
    token !== undefined && token.pos === 'PROPN' && UPPER_START.test(token.text) && !CALENDAR_WORDS.has(token.lower)
  );
}

/** A state, organisation, seat or region name (or country adjective) at `i`, with an optional possessive. */
const STATE_FORMS = new Set(['republic', 'kingdom', 'state', 'federation', 'principality', 'sultanate', 'emirate']);

export function parseQualifier(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
  precomputed?: readonly Match<NameEntry>[],
): Qualifier | null {
  // "the Republic of Uzbekistan", "Kingdom of Saudi Arabia": a state-form prefix before a known state name.
  if (STATE_FORMS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'of') {
    const inner = parseQualifier(reg, tokens, i + 2, limit);
    if (inner && inner.kind === 'state') return inner;
  }
  const all = precomputed ?? matchesAt(reg.names, tokens, i, limit);
  for (let m = all.length - 1; m >= 0; m--) {
    const match = all[m]!;
    let best: Qualifier | null = null;
    for (const hit of match.hits) {
      const e = hit.value;
      if (e.kind === 'person' || e.kind === 'demonym' || e.kind === 'org-short') continue;
      // "West Darfur", "Central Asia Institute": a region's name before another proper name is part of that name.
      if (e.kind === 'region' && startsProperName(tokens[match.end])) continue;
      // "the Congress of Local and Regional Authorities": a one-word seat with a name of its own after "of" is
      // another body (not "the Congress of the United States").
      if (e.kind === 'seat' && match.end === i + 1 && ofProperName(tokens, match.end)) continue;
      if (best === null || (QUALIFIER_PRIORITY[e.kind] ?? 0) > (QUALIFIER_PRIORITY[best.kind] ?? 0)) {
        const end = isPossessive(tokens, match.end, limit) ? match.end + 1 : match.end;
        best = { actor: e.actor, kind: e.kind, nameEnd: match.end, end };
      }
    }
    if (best) return best;
  }
  return null;
}

/** "of" and a capitalised word at `k`: "of Local and Regional Authorities". */
function ofProperName(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'of' && /^[A-Z]/.test(tokens[k + 1]?.text ?? '');
}

export interface TitleParse {
  readonly end: number;
  readonly title: string; // canonical, with rank modifiers ("deputy foreign minister")
  readonly sector: string;
  readonly former: boolean;
  readonly plural: boolean;
}

/**
 * True when a phrase of any kind could start at token `i`: lets the scanner skip most tokens at once. A new test
 * here must add the words it opens with to `phraseOpeners`, or the filter in front of the tests never lets it run.
 */
export function mayStartPhrase(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  openers: PhraseOpeners = phraseOpeners(reg),
): boolean {
  const t = tokens[i]!;
  if (t.pos === 'PROPN') return true;
  if (opensNothing(openers, tokens, i)) return false;
  const key = norm2(t.lower);
  return (
    startsName(reg, tokens, i) ||
    startsWord(reg.titles, tokens, i) ||
    // Lemmas are lowercase already (see Token): no new string per token.
    (t.lemma !== t.lower && reg.titles.root.next.has(norm2(t.lemma))) ||
    TITLE_OPENERS.has(key) ||
    // "a member of the Syrian parliament, Mohammed Mamoun": a person placed by the body (Scanner.headOf); "opponents of
    // Rwanda's Senate": that state's opposition (Scanner.opponentsOf).
    ((key === 'member' || key === 'opponents' || key === 'critics') && tokens[i + 1]?.lower === 'of') ||
    // "the delegations of Ukraine and Russia": a sector noun placed by the body after "of".
    (tokens[i + 1]?.lower === 'of' && longestAt(reg.sectors, tokens, i, i + 1, true) !== null) ||
    // "rebels in Syria", "helped dissidents from Egypt": people placed by where they live, or dissidents and rebels
    // by the state they oppose; not "an embassy in Tehran", which is somebody else's, nor "withdrew workers from
    // Iraq", where "from" belongs to the verb.
    placedGroup(reg, tokens, i) ||
    // "Islamic fundamentalists", "young militants": an armed group after a modifier is still one (not "rallying
    // supporters", "opposing sides": a protesting group's nouns are too often common words).
    bareGroupAt(reg, tokens, i) ||
    // "the government", "police", "lawmakers": a state's institution named with no state (see context-state.ts).
    STATE_INSTITUTION_STARTS.has(key) ||
    // "the occupiers", "the aggressor": the side the article says invaded (see aggressor.ts).
    ROLE_NOUN_STARTS.has(key)
  );
}

/**
 * Some name of the registry may start at token `i`. A function word written without a capital opens only names whose
 * first word takes any case (`lowercaseFirstWords`): "to" opens "To Lam" alone, and was the corpus's commonest word to
 * pass this test and start nothing (a sixth of the phrase tests run, each a walk of every parser). A lowercase noun
 * or adjective still counts: parsers other than the name walk read "people in Ukraine", "the state of Ukraine" there.
 */
function startsName(reg: ActorRegistry, tokens: readonly Token[], i: number): boolean {
  if (!startsWord(reg.names, tokens, i)) return false;
  const t = tokens[i]!;
  return !lowercaseFunctionWord(t) || gluedToNext(tokens, i) || lowercaseFirstWords(reg.names).has(norm2(t.lower));
}

/** Tags of closed word classes: a preposition, particle, pronoun, determiner, auxiliary or conjunction. */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['ADP', 'PART', 'PRON', 'DET', 'AUX', 'SCONJ', 'CCONJ']);

/** A function word written without a capital ("to", "than", "who", "us"; not "To", "WHO", "US"). */
function lowercaseFunctionWord(t: Token): boolean {
  return t.text === t.lower && FUNCTION_TAGS.has(t.pos);
}

/** A piece of the same word follows token `i` ("Guinea-Bissau", "Erdo|ğ|an"), whose case the walk decides. */
function gluedToNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start === tokens[i]!.end && !endsGluedWord(next.text);
}

/**
 * Every word that the tests of `mayStartPhrase` look up for the token itself (its lower form, or its lemma): the
 * first words of the names, titles and sectors tries and the openers it names, with a bit filter in front.
 */
export interface PhraseOpeners {
  readonly words: ReadonlySet<string>;
  readonly filter: WordFilter;
  /** The same for a function word written without a capital: names only by their first words of any case. */
  readonly lowercase: ReadonlySet<string>;
  readonly lowercaseFilter: WordFilter;
}

const openersOf = new WeakMap<ActorRegistry, PhraseOpeners>();

/** Built on first use for a registry (the scanner asks once per document); the tries do not change after loading. */
export function phraseOpeners(reg: ActorRegistry): PhraseOpeners {
  let openers = openersOf.get(reg);
  if (openers === undefined) {
    const others = [
      ...reg.titles.root.next.keys(),
      ...reg.sectors.root.next.keys(),
      ...TITLE_OPENERS,
      ...STATE_INSTITUTION_STARTS,
      ...ROLE_NOUN_STARTS,
      ...['member', 'opponents', 'critics'],
    ];
    const words = new Set<string>([...reg.names.root.next.keys(), ...others]);
    const lowercase = new Set<string>([...lowercaseFirstWords(reg.names), ...others]);
    openers = { words, filter: wordFilter(words, 17), lowercase, lowercaseFilter: wordFilter(lowercase, 17) };
    openersOf.set(reg, openers);
  }
  return openers;
}

/**
 * No phrase starts at token `i`, by one filter test for most tokens where `mayStartPhrase`'s own tests make some
 * ten lookups: every one of them needs the token's lower form or lemma among the openers, or a token glued to it
 * ("Guinea-Bissau"), whose case the full test decides. (Proper nouns are asked about before.)
 */
function opensNothing(openers: PhraseOpeners, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next !== undefined && next.start === t.end && !endsGluedWord(next.text)) return false;
  // A function word without a capital is looked up among the openers it may start (see `startsName`).
  const lowercase = lowercaseFunctionWord(t);
  const words = lowercase ? openers.lowercase : openers.words;
  const keys = tokenKeys(tokens);
  if (mayHold(lowercase ? openers.lowercaseFilter : openers.filter, keys.hashes[i]!) && words.has(keys.keys[i]!))
    return false;
  return t.lemma === t.lower || !words.has(norm2(t.lemma));
}

const ARMED_GROUP_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS']);

function bareGroupAt(reg: ActorRegistry, tokens: readonly Token[], i: number): boolean {
  if (!startsWord(reg.sectors, tokens, i)) return false;
  const hits = longestAt(reg.sectors, tokens, i, Math.min(tokens.length, i + 3), true)?.hits ?? [];
  return hits.some((h) => h.value.type === 'group' && ARMED_GROUP_SECTORS.has(h.value.sector));
}

/** Groups that are actors with no state named (CAMEO ---REB, ---OPP) and take the state they oppose after "from". */
export const BARE_GROUP_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'OPP']);

/** A group noun at `i` placed by the state after "in"/"from" (see mayStartPhrase). */
export function placedGroup(reg: ActorRegistry, tokens: readonly Token[], i: number): boolean {
  const prep = tokens[i + 1]?.lower;
  if (prep !== 'in' && prep !== 'from') return false;
  const hits = longestAt(reg.sectors, tokens, i, i + 1, true)?.hits ?? [];
  return hits.some(
    (h) =>
      h.value.type === 'group' &&
      (prep === 'in'
        ? !POSTED_SECTORS.has(h.value.sector) && !POSTED_LABELS.has(h.value.label)
        : BARE_GROUP_SECTORS.has(h.value.sector)),
  );
}

/**
 * Groups whose place is not their state: "Belarusian forces in Ukraine", "spies in Britain", "refugees in Poland",
 * "the diplomats in Moscow", "foreign countries in Minsk". Rebels, civilians, officials or judges "in X" are X's.
 */
const POSTED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'SPY', 'REF', '']);
const POSTED_LABELS: ReadonlySet<string> = new Set(['diplomats', 'delegation', 'negotiators', 'counterparts']);

const RANK = new Set(['deputy', 'vice', 'first', 'assistant', 'under', 'chief', 'principal', 'junior']);
const SOFT = new Set([
  'acting',
  'interim',
  'senior',
  'then',
  'new',
  'incoming',
  'outgoing',
  'top',
  'high-ranking',
  'leading',
  'unnamed',
  'another',
]);
const GENERIC_HEADS = new Set([
  'minister',
  'secretary',
  'commissioner',
  'ambassador',
  'envoy',
  'head',
  'chief',
  'director',
]);
/** Words that may open a title phrase (mayStartPhrase asks of nearly every token): one lookup, not four. */
const TITLE_OPENERS: ReadonlySet<string> = new Set([...RANK, ...SOFT, 'former', 'ex', ...GENERIC_HEADS]);

/** A title with optional modifiers at `i`; "minister/secretary of X" is read as a GOV title. */
export function parseTitle(reg: ActorRegistry, tokens: readonly Token[], i: number, limit: number): TitleParse | null {
  let k = i;
  let former = false;
  // Made at the first rank word: parseTitle runs at most positions of an article and finds a rank at few.
  let rank: string[] | null = null;
  while (k < limit) {
    const w = tokens[k]!.lower;
    if (w === 'former' || w === 'ex') former = true;
    else if (RANK.has(w)) (rank ??= []).push(w);
    else if (w === '-' && rank !== null && hyphenJoins(tokens, k)) {
      // "Under-Secretary of State", "Deputy-Minister": the tokenizer splits the hyphen off the rank word.
    } else if (!SOFT.has(w)) break;
    k++;
  }
  const plain = longestAt(reg.titles, tokens, k, limit, true);
  const match = plain ?? capitalPluralTitle(reg, tokens, k, limit);
  let end: number;
  let title: string;
  let sector: string;
  let plural = false;
  if (match) {
    const hit = match.hits[match.hits.length - 1]!;
    end = match.end;
    title = hit.value.title;
    sector = hit.value.sector;
    const last = tokens[end - 1]!;
    // Matched through the lemma of a plural ("ministers" for "minister"); glued words ("Secretary-General") are not.
    const word = hit.words[hit.words.length - 1]!.toLowerCase();
    plural = (match !== plain || last.lower !== last.lemma.toLowerCase()) && /s$/.test(last.lower) && !/s$/.test(word);
  } else if (k < limit && GENERIC_HEADS.has(tokens[k]!.lower) && (rank !== null || former)) {
    end = k + 1;
    title = tokens[k]!.lower;
    sector = 'GOV';
  } else return null;
  // "Secretary of Energy", "minister of digital transformation": an "of" complement written in the same case
  // as the head word is part of the title.
  const head = tokens[end - 1]!.lower;
  const prep = tokens[end]?.lower;
  if (GENERIC_HEADS.has(head) && (prep === 'of' || prep === 'for')) {
    const upper = /^[A-Z]/.test(tokens[end - 1]!.text);
    const fits = (t: Token | undefined): boolean =>
      t !== undefined && /^(NOUN|PROPN|ADJ)$/.test(t.pos) && /^[A-Z]/.test(t.text) === upper;
    let e = end + 1;
    while (e < limit && fits(tokens[e])) {
      e++;
      if (tokens[e]?.lower === 'and' && fits(tokens[e + 1])) e++;
    }
    // "Minister for European Union Affairs of the Republic of Poland": a name before a noun of the office's field
    // only modifies it; the field is the title's and the office is of the body named after it.
    const field = fieldAfterName(reg, tokens, end + 1, e, limit);
    if (field > 0) e = field;
    if (e > end + 1 && (field > 0 || !startsNamedBody(reg, tokens, end + 1, limit))) {
      if (upper && field < 0) e = complementEnd(reg, tokens, end + 1, e, limit);
      title = `${head} ${prep === 'for' ? 'of' : prep} ${tokens
        .slice(end + 1, e)
        .map((t) => t.lower)
        .join(' ')}`;
      end = e;
    }
  }
  end = joinedFieldsEnd(tokens, i, end, limit);
  if (rank !== null) title = `${rank.join(' ')} ${title}`;
  if (former) sector = 'ELI';
  return { end, title, sector, former, plural };
}

/** The hyphen at `k` is written with no space on either side ("Under-Secretary"). */
function hyphenJoins(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    before !== undefined && after !== undefined && before.end === tokens[k]!.start && tokens[k]!.end === after.start
  );
}

/**
 * "Minister of Foreign Affairs and Trade of Hungary": a title of a field ("minister of foreign affairs") that another
 * field joined by "and" continues, in the title's case, up to the state's "of", ends after that field; the title keeps
 * its name. Not without the "of" after it ("Minister of Foreign Affairs and Trade Minister …" names two).
 */
function joinedFieldsEnd(tokens: readonly Token[], start: number, end: number, limit: number): number {
  if (tokens[end]?.lower !== 'and' || !tokens.slice(start, end).some((t) => t.lower === 'of' || t.lower === 'for'))
    return end;
  const upper = /^[A-Z]/.test(tokens[end - 1]!.text);
  let e = end + 1;
  while (e < limit && /^(NOUN|PROPN|ADJ)$/.test(tokens[e]!.pos) && /^[A-Z]/.test(tokens[e]!.text) === upper) e++;
  return e > end + 1 && tokens[e]?.lower === 'of' ? e : end;
}

/**
 * "The Presidents of Lithuania and Poland", "the Foreign Ministers of Ukraine and Turkey": the tagger reads a capitalised plural
 * title as a proper noun and gives it no singular lemma, so the title was missed and the states lost their sector.
 * Matched again over the next few tokens with such words' regular singular as their lemma.
 */
function capitalPluralTitle(
  reg: ActorRegistry,
  tokens: readonly Token[],
  k: number,
  limit: number,
): Match<TitleEntry> | null {
  const end = Math.min(limit, k + 4);
  let window: Token[] | null = null;
  for (let j = k; j < end; j++) {
    const t = tokens[j]!;
    if (t.lemma !== t.lower || !capitalPlural(t.text)) continue;
    window ??= tokens.slice(k, end);
    window[j - k] = { ...t, lemma: t.lower.slice(0, -1) };
  }
  // A sector noun ("Officials of Russia") is read as one (parseSector); only titles proper are looked for here.
  // Asked after the scan above, which most positions fail (parseTitle comes here wherever no title starts).
  if (window === null || longestAt(reg.sectors, tokens, k, k + 1, true) !== null) return null;
  const match = longestAt(reg.titles, window, 0, window.length, true);
  // Only a title of states or bodies named after "of": "Activists for the unity of Ukraine" are no office holders.
  return match && tokens[match.end + k]?.lower === 'of' ? { ...match, end: match.end + k } : null;
}

/**
 * `/^[A-Z][a-z]+[^s]s$/.test(word)`: a capitalised regular plural ("Presidents", not "Ministries'", "Mass"). Tested
 * by character codes: it runs on up to four tokens at every position where no title starts, and the regex was 0.6%
 * of the pipeline's samples.
 */
export function capitalPlural(word: string): boolean {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== S || word.charCodeAt(n - 2) === S) return false;
  const first = word.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return false;
  for (let k = 1; k < n - 2; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}
const S = 's'.charCodeAt(0);

/**
 * Where "Secretary of Energy Jeffrey Kupfer" stops being the office: before a dictionary person if one starts
 * inside the capitalised run, else two tokens before its end (a first name and a surname) when the run is long.
 */
function complementEnd(
  reg: ActorRegistry,
  tokens: readonly Token[],
  from: number,
  runEnd: number,
  limit: number,
): number {
  for (let p = from + 1; p < runEnd; p++) {
    for (const m of matchesAt(reg.names, tokens, p, limit)) {
      if (m.hits.some((h) => h.value.kind === 'person')) return p;
    }
  }
  // "Minister of Economy and Finance of France Bruno Le Maire": fields joined by "and" up to the state's "of" hold no
  // name.
  const len = runEnd - from;
  const fields = tokens[runEnd]?.lower === 'of' && tokens.slice(from, runEnd).some((t) => t.lower === 'and');
  if (len >= 3 && !fields) return runEnd - 2;
  return runEnd;
}

function norm2(s: string): string {
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}

/** Nouns of an office's field, which a name before them only modifies ("EU Affairs", "NATO Integration"). */
const FIELD_NOUNS = new Set([
  'affairs',
  'integration',
  'relations',
  'matters',
  'issues',
  'enlargement',
  'accession',
  'cooperation',
  'negotiations',
]);

/**
 * The end of "<state or organisation name> <field noun>" starting at `i` within a title's complement run ending at
 * `runEnd` ("European Union Affairs", "NATO Integration"); -1 when no name modifying a field noun starts there.
 */
function fieldAfterName(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  runEnd: number,
  limit: number,
): number {
  const q = parseQualifier(reg, tokens, i, limit);
  if (q === null || q.kind === 'adjective' || q.end !== q.nameEnd || q.end >= runEnd) return -1;
  return FIELD_NOUNS.has(tokens[q.end]!.lower) ? q.end + 1 : -1;
}

/** True when a state/organisation name starts at `i` ("secretary of State" is a title; "head of NATO" is not). */
function startsNamedBody(reg: ActorRegistry, tokens: readonly Token[], i: number, limit: number): boolean {
  const q = parseQualifier(reg, tokens, i, limit);
  return q !== null && q.kind !== 'adjective';
}

export interface SectorParse {
  readonly end: number;
  readonly entry: SectorEntry;
}

/** Sector nouns commonly used as modifiers ("military expansion"); they name an actor only when not followed by a noun. */
const MODIFIER_SECTORS = new Set([
  'military',
  'government',
  'opposition',
  'police',
  'security',
  'media',
  'business',
  'intelligence',
  'army',
  'navy',
  'defence',
  'defense',
  'industry',
  'public',
  'press',
  'court',
  'party',
]);

/**
 * "Russian army attacks Kharkiv", "The government plans a new tax": after a singular sector noun, a word in -s the
 * tagger reads as a noun (so "army attacks" looked like a compound) is the verb of a headline or a clause when an
 * object opens right after it (a proper noun, a determiner, a number or a possessive). Not when that word names a body
 * or a person itself ("government forces", "army officers") nor after a plural ("police" stays a modifier).
 */
function headlineVerbAfter(reg: ActorRegistry, tokens: readonly Token[], k: number, limit: number): boolean {
  const verb = tokens[k]!;
  const object = tokens[k + 1];
  if (k + 1 >= limit || object === undefined || !/[^s]s$/.test(verb.lower) || verb.text !== verb.lower) return false;
  if (longestAt(reg.sectors, tokens, k, limit, true) || longestAt(reg.titles, tokens, k, limit, true)) return false;
  return (
    object.pos === 'PROPN' ||
    object.pos === 'DET' ||
    object.pos === 'NUM' ||
    /^(?:his|her|its|their|our)$/.test(object.lower)
  );
}

/** A sector noun phrase at `i` ("defence ministry", "troops"); chains "government officials" to the last one. */
export function parseSector(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
  asModifier = false,
): SectorParse | null {
  let match = longestAt(reg.sectors, tokens, i, limit, true);
  let generic: SectorParse | null = null;
  const w = tokens[i]?.lower;
  if ((w === 'ministry' || w === 'department') && tokens[i + 1]?.lower === 'of') {
    // "Ministry of Digital Transformation": GOV, named by its complement.
    let e = i + 2;
    while (e < limit && /^[A-Z]/.test(tokens[e]!.text)) {
      e++;
      if (tokens[e]?.lower === 'and' && /^[A-Z]/.test(tokens[e + 1]?.text ?? '')) e++;
    }
    if (e > i + 2) {
      const label = tokens
        .slice(i, e)
        .map((t) => t.text)
        .join(' ');
      generic = { end: e, entry: { sector: 'GOV', type: 'organization', label } };
    }
  }
  if (!match) return generic;
  if (generic && generic.end > match.end) return generic;
  let result: SectorParse = { end: match.end, entry: match.hits[match.hits.length - 1]!.value };
  for (;;) {
    match = longestAt(reg.sectors, tokens, result.end, limit, true);
    if (!match) break;
    result = { end: match.end, entry: match.hits[match.hits.length - 1]!.value };
  }
  const last = tokens[result.end - 1]!;
  const next = tokens[result.end];
  if (
    !asModifier &&
    result.end - i === 1 &&
    MODIFIER_SECTORS.has(last.lower) &&
    next &&
    next.pos === 'NOUN' &&
    result.end < limit &&
    !headlineVerbAfter(reg, tokens, result.end, limit) &&
    !isShotVerb(tokens, result.end, limit)
  ) {
    return null;
  }
  return result;
}

export type NameParse =
  | { readonly kind: 'known'; readonly end: number; readonly person: Person }
  | { readonly kind: 'new'; readonly end: number; readonly name: string };

const ORG_WORDS = new Set([
  'ministry',
  'court',
  'council',
  'committee',
  'commission',
  'agency',
  'service',
  'office',
  'department',
  'region',
  'oblast',
  'party',
  'bank',
  'union',
  'institute',
  'university',
  'company',
  'group',
  'forces',
  'army',
  'government',
  'parliament',
  'assembly',
  'foundation',
  'fund',
  'centre',
  'center',
  'corporation',
  'administration',
  'republic',
  'federation',
  'kingdom',
  'city',
  'district',
  'street',
  'square',
  'staff', // "Chief of the General Staff Valery Gerasimov": "Staff" ends an office, it starts no name
  'navy',
  'fleet',
  'directorate',
  'secretariat',
  'chancellery',
  'summit',
]);

const NON_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'NUM', 'PART']);

const PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'bin', 'al', 'del', 'la', 'le', 'di', 'dos', 'ibn']);
/** The days of the week, lower-cased: never a name, and the day of a telling ("told reporters Thursday he …"). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const NOT_NAMES = new Set<string>([
  ...WEEKDAYS,
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'the',
  'on',
  'in',
  'and',
  'but',
  'said',
  'says',
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'this',
  'that',
  'however',
  'meanwhile',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dr',
  'dr.',
]);

/** Capitalised words that never start or continue a person's name (weekdays, months, pronouns, honorifics). */
export function notAName(lower: string): boolean {
  return NOT_NAMES.has(lower);
}

/** The surface of tokens i..e with single spaces where the text had any. */
export function spanText(tokens: readonly Token[], i: number, e: number): string {
  let out = '';
  for (let k = i; k < e; k++) {
    const t = tokens[k]!;
    if (k > i && tokens[k - 1]!.end !== t.start) out += ' ';
    out += t.text;
  }
  return out;
}

function capitalised(t: Token): boolean {
  // ASCII by its character code (A–Z are its only letters with a lowercase form): no one-letter strings to compare.
  const code = t.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

/** A person's name at `i`: a dictionary person (full or short form), else a run of capitalised name tokens. */
/** Words (runs of tokens written without spaces between them: "Erdo" + "ğan") in tokens `i`..`end`. */
function words(tokens: readonly Token[], i: number, end: number): number {
  let n = 1;
  for (let k = i + 1; k < end; k++) if (tokens[k]!.start > tokens[k - 1]!.end) n++;
  return n;
}

/** Whether a dictionary person's full alias (no short form) of two or more words starts at token `e`. */
function fullPersonAt(reg: ActorRegistry, tokens: readonly Token[], e: number, limit: number): boolean {
  for (const m of matchesAt(reg.names, tokens, e, limit))
    if (words(tokens, e, m.end) >= 2 && m.hits.some((h) => h.value.kind === 'person' && !h.value.short)) return true;
  return false;
}

/**
 * "The Austrian side", "the Ukrainian and American sides": a state's side is its government as a party to talks
 * only after the state's name or adjective (Scanner.sideIsParty); "on the side of Ukraine", "stand by our side" name
 * an alignment, not a party.
 */
export function isSideNoun(entry: SectorEntry): boolean {
  return entry.label === 'side' || entry.label === 'sides';
}

/** "A.", "J.D.": a token of one or two initials. */
const INITIALS = /^(?:\p{Lu}\.){1,2}$/u;

/**
 * "A. Blinken", "B. Johnson", "Minister D. Cameron": initials before a dictionary surname name the person of that
 * surname whose name starts with the initial. A surname that is a `short` form (common, or shared by namesakes)
 * needs exactly one such person holding an office on the article's date (`fit` above 0); a distinctive one needs
 * only the initial to agree. The initials are part of the mention.
 */
export function initialledPerson(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
  fit: (p: Person) => number,
): NameParse | null {
  const tok = tokens[i];
  if (tok === undefined || i + 1 >= limit || !INITIALS.test(tok.text)) return null;
  const letter = tok.text[0]!;
  let active: { end: number; person: Person } | null = null;
  let distinct: { end: number; person: Person } | null = null;
  let ambiguous = false;
  for (const m of matchesAt(reg.names, tokens, i + 1, limit)) {
    for (const h of m.hits) {
      if (h.value.kind !== 'person' || !h.value.person.name.startsWith(letter)) continue;
      const person = h.value.person;
      if (fit(person) > 0) {
        if (active !== null && active.person.id !== person.id && active.end === m.end) ambiguous = true;
        if (active === null || m.end >= active.end) active = { end: m.end, person };
      } else if (!h.value.short) distinct = { end: m.end, person };
    }
  }
  const found = active !== null ? (ambiguous ? null : active) : distinct;
  return found === null ? null : { kind: 'known', end: found.end, person: found.person };
}

/** The default `fit` of `parseName`: one function, not a closure made at every call that leaves it out. */
const noFit = (): number => 0;

export function parseName(
  reg: ActorRegistry,
  tokens: readonly Token[],
  i: number,
  limit: number,
  allowNew = true,
  fit: (p: Person) => number = noFit,
): NameParse | null {
  let known: NameParse | null = null;
  let knownShort = false;
  for (const m of matchesAt(reg.names, tokens, i, limit)) {
    for (const h of m.hits) {
      if (h.value.kind !== 'person') continue;
      // Namesakes ("President Bush", "President Assad"): the one who fits the article's date and title best,
      // else the one loaded last.
      if (known?.kind === 'known' && known.end === m.end && fit(h.value.person) < fit(known.person)) continue;
      known = { kind: 'known', end: m.end, person: h.value.person };
      knownShort = h.value.short;
    }
  }
  if (known === null) {
    const initialled = initialledPerson(reg, tokens, i, limit, fit);
    if (initialled !== null) return initialled;
  }
  // "President obama": after a title or honorific, a distinctive surname typed in lowercase (no short form: those
  // are common words or other people's names too).
  const word = tokens[i];
  if (known === null && word !== undefined && word.text === word.lower && LETTERS_ONLY.test(word.text)) {
    for (const h of capitalisedWordHits(reg.names, word.lower)) {
      if (h.value.kind === 'person' && !h.value.short) known = { kind: 'known', end: i + 1, person: h.value.person };
    }
    if (known !== null) return known;
  }
  let e = i;
  while (e < limit && e - i < 10) {
    const t = tokens[e]!;
    // Pieces of one word the tokenizer split ("Jean-Yves", "Radosław"): glued to the previous token.
    if (e > i && tokens[e - 1]!.end === t.start && GLUED_NAME_PIECE.test(t.text) && !/^['’]s$/.test(t.lower)) {
      e++;
      continue;
    }
    if (ORG_WORDS.has(t.lower)) return known; // "Defence Ministry", "Constitutional Court" are not persons
    if (NON_NAME_POS.has(t.pos)) break; // "Russian President Says …" in a title-case headline
    if (startsWord(reg.titles, tokens, e) && parseTitle(reg, tokens, e, limit)) {
      if (e === i) return known; // "Director of …" is an office, not a name
      break;
    }
    if (e === i && GENERIC_HEADS.has(t.lower)) return known;
    if (capitalised(t) && !NOT_NAMES.has(t.lower) && NAME_TOKEN.test(t.text)) {
      if (parseQualifier(reg, tokens, e, limit) !== null && e > i) break;
      // "Minister of Construction, Housing and Utilities Irek Fayzullin": a known person's full name ends the run.
      if (e > i && known === null && fullPersonAt(reg, tokens, e, limit)) break;
      e++;
      continue;
    }
    if (e > i && PARTICLES.has(t.lower.replace(/-$/, ''))) {
      // "von der Leyen", "al-Ississ" (the tokenizer may split "al", "-", "Ississ")
      const n1 = tokens[e + 1];
      const n2 = tokens[e + 2];
      if (n1 && capitalised(n1)) {
        e++;
        continue;
      }
      if (n1?.text === '-' && n1.start === t.end && n2 && n2.start === n1.end && capitalised(n2)) {
        e += 3;
        continue;
      }
    }
    if (e > i && /^al-/.test(t.lower)) {
      e++;
      continue;
    }
    break;
  }
  if (!allowNew || (known && known.end >= e)) return known;
  // An ambiguous short form that is only the start of a longer name ("Mustafa Tuzcu") is someone else.
  if (known && knownShort && known.end === i + 1 && e > known.end) known = null;
  if (e === i) return known;
  const first = tokens[i]!;
  if (e - i === 1 && first.pos !== 'PROPN') return known;
  if (parseQualifier(reg, tokens, i, limit) !== null || parseTitle(reg, tokens, i, limit) !== null) return known;
  if (known) return known;
  return { kind: 'new', end: e, name: spanText(tokens, i, e) };
}
