// "The government said …", "police arrested …", "lawmakers voted …": an institution of a state named with no state.
// A careful reader gives it the state the passage is about. Which one that is we read from the actors named just
// before it: when the current sentence (up to the noun) and the two before it name one state only, it is that state
// ("Ukraine's government … the government", "Vladimir Putin: … The Government will hear you"); when they name
// several, a mention of the same sector decides if all such mentions are of one state ("Ukraine's government
// accused Russia. The government said …" is Ukraine's). With no state in that window, the nearest earlier sentence
// that names one decides, if it names one only. Otherwise the state stays unknown (CAMEO `---GOV`): "The government
// expressed appreciation for China's assistance" is not China's government, so a state named after the noun is
// never used.
import type { Mention, Token } from '../types.ts';
import { isShotVerb } from './shot-verb.ts';

/** How many sentences before the noun's own are read for its state. */
const WINDOW = 2;

/**
 * Institutions that only a state has, as the sector dictionary matches them (lowercase, no "the"). Nouns a foreign
 * actor is as often named by are left out: forces and troops ("the troops" of either side), invaders and occupiers
 * (the other side's), officials, leaders, diplomats, delegations, the embassy. These need "the" ("the army", "the
 * foreign ministry"): without it the noun is usually a modifier or generic ("army officers", "government policy").
 */
const STATE_INSTITUTIONS: ReadonlySet<string> = new Set([
  'government',
  'cabinet',
  'presidency',
  'office of the president',
  'presidential administration',
  'authorities',
  'foreign ministry',
  'foreign affairs ministry',
  'ministry of foreign affairs',
  'foreign office',
  'interior ministry',
  'ministry of interior',
  'ministry of internal affairs',
  'ministry of the interior',
  'defence ministry',
  'defense ministry',
  'ministry of defence',
  'ministry of defense',
  'military',
  'army',
  'armed forces',
  'navy',
  'air force',
  'general staff',
  'police',
  'security forces',
  'parliament',
  'legislature',
  'senate',
  'national assembly',
  'lower house',
  'upper house',
  'judiciary',
  'supreme court',
  'constitutional court',
  'opposition',
]);

/** Plural and mass nouns that name a state's institution without "the" ("police said", "lawmakers voted"). */
const BARE_INSTITUTIONS: ReadonlySet<string> = new Set([
  'authorities',
  'police',
  'riot police',
  'police officers',
  'policemen',
  'security forces',
  'government forces',
  'government troops',
  'lawmakers',
  'legislators',
  'parliament',
  'congress',
]);

/** First words of the phrases above, so the scanner knows a phrase may start at such a token. */
export const STATE_INSTITUTION_STARTS: ReadonlySet<string> = new Set(
  [...STATE_INSTITUTIONS, ...BARE_INSTITUTIONS].map((p) => p.split(' ')[0]!),
);

/** Words after the noun that make it part of a name or a modifier ("the Army of the Republic", "military might"). */
const NOT_AFTER: ReadonlySet<string> = new Set(['of', 'for', 'might']);
/** Tags of the word after the noun that make it a modifier: "the police alert", "the Government Staff", "army chief". */
const MODIFIED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Tags of the word before a noun with no article that make it that word's: "local police", "five lawmakers". */
const OWNED_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'PRON']);

/**
 * Whether tokens `i`..`end` (a sector noun, after "the" when `withArticle`) name a state's institution on their own:
 * not a modifier or part of a name, and without "the" not owned or modified either ("pro-government forces", "our
 * police", whose state is the speaker's).
 */
export function isStateInstitution(tokens: readonly Token[], i: number, end: number, withArticle: boolean): boolean {
  const phrase = tokens
    .slice(i, end)
    .map((t) => t.lower)
    .join(' ');
  if (!(withArticle ? STATE_INSTITUTIONS : BARE_INSTITUTIONS).has(phrase)) return false;
  const next = tokens[end];
  const modified = MODIFIED_TAGS.has(next?.pos ?? '') && !isShotVerb(tokens, end, tokens.length);
  if (next !== undefined && (NOT_AFTER.has(next.lower) || modified)) return false;
  const prev = tokens[i - 1];
  return withArticle || prev === undefined || (prev.text !== '-' && !OWNED_TAGS.has(prev.pos));
}

/**
 * The state a countryless institution in sentence `sentence` belongs to, read from the mentions `before` it (in text
 * order, all earlier than the noun), or null when the context does not say. A state's adjective that describes a
 * thing (`describesThing`: "since Soviet times", "Ukrainian cities") does not place the passage.
 */
export function contextState(
  before: readonly Mention[],
  sentence: number,
  sector: string | null,
  describesThing: (m: Mention) => boolean,
): string | null {
  const states = new Set<string>();
  const offices = new Set<string>();
  const sameSector = new Set<string>();
  for (const m of passage(before, sentence, describesThing)) {
    const c = countryOf(m)!;
    states.add(c);
    // "thanked the German side": a state's side is the counterpart of talks, placed like the state's name.
    if (isSide(m)) continue;
    if (isOffice(m)) offices.add(c);
    if (m.actor.sector === sector) sameSector.add(c);
  }
  if (sameSector.size > 0) return only(sameSector);
  if (offices.size > 0) return only(offices);
  const home = mainState(before);
  if (home !== null) states.add(home);
  return only(states);
}

/** The states the passage up to a noun in sentence `sentence` names (see contextState), the article's aside. */
export function statesNear(
  before: readonly Mention[],
  sentence: number,
  describesThing: (m: Mention) => boolean,
): Set<string> {
  return new Set(passage(before, sentence, describesThing).map((m) => countryOf(m)!));
}

/** The placed mentions of the window before a noun in sentence `sentence`, latest first. */
function passage(before: readonly Mention[], sentence: number, describesThing: (m: Mention) => boolean): Mention[] {
  const found: Mention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (m.sentence < sentence - WINDOW) break;
    if (countryOf(m) !== null && !describesThing(m)) found.push(m);
  }
  return found;
}

/**
 * The state the article is about: the one more than half of its placed mentions so far are of. Transcripts and long
 * reports name their own government many sentences after any state: "You supported this decision and the
 * Government provided funds", in a Kremlin meeting, is Russia's.
 */
export function mainState(before: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of before) {
    const c = countryOf(m);
    if (c === null) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  for (const [c, n] of counts) if (2 * n > total) return c;
  return null;
}

/** An office holder, a state institution or a seat of government (a capital in a dateline too), with its state. */
function isOffice(m: Mention): boolean {
  const a = m.actor;
  if (countryOf(m) === null) return false;
  if (m.kind === 'seat') return true;
  return a.type !== 'state' && a.sector !== null && OFFICE_SECTORS.has(a.sector);
}

/** "The German side", "the Ukrainian and American sides" (sectors.tsv `side`, read by Scanner.sideIsParty). */
function isSide(m: Mention): boolean {
  return m.kind === 'nominal' && / sides?$/.test(m.actor.name);
}

const OFFICE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/**
 * The state a mention places its passage in. Armies, troops and forces are left out, the officers who speak for them
 * kept: a war report names the enemy's army as often as its own ("a treacherous attack by the Russian armed forces
 * … "The Armed Forces are fighting hard battles"", said by a Ukrainian official). Refugees are left out too.
 */
function countryOf(m: Mention): string | null {
  const a = m.actor;
  if ((a.sector === 'MIL' && a.type !== 'person') || a.sector === 'REF') return null;
  return a.country;
}

function only(set: ReadonlySet<string>): string | null {
  if (set.size !== 1) return null;
  for (const x of set) return x;
  return null;
}
