// "Our servicemen continue to fight", "Ukrainians have fought like heroes", "Millions of Ukrainians fought Nazism",
// "hard-fought matches": the bare verb "fight" that, after every stage (places included), still has no one fought is
// a side's resolve, praise of it, a figure or history, not an engagement between two actors. Of 19 such events drawn
// from the corpus none was right as coded (session 26); the gold sets code fights that name their adversary ("fight
// the invaders", "fighting against Russian troops"), which keep their target and stay.
// generic-fights.ts drops the "we" that fights with no object early; this catches every subject. A fight sworn or
// readied that the coder recodes as a threat (1384: "have sworn to fight until they gain control of the villages",
// "I'm ready to fight … in one case only") stays: PLOVER's gold and the review sets code those threats.
import type { Event } from '../types.ts';
import { patternIdOf } from './check.ts';

/** The bare pattern's id ends so: `19-fight.txt:190:fight`, not `fight T` or `fight against T`. */
const BARE_FIGHT = /:fight$/;

/**
 * The events without the asserted bare fights that found no one fought. A fight not done or denied ("does not call
 * on Europe to send its soldiers to fight alongside Ukrainians") keeps its reading: what is said not to happen is data
 * too, and its modality is what such an event records.
 */
export function withoutAimlessFights(events: readonly Event[]): readonly Event[] {
  return events.filter(
    (e) => e.target !== null || e.cameo !== '190' || e.modality !== 'asserted' || !BARE_FIGHT.test(patternIdOf(e.rule)),
  );
}
