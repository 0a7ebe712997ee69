// Acts on a treaty between two sides are aimed at the other side: "the US unilaterally pulled out of the INF Treaty"
// is the US reducing relations with Russia, "Russia suspended its participation in New START" is aimed at the US, and
// "the US left the JCPOA" at Iran. The treaty is no actor, so role assignment leaves such events without a target;
// dictionaries/actors/treaties.tsv names each treaty's two sides. A target is given only when the doer is a party
// and the other side is one state: "Iran may leave the JCPOA" faces six states and the EU, and names no one.
import type { Event } from '../types.ts';
import { stateActor } from './victims.ts';

export interface Treaty {
  readonly id: string;
  readonly sides: readonly [readonly string[], readonly string[]];
  /** Matches one of the treaty's names as whole words; acronyms only in capitals. */
  readonly name: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of a name: an acronym ("INF", "START") only in capitals, since "start" and "inf" are other words; any
 * other word in any case ("the INF treaty", "the Iran nuclear deal"). */
const wordPattern = (word: string): string =>
  /^[A-Z]{2,}$/.test(word) ? word : escape(word).replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

function nameRegExp(names: readonly string[]): RegExp {
  // Longest first, so "New START Treaty" is read whole before "New START".
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const alt = sorted.map((name) => name.split(/\s+/).map(wordPattern).join('\\s+'));
  return new RegExp(`(?<![\\w-])(?:${alt.join('|')})(?![\\w-])`);
}

/** Parses treaties.tsv: a header row `treaty side_a side_b names`, then one treaty per row; # comments. */
export function parseTreaties(text: string): Treaty[] {
  const treaties: Treaty[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('treaty\t')) continue;
    const [id, a, b, names] = line.split('\t');
    if (id === undefined || a === undefined || b === undefined || names === undefined) continue;
    const side = (cell: string): string[] =>
      cell
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    treaties.push({ id, sides: [side(a), side(b)], name: nameRegExp(names.split('|').map((n) => n.trim())) });
  }
  return treaties;
}

/**
 * Where the words an act is done to end: the next clause boundary after the trigger, at most eight words on ("pulled
 * out of the INF Treaty", "suspended its participation in the New START treaty"). A treaty named further on ("…,
 * which the INF Treaty had banned") is not what the act is about.
 */
function objectEnd(rest: string): number {
  const boundary = rest.search(/[,;:.!?()"“”]|\s(?:and|but|which|that|while|after|before|because)\s/);
  const words = /^(?:\s*\S+){1,8}/.exec(rest)?.[0].length ?? 0;
  return Math.min(boundary < 0 ? rest.length : boundary, words);
}

/**
 * The one state on the other side of the treaty the act is about, if the doer is a party. A treaty's name is read
 * from the trigger on ("terminated the Treaty on Friendship, Cooperation and Partnership") and must begin before
 * the object's end; it may run past a comma of its own.
 */
function otherParty(treaties: readonly Treaty[], text: string, event: Event, doer: string): string | null {
  const from = event.trigger.start;
  const words = text.slice(from, event.trigger.end + 240);
  const limit = event.trigger.end - from + objectEnd(text.slice(event.trigger.end, event.trigger.end + 240));
  for (const treaty of treaties) {
    const found = treaty.name.exec(words);
    if (found === null || found.index >= limit) continue;
    const [a, b] = treaty.sides;
    const other = a.includes(doer) ? b : b.includes(doer) ? a : null;
    return other !== null && other.length === 1 ? other[0]! : null;
  }
  return null;
}

export function withTreatyParties(
  text: string,
  events: readonly Event[],
  treaties: readonly Treaty[],
  states: ReadonlyMap<string, { readonly name: string }>,
): Event[] {
  return events.map((event) => {
    const doer = event.source?.country ?? null;
    if (event.target !== null || doer === null) return event;
    const iso = otherParty(treaties, text, event, doer);
    const state = iso === null ? undefined : states.get(iso);
    if (iso === null || state === undefined) return event;
    const target = stateActor(iso, state.name, state.name);
    return { ...event, target, rule: `${event.rule} → target: the treaty's other side` };
  });
}
