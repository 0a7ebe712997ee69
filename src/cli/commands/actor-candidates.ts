// `detente actors --candidates` and `--accept NAME`: persons discovered by their title in stored articles, summed
// up over the store, and accepting one into the user dictionary. Loaded only for these options: it needs the NLP
// stage (the evidence sentence) and the actor dictionaries, which plain store queries do not.
import type { Store } from '../../store/index.ts';
import { analyze } from '../../nlp/analyze.ts';
import { loadActorRegistry, type ActorRegistry } from '../../actors/index.ts';
import { CandidateTally, DISCOVERED_RULE, type Candidate } from '../../actors/discovery.ts';
import { acceptCandidate, userActorFiles, userDictionaryPath } from '../../actors/user-dictionary.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../pipeline.ts';

/** Articles read per store query: the tally keeps one entry per name, so memory stays bounded. */
const PAGE = 500;

export interface CandidateRecord extends Candidate {
  /** The sentence of the example article that names the person, or null when the text no longer has it. */
  readonly sentence: string | null;
}

function registry(): ActorRegistry {
  return loadActorRegistry(DEFAULT_DICTIONARY_DIR, userActorFiles(undefined));
}

/** Every discovered person of the stored articles (in the date range) that no dictionary knows yet. */
export async function storedCandidates(
  store: Store,
  range: { from?: string; to?: string },
  reg: ActorRegistry = registry(),
): Promise<Candidate[]> {
  const tally = new CandidateTally();
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.queryDiagnostics({ ruleId: DISCOVERED_RULE, ...range, limit: PAGE, offset });
    tally.add(rows);
    if (rows.length < PAGE) break;
  }
  // Persons accepted (or added to a dictionary) since those articles were coded are no longer candidates.
  const known = new Set([...reg.persons.values()].map((p) => p.name.toLowerCase()));
  return tally.candidates().filter((c) => !known.has(c.name.toLowerCase()));
}

/** The first sentence of the example article that contains the name. */
export async function evidence(store: Store, c: Candidate): Promise<CandidateRecord> {
  const stored = await store.getArticle(c.example.articleId);
  const sentence = stored === null ? undefined : analyze(stored.article).sentences.find((s) => s.text.includes(c.name));
  return { ...c, sentence: sentence?.text.trim() ?? null };
}

/** Accepts the candidate called `name` (any case) into the user dictionary; returns the file and the row. */
export async function accept(
  store: Store,
  name: string,
  dict: string | undefined,
): Promise<{ path: string; row: string; candidate: Candidate }> {
  const reg = registry();
  const wanted = name.trim().toLowerCase();
  const known = [...reg.persons.values()].find((p) => p.name.toLowerCase() === wanted);
  if (known !== undefined) throw new Error(`"${known.name}" is already in a dictionary (id ${known.id})`);
  const all = await storedCandidates(store, {}, reg);
  const candidate = all.find((c) => c.name.toLowerCase() === wanted);
  if (candidate === undefined) {
    throw new Error(`no discovered person "${name}" in the store (detente actors --candidates lists them)`);
  }
  const path = userDictionaryPath(dict);
  const row = acceptCandidate(path, candidate, new Set(reg.persons.keys()), (iso3) => reg.states.has(iso3));
  return { path, row, candidate };
}
