// "The President held a meeting of the Security Council", opening a Kremlin readout; "Andriy Yermak assured that the
// President is interested …" in an article about Ukraine's talks with three other states: a bare "the President" with
// no president named before it is the head of the state the article is about. An analyst reads that state off the
// whole article, so this runs after the scan, over all its mentions: the state more than half of the article's placed
// mentions are of (`mainState`). The state named in the passage around the noun must not say otherwise: with no state
// there, or that state only, the title is the main state's president on the article date; "I am grateful to the
// President and to the people of Switzerland", in a Ukrainian article, stays unresolved. A headline that names one
// president ("On October 30–31, Vladimir Putin will take part in the G20 summit" over "The President will attend,
// via videoconference, the G20 summit held under Italy's Presidency") says whose release it is, however few states
// the text names: the title is that president, with the same check on the passage.
import type { Actor, Mention } from '../types.ts';
import { mainState } from './context-state.ts';
import { insertMentions } from './insert-mentions.ts';

/** Mentions of the main state the article must have to be about it. */
const MIN_MENTIONS = 2;

/** A bare title the scan could not resolve, with the states named in the passage before it. */
export interface DeferredTitle {
  readonly mention: Omit<Mention, 'actor'>;
  readonly text: string;
  readonly near: ReadonlySet<string>;
}

/**
 * The mentions with each deferred title that the article's main state resolves inserted in text order; `holder`
 * gives a state's office holder (null when the registry has none on the date). Antecedent indexes are renumbered.
 */
export function withArticleHeads(
  mentions: readonly Mention[],
  deferred: readonly DeferredTitle[],
  holder: (country: string) => Omit<Actor, 'text'> | null,
  headline: Omit<Actor, 'text'> | null = null,
): { mentions: Mention[]; unresolved: DeferredTitle[] } {
  const main = deferred.length === 0 ? null : mainState(mentions);
  // One mention is no evidence of what an article is about: "the G20 summit held under Italy's Presidency".
  const about = main !== null && mentions.filter((m) => m.actor.country === main).length >= MIN_MENTIONS;
  const unresolved: DeferredTitle[] = [];
  const added: Mention[] = [];
  for (const d of deferred) {
    const fits = (state: string | null): boolean =>
      state !== null && (d.near.size === 0 || (d.near.size === 1 && d.near.has(state)));
    const found = headline !== null && fits(headline.country) ? headline : about && fits(main) ? holder(main!) : null;
    // "The President has arrived …, where he will visit … together with President of Belarus Alexander Lukashenko":
    // a president named in the same sentence is someone else.
    const actor =
      found !== null && !mentions.some((m) => m.sentence === d.mention.sentence && m.actor.id === found.id)
        ? found
        : null;
    if (actor === null) unresolved.push(d);
    else {
      added.push(withActor(d.mention, { text: d.text, ...actor }));
    }
  }
  return { mentions: insertMentions(mentions, added), unresolved };
}

/**
 * The mention `m` standing for `actor`, written out in the order of the scan's mentions: `{ ...m, actor }` adds a key
 * its source lacks, which in V8 gives the copy a hidden class of its own, and every mention reader downstream a new
 * shape.
 */
export function withActor(m: Omit<Mention, 'actor'>, actor: Actor): Mention {
  return {
    actor,
    kind: m.kind,
    sentence: m.sentence,
    firstToken: m.firstToken,
    endToken: m.endToken,
    start: m.start,
    end: m.end,
    antecedent: m.antecedent,
  };
}
