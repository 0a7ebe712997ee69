// "Russian opposition politician Alexei Petrov", "Ukrainian human rights activist Oksana Petrenko", "a Belarusian
// journalist, Ivan Petrov,": a state's adjective, a description of a person and a personal name make a person of that
// state even when the name is in no dictionary. The description gives the sector when the dictionaries give one to
// its head noun (titles.tsv, or the plural of sectors.tsv: "activist" OPP, "oligarch" ELI, "billionaire" none).
import type { Token } from '../types.ts';
import type { ActorRegistry } from './registry.ts';
import { longestAt, norm } from './trie.ts';

/** The description read after a state's adjective, and where the name after it starts. */
export interface Description {
  /** First token of the name. */
  readonly nameAt: number;
  /** "a Belarusian journalist, Ivan Petrov,": the name stands in commas, so a comma (or the sentence end) closes it. */
  readonly comma: boolean;
  /** The canonical title, or the head noun when it is no title ("politician"), for coreference. */
  readonly title: string;
  readonly sector: string | null;
}

/**
 * Nouns that name a person by what they do or are, besides the titles of titles.tsv. Nouns of bodies ("bank",
 * "newspaper", "think tank", "company") are not here: "Swiss bank Credit Suisse" and "British newspaper The Times"
 * name no person.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'politician',
  'figure',
  'campaigner',
  'defender',
  'advocate',
  'critic',
  'oligarch',
  'billionaire',
  'millionaire',
  'tycoon',
  'entrepreneur',
  'investor',
  'banker',
  'businesswoman',
  'historian',
  'economist',
  'scientist',
  'sociologist',
  'psychologist',
  'philosopher',
  'academic',
  'student',
  'teacher',
  'lawyer',
  'blogger',
  'columnist',
  'commentator',
  'photographer',
  'photojournalist',
  'writer',
  'author',
  'novelist',
  'poet',
  'playwright',
  'composer',
  'artist',
  'musician',
  'singer',
  'actor',
  'actress',
  'filmmaker',
  'athlete',
  'player',
  'volunteer',
  'medic',
  'paramedic',
  'doctor',
  'priest',
  'serviceman',
  'servicewoman',
  'conscript',
  'paratrooper',
  'veteran',
  'prisoner',
  'refugee',
  'survivor',
  'civilian',
  'resident',
  'pensioner',
  'citizen',
  'national',
  'man',
  'woman',
  'farmer',
  'worker',
]);

/** At most this many words of description ("prominent human rights activist"). */
const MAX_WORDS = 5;
/** A lowercase word of description: letters, maybe hyphenated ("anti-war", "well-known"). */
const DESCRIPTION_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const GLUED_PIECE = /^(?:-|\p{Ll}+)$/u;
/** A name's first word: a capital, then a small letter. Here, not in the function: tsx would build it at each call. */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB']);
/** Titles that name an office of some body: after free words ("film director") the body is not the state's. */
const OFFICE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'IGO']);

/**
 * The description of a person at `k` (right after a state's adjective) and the start of the name after it, or null
 * when the words there describe no person ("Swiss bank Credit Suisse") or no capitalised word follows them.
 */
export function describedPersonAt(
  reg: ActorRegistry,
  tokens: readonly Token[],
  k: number,
  limit: number,
): Description | null {
  let end = k;
  while (end < limit && end - k < MAX_WORDS) {
    const t = tokens[end]!;
    const glued = end > k && t.start === tokens[end - 1]!.end && GLUED_PIECE.test(t.text); // "anti" "-" "war"
    if (!(glued || (DESCRIPTION_WORD.test(t.text) && DESCRIPTION_POS.has(t.pos)))) break;
    end++;
  }
  if (end === k) return null;
  const comma = tokens[end]?.text === ',';
  const nameAt = comma ? end + 1 : end;
  if (nameAt >= limit || !NAME_WORD.test(tokens[nameAt]!.text)) return null;
  const head = tokens[end - 1]!.lower;
  let title: string | null = null;
  let sector: string | null = null;
  // The longest title ending at the head ("opposition leader", "activist").
  for (let p = k; p < end && title === null; p++) {
    const m = longestAt(reg.titles, tokens, p, end);
    if (m === null || m.end !== end) continue;
    const entry = m.hits[m.hits.length - 1]!.value;
    if (OFFICE_SECTORS.has(entry.sector)) return null;
    title = entry.title;
    sector = entry.sector;
  }
  if (title === null) {
    if (!PERSON_NOUNS.has(head)) return null;
    title = head;
    sector = pluralSector(reg, head);
  }
  for (let p = k; p < end; p++) {
    const w = tokens[p]!.lower;
    if (w === 'opposition') sector = 'OPP';
    else if (w === 'former') return { nameAt, comma, title, sector: 'ELI' }; // not in office: an elite (titles.tsv)
  }
  return { nameAt, comma, title, sector };
}

/** The sector sectors.tsv gives a one-word plural of `noun` ("oligarchs" ELI), if a sector of persons. */
function pluralSector(reg: ActorRegistry, noun: string): string | null {
  const plural = noun.endsWith('man') ? `${noun.slice(0, -3)}men` : `${noun}s`; // "servicemen"
  const hits = reg.sectors.root.next.get(norm(plural))?.hits ?? [];
  for (const h of hits) {
    const s = h.value.sector;
    if (h.words.length === 1 && h.value.type === 'group' && s !== '' && !OFFICE_SECTORS.has(s)) return s;
  }
  return null;
}
