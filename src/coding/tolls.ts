// One attack, one event: "Insurgents bombarded Aleppo overnight, killing at least eight people" reports one act of
// force and its toll. The -ing clause after a comma is dropped when an earlier act of force of the same sentence,
// with the same modality, runs between the same two countries. A toll on another side stays an event of its own
// ("attacked Ukraine, killing ten Belarusian volunteers"), and so does one whose victims are unknown ("attacked
// Ukraine, killing ten civilians", no target). It runs after the geo stage, as "shelled Kharkiv" gets its target
// from the place.
import type { Actor, Event } from '../types.ts';

const FORCE = /^(?:18|19|20)/;
/** The trigger is an -ing form right after a comma: ", killing …", ", wounding …". */
const TOLL_CLAUSE = /,\s*$/;

const countryOf = (a: Actor | null): string | null => a?.country ?? (a?.code || null);

function isToll(text: string, event: Event, earlier: readonly Event[]): boolean {
  if (!FORCE.test(event.cameo) || event.source === null || event.target === null) return false;
  if (!/ing$/i.test(event.trigger.text.split(' ')[0]!)) return false;
  if (!TOLL_CLAUSE.test(text.slice(Math.max(0, event.trigger.start - 3), event.trigger.start))) return false;
  return earlier.some(
    (o) =>
      o.sentenceIndex === event.sentenceIndex &&
      o.trigger.start < event.trigger.start &&
      FORCE.test(o.cameo) &&
      o.modality === event.modality &&
      countryOf(o.source) === countryOf(event.source) &&
      countryOf(o.target) === countryOf(event.target),
  );
}

/** The events of an article (in text order) without those that only give the toll of an earlier act of force. */
export function withoutTolls(text: string, events: readonly Event[]): Event[] {
  return events.filter((e, i) => !isToll(text, e, events.slice(0, i)));
}
