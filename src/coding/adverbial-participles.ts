// The doer of an adverbial participle: "After conferring with Biden, Scholz said …", "Since invading Ukraine, Putin
// has …", "Guterres has had little contact with Zelenskyy, speaking with him once", "Varadkar pledged support after
// holding talks with Zelensky". A participle that modifies a clause has no subject of its own; English reads it as
// the subject of the clause it is attached to, and an analyst codes that subject as the doer.
import type { Mention } from '../types.ts';
import { isQuoteMark, mentionOf, token, type SentenceContext } from './context.ts';
import { HARD_BOUNDARIES, SUBORDINATORS } from './lexicon.ts';
import { coordinatedBefore } from './match.ts';
import { clauseStart, isPassive, passiveAgent, subjectOf } from './roles.ts';

/** Words that open an adverbial participle clause of time or manner ("after holding", "while refusing"). */
const OPENERS = new Set(['after', 'before', 'since', 'while', 'when', 'upon', 'on']);

/** Modal verbs: a clause's verb after one is passed over to the verb that governs it. */
const MODALS = new Set(['will', 'would', "'ll", 'shall', 'may', 'might', 'could', 'should', 'must', 'can']);

/** How far the opening participle phrase may run before the comma that ends it. */
const PHRASE_REACH = 30;
/** How far back "and wounding" may look for the participle it is joined to ("killing at least one and …"). */
const PARTICIPLE_LIST_REACH = 12;
/** How many words may stand between the main clause's subject and its verb ("Scholz also said"). */
const VERB_REACH = 4;

/**
 * The subject of the clause the participle at `i` modifies, or [] when `i` is no adverbial participle or that
 * subject is not found. Only a gerund that is a verb of its own (not "are fighting", not a noun's modifier).
 */
export function participleDoer(ctx: SentenceContext, i: number): Mention[] {
  const t = ctx.doc.tokens[i]!;
  const first = ctx.sentence.firstToken;
  // "Having launched a full-scale war against our state, Russia has blocked …": a perfect participle opening the
  // sentence is read as its gerund "having" is.
  if (t.pos === 'VERB' && i - 1 === first && ctx.doc.tokens[i - 1]!.lower === 'having')
    return openingPhraseDoer(ctx, i);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return [];
  // "In launching a war on our country, Putin claimed …": "in" + gerund opening the sentence is adverbial too.
  if (i - 1 === first && ctx.doc.tokens[first]!.lower === 'in') return openingPhraseDoer(ctx, i);
  // "while also indicating …", ", thus killing …": an adverb may stand before the participle.
  let b = i - 1;
  if (b > first && ctx.doc.tokens[b]!.pos === 'ADV') b--;
  const before = b >= first ? ctx.doc.tokens[b]! : undefined;
  const opener = before !== undefined && OPENERS.has(before.lower) ? b : before === undefined ? i : -1;
  // "Russia attacked the city, killing five": a participle after a comma shares the clause's subject.
  const afterComma = before?.text === ',' && b > first;
  if (opener < 0 && !afterComma) return [];
  if (opener === first) return openingPhraseDoer(ctx, i);
  return precedingClauseDoer(ctx, afterComma ? b : opener);
}

/** "After conferring with Biden and other leaders, Scholz said": the subject of the clause after the phrase's comma. */
function openingPhraseDoer(ctx: SentenceContext, i: number): Mention[] {
  const end = Math.min(ctx.sentence.endToken, i + PHRASE_REACH);
  let comma = -1;
  for (let k = i + 1; k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (HARD_BOUNDARIES.has(t.text)) return [];
    if (t.text === ',' && mentionOf(ctx, k) === undefined) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return [];
  const subject = mentionOf(ctx, comma + 1);
  if (subject === undefined) return [];
  for (let k = subject.endToken; k < Math.min(ctx.sentence.endToken, subject.endToken + VERB_REACH); k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'VERB') {
      const doers = subjectOf(ctx, k);
      return doers.some((m) => m.firstToken === subject.firstToken) ? doers : [];
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return [];
  }
  return [];
}

/**
 * "Varadkar pledged to stand with Ukraine after holding talks with Zelensky", "Guterres has had little contact with
 * Zelenskyy, speaking with him once": the subject of the nearest verb before the phrase at `k`, in the same clause.
 * `ownClause`: the phrase follows that verb's object, so a subordinate clause the verb stands in is not passed over.
 */
function precedingClauseDoer(ctx: SentenceContext, k: number, ownClause = false): Mention[] {
  const first = ctx.sentence.firstToken;
  for (let j = k - 1; j >= first; j--) {
    const t = token(ctx, j)!;
    // "who said, “Ukraine will launch …, attacking”": a quote's words are not the speaker's clause.
    if (HARD_BOUNDARIES.has(t.text) || isQuoteMark(t)) return [];
    // "concerns such as preventing NATO expansion, refusing to deploy …": gerunds in a list name things, not acts.
    if (t.lower.endsWith('ing') && /^(?:ADP|SCONJ)$/.test(token(ctx, j - 1)?.pos ?? '')) return [];
    if (t.pos !== 'VERB' || mentionOf(ctx, j) !== undefined) continue;
    // "…, since the war began, speaking with him": a subordinate clause is passed over to the main one; not one whose
    // object the participle follows ("when Russia sent proposals to the United States asking them": Russia asks).
    const start = clauseStart(ctx, j);
    if (start - 1 > first && SUBORDINATORS.has(token(ctx, start - 1)!.lower) && !ownClause) {
      j = start - 1;
      continue;
    }
    // "met with Wong, outlining his concerns while urging …": a participle before is read the same way; one in a list
    // of gerunds ("concerns such as preventing expansion, refusing to deploy …") modifies no clause.
    const progressive = token(ctx, j - 1)?.pos === 'AUX';
    if (t.lower.endsWith('ing') && !progressive) return participleDoer(ctx, j);
    // "pledged to stand with Ukraine after holding talks", "hoped dialogue would succeed – while refusing": an
    // infinitive or a modal verb is passed over to the verb that governs it; "will visit Poland before travelling to
    // Berlin", with none before it, shares a future whose doing is for the clause to say.
    if (token(ctx, j - 1)?.lower === 'to' || MODALS.has(token(ctx, j - 1)?.lower ?? '')) continue;
    if (MODALS.has(token(ctx, j - 2)?.lower ?? '')) continue;
    return subjectOf(ctx, j);
  }
  // "Russia, while mobilizing troops, denies …": the phrase stands between the sentence's subject and its verb.
  const subject = token(ctx, k - 1)?.text === ',' ? mentionOf(ctx, k - 2) : undefined;
  return subject !== undefined && subject.firstToken === first ? [subject] : [];
}

/** The rule suffix of an event whose doer is the subject of the clause its participle modifies. */
export const PARTICIPLE_DOER = ' (the subject of the clause its participle modifies)';

/**
 * "A Kyiv apartment block was destroyed, killing at least one": a harm told as the result of a passive is done by the
 * passive's doer, the agent of its "by" phrase ("destroyed by Russian missiles, killing …") or nobody named; the
 * passive's subject suffered it. Null when `i` is no participle after a comma that follows a passive.
 */
export function resultOfPassive(ctx: SentenceContext, i: number): Mention[] | null {
  const t = ctx.doc.tokens[i]!;
  if (!t.lower.endsWith('ing')) return null;
  // "…, killing at least one and wounding/NOUN six": the second participle is the first's result too.
  if (token(ctx, i - 1)?.lower === 'and' && (t.pos === 'VERB' || t.pos === 'NOUN')) {
    for (let j = i - 2; j >= Math.max(ctx.sentence.firstToken, i - PARTICIPLE_LIST_REACH); j--) {
      const v = token(ctx, j)!;
      if (HARD_BOUNDARIES.has(v.text) || isQuoteMark(v)) return null;
      if (v.pos === 'VERB') return v.lower.endsWith('ing') ? resultOfPassive(ctx, j) : null;
    }
    return null;
  }
  if (t.pos !== 'VERB' || token(ctx, i - 1)?.text !== ',') return null;
  for (let j = i - 2; j >= ctx.sentence.firstToken; j--) {
    const v = token(ctx, j)!;
    if (HARD_BOUNDARIES.has(v.text) || isQuoteMark(v)) return null;
    if (v.pos !== 'VERB' || mentionOf(ctx, j) !== undefined) continue;
    return isPassive(ctx, j) ? (passiveAgent(ctx, j)?.agents ?? []) : null;
  }
  return null;
}

/** Personal object pronouns, which never stand for their own verb's subject ("congratulating him", not "himself"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/**
 * "Vladimir Putin sent a message to Olaf Scholz congratulating him": a participle right after the object of a verb or
 * a preposition, whose own object is a personal pronoun, is not done by that object (it would take "himself"); it
 * modifies the clause, and the clause's subject does it. [] when the participle is no such one.
 */
export function pronounObjectDoer(ctx: SentenceContext, i: number): Mention[] {
  const t = ctx.doc.tokens[i]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !OBJECT_PRONOUNS.has(token(ctx, i + 1)?.lower ?? '')) return [];
  const object = mentionOf(ctx, i - 1);
  if (object === undefined || object.endToken !== i) return [];
  // "sent proposals to NATO and the United States asking them", "to NATO, the United States asking them": the governor
  // stands before the first of a list or an apposition.
  const objects = coordinatedBefore(ctx, object);
  let first = objects[0] ?? object;
  for (let n = 0; n < 4 && token(ctx, first.firstToken - 1)?.text === ','; n++) {
    const before = mentionOf(ctx, first.firstToken - 2);
    if (before === undefined) break;
    objects.unshift(before);
    first = before;
  }
  const governor = token(ctx, first.firstToken - 1);
  if (governor === undefined || (governor.pos !== 'ADP' && governor.pos !== 'VERB')) return [];
  return precedingClauseDoer(ctx, first.firstToken, true).filter(
    (m) => !objects.some((o) => o.actor.code === m.actor.code),
  );
}
