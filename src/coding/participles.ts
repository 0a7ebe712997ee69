// An act told in a participle clause after an act of force or coercion is done to the same people: "Egyptian police
// opened fire to disperse Moslem fundamentalist demonstrators, killing one person and arresting 12" arrests some of the
// demonstrators dispersed (EGYCOP → EGY, the target the dispersal has once the geo stage has run), "troops stormed the
// rebel camp, detaining dozens" detains the rebels. Only an act that names no target of its own, by the same side (or
// by no one named), with the same modality, in a clause opened by a comma and an -ing verb right after the first act.
// It runs after the geo stage and tolls.ts, as the first act may get its target from a place or its own state.
import type { Actor, Event } from '../types.ts';

const FORCE_OR_COERCION = /^(?:17|18|19|20)/;
/** From the first act to the participle: a comma, then -ing verbs and their objects, with no other clause break. */
const PARTICIPLE_CLAUSE = /,\s*(?:[a-z]+ing\b[^,;:.()]*)?$/i;

const countryOf = (a: Actor | null): string | null => a?.country ?? (a?.code || null);

/** The latest earlier act of the same sentence whose participle clause `event` is, if any. */
function headAct(text: string, event: Event, earlier: readonly Event[]): Event | null {
  if (event.target !== null || !FORCE_OR_COERCION.test(event.cameo)) return null;
  if (!/ing$/i.test(event.trigger.text.split(' ')[0]!)) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const act = earlier[k]!;
    if (act.sentenceIndex !== event.sentenceIndex || act.trigger.end > event.trigger.start) continue;
    if (!FORCE_OR_COERCION.test(act.cameo) || act.target === null || act.modality !== event.modality) continue;
    if (event.source !== null && countryOf(act.source) !== countryOf(event.source)) continue;
    return PARTICIPLE_CLAUSE.test(text.slice(act.trigger.end, event.trigger.start)) ? act : null;
  }
  return null;
}

/** The events of an article (in text order), acts of a participle clause given the target of the act before it. */
export function withParticipleTargets(text: string, events: readonly Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const act = headAct(text, event, out);
    out.push(
      act === null ? event : { ...event, target: act.target, rule: `${event.rule} → target of the act it follows` },
    );
  }
  return out;
}
