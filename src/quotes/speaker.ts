// Who said a quotation: the attribution around it ("…,” said X / X said / X added), a reporting verb or
// speech noun before it ("X stated that … “…”", "X's statement that “…”", "according to X"), else the subject of
// the sentence that embeds it. Speakers are mentions, so pronouns and titles come resolved by the actors stage.
import type { Doc, Mention, Token } from '../types.ts';
import type { QuoteSpan } from './spans.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';

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

export interface Attribution {
  readonly mention: number | null;
}

export class SpeakerFinder {
  private readonly tokens: readonly Token[];
  private readonly inside: Uint8Array; // 1 for tokens inside a quotation or its marks
  private readonly startsAt = new Map<number, number>(); // token → mention index
  private readonly endsAt = new Map<number, number>(); // end token → mention index

  constructor(
    private readonly doc: Doc,
    private readonly mentions: readonly Mention[],
    spans: readonly QuoteSpan[],
  ) {
    this.tokens = doc.tokens;
    this.inside = new Uint8Array(this.tokens.length);
    for (const s of spans) {
      for (let k = this.tokenAt(s.start - 1); k < this.tokens.length && this.tokens[k]!.start <= s.end; k++) {
        const t = this.tokens[k]!;
        if (t.start >= s.start - 1 && t.end <= s.end + 1) this.inside[k] = 1;
      }
    }
    mentions.forEach((m, i) => {
      if (!this.startsAt.has(m.firstToken)) this.startsAt.set(m.firstToken, i);
      this.endsAt.set(m.endToken, i);
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
  direct(span: QuoteSpan): number | null {
    return this.after(span) ?? this.before(span);
  }

  speaker(span: QuoteSpan): number | null {
    const cue = this.after(span) ?? this.before(span) ?? this.later(span);
    if (cue !== null) return cue;
    // Without a speech cue, only a real fragment (three words or more) is given the sentence's subject.
    const words = this.doc.article.text.slice(span.start, span.end).split(/\s+/).length;
    return words >= 3 ? this.subject(span) : null;
  }

  private isSpeechVerb(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && SPEECH_VERBS.has(t.lemma.toLowerCase());
  }

  private outsideMention(k: number): number | null {
    const m = this.startsAt.get(k);
    if (m === undefined || this.inside[k]) return null;
    return m;
  }

  /** "…,” said X" / "…,” X said" / "‘…’: X" (headline). */
  private after(span: QuoteSpan): number | null {
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
    if (this.isSpeechVerb(k)) {
      for (let j = k + 1; j <= k + 3 && j < this.tokens.length; j++) {
        const m = this.outsideMention(j);
        if (m !== null) return m;
      }
      return null;
    }
    const m = this.outsideMention(k);
    if (m === null) return null;
    if (colon) return m;
    let j = this.mentions[m]!.endToken;
    // "…,” Putin, Russia's leader since 1999, told reporters": skip an apposition between commas.
    if (this.tokens[j]?.text === ',') {
      let c = j + 1;
      while (c < j + 15 && c < this.tokens.length && this.tokens[c]!.text !== ',' && this.tokens[c]!.pos !== 'VERB')
        c++;
      if (this.tokens[c]?.text === ',') j = c + 1;
    }
    for (let n = 0; n < 3 && j < this.tokens.length; n++) {
      if (this.isSpeechVerb(j)) return m;
      const t = this.tokens[j]!;
      if (!(t.pos === 'ADV' || t.pos === 'AUX' || LINK_WORDS.has(t.lower) || t.text === ',')) break;
      j++;
    }
    return this.isSpeechVerb(j) ? m : null;
  }

  /** "“…,” and it is not certain …, a senior official told CNN": an actor followed by a speech verb later in the sentence. */
  private later(span: QuoteSpan): number | null {
    const from = this.tokenAt(span.end);
    const s = this.tokens[from]?.sentence;
    if (s === undefined) return null;
    const end = this.doc.sentences[s]!.endToken;
    for (let k = from; k < end; k++) {
      if (this.inside[k]) continue;
      const m = this.outsideMention(k);
      if (m === null) continue;
      let j = this.mentions[m]!.endToken;
      while (j < end && (this.tokens[j]!.pos === 'ADV' || LINK_WORDS.has(this.tokens[j]!.lower))) j++;
      if (this.isSpeechVerb(j) && !this.tokens[j]!.lower.endsWith('ing')) return m;
      k = this.mentions[m]!.endToken - 1;
    }
    return null;
  }

  /** The nearest reporting verb, speech noun or "according to" before the opening mark, in its sentence. */
  private before(span: QuoteSpan): number | null {
    const open = this.tokenAt(span.start) - 1;
    const found = this.beforeAt(open, this.sentenceStart(span.start));
    if (found !== null) return found;
    // "Lavrov said:" ending the line before the quotation.
    const colon = this.tokens[open - 1];
    if (colon?.text === ':' && colon.sentence !== this.tokens[open]?.sentence) {
      return this.beforeAt(open - 1, this.doc.sentences[colon.sentence]!.firstToken);
    }
    return null;
  }

  private beforeAt(open: number, first: number): number | null {
    for (let k = open - 1; k >= first; k--) {
      if (this.inside[k]) continue;
      const t = this.tokens[k]!;
      if (t.lower === 'to' && this.tokens[k - 1]?.lower === 'according') {
        const m = this.outsideMention(k + 1);
        if (m !== null) return m;
      }
      if (t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lower)) {
        const m = this.possessor(k);
        if (m !== null) return m;
      }
      // A participle ("…, adding that", "stressing that") shares the subject of the main clause: keep looking.
      if (this.isSpeechVerb(k) && this.reporting(k) && !t.lower.endsWith('ing')) {
        const subj = this.subjectBefore(k, first);
        if (subj !== null) return subj;
        for (let j = k + 1; j <= k + 3 && j < open; j++) {
          const m = this.outsideMention(j);
          if (m !== null) return m;
        }
      }
    }
    return null;
  }

  /** A speech verb used to report ("said that", "stated:", "added, “…"), not with an object ("declared a moratorium"). */
  private reporting(k: number): boolean {
    const next = this.tokens[k + 1];
    if (!next) return false;
    if (next.lower === 'that' || next.text === ':' || next.text === ',' || this.inside[k + 1]) return true;
    // "said the government was “…”": say and tell report even without "that".
    const lemma = this.tokens[k]!.lemma.toLowerCase();
    if (lemma === 'say' || lemma === 'tell') return true;
    if (next.pos === 'ADV' && this.tokens[k + 2]?.lower === 'that') return true;
    if (this.tokens[k]!.lemma === 'tell') return true;
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

  /** The subject of a verb at `k`: the nearest mention before it; of "X and Y said", the first of the chain. */
  private subjectBefore(k: number, first: number): number | null {
    for (let j = k; j > first; j--) {
      const m = this.endsAt.get(j);
      if (m === undefined || this.inside[j - 1]) continue;
      let head = m;
      for (;;) {
        const mm = this.mentions[head]!;
        const link = this.tokens[mm.firstToken - 1]?.lower;
        const prev = this.endsAt.get(mm.firstToken - 1);
        if (
          (link === 'and' || link === ',') &&
          prev !== undefined &&
          this.mentions[prev]!.actor.type === mm.actor.type
        ) {
          head = prev;
        } else break;
      }
      return head;
    }
    return null;
  }

  /**
   * No attribution cue: the sentence's subject, when an actor opens the sentence and its verb follows
   * ("The Russian Foreign Minister commended the “…”"). An actor inside a clause is not a speaker.
   */
  private subject(span: QuoteSpan): number | null {
    const open = this.tokenAt(span.start) - 1;
    const first = this.sentenceStart(span.start);
    let lead = first;
    while (lead < open && /^(ADV|CCONJ|SCONJ)$/.test(this.tokens[lead]!.pos)) lead++;
    if (this.tokens[lead]?.text === ',') lead++;
    for (let k = lead; k <= lead && k < open; k++) {
      const m = this.outsideMention(k);
      if (m === null) continue;
      const mm = this.mentions[m]!;
      let j = mm.endToken;
      while (j < open && /^(ADV|AUX|PART)$/.test(this.tokens[j]!.pos)) j++;
      if (this.tokens[j]?.text === ',') {
        // "X, however, slammed …": skip a parenthetical adverb.
        let n = j + 1;
        while (n < open && this.tokens[n]!.pos === 'ADV') n++;
        if (this.tokens[n]?.text === ',' && n > j + 1) j = n + 1;
      }
      if (j < open && this.tokens[j]!.pos === 'VERB') return m;
      k = mm.endToken - 1;
    }
    return null;
  }

  private sentenceStart(offset: number): number {
    const k = Math.max(0, this.tokenAt(offset) - 1);
    const s = this.tokens[k]?.sentence ?? 0;
    return this.doc.sentences[s]?.firstToken ?? 0;
  }

  private paragraphEnd(offset: number): number {
    const nl = this.doc.article.text.indexOf('\n', offset);
    return nl < 0 ? this.doc.article.text.length : nl;
  }
}
