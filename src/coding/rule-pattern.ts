// The pattern an event found by a rule (not by a dictionary entry) carries: it names the rule in `Event.rule` and gives
// the event its code; it has no trigger words or items of its own.
import { NO_WORDS, type Pattern } from './patterns.ts';

/** The pattern of the rule `name` ("rules:<name>") coding `code`; `noun` when the rule's trigger is a noun. */
export function ruleOnly(name: string, code: string, noun = false): Pattern {
  return {
    id: `rules:${name}`,
    code,
    plover: null,
    trigger: [],
    noun,
    noTarget: true,
    items: [],
    firstWords: NO_WORDS,
    file: 'rules',
    line: 0,
  };
}
