// Record types shared by the pipeline stages. No logic lives here.
// Every record is readonly: stages build new records, they never mutate their input.

export type Severity = 'info' | 'warning' | 'fatal';

/** A finding attached to an article result (or an input that failed), never printed by a stage itself. */
export interface Diagnostic {
  readonly stage: string; // ingest | nlp | actors | coding | quotes | store | …
  readonly ruleId: string; // stable machine id, e.g. "ingest/no-date"
  readonly severity: Severity;
  readonly message: string; // one line, names the file/field and the fix
}

/** One news item as read from any input form. `text` is the body the offsets refer to. */
export interface Article {
  readonly id: string;
  readonly date: string | null; // YYYY-MM-DD
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly text: string;
}

/** What ingest yields per input item: an article, or the reason there is none. */
export interface IngestItem {
  readonly origin: string; // "path", "path:line", "path#item3", "-"
  readonly article: Article | null;
  readonly diagnostics: readonly Diagnostic[];
}

// ---- NLP ----------------------------------------------------------------

export interface Token {
  readonly text: string; // surface form as in the article
  readonly lower: string;
  readonly lemma: string; // lowercased, like `lower`
  readonly pos: string; // Universal POS tag (NOUN, VERB, PROPN, …)
  readonly start: number; // UTF-16 offset into Article.text
  readonly end: number;
  readonly sentence: number; // sentence index
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly firstToken: number; // index into Doc.tokens
  readonly endToken: number; // exclusive
}

export interface Doc {
  readonly article: Article;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

// ---- Actors -------------------------------------------------------------

export type ActorType = 'person' | 'state' | 'organization' | 'igo' | 'region' | 'group';

/** The contract's Actor. */
export interface Actor {
  readonly text: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly type: ActorType;
  readonly id: string | null;
}

export type MentionKind = 'name' | 'title' | 'pronoun' | 'nominal' | 'seat';

/** A stretch of tokens that refers to an actor. */
export interface Mention {
  readonly actor: Actor;
  readonly kind: MentionKind;
  readonly sentence: number;
  readonly firstToken: number; // index into Doc.tokens
  readonly endToken: number; // exclusive
  readonly start: number; // UTF-16 offsets
  readonly end: number;
  /** Index into the returned mentions array of the earlier mention this one resolves to (pronouns, titles). */
  readonly antecedent: number | null;
}

// ---- Events ------------------------------------------------------------

export type Modality = 'asserted' | 'negated' | 'hypothetical';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The contract's event record. */
export interface Event {
  readonly id: string;
  readonly sentenceIndex: number;
  readonly sentence: string;
  readonly trigger: Span;
  readonly date: string | null;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly cameo: string;
  readonly plover: string | null;
  readonly mode: string | null;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly modality: Modality;
  readonly reportedBy: Actor | null;
  readonly confidence: number;
  readonly rule: string;
  readonly dictionaryVersion: string;
  /** Where the event took place (GDELT's ActionGeo), added by the geo stage; null when unknown. See docs/geo.md. */
  readonly location?: EventLocation | null;
}

/** An event's location: a place of the gazetteer, where the text names it (UTF-16 offsets into the article text). */
export interface EventLocation {
  readonly name: string;
  readonly fullName: string; // "Kharkiv, Kharkivska Oblast, Ukraine", as GDELT's *Geo_FullName
  readonly type: 'city' | 'adm1' | 'country';
  readonly country: string | null; // ISO 3166-1 alpha-3
  readonly countryFips: string | null; // FIPS 10-4, as GDELT's *Geo_CountryCode
  readonly adm1: string | null; // first-level division name
  readonly lat: number;
  readonly long: number;
  readonly featureId: string | null; // the gazetteer's id for cities
  readonly text: string; // surface form
  readonly start: number;
  readonly end: number;
  readonly basis: 'sentence' | 'target' | 'dateline'; // how it was found (docs/geo.md)
}

export interface Quote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: Actor | null;
  /** Additive to the contract: ids of the events coded from the sentences the quotation spans (set by the pipeline). */
  readonly eventIds?: readonly string[];
}

export type ActorSummary = Actor & { readonly mentions: number };

/** One NDJSON line of `detente code`: the output contract of DESIGN.md, field for field. */
export interface ArticleResult {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly tone: number;
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
  readonly actors: readonly ActorSummary[];
  readonly diagnostics: readonly Diagnostic[];
}
