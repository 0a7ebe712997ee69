// Scores coder output against PETRARCH2 validation records: every expected (source, target, CAMEO code)
// triple is matched one-to-one with our asserted events, at the CAMEO root and at the full code.
import type { Event } from '../types.ts';
import type { Petr2Expected, Petr2Gold } from './gold.ts';
import { actorMatches } from './actor-match.ts';
import { prf, tally, type Counts, type Prf } from './metrics.ts';
import { assertedEvents, countModalities, describeEvent, type ModalityCounts, type ProducedEvent } from './produced.ts';
import type { Scored } from './score-plover.ts';

export type Petr2Level = 'root' | 'code' | 'rootNoActors';

export interface Petr2Miss {
  readonly id: string;
  readonly text: string;
  readonly expected: Petr2Expected;
  readonly produced: readonly ProducedEvent[];
}

export interface Petr2FalsePositive {
  readonly id: string;
  readonly sentence: string;
  readonly expected: readonly Petr2Expected[];
  readonly event: ProducedEvent;
}

export interface Petr2Report {
  readonly form: 'petr2';
  readonly records: number;
  readonly expectedEvents: number;
  /** Records whose gold says "no event", and how many of them we still coded an asserted event in. */
  readonly noEventRecords: number;
  readonly noEventRecordsWithOutput: number;
  /** CAMEO root (2 digits) + source country + target country. */
  readonly root: Prf;
  /** Sorted by root; an array so JSON keeps "01" before "10". */
  readonly perRoot: readonly (Prf & { readonly root: string })[];
  /** Full CAMEO code + source country + target country. */
  readonly code: Prf;
  /** CAMEO root alone, actors ignored: separates verb coverage from actor errors. */
  readonly rootNoActors: Prf;
  readonly modality: ModalityCounts;
  /** At root level. */
  readonly misses: readonly Petr2Miss[];
  readonly falsePositives: readonly Petr2FalsePositive[];
}

export const cameoRoot = (code: string): string => code.slice(0, 2);

function sameEvent(level: Petr2Level, gold: Petr2Expected, event: Event): boolean {
  if (level === 'code') {
    if (event.cameo !== gold.code) return false;
  } else if (cameoRoot(event.cameo) !== cameoRoot(gold.code)) return false;
  if (level === 'rootNoActors') return true;
  return actorMatches(gold.source, event.source) && actorMatches(gold.target, event.target);
}

/** Greedy one-to-one matching in gold order; returns which gold and predicted items were paired. */
export function matchPetr2(
  level: Petr2Level,
  expected: readonly Petr2Expected[],
  events: readonly Event[],
): { goldMatched: boolean[]; eventMatched: boolean[] } {
  const goldMatched = expected.map(() => false);
  const eventMatched = events.map(() => false);
  expected.forEach((g, gi) => {
    const ei = events.findIndex((e, i) => !eventMatched[i] && sameEvent(level, g, e));
    if (ei >= 0) {
      goldMatched[gi] = true;
      eventMatched[ei] = true;
    }
  });
  return { goldMatched, eventMatched };
}

export function scorePetr2(scored: readonly Scored<Petr2Gold>[]): Petr2Report {
  const totals: Record<Petr2Level, Counts> = {
    root: { tp: 0, fp: 0, fn: 0 },
    code: { tp: 0, fp: 0, fn: 0 },
    rootNoActors: { tp: 0, fp: 0, fn: 0 },
  };
  const perRoot = new Map<string, Counts>();
  const misses: Petr2Miss[] = [];
  const falsePositives: Petr2FalsePositive[] = [];
  let expectedEvents = 0;
  let noEventRecords = 0;
  let noEventRecordsWithOutput = 0;

  for (const { gold, result } of scored) {
    const events = assertedEvents(result);
    expectedEvents += gold.expected.length;
    if (gold.expected.length === 0) {
      noEventRecords++;
      if (events.length > 0) noEventRecordsWithOutput++;
    }
    for (const level of ['root', 'code', 'rootNoActors'] as const) {
      const { goldMatched, eventMatched } = matchPetr2(level, gold.expected, events);
      const tp = goldMatched.filter(Boolean).length;
      const c = totals[level];
      totals[level] = {
        tp: c.tp + tp,
        fn: c.fn + goldMatched.length - tp,
        fp: c.fp + eventMatched.length - eventMatched.filter(Boolean).length,
      };
      if (level !== 'root') continue;
      gold.expected.forEach((g, i) => {
        const root = cameoRoot(g.code);
        if (goldMatched[i]) tally(perRoot, root, { tp: 1 });
        else {
          tally(perRoot, root, { fn: 1 });
          misses.push({ id: gold.id, text: gold.text, expected: g, produced: result.events.map(describeEvent) });
        }
      });
      events.forEach((e, i) => {
        if (eventMatched[i]) return;
        tally(perRoot, cameoRoot(e.cameo), { fp: 1 });
        falsePositives.push({ id: gold.id, sentence: e.sentence, expected: gold.expected, event: describeEvent(e) });
      });
    }
  }

  const perRootPrf = [...perRoot.keys()].sort().map((root) => ({ root, ...prf(perRoot.get(root)!) }));
  return {
    form: 'petr2',
    records: scored.length,
    expectedEvents,
    noEventRecords,
    noEventRecordsWithOutput,
    root: prf(totals.root),
    perRoot: perRootPrf,
    code: prf(totals.code),
    rootNoActors: prf(totals.rootNoActors),
    modality: countModalities(scored.map((s) => s.result)),
    misses,
    falsePositives,
  };
}
