// A noun that names a war as a whole ("Russia's invasion of Ukraine", "the war against Ukraine", "Russian aggression")
// is the name of a standing state of affairs, not the report of an act. As the subject of its clause it is an event
// only when the clause reports a change in the war's course ("the invasion began", "the war escalated"); otherwise the
// clause says something about the war ("Russia's war against Ukraine is a violation of international law", "the
// invasion of Ukraine caused a deeper split", "the horrors of Russia's war on Ukraine have been laid bare"), and the
// annotation rules code no new fight for it (eval/README.md: bare noun phrases that only name the ongoing war).
import type { SentenceContext } from './context.ts';

/** Nouns that name a war as a whole; specific operations (shelling, strikes, an offensive) are not among them. */
const WAR_NAMES = new Set(['war', 'invasion', 'aggression', 'occupation']);

/**
 * Verbs that report a change in a war's course: its start or its growth (also in the passive: "was launched"). A war
 * that goes on ("continues", "rages", "has been going on for 64 days") is the ongoing war named again.
 */
const COURSE_VERBS = new Set([
  'begin',
  'start',
  'resume',
  'intensify',
  'escalate',
  'erupt',
  'launch',
  'unleash',
  'wage',
]);

/** Words that may stand between a subject's verb group and its main verb: "has been", "is still", "did not". */
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);

export function namesWar(ctx: SentenceContext, i: number): boolean {
  return WAR_NAMES.has(ctx.doc.tokens[i]!.lemma.toLowerCase());
}

/**
 * The war noun at `i`, the head or inside the subject, is followed in its clause by a verb of its course: "Russia's
 * invasion of Ukraine began in February", "The war escalated in May". Going on ("The war with Russia continues"), a copula ("is still ongoing", "is a
 * turning point"), any other verb, or none at all (a headline: "RUSSIA'S INVASION OF UKRAINE: LIVE UPDATES") names
 * the war.
 */
export function warCourseReported(ctx: SentenceContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i + 1; k < ctx.sentence.endToken; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    let v = k;
    while (v < ctx.sentence.endToken && VERB_GROUP.has(tokens[v]!.pos)) v++;
    const verb = tokens[v];
    return verb !== undefined && verb.pos === 'VERB' && COURSE_VERBS.has(verb.lemma.toLowerCase());
  }
  return false;
}
