// Scores coder output against PLOVER GSR records: one sentence, one expected category, its actors.
import type { ArticleResult, Event } from '../types.ts';
import type { PloverGold } from './gold.ts';
import { actorMatches } from './actor-match.ts';
import { prf, ratio, tally, type Counts, type Prf } from './metrics.ts';
import { assertedEvents, countModalities, describeEvent, type ModalityCounts, type ProducedEvent } from './produced.ts';

export interface Rate {
  readonly hits: number;
  readonly total: number;
  readonly rate: number | null;
}

export interface PloverMiss {
  readonly id: string;
  readonly text: string;
  readonly category: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly reciprocal: boolean;
  /** What was missing on the best event: the category, or the source/target once the category was found. */
  readonly missing: readonly ('category' | 'source' | 'target')[];
  readonly produced: readonly ProducedEvent[];
}

export interface PloverFalsePositive {
  readonly id: string;
  readonly sentence: string;
  readonly goldCategory: string;
  readonly event: ProducedEvent;
}

export interface PloverReport {
  readonly form: 'plover';
  readonly records: number;
  /** Record level: the set of categories of our asserted events vs the record's category. */
  readonly perCategory: readonly (Prf & { readonly category: string })[];
  readonly micro: Prf;
  readonly macroF1: number | null;
  readonly categoryFound: Rate;
  readonly sourceMatch: Rate;
  readonly targetMatch: Rate;
  /** Records whose gold names no target (not in targetMatch; any target passes the joint check). */
  readonly noTargetRecords: number;
  readonly fullMatch: Rate;
  /** Asserted events with a PLOVER category that carry the record's category (over-coding lowers it). */
  readonly eventPrecision: Rate;
  readonly modality: ModalityCounts;
  readonly misses: readonly PloverMiss[];
  readonly falsePositives: readonly PloverFalsePositive[];
}

export interface Scored<G> {
  readonly gold: G;
  readonly result: ArticleResult;
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: ratio(hits, total) });

/** Gold actors an event's source / target may match; reciprocal records accept either direction. */
function roles(gold: PloverGold): { sources: string[]; targets: string[] } {
  const sources = gold.sources.map((a) => a.code);
  const targets = gold.targets.map((a) => a.code);
  if (!gold.reciprocal) return { sources, targets };
  const all = [...sources, ...targets];
  return { sources: all, targets: all };
}

function sourceOk(gold: PloverGold, event: Event): boolean {
  return roles(gold).sources.some((code) => actorMatches(code, event.source));
}

function targetExpected(gold: PloverGold): boolean {
  return roles(gold).targets.length > 0;
}

function targetOk(gold: PloverGold, event: Event): boolean {
  return roles(gold).targets.some((code) => actorMatches(code, event.target));
}

/** Source and target both right; in reciprocal records they must be two different gold actors. */
function actorsOk(gold: PloverGold, event: Event): boolean {
  if (!gold.reciprocal) return sourceOk(gold, event) && (!targetExpected(gold) || targetOk(gold, event));
  const all = roles(gold).sources;
  if (all.length < 2) return sourceOk(gold, event) && targetOk(gold, event);
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) {
      if (i !== j && actorMatches(all[i]!, event.source) && actorMatches(all[j]!, event.target)) return true;
    }
  }
  return false;
}

export function scorePlover(scored: readonly Scored<PloverGold>[]): PloverReport {
  const perCategory = new Map<string, Counts>();
  let categoryFound = 0;
  let sourceHits = 0;
  let sourceTotal = 0;
  let targetHits = 0;
  let targetTotal = 0;
  let noTargetRecords = 0;
  let fullHits = 0;
  let eventsRight = 0;
  let eventsTotal = 0;
  const misses: PloverMiss[] = [];
  const falsePositives: PloverFalsePositive[] = [];

  for (const { gold, result } of scored) {
    const events = assertedEvents(result);
    const categorised = events.filter((e) => e.plover !== null);
    const predicted = new Set(categorised.map((e) => e.plover!));
    const found = predicted.has(gold.category);
    tally(perCategory, gold.category, found ? { tp: 1 } : { fn: 1 });
    for (const c of predicted) if (c !== gold.category) tally(perCategory, c, { fp: 1 });
    if (found) categoryFound++;

    if (roles(gold).sources.length > 0) {
      sourceTotal++;
      if (events.some((e) => sourceOk(gold, e))) sourceHits++;
    }
    if (targetExpected(gold)) {
      targetTotal++;
      if (events.some((e) => targetOk(gold, e))) targetHits++;
    } else noTargetRecords++;

    const inCategory = categorised.filter((e) => e.plover === gold.category);
    const full = inCategory.some((e) => actorsOk(gold, e));
    if (full) fullHits++;
    else {
      const missing: PloverMiss['missing'][number][] = [];
      if (!found) missing.push('category');
      else {
        if (!inCategory.some((e) => sourceOk(gold, e))) missing.push('source');
        if (targetExpected(gold) && !inCategory.some((e) => targetOk(gold, e))) missing.push('target');
        // Both found, but never on one event (or a reciprocal pair named the same actor twice).
        if (missing.length === 0) missing.push('source', 'target');
      }
      misses.push({
        id: gold.id,
        text: gold.text,
        category: gold.category,
        sources: gold.sources.map((a) => a.code),
        targets: gold.targets.map((a) => a.code),
        reciprocal: gold.reciprocal,
        missing,
        produced: result.events.map(describeEvent),
      });
    }

    eventsTotal += categorised.length;
    eventsRight += inCategory.length;
    for (const e of categorised) {
      if (e.plover !== gold.category) {
        falsePositives.push({
          id: gold.id,
          sentence: e.sentence,
          goldCategory: gold.category,
          event: describeEvent(e),
        });
      }
    }
  }

  const categories = [...perCategory.keys()].sort();
  const perCategoryPrf: (Prf & { category: string })[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const f1s: number[] = [];
  for (const c of categories) {
    const counts = perCategory.get(c)!;
    const figures = prf(counts);
    perCategoryPrf.push({ category: c, ...figures });
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
    // Macro F1 averages over categories the gold contains, so a category we invent does not dilute it twice.
    if (counts.tp + counts.fn > 0) f1s.push(figures.f1 ?? 0);
  }

  return {
    form: 'plover',
    records: scored.length,
    perCategory: perCategoryPrf,
    micro: prf({ tp, fp, fn }),
    macroF1: f1s.length === 0 ? null : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    categoryFound: rate(categoryFound, scored.length),
    sourceMatch: rate(sourceHits, sourceTotal),
    targetMatch: rate(targetHits, targetTotal),
    noTargetRecords,
    fullMatch: rate(fullHits, scored.length),
    eventPrecision: rate(eventsRight, eventsTotal),
    modality: countModalities(scored.map((s) => s.result)),
    misses,
    falsePositives,
  };
}
