// "I want to thank Mrs. Kristalina for her support", "the IMF's managing director Kristalina", "Russian Defence Minister
// Sergei": a person called by a first name alone after an honorific or a title is read by the scan as a new person of
// unknown country ("Kristalina", `---`). When the article names exactly one dictionary person with that first name
// (anywhere in it: a release may greet "Mrs. Kristalina" before naming her in full), that is the person meant. A first
// name with nothing before it ("Vladimir, a resident of Bucha, said") may be anyone, and is left as it is.
import type { Actor, Mention } from '../types.ts';

/** The first word of a name of several words, without splitting the whole name. */
function firstWord(name: string): string {
  return name.slice(0, name.indexOf(' '));
}

/** A one-word name: a capital, then letters. Here, not in the function: tsx would build it at each call. */
const ONE_WORD_NAME = /^\p{Lu}\p{L}+$/u;

/** The article's dictionary persons by first name, with null where two of them share it. */
function knownByFirstName(mentions: readonly Mention[]): Map<string, Actor | null> {
  const out = new Map<string, Actor | null>();
  for (const m of mentions) {
    const a = m.actor;
    if (a.type !== 'person' || a.id === null || !a.name.includes(' ')) continue;
    const first = firstWord(a.name);
    const seen = out.get(first);
    if (seen === undefined) out.set(first, a);
    else if (seen !== null && seen.id !== a.id) out.set(first, null);
  }
  return out;
}

/** A new person of one word, named with an honorific or title before it ("Mrs. Kristalina", not "Kristalina"). */
function titledFirstName(a: Actor): boolean {
  return a.type === 'person' && a.id === null && ONE_WORD_NAME.test(a.name) && a.text !== a.name;
}

export function withFirstNames(mentions: readonly Mention[]): Mention[] {
  // Most articles have no titled first name: the index of the article's persons is made only for those that do.
  let known: Map<string, Actor | null> | null = null;
  // Each new person resolved, by its name: pronouns and titles referring to it carry the same name.
  const resolved = new Map<string, Actor>();
  for (const m of mentions) {
    if (!titledFirstName(m.actor)) continue;
    known ??= knownByFirstName(mentions);
    const person = known.get(m.actor.name);
    if (person != null) resolved.set(m.actor.name, person);
  }
  if (resolved.size === 0) return [...mentions];
  return mentions.map((m) => {
    const a = m.actor;
    const person = a.type === 'person' && a.id === null ? resolved.get(a.name) : undefined;
    return person === undefined ? m : { ...m, actor: { ...person, text: a.text } };
  });
}
