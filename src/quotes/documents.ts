// The author of a document that "speaks": "“We continue to condemn …,” the document reads", "… the communique
// says", "“We call on Russia …,” the statement said". A communiqué, declaration, joint statement or resolution is
// the words of the body or states that issued it, so its "we" is theirs. The article names the author where it
// first names the document: "NATO summit communique", "a statement by the EU", "the Senate has passed a
// resolution", "the ministry said this in an Independence Day statement", "the Vilnius Summit Communique, published
// on the NATO website". The attribution itself names no one, so the author is looked for in the document's own
// phrase ("the statement of the Crimea Platform reads") and then in the sentences before.
import type { Actor, Doc, Mention, Token } from '../types.ts';

/** Nouns of issued texts whose words are their author's. */
export const DOCUMENT_NOUNS = new Set([
  'document',
  'communique',
  'communiqué',
  'declaration',
  'statement',
  'resolution',
  'letter',
  'appeal',
]);

/** Verbs whose subject issues the document they take ("the Senate has passed a resolution"). */
const ISSUING_VERBS = new Set(['adopt', 'pass', 'issue', 'publish', 'release', 'sign', 'approve', 'send', 'write']);

/** How many sentences of the article's own text back the document's first naming is looked for. */
const LOOKBACK = 8;
/** And how many sentences back at most, quoted ones included. */
const MAX_SENTENCES = 40;

export interface DocumentView {
  readonly doc: Doc;
  readonly mentions: readonly Mention[];
  /** 1 for tokens inside a quotation. */
  readonly inside: Uint8Array;
  readonly startsAt: ReadonlyMap<number, number>;
  readonly endsAt: ReadonlyMap<number, number>;
  /** Authors found for earlier attributions ("…,” the statement said), by their document noun's token. */
  readonly documents: Map<number, Actor>;
  /** The body a bare "the ministry" at token `k` refers to, if it is one. */
  bareBody(k: number): Actor | null;
}

/**
 * The mention of the author of the document named by the noun at token `head` ("the document" in "…,” the
 * document reads"): its own "of/by X", else the nearest earlier naming of a document with an author.
 */
export function documentAuthor(v: DocumentView, head: number): Actor | null {
  const author = v.documents.get(head) ?? findAuthor(v, head);
  if (author !== null) v.documents.set(head, author);
  return author;
}

function findAuthor(v: DocumentView, head: number): Actor | null {
  const own = authorAfter(v, head) ?? authorBefore(v, head);
  if (own !== null) return v.mentions[own]!.actor;
  const s = v.doc.tokens[head]!.sentence;
  // Sentences wholly inside the document's quoted words do not count: a communiqué is often quoted at length.
  let told = 0;
  for (let p = s - 1; p >= 0 && p >= s - MAX_SENTENCES && told < LOOKBACK; p--) {
    const sen = v.doc.sentences[p]!;
    let outside = false;
    for (let k = sen.firstToken; k < sen.endToken; k++) {
      if (v.inside[k]) continue;
      outside = true;
      if (!DOCUMENT_NOUNS.has(v.doc.tokens[k]!.lower)) continue;
      const found = v.documents.get(k) ?? authorOf(v, k, sen.firstToken);
      if (found !== null) return found;
    }
    if (outside) told++;
  }
  return null;
}

/** A document noun's author named in its sentence. */
function authorOf(v: DocumentView, k: number, first: number): Actor | null {
  const m = authorAfter(v, k) ?? authorBefore(v, k) ?? website(v, k, first);
  return m !== null ? v.mentions[m]!.actor : issuer(v, k, first);
}

/** An actor that can author a text: not a place, a city or a pronoun of unknown reference. */
function author(v: DocumentView, m: number | undefined): number | null {
  if (m === undefined) return null;
  const mm = v.mentions[m]!;
  if (v.inside[mm.firstToken] || mm.kind === 'seat' || mm.actor.type === 'region') return null;
  return m;
}

/** "a statement by the EU", "the declaration of the leaders of France and Germany", "the letter issued by X". */
function authorAfter(v: DocumentView, k: number): number | null {
  const t = v.doc.tokens;
  let j = k + 1;
  if (t[j]?.pos === 'VERB' && t[j]!.lower.endsWith('ed')) j++; // "issued by", "signed by"
  if (t[j]?.lower !== 'by' && t[j]?.lower !== 'of') return null;
  for (let n = j + 1; n < j + 6 && n < t.length; n++) {
    const m = author(v, v.startsAt.get(n));
    if (m !== null) return m;
    if (!/^(DET|ADJ|NOUN|ADP)$/.test(t[n]!.pos)) return null; // "the leaders of", "the participants in"
  }
  return null;
}

/** "NATO's statement", "the NATO summit communique": the author as the noun's possessor or modifier. */
function authorBefore(v: DocumentView, k: number): number | null {
  const t = v.doc.tokens;
  for (let j = k; j >= k - 3 && j > 0; j--) {
    const prev = t[j - 1]!;
    const owner = prev.lower === "'s" || prev.lower === '’s';
    const m = v.endsAt.get(owner ? j - 1 : j);
    if (m !== undefined) return v.mentions[m]!.kind === 'pronoun' && !owner ? null : author(v, m);
    if (!/^(NOUN|PROPN|ADJ)$/.test(prev.pos) && !owner) return null;
  }
  return null;
}

/**
 * "The Senate has passed a resolution", "the ministry said this in an Independence Day statement": the clause's
 * subject, when the document is what its verb issues or the text its words were said in.
 */
function issuer(v: DocumentView, k: number, first: number): Actor | null {
  const t = v.doc.tokens;
  let said = false; // "in an Independence Day statement"
  for (let j = k - 1; j >= first && j >= k - 5 && !said; j--) {
    if (t[j]!.lower === 'in') said = true;
    else if (!/^(DET|ADJ|NOUN|PROPN)$/.test(t[j]!.pos)) break;
  }
  let verb = -1;
  for (let j = k - 1; j >= first; j--) {
    if (t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX') {
      if (verb < 0 && (said || ISSUING_VERBS.has(t[j]!.lemma.toLowerCase()))) verb = j;
      continue;
    }
    if (verb < 0) continue;
    const m = v.endsAt.get(j + 1);
    if (m === undefined) {
      const body = t[j - 1]?.lower === 'the' && (j - 1 === first || t[j - 2]?.text === ',') ? v.bareBody(j) : null;
      if (body !== null) return body;
      continue;
    }
    const mm = v.mentions[m]!;
    // The subject: not the object of a preposition ("a call with Putin").
    if (t[mm.firstToken - 1]?.pos === 'ADP' && mm.firstToken - 1 >= first) return null;
    const found = author(v, m);
    return found === null ? null : v.mentions[found]!.actor;
  }
  return null;
}

/** "the Vilnius Summit Communique, published on the NATO website": an international body's own site. */
function website(v: DocumentView, k: number, first: number): number | null {
  const t = v.doc.tokens;
  const s = t[k]!.sentence;
  for (let j = first; j < t.length && t[j]!.sentence === s; j++) {
    const m = v.endsAt.get(j);
    if (m === undefined || !isSite(t[j])) continue;
    const found = author(v, m);
    if (found !== null && v.mentions[found]!.actor.type === 'igo') return found;
  }
  return null;
}

function isSite(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === 'website' || t.lower === 'site');
}
