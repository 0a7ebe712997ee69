// One attack, one event: "Insurgents bombarded Aleppo overnight, killing at least eight people" reports one act of
// force and its toll. The -ing clause after a comma is dropped when an earlier act of force of the same sentence,
// with the same modality, is done by the same side (or by no one named) and, when the toll names its victims' side,
// on that side: "attacked Ukraine, killing ten civilians" and "launched artillery fire against guerrilla camps,
// killing or wounding 50" are one attack each, as the PLOVER gold codes them. A toll on another side stays an event
// of its own ("shelled Turkey, killing three Iraqi soldiers"). It runs after the geo stage, as "shelled Kharkiv"
// gets its target from the place.
import type { Actor, Event } from '../types.ts';

const FORCE = /^(?:18|19|20)/;
/** The trigger is an -ing form right after a comma: ", killing …", ", wounding …". */
const TOLL_CLAUSE = /,\s*$/;
/** Verbs that count the harm done to people; other -ing forms after a comma are acts of their own or a list
 * ("Fighting, shelling, bombing do not stop"). */
const TOLL_VERB = /^(?:killing|wounding|injuring|maiming)$/i;

const countryOf = (a: Actor | null): string | null => a?.country ?? (a?.code || null);

/**
 * Two actors of one side: the same country, or the same words of which only one was placed in a country. The toll of
 * "Insurgents bombarded … Syria's second city Aleppo, killing …" finds its doer by the place (Syrian insurgents);
 * the attack, whose target is named, leaves them countryless: still the same insurgents.
 */
function sameSide(a: Actor | null, b: Actor | null): boolean {
  if (countryOf(a) === countryOf(b)) return true;
  return a !== null && b !== null && a.name === b.name && (a.country === null) !== (b.country === null);
}

/** Of two actors of one side, the one placed in a country. */
const placed = (a: Actor | null, b: Actor | null): Actor | null => (a?.country == null && b?.country != null ? b : a);

/** The earlier act of force of the same sentence whose toll `event` is, if any. */
function attackOf(text: string, event: Event, earlier: readonly Event[]): number {
  if (!FORCE.test(event.cameo)) return -1;
  if (!TOLL_VERB.test(event.trigger.text.split(' ')[0]!)) return -1;
  if (!TOLL_CLAUSE.test(text.slice(Math.max(0, event.trigger.start - 3), event.trigger.start))) return -1;
  return earlier.findIndex(
    (o) =>
      o.sentenceIndex === event.sentenceIndex &&
      o.trigger.start < event.trigger.start &&
      FORCE.test(o.cameo) &&
      o.modality === event.modality &&
      (event.source === null || sameSide(o.source, event.source)) &&
      (event.target === null || sameSide(o.target, event.target)),
  );
}

/**
 * The events of an article (in text order) without those that only give the toll of an earlier act of force. The
 * attack is kept, with the toll's actor where only the toll's was placed in a country, so the one event says the
 * most that is known of its sides.
 */
export function withoutTolls(text: string, events: readonly Event[]): Event[] {
  const kept: Event[] = [];
  for (const event of events) {
    const at = attackOf(text, event, kept);
    if (at < 0) {
      kept.push(event);
      continue;
    }
    const attack = kept[at]!;
    const source = placed(attack.source, event.source);
    const target = placed(attack.target, event.target);
    if (source !== attack.source || target !== attack.target) kept[at] = { ...attack, source, target };
  }
  return kept;
}
