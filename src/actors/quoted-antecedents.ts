// '"Putin must be stopped," Zelensky said. He later accused Russia …'; Prigozhin's quoted words "Shoigu kills
// children. He put boys against us." and then "He later claimed his troops had shot down …": a "he" or "she" in the
// text's own voice, after a quotation, is its speaker, not a person the speaker named inside it. Coreference runs
// before the quotes are found and takes the nearest person, wherever it stands; once quotes are known, a narrating
// pronoun whose antecedent lies inside an earlier quotation of a person's is turned to that person.
import type { Actor, Doc, Mention, Quote } from '../types.ts';
import { quoteAt } from './speakers-own.ts';

const THIRD_PERSON = /^(?:he|him|his|himself|she|her|hers|herself)$/i;
/** Opens with no small letter: a quotation that opens as a sentence, not a fragment woven into reported speech. */
const NO_SMALL_FIRST = /^\P{Ll}/u;

/** The mentions with narrating pronouns that took a person inside an earlier quotation turned to its speaker. */
export function withQuotedAntecedentsToSpeaker(
  doc: Doc,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
): Mention[] {
  if (quotes.length === 0) return [...mentions];
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'pronoun' || m.antecedent === null || !THIRD_PERSON.test(m.actor.text)) continue;
    if (quoteAt(quotes, m.start) !== undefined || insideOpenQuote(doc.article.text, m.start)) continue;
    // "He later claimed his troops …": a narrating pronoun resolved to one turned here follows it.
    const turned = out?.[m.antecedent];
    if (turned !== undefined && turned !== mentions[m.antecedent]) {
      out![k] = { ...m, actor: { ...turned.actor, text: m.actor.text } };
      continue;
    }
    const antecedent = mentions[m.antecedent]!;
    const quote = quoteAt(quotes, antecedent.start);
    const speaker = quote?.speaker;
    if (quote === undefined || speaker == null || speaker.type !== 'person' || quote.end > m.start) continue;
    if (!NO_SMALL_FIRST.test(quote.text) || sameActor(speaker, antecedent.actor)) continue;
    // The speaker's latest mention before the pronoun, if any, is its new antecedent.
    let named: number | null = null;
    for (let j = k - 1; j >= 0 && named === null; j--) if (sameActor(mentions[j]!.actor, speaker)) named = j;
    out ??= [...mentions];
    out[k] = { ...m, actor: { ...speaker, text: m.actor.text }, antecedent: named };
  }
  return out ?? [...mentions];
}

/**
 * '"From the very first day, he made an appeal …' with the quotation left open to the next paragraph, so found by no
 * quote: a quotation mark opened in the pronoun's paragraph before it and not closed again.
 */
function insideOpenQuote(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let open = false;
  for (let k = start; k < at; k++) {
    const c = text[k];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

function sameActor(a: Actor, b: Actor): boolean {
  return a.id !== null && b.id !== null ? a.id === b.id : a.code === b.code && a.name === b.name;
}
