// Who said a quotation: the attribution around it ("…,” said X / X said / X added), a reporting verb or
// speech noun before it ("X stated that … “…”", "X's statement that “…”", "according to X"), else the subject of
// the clause that embeds it. Speakers are mentions of the actors stage where there is one; where the attribution
// names someone no dictionary knows ("…,” Stovall wrote), the quotes stage makes an actor of the name (id null);
// pronouns and bare titles ("he added", "said the chairman") go to the subject of the nearest sentence before,
// looking past the text of other quotations (a pronoun's antecedent is never inside someone else's quote).
import type { Actor, Doc, Mention, Token } from '../types.ts';
import type { QuoteSpan } from './spans.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';
import { notAName } from '../actors/parse.ts';
import { DOCUMENT_NOUNS, documentAuthor } from './documents.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** A speaker and where the words naming it end (the attribution runs at least that far). */
export interface Speaker {
  readonly actor: Actor;
  readonly end: number; // UTF-16 offset after the speaker's words
}

const SPEECH_NOUNS = new Set([
  'statement',
  'statements',
  'remarks',
  'words',
  'comments',
  'comment',
  'speech',
  'address',
  'message',
  'tweet',
  'post',
  'warning',
  'claim',
  'claims',
  'declaration',
  'interview',
  'letter',
]);

/** Verbs of speech beyond the actors stage's list that only the quote attribution uses. */
const QUOTE_VERBS = new Set([...SPEECH_VERBS, 'convince', 'sum', 'quote', 'call', 'slam', 'praise', 'condemn', 'read']);
/** Of those, the ones that take an object before the quotation ("called Putin “…”"), never an inverted subject. */
const OBJECT_VERBS = new Set(['call', 'slam', 'praise', 'condemn']);

/** "expressed “careful optimism”": the quotation is the verb's object. */
const EXPRESSING_VERBS = new Set(['express', 'voice', 'cite', 'promise', 'predict']);
/** "dismissed X as “nonsense”", "described X as “…”": the quotation is how the subject described X. */
const DESCRIBING_VERBS = new Set([
  'describe',
  'dismiss',
  'brand',
  'label',
  'characterize',
  'characterise',
  'denounce',
  'decry',
  'condemn',
  'criticize',
  'criticise',
  'hail',
  'praise',
  'reject',
  'ridicule',
  'see',
  'view',
  'regard',
]);

const LINK_WORDS = new Set([
  'also',
  'then',
  'later',
  'further',
  'again',
  'however',
  'meanwhile',
  'once',
  'has',
  'had',
  'have',
]);

/** Head nouns of a bare "the ministry said": a body, resolved to the last organisation named. */
const BODY_HEADS = new Set([
  'ministry',
  'department',
  'office',
  'agency',
  'service',
  'committee',
  'council',
  'government',
  'embassy',
  'operator',
  'company',
  'command',
  'staff',
  'administration',
  'kremlin',
  'army',
  'military',
]);

/** Heads of "the X said" that name a thing, not a speaker the text names elsewhere. */
const THINGS = new Set([
  'number',
  'report',
  'study',
  'survey',
  'poll',
  'data',
  'figure',
  'figures',
  'document',
  'article',
  'paper',
  'book',
  'film',
  'video',
  'sign',
  'banner',
  'headline',
  'caption',
  'title',
  'website',
  'page',
  'list',
  'text',
  'law',
  'decree',
  'resolution',
  'agreement',
  'treaty',
  'plan',
  'bill',
]);
/** Last words that make a capitalised run a body, not a person ("Royal News", "Social Democratic Party"). */
const ORG_WORDS = new Set([
  'party',
  'news',
  'group',
  'council',
  'bank',
  'ministry',
  'agency',
  'service',
  'institute',
  'university',
  'organization',
  'organisation',
  'committee',
  'foundation',
  'times',
  'post',
  'fund',
  'company',
  'corporation',
  'centre',
  'center',
  'forces',
  'army',
  'union',
  'platform',
  'office',
  'network',
  'economics',
  'headquarters',
]);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Prepositions whose object is not a clause's subject (not "after", "as", "since": they open clauses). */
const PREPOSITIONS = new Set(['from', 'with', 'of', 'to', 'in', 'at', 'by', 'for', 'on', 'about', 'against', 'over']);
/** Capitalised words that start no speaker's name beyond those the actor parser knows ("May", "There", "You"). */
const NOT_SPEAKER_NAMES = new Set(['may', 'there', 'you']);
const notASpeakerName = (lower: string): boolean => notAName(lower) || NOT_SPEAKER_NAMES.has(lower);
const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'al', 'bin', 'la', 'le', 'du']);
/** How many sentences back a pronoun or bare title looks for its person. */
const LOOKBACK = 6;

export class SpeakerFinder {
  private readonly tokens: readonly Token[];
  private readonly text: string;
  readonly inside: Uint8Array; // 1 for tokens inside a quotation or its marks
  readonly startsAt = new Map<number, number>(); // token → mention index
  readonly endsAt = new Map<number, number>(); // end token → mention index
  readonly documents = new Map<number, Actor>(); // a document noun's token → its author (documents.ts)
  private readonly covered: Uint8Array; // 1 for tokens inside some mention

  constructor(
    readonly doc: Doc,
    readonly mentions: readonly Mention[],
    spans: readonly QuoteSpan[],
  ) {
    this.tokens = doc.tokens;
    this.text = doc.article.text;
    this.inside = new Uint8Array(this.tokens.length);
    this.covered = new Uint8Array(this.tokens.length);
    for (const s of spans) {
      for (let k = this.tokenAt(s.start - 1); k < this.tokens.length && this.tokens[k]!.start <= s.end; k++) {
        const t = this.tokens[k]!;
        if (t.start >= s.start - 1 && t.end <= s.end + 1) this.inside[k] = 1;
      }
    }
    mentions.forEach((m, i) => {
      if (!this.startsAt.has(m.firstToken)) this.startsAt.set(m.firstToken, i);
      this.endsAt.set(m.endToken, i);
      for (let k = m.firstToken; k < m.endToken; k++) this.covered[k] = 1;
    });
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Only the attribution right at the quotation: "“…,” X said", "X said “…”" (for one-word quotations). */
  direct(span: QuoteSpan): Speaker | null {
    return this.after(span) ?? this.before(span);
  }

  speaker(span: QuoteSpan): Speaker | null {
    const cue =
      this.after(span) ?? this.before(span) ?? this.later(span) ?? this.headline(span) ?? this.described(span);
    if (cue !== null) return cue;
    // Without a speech cue, only a real fragment (three words or more) is given the clause's subject.
    const words = this.text.slice(span.start, span.end).split(/\s+/).length;
    return words >= 3 ? this.subject(span) : null;
  }

  /**
   * The speaker reported in the sentence before a quotation that opens a sentence of its own ("Craft said that
   * … . “The basic truth is …”", "Vitrenko is convinced … . “Putin will try …”").
   */
  reportedBefore(span: QuoteSpan): Speaker | null {
    const open = this.tokenAt(span.start) - 1;
    const s = this.tokens[open]?.sentence;
    if (s === undefined || s === 0) return null;
    const own = this.doc.sentences[s]!;
    // Only when the quotation opens its sentence (nothing of the sentence before its mark).
    for (let k = own.firstToken; k < open; k++) if (!this.inside[k]) return null;
    const prev = this.doc.sentences[s - 1]!;
    if (this.text.slice(prev.end, own.start).split(/\n\s*\n/).length > 2) return null; // the paragraph before at most
    for (let k = prev.endToken - 1; k >= prev.firstToken; k--) {
      if (this.inside[k] || !this.isSpeechVerb(k) || this.tokens[k]!.lower.endsWith('ing')) continue;
      const subj = this.subjectBefore(k, prev.firstToken);
      if (subj !== null) return subj;
    }
    return null;
  }

  /**
   * A quotation that is what its subject expressed, or how it described something: "Shmyhal expressed “careful
   * optimism”", "Putin dismissed suggestions that … as “complete nonsense”", "Holmila described the pact as the source
   * of Stalin's sense of “free reign”". The verb's subject said those words, however short they are.
   */
  private described(span: QuoteSpan): Speaker | null {
    const open = this.tokenAt(span.start) - 1;
    const first = this.sentenceStart(span.start);
    const before = this.tokens[open - 1];
    const expressed = before !== undefined && EXPRESSING_VERBS.has(before.lemma) && before.pos === 'VERB';
    if (expressed) return this.subjectBefore(open - 1, first);
    let as = open - 1;
    while (
      as > first &&
      /^(DET|ADJ|NOUN|PROPN|ADP|PART)$/.test(this.tokens[as]!.pos) &&
      this.tokens[as]!.lower !== 'as'
    )
      as--;
    if (this.tokens[as]?.lower !== 'as') return null;
    for (let k = as - 1; k >= Math.max(first, as - 14); k--) {
      const t = this.tokens[k]!;
      if (this.inside[k] || t.text === ';') return null;
      if (t.pos === 'VERB' && DESCRIBING_VERBS.has(t.lemma)) return this.subjectBefore(k, first);
    }
    return null;
  }

  /** The sentence index of a character offset. */
  sentenceOf(offset: number): number {
    const k = Math.min(this.tokenAt(offset), this.tokens.length - 1);
    return this.tokens[k]?.sentence ?? 0;
  }

  private isSpeechVerb(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || !(t.pos === 'VERB' || t.pos === 'AUX')) return false;
    const lemma = t.lemma.toLowerCase();
    if (!QUOTE_VERBS.has(lemma)) return false;
    // "is convinced", "summed up": only in those shapes are they speech.
    if (lemma === 'convince') return this.tokens[k - 1]?.pos === 'AUX';
    if (lemma === 'sum') return this.tokens[k + 1]?.lower === 'up';
    // "the document reads": a text's words, not a person reading.
    if (lemma === 'read')
      return this.documentAt(k - 1) || (this.tokens[k + 1]?.lower === 'the' && this.documentAt(k + 2));
    return true;
  }

  private documentAt(k: number): boolean {
    return DOCUMENT_NOUNS.has(this.tokens[k]?.lower ?? '');
  }

  /**
   * "“…,” the EU statement said", "“…,” the president's congratulatory statement read": the speaker's document
   * between the speaker and the speech verb; the token after it, or -1.
   */
  private documentOf(j: number): number {
    let d = j;
    if (this.tokens[d]?.lower === "'s" || this.tokens[d]?.lower === '’s') d++;
    while (d < j + 3 && this.tokens[d]?.pos === 'ADJ') d++;
    return this.documentAt(d) ? d + 1 : -1;
  }

  // ---- speakers from mentions, names and titles ------------------------------------------------

  private fromMention(m: number): Speaker {
    const mm = this.mentions[m]!;
    // The actors stage resolves pronouns without knowing where quotations are: when it took a person named
    // inside someone's quotation, look again past the quotations.
    if (mm.kind === 'pronoun' && mm.actor.type === 'person') {
      const own = this.ownSubjectBefore(m);
      if (own !== null) return { actor: { ...own.actor, text: mm.actor.text }, end: mm.end };
      if (this.antecedentQuoted(m)) {
        const again = this.personBefore(mm.sentence);
        if (again !== null) return { actor: { ...again.actor, text: mm.actor.text }, end: mm.end };
      }
    }
    return { actor: this.named(m), end: mm.end };
  }

  /**
   * "Richard Gowan, the U.N. director of …, wrote … and said …, he told Fox News": a pronoun whose own sentence
   * opens with the name of a person no dictionary knows refers to that person. The actors stage sees only
   * dictionary names, so its antecedent is a person from an earlier sentence. Only a name in the sentence's first
   * word counts: "The First Lady", "In an interview with The Wall Street Journal, he" are no such subject.
   */
  private ownSubjectBefore(m: number): Speaker | null {
    const mm = this.mentions[m]!;
    const a = mm.antecedent;
    if (a !== null && this.mentions[a]!.sentence === mm.sentence) return null;
    const own = this.sentenceSubject(mm.sentence, true);
    if (own === null || own.actor.id !== null || own.end > mm.start) return null;
    const first = this.tokens[this.doc.sentences[mm.sentence]!.firstToken]!;
    return this.text.startsWith(own.actor.text, first.start) && isCapitalised(first) ? own : null;
  }

  /** The pronoun's antecedent is inside a quotation, or the object of a preposition ("a call with Putin"). */
  private antecedentQuoted(m: number): boolean {
    let a = this.mentions[m]!.antecedent;
    for (let n = 0; a !== null && n < 20; n++) {
      const am = this.mentions[a]!;
      if (this.inside[am.firstToken] || this.tokens[am.firstToken - 1]?.pos === 'ADP') return true;
      if (am.kind !== 'pronoun') return false;
      a = am.antecedent;
    }
    return false;
  }

  /** A titled person without a registry entry, named right after the title ("Australia's PM, Scott Morrison"). */
  private named(m: number): Actor {
    const mm = this.mentions[m]!;
    const a = mm.actor;
    if (a.id !== null || a.type !== 'person' || mm.kind !== 'title') return a;
    let k = mm.endToken;
    if (this.tokens[k]?.text === ',') k++;
    const name = this.nameRun(k);
    if (name === null || this.startsAt.has(k)) return a;
    return { ...a, text: this.text.slice(mm.start, name.endOffset), name: name.text };
  }

  /** A run of capitalised words no dictionary knows ("Sam Stovall", "Tinkov", "Capital Economics"). */
  private nameRun(k: number): { end: number; endOffset: number; text: string } | null {
    const first = this.tokens[k];
    if (!first || this.inside[k] || this.covered[k] || !isCapitalised(first) || first.pos !== 'PROPN') return null;
    if (notASpeakerName(first.lower) || this.shouting(first.sentence)) return null;
    let e = k + 1;
    for (;;) {
      const t = this.tokens[e];
      if (!t || this.inside[e] || this.covered[e] || t.sentence !== first.sentence) break;
      if (isCapitalised(t) && t.pos !== 'VERB' && !notASpeakerName(t.lower)) e++;
      else if (NAME_PARTICLES.has(t.lower) && this.tokens[e + 1] && isCapitalised(this.tokens[e + 1]!)) e++;
      else break;
    }
    const last = this.tokens[e - 1]!;
    const after = this.tokens[e];
    // "Head of State", "National Scout Organization of Ukraine": a title or body, not a name; "Ivano-Frankivsk".
    if (after && (after.lower === 'of' || (after.text === '-' && after.start === last.end))) return null;
    const text = this.text.slice(first.start, last.end);
    // One capitalised word opening a sentence ("Prosecutors had …") is a name only as the surname of a full
    // name given elsewhere in the article ("Sam Stovall" … "Stovall found").
    const opens = this.doc.sentences[first.sentence]!.firstToken === k;
    if (e === k + 1 && opens && !new RegExp(`\\p{Lu}\\p{Ll}+ ${escape(text)}\\b`, 'u').test(this.text)) return null;
    return { end: e, endOffset: last.end, text };
  }

  /** A headline in capitals ("RUSSIA, UKRAINE WAR: MISSILES STRIKE LVIV"): its capitalised words are not names. */
  private shouting(sentence: number): boolean {
    const s = this.doc.sentences[sentence]!;
    let caps = 0;
    let words = 0;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const w = this.tokens[k]!.text;
      if (!HAS_LETTER.test(w)) continue;
      words++;
      if (w.length > 1 && w === w.toUpperCase()) caps++;
    }
    return words > 0 && caps * 2 > words;
  }

  private nameSpeaker(k: number): { speaker: Speaker; end: number } | null {
    const run = this.nameRun(k);
    if (run === null) return null;
    const country = this.countryBefore(k);
    let end = run.end;
    // "Capital Economics analysts"; not "Vitrenko comments.", a speech verb read as a noun.
    while (this.tokens[end]?.pos === 'NOUN' && !this.inside[end] && end < run.end + 3 && !this.speechTaggedNoun(end))
      end++;
    const organization = end > run.end || ORG_WORDS.has(this.tokens[run.end - 1]!.lower);
    const actor: Actor = {
      text: run.text,
      name: run.text,
      code: `${country ?? '---'}`,
      country,
      sector: null,
      type: organization ? 'organization' : 'person',
      id: null,
    };
    return { speaker: { actor, end: this.tokens[end - 1]!.end }, end };
  }

  /** "the independent Russian Telegram channel SOTA": the country of a demonym in the same phrase. */
  private countryBefore(k: number): string | null {
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP') break;
      const m = this.endsAt.get(j + 1);
      if (m !== undefined && this.mentions[m]!.actor.type === 'state') return this.mentions[m]!.actor.country;
    }
    return null;
  }

  /** A speaker phrase starting at token k: a mention, an unknown name, a pronoun or a bare title. */
  private phraseAt(k: number, object = false): { speaker: Speaker; end: number } | null {
    const m = this.outsideMention(k);
    // A possessive or object pronoun ("his", "them") is never the one speaking, except "according to him".
    const pronoun = m !== null && this.mentions[m]!.kind === 'pronoun';
    if (
      pronoun &&
      !SUBJECT_PRONOUNS.has(this.tokens[k]!.lower) &&
      !(object && /^(him|her|them)$/.test(this.tokens[k]!.lower))
    )
      return null;
    if (m !== null) return { speaker: this.fromMention(m), end: this.mentions[m]!.endToken };
    if (this.inside[k]) return null;
    const t = this.tokens[k];
    if (!t) return null;
    if (PERSON_PRONOUNS.has(t.lower)) {
      const p = this.personBefore(t.sentence);
      return p === null ? null : { speaker: { actor: { ...p.actor, text: t.text }, end: t.end }, end: k + 1 };
    }
    if (t.lower === 'the') return this.bareTitle(k) ?? this.nameSpeaker(k + 1);
    return this.nameSpeaker(k);
  }

  /**
   * "the chairman of the joint chiefs of staff", "the warlord", "the ministry": a title no dictionary resolved.
   * A person title goes to the subject of the nearest sentence before; a body to the last organisation named.
   */
  private bareTitle(k: number): { speaker: Speaker; end: number } | null {
    let e = k + 1;
    let head: Token | null = null;
    let ofSeen = false;
    while (e < this.tokens.length && e < k + 10 && !this.inside[e]) {
      const t = this.tokens[e]!;
      if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.lower === 'of' && head !== null)) {
        if (t.lower === 'of') ofSeen = true;
        // "the chairman of the joint chiefs": chairman; "the First Lady", "the Head of State": a titled head too.
        else if (!ofSeen && (t.pos === 'NOUN' || (t.pos === 'PROPN' && (head === null || head.pos === 'PROPN'))))
          head = t;
        e++;
      } else if (t.lower === 'the' && this.tokens[e - 1]?.lower === 'of') e++;
      else break;
    }
    // A plural ("the officials said") is a group the text does not single out.
    if (head === null || (head.lower.endsWith('s') && head.lemma.toLowerCase() !== head.lower)) return null;
    // "the independent Russian Telegram channel SOTA": a title followed by its name is that name.
    for (let n = k + 1; n < e; n++) {
      if (this.tokens[n] === head) {
        const named = this.nameSpeaker(n + 1);
        if (named !== null && named.end === e) return named;
        break;
      }
    }
    const end = this.tokens[e - 1]!.end;
    const text = this.text.slice(this.tokens[k]!.start, end);
    const s = this.tokens[k]!.sentence;
    // "“We condemn …,” the communique reads": the words of the body or states that issued it (documents.ts).
    if (DOCUMENT_NOUNS.has(head.lower)) {
      const a = documentAuthor(this, this.tokens.indexOf(head, k));
      return a === null ? null : { speaker: { actor: { ...a, text }, end }, end: e };
    }
    if (THINGS.has(head.lower) || SPEECH_NOUNS.has(head.lower)) return null; // "the number shows", "the statement said"
    const found = BODY_HEADS.has(head.lower) ? this.bodyBefore(k, head.lower) : this.personBefore(s);
    return found === null ? null : { speaker: { actor: { ...found.actor, text }, end }, end: e };
  }

  /** "the ministry" at token `k`, named by no mention: the body it refers to (documents.ts). */
  bareBody(k: number): Actor | null {
    const t = this.tokens[k]!;
    return this.covered[k] || !BODY_HEADS.has(t.lower) ? null : (this.bodyBefore(k, t.lower)?.actor ?? null);
  }

  /** The subject person of the nearest sentence before `sentence` (outside quotations), else null. */
  private personBefore(sentence: number): Speaker | null {
    for (let s = sentence - 1; s >= 0 && s >= sentence - LOOKBACK; s--) {
      const found = this.sentenceSubject(s, true);
      if (found !== null) return found;
    }
    return null;
  }

  /**
   * The body a bare "the ministry" refers to: the last organisation named before token `k` (outside quotations)
   * whose name holds the same noun, anywhere before; else the last organisation of the few sentences before.
   */
  private bodyBefore(k: number, noun: string): Speaker | null {
    const near = this.doc.sentences[Math.max(0, this.tokens[k]!.sentence - LOOKBACK)]!.firstToken;
    let nearest: Speaker | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const m = this.startsAt.get(j);
      if (m === undefined || this.inside[j]) continue;
      const a = this.mentions[m]!.actor;
      if (a.type !== 'organization' || a.sector === null) continue;
      if (a.name.toLowerCase().includes(noun)) return { actor: a, end: this.mentions[m]!.end };
      if (j >= near) nearest ??= { actor: a, end: this.mentions[m]!.end };
    }
    return nearest;
  }

  /**
   * The first person of a sentence who is a subject, not the object of a preposition or verb ("In a call with
   * Putin, EU Council President Charles Michel urges …" → Michel). Pronouns are followed back to their person.
   */
  private sentenceSubject(s: number, personOnly: boolean): Speaker | null {
    const sen = this.doc.sentences[s]!;
    for (let k = sen.firstToken; k < sen.endToken; k++) {
      if (this.inside[k]) continue;
      const prev = this.tokens[k - 1];
      const object = prev !== undefined && prev.sentence === s && (prev.pos === 'ADP' || prev.pos === 'VERB');
      const m = this.startsAt.get(k);
      if (m !== undefined) {
        const mm = this.mentions[m]!;
        k = mm.endToken - 1;
        if (object || (personOnly && mm.actor.type !== 'person')) continue;
        if (mm.kind === 'pronoun') continue; // followed back through the sentences before
        return { actor: this.named(m), end: mm.end };
      }
      if (object) continue;
      const run = this.nameRun(k);
      if (run === null) continue;
      const next = this.tokens[run.end];
      if (
        (next && /^(VERB|AUX|ADV)$/.test(next.pos) && !isCapitalised(next)) ||
        next?.text === ',' ||
        next?.text === '-' ||
        next?.text === '–'
      ) {
        const named = this.nameSpeaker(k)!.speaker;
        if (!personOnly || named.actor.type === 'person') return named;
      }
      k = run.end - 1;
    }
    return null;
  }

  private outsideMention(k: number): number | null {
    const m = this.startsAt.get(k);
    if (m === undefined || this.inside[k]) return null;
    return m;
  }

  // ---- cues ----------------------------------------------------------------------------------

  /** "…,” said X" / "…,” X said" / "‘…’: X" (headline) / "…,” according to X". */
  private after(span: QuoteSpan): Speaker | null {
    let k = this.tokenAt(span.end);
    let colon = false;
    const stop = this.paragraphEnd(span.end);
    while (k < this.tokens.length && this.tokens[k]!.start < stop && this.tokens[k]!.pos === 'PUNCT') {
      const w = this.tokens[k]!.text;
      if (w === ':' || w === '—' || w === '-') colon = true;
      else if (w === '.' || w === '?' || w === '!') return null;
      k++;
    }
    if (k >= this.tokens.length || this.tokens[k]!.start >= stop) return null;
    // “… together.” The First Lady said that …: a new sentence of reported speech, not this quotation's attribution.
    const ended = /[.]$/.test(this.text.slice(span.start, span.end));
    if (ended && this.reportsThat(k)) return null;
    if (this.isSpeechVerb(k) && !OBJECT_VERBS.has(this.tokens[k]!.lemma)) {
      for (let j = k + 1; j <= k + 3 && j < this.tokens.length; j++) {
        const p = this.phraseAt(j);
        if (p !== null) return p.speaker;
        if (this.tokens[j]!.lower === 'the') break;
      }
      return null;
    }
    if (this.tokens[k]!.lower === 'according' && this.tokens[k + 1]?.lower === 'to') {
      return this.phraseAt(k + 2, true)?.speaker ?? null;
    }
    const p = this.phraseAt(k);
    if (p === null) return null;
    if (colon) return p.speaker;
    let j = p.end;
    // "…,” Putin, Russia's leader since 1999, told reporters": skip an apposition between commas,
    // "…,” Denys Savchenko, who heads the SOS Crimea group, said": and a relative clause, "…,” Peskov, speaking to
    // reporters, said", "…,” Peskov, asked about the talks, said": and a participle clause.
    if (this.tokens[j]?.text === ',') {
      const clause = /^(who|which)$/.test(this.tokens[j + 1]?.lower ?? '') || this.participle(j + 1);
      let c = j + 1;
      while (
        c < j + 15 &&
        c < this.tokens.length &&
        this.tokens[c]!.text !== ',' &&
        (clause || this.tokens[c]!.pos !== 'VERB')
      )
        c++;
      if (this.tokens[c]?.text === ',') j = c + 1;
    }
    const document = this.documentOf(j);
    if (document >= 0) j = document;
    for (let n = 0; n < 4 && j < this.tokens.length; n++) {
      if (this.isSpeechVerb(j) || this.speechTaggedNoun(j)) return p.speaker;
      const t = this.tokens[j]!;
      if (!(t.pos === 'ADV' || t.pos === 'AUX' || LINK_WORDS.has(t.lower) || t.text === ',')) break;
      j++;
    }
    return this.isSpeechVerb(j) ? p.speaker : null;
  }

  /** A participle opening a clause at `k` ("speaking to reporters", "asked about the talks"), not a finite verb. */
  private participle(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && !this.inside[k];
  }

  /**
   * "“…,” Vitrenko comments.": after a quotation and its speaker, a present-tense speech verb the tagger read as
   * a plural noun ("comments", "notes", "adds") still attributes it, when the sentence ends right after it.
   */
  private speechTaggedNoun(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
    const next = this.tokens[k + 1]?.text;
    return QUOTE_VERBS.has(t.lower.slice(0, -1)) && (next === '.' || next === ',' || next === undefined);
  }

  /** A speech verb followed by "that" within the few tokens after `k` (the subject phrase included). */
  private reportsThat(k: number): boolean {
    for (let j = k; j < k + 12 && j < this.tokens.length; j++) {
      if (this.inside[j]) return false;
      if (this.isSpeechVerb(j)) return this.tokens[j + 1]?.lower === 'that';
      if (this.tokens[j]!.text === '.') return false;
    }
    return false;
  }

  /**
   * "“…,” and it is not certain …, a senior official told CNN": an actor followed by a speech verb later in the
   * sentence; "…“test the entire range …,” according to Defense Minister Viktor Khrenin".
   */
  private later(span: QuoteSpan): Speaker | null {
    const from = this.tokenAt(span.end);
    const s = this.tokens[from]?.sentence;
    if (s === undefined) return null;
    const end = this.doc.sentences[s]!.endToken;
    for (let k = from; k < end; k++) {
      if (this.inside[k]) continue;
      if (this.tokens[k]!.lower === 'according' && this.tokens[k + 1]?.lower === 'to') {
        const p = this.phraseAt(k + 2, true);
        if (p !== null) return p.speaker;
      }
      const m = this.outsideMention(k);
      if (m === null) continue;
      let j = this.mentions[m]!.endToken;
      while (j < end && (this.tokens[j]!.pos === 'ADV' || LINK_WORDS.has(this.tokens[j]!.lower))) j++;
      if (this.isSpeechVerb(j) && !this.tokens[j]!.lower.endsWith('ing') && !OBJECT_VERBS.has(this.tokens[j]!.lemma))
        return this.fromMention(m);
      k = this.mentions[m]!.endToken - 1;
    }
    return null;
  }

  /** "‘Look to Russia’ for funds to rebuild Ukraine: Yellen": a headline line ending in ": Speaker". */
  private headline(span: QuoteSpan): Speaker | null {
    const lineStart = this.text.lastIndexOf('\n', span.start) + 1;
    const lineEnd = this.paragraphEnd(span.end);
    const line = this.text.slice(lineStart, lineEnd).trimEnd();
    const colon = line.lastIndexOf(':');
    if (colon < 0 || lineStart + colon < span.end || /[.!?]$/.test(line) || line.length > 200) return null;
    const k = this.tokenAt(lineStart + colon + 1);
    const p = this.phraseAt(k) ?? this.phraseAt(k + 1);
    if (p === null || this.text.slice(p.speaker.end, lineEnd).trim() !== '') return null;
    return p.speaker;
  }

  /** Whether the line holding this span reads as a headline with its speaker after a colon. */
  isHeadline(span: QuoteSpan): boolean {
    return this.headline(span) !== null;
  }

  /** The nearest reporting verb, speech noun or "according to" before the opening mark, in its sentence. */
  private before(span: QuoteSpan): Speaker | null {
    const open = this.tokenAt(span.start) - 1;
    const first = this.sentenceStart(span.start);
    const found = this.beforeAt(open, first);
    if (found !== null) return found;
    // "Lavrov said:" ending the line before the quotation.
    const colon = this.tokens[open - 1];
    if (colon?.text === ':' && colon.sentence !== this.tokens[open]?.sentence) {
      return this.beforeAt(open - 1, this.doc.sentences[colon.sentence]!.firstToken);
    }
    return null;
  }

  private beforeAt(open: number, first: number): Speaker | null {
    let participle: number | null = null;
    for (let k = open - 1; k >= first; k--) {
      if (this.inside[k]) continue;
      const t = this.tokens[k]!;
      if (t.lower === 'to' && this.tokens[k - 1]?.lower === 'according') {
        const p = this.phraseAt(k + 1, true)?.speaker ?? this.throughPhrase(k + 1, open);
        if (p !== null) return p;
      }
      if (t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lower)) {
        const m = this.possessor(k);
        if (m !== null) return this.fromMention(m);
        // "The message reads, in part: “…”": the author is the one the text was about.
        if (this.tokens[k - 1]?.lower === 'the' && k - 1 === first) {
          const p = this.personBefore(t.sentence);
          if (p !== null) return p;
        }
      }
      if (this.isSpeechVerb(k) && this.reporting(k, open)) {
        // A participle ("…, adding that", "saying they would “…”") shares the subject of the main clause.
        if (t.lower.endsWith('ing')) {
          participle ??= k;
          continue;
        }
        const subj = this.subjectBefore(k, first);
        if (subj !== null) return subj;
        for (let j = k + 1; j <= k + 3 && j < open; j++) {
          const m = this.outsideMention(j);
          if (m !== null) return this.fromMention(m);
        }
      }
    }
    if (participle !== null) return this.clauseSubject(first, participle);
    return null;
  }

  /** "according to the independent Russian Telegram channel SOTA": the name that ends the phrase. */
  private throughPhrase(k: number, open: number): Speaker | null {
    for (let j = k; j < open && j < k + 8; j++) {
      const t = this.tokens[j]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
      const p = this.phraseAt(j);
      if (p !== null && (p.speaker.actor.type !== 'state' || !/^(PUNCT)$/.test(this.tokens[p.end]?.pos ?? ''))) {
        const next = this.tokens[p.end];
        if (next && next.pos !== 'PUNCT') continue; // a modifier ("Russian") of the head that follows
        return p.speaker;
      }
    }
    return null;
  }

  /**
   * A speech verb used to report ("said that", "stated:", "added, “…"), not with an object ("declared a
   * moratorium"); with an object, it reports when "that" or a colon follows soon ("cautioned other countries
   * that …", "asked a counter question: “…”").
   */
  private reporting(k: number, open: number): boolean {
    const next = this.tokens[k + 1];
    if (!next) return false;
    // "continues “to see …”": a verb taking the quotation as its infinitive complement, not speech.
    if (this.inside[k + 1] && this.tokens[k + 2]?.lower === 'to') return false;
    const lemma = this.tokens[k]!.lemma.toLowerCase();
    if (OBJECT_VERBS.has(lemma)) {
      // "called Putin “…”", "called out “…”", "slammed Putin for “…”": the quotation follows within the clause.
      for (let j = k + 1; j < open; j++) if (j > k + 4 || this.tokens[j]!.pos === 'VERB') return false;
      return true;
    }
    if (next.lower === 'that' || next.text === ':' || next.text === ',' || this.inside[k + 1]) return true;
    if (lemma === 'say' || lemma === 'tell') return true;
    for (let j = k + 1; j < open && j <= k + 6; j++) {
      const w = this.tokens[j]!;
      if (w.lower === 'that' || (w.text === ':' && j === open - 1)) return true;
      if (w.pos === 'VERB' || w.text === '.' || w.text === ';') break;
    }
    return false;
  }

  /** "X's statement": the mention that owns the speech noun at `k`. */
  private possessor(k: number): number | null {
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.lower === "'s" || t.lower === '’s') {
        const m = this.endsAt.get(j);
        return m !== undefined && !this.inside[j - 1] ? m : null;
      }
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
    }
    return null;
  }

  /**
   * The subject of a verb at `k`: the name or mention right before it (adverbs and an apposition skipped), else
   * the nearest mention before it; of "X and Y said", the first of the chain.
   */
  private subjectBefore(k: number, first: number): Speaker | null {
    let j = k - 1;
    while (j > first && /^(ADV|AUX|PART)$/.test(this.tokens[j]!.pos)) j--;
    if (this.tokens[j]?.text === ',') j--; // "Australia's PM, Scott Morrison, said"
    const near = this.nameEndingAt(j, first);
    if (near !== null) return near;
    for (let e = k; e > first; e--) {
      const m = this.endsAt.get(e);
      if (m === undefined || this.inside[e - 1]) continue;
      // "Our colleague from Qatar has asked": the object of a preposition is not the subject.
      if (PREPOSITIONS.has(this.tokens[this.mentions[m]!.firstToken - 1]?.lower ?? '')) continue;
      let head = m;
      for (;;) {
        const mm = this.mentions[head]!;
        const link = this.tokens[mm.firstToken - 1]?.lower;
        const prev = this.endsAt.get(mm.firstToken - 1);
        // A comma links a list only once its "and" was passed ("Putin, Xi and Modi said"): in "Speaking after
        // talks with Macron, Scholz said" it closes a clause in front of the subject.
        if (
          (link === 'and' || (link === ',' && head !== m)) &&
          prev !== undefined &&
          this.mentions[prev]!.actor.type === mm.actor.type
        ) {
          head = prev;
        } else break;
      }
      return this.fromMention(head);
    }
    return null;
  }

  /** An unknown name ending at token `j` ("… Tinkov wrote", "Deripaska wrote"), or null. */
  private nameEndingAt(j: number, first: number): Speaker | null {
    if (j < first || this.inside[j] || this.covered[j] || !isCapitalised(this.tokens[j]!)) return null;
    let b = j;
    while (b > first && !this.covered[b - 1] && !this.inside[b - 1] && isCapitalised(this.tokens[b - 1]!)) b--;
    // A mention before the name is its title ("Australia's prime minister, Scott Morrison").
    const run = this.nameRun(b);
    if (run === null || run.end !== j + 1) return null;
    const titled = this.tokens[b - 1]?.text === ',' ? this.endsAt.get(b - 1) : this.endsAt.get(b);
    if (titled !== undefined && this.mentions[titled]!.kind === 'title') return this.fromMention(titled);
    return this.nameSpeaker(b)!.speaker;
  }

  /** The subject of a sentence's main clause: its first actor followed by its verb. */
  private clauseSubject(first: number, before: number): Speaker | null {
    for (let k = first; k < before; k++) {
      if (this.inside[k]) continue;
      const p = this.phraseAt(k);
      if (p === null) continue;
      let j = p.end;
      while (j < before && /^(ADV|AUX|PART)$/.test(this.tokens[j]!.pos)) j++;
      if (this.tokens[j]?.pos === 'VERB') return p.speaker;
      k = p.end - 1;
    }
    return null;
  }

  /**
   * No attribution cue: the subject of the clause that holds the quotation — an actor right before its verb
   * ("The Russian Foreign Minister commended the “…”", "Australia's PM, Scott Morrison, called Putin “…”").
   * An actor inside a subordinate clause is not a speaker.
   */
  private subject(span: QuoteSpan): Speaker | null {
    const open = this.tokenAt(span.start) - 1;
    const first = this.sentenceStart(span.start);
    let lead = first;
    while (lead < open && /^(ADV|CCONJ|SCONJ)$/.test(this.tokens[lead]!.pos)) lead++;
    if (this.tokens[lead]?.text === ',') lead++;
    const m = this.outsideMention(lead);
    if (m !== null && lead < open) {
      const mm = this.mentions[m]!;
      let j = mm.endToken;
      while (j < open && /^(ADV|AUX|PART)$/.test(this.tokens[j]!.pos)) j++;
      if (this.tokens[j]?.text === ',') {
        // "X, however, slammed …": skip a parenthetical adverb.
        let n = j + 1;
        while (n < open && this.tokens[n]!.pos === 'ADV') n++;
        if (this.tokens[n]?.text === ',' && n > j + 1) j = n + 1;
      }
      if (j < open && this.tokens[j]!.pos === 'VERB') return this.fromMention(m);
    }
    // The verb of the clause the quotation ends, with its subject right before it (after a comma'd apposition).
    for (let k = open - 1; k > first; k--) {
      const t = this.tokens[k]!;
      if (this.inside[k] || t.pos !== 'VERB') continue;
      if (!OBJECT_VERBS.has(t.lemma)) return null;
      let j = k - 1;
      if (this.tokens[j]?.text === ',') j--;
      // A name the actors stage knows ("…, Lavrov called on the “collective” West to “…”") as well as one it does not.
      const m = this.endsAt.get(j + 1);
      if (m !== undefined && !this.inside[j] && this.mentions[m]!.kind !== 'pronoun') return this.fromMention(m);
      return this.nameEndingAt(j, first);
    }
    return null;
  }

  private sentenceStart(offset: number): number {
    const k = Math.max(0, this.tokenAt(offset) - 1);
    const s = this.tokens[k]?.sentence ?? 0;
    return this.doc.sentences[s]?.firstToken ?? 0;
  }

  private paragraphEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isCapitalised(t: Token): boolean {
  return UPPER_START.test(t.text);
}
