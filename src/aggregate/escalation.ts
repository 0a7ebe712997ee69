// The escalation index of a dyad: how far today's hostility departs from the dyad's own recent normal, in units
// of the noise that normal implies. Formula and choices are in docs/escalation.md; the code follows it step by step.
import { dayNumber, fromDayNumber } from './dates.ts';
import { dyadKey, type Dyad } from './dyads.ts';
import type { Story, StoryMention } from './stories.ts';

export interface EscalationOptions {
  /** Trailing baseline length in days. */
  readonly baselineDays: number;
  /**
   * Days just before t left out of the baseline (a guard band), so a build-up that has run for a week is still
   * compared with the normal before it instead of with itself.
   */
  readonly guardDays: number;
  /** Weight of cooperation relative to conflict in the hostility sum (λ). */
  readonly cooperationWeight: number;
  /** Prior event rate per day (r₀): keeps the scale finite on dyads that are usually silent. */
  readonly priorRate: number;
  /** Prior mean squared weight (a typical conflict event weighs about 5 Goldstein points: 25). */
  readonly priorSquare: number;
  /** Daily scores are clipped to ±zCap so one burst of coverage cannot fire an alert on its own. */
  readonly zCap: number;
  /** Stories reported more than this many days after they happened are history, not news: left out. */
  readonly maxReportLagDays: number;
}

export const DEFAULT_ESCALATION_OPTIONS: EscalationOptions = {
  baselineDays: 56,
  guardDays: 7,
  cooperationWeight: 0.5,
  priorRate: 1 / 7,
  priorSquare: 25,
  zCap: 4,
  maxReportLagDays: 7,
};

export interface Evidence {
  readonly storyId: string;
  readonly eventId: string;
  readonly date: string;
  /** The day the article was published: evidence published after an alert day is not shown for it. */
  readonly reported: string;
  readonly articleId: string;
  readonly url: string | null;
  /** Outlet key (see outletKey), or `article:<id>` when the article names none. */
  readonly outlet: string;
  readonly sentence: string;
  readonly cameo: string;
  readonly goldstein: number;
}

/** One story as the index sees it: the day it was first reported and its hostility weight. */
export interface Unit {
  readonly dyad: Dyad;
  readonly day: string;
  readonly storyId: string;
  /** Positive for conflict (|Goldstein|), negative for cooperation (−λ·Goldstein). */
  readonly weight: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly evidence: readonly Evidence[];
}

export interface IndexPoint {
  readonly date: string;
  /** h_t: sum of unit weights on the day. */
  readonly hostility: number;
  /** μ_t: mean of h over the baseline window. */
  readonly baseline: number;
  /** s_t: the noise scale (see docs). */
  readonly scale: number;
  /** z_t = clip((h_t − μ_t) / s_t, ±zCap): the escalation index. */
  readonly index: number;
  readonly units: readonly Unit[];
}

export interface DyadIndex {
  readonly dyad: Dyad;
  readonly points: readonly IndexPoint[];
}

export function hostilityWeight(goldstein: number, quadClass: 1 | 2 | 3 | 4, cooperationWeight: number): number {
  return quadClass >= 3 ? Math.abs(goldstein) : -cooperationWeight * Math.max(0, goldstein);
}

/**
 * Stories → units, one per story and coded direction, dated by the first article that reported the story (so a
 * backtest never uses an article before it was published). Non-asserted stories are skipped. Later mentions
 * stay in the unit's evidence with their publication day; alerts only count and show those already published.
 */
export function storyUnits(stories: readonly Story[], options: EscalationOptions = DEFAULT_ESCALATION_OPTIONS): Unit[] {
  const units: Unit[] = [];
  for (const story of stories) {
    if (story.modality !== 'asserted') continue;
    // Mentions published more than maxReportLagDays after their event are retrospectives: they neither date
    // nor weigh the story, and a story made only of them is history, not news.
    const fresh = story.mentions.filter(
      (m): m is StoryMention & { reported: string } =>
        m.reported !== null && dayNumber(m.reported) - dayNumber(m.date) <= options.maxReportLagDays,
    );
    if (fresh.length === 0) continue;
    const reported = fresh.reduce((min, m) => (m.reported < min ? m.reported : min), fresh[0]!.reported);
    const goldstein = fresh.reduce((sum, m) => sum + m.goldstein, 0) / fresh.length;
    const weight = hostilityWeight(goldstein, story.quadClass, options.cooperationWeight);
    const directions = new Map<string, Dyad>();
    for (const m of fresh) directions.set(`${m.source}→${m.target}`, { source: m.source, target: m.target });
    for (const dyad of directions.values()) {
      const mentions = fresh.filter((m) => m.source === dyad.source && m.target === dyad.target);
      units.push({
        dyad,
        day: reported,
        storyId: story.id,
        weight,
        quadClass: story.quadClass,
        evidence: mentions.map((m) => ({
          storyId: story.id,
          eventId: m.eventId,
          date: m.date,
          reported: m.reported,
          articleId: m.articleId,
          url: m.url,
          outlet: m.outlet ?? `article:${m.articleId}`,
          sentence: m.sentence,
          cameo: m.cameo,
          goldstein: m.goldstein,
        })),
      });
    }
  }
  return units;
}

/** Groups units by directed dyad (sorted by key) — the input of escalationIndex. */
export function unitsByDyad(units: readonly Unit[]): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const u of units) {
    const key = dyadKey(u.dyad);
    const list = out.get(key);
    if (list === undefined) out.set(key, [u]);
    else list.push(u);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The daily index of one dyad over [from, to]. Units outside the range still count for nothing; days without
 * units have h_t = 0 (silence is data: a dyad that goes quiet de-escalates).
 */
export function escalationIndex(
  dyad: Dyad,
  units: readonly Unit[],
  from: string,
  to: string,
  options: EscalationOptions = DEFAULT_ESCALATION_OPTIONS,
): DyadIndex {
  const start = dayNumber(from);
  const days = dayNumber(to) - start + 1;
  const perDay: Unit[][] = Array.from({ length: Math.max(0, days) }, () => []);
  for (const u of units) {
    const i = dayNumber(u.day) - start;
    if (i >= 0 && i < days) perDay[i]!.push(u);
  }
  const h = perDay.map((list) => list.reduce((sum, u) => sum + u.weight, 0));
  const points: IndexPoint[] = [];
  const B = options.baselineDays;
  const G = options.guardDays;
  let windowSum = 0;
  let windowUnits = 0;
  let historySquares = 0;
  let historyUnits = 0;
  for (let i = 0; i < days; i++) {
    // Window = days i−G−B … i−G−1; shorter at the start of the range (the mean is over the days available).
    const enter = i - G - 1;
    if (enter >= 0) {
      windowSum += h[enter]!;
      windowUnits += perDay[enter]!.length;
      for (const u of perDay[enter]!) historySquares += u.weight * u.weight;
      historyUnits += perDay[enter]!.length;
    }
    const leave = enter - B;
    if (leave >= 0) {
      windowSum -= h[leave]!;
      windowUnits -= perDay[leave]!.length;
    }
    const n = Math.max(0, Math.min(enter + 1, B));
    const mean = n === 0 ? 0 : windowSum / n;
    const rate = n === 0 ? 0 : windowUnits / n;
    // Compound-Poisson noise: units arrive at rate r, each with mean squared weight m₂ (the dyad's history up to
    // the window's end, shrunk towards the prior by three pseudo-units); r₀ keeps silent dyads from dividing by 0.
    const meanSquare = (historySquares + 3 * options.priorSquare) / (historyUnits + 3);
    const scale = Math.sqrt(meanSquare * (rate + options.priorRate));
    const raw = (h[i]! - mean) / scale;
    const index = Math.max(-options.zCap, Math.min(options.zCap, raw));
    points.push({
      date: fromDayNumber(start + i),
      hostility: round(h[i]!),
      baseline: round(mean),
      scale: round(scale),
      index: round(index),
      units: perDay[i]!,
    });
  }
  return { dyad, points };
}

/** The date range the units cover, or null when there are none. */
export function unitRange(units: readonly Unit[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const u of units) {
    if (from === null || u.day < from) from = u.day;
    if (to === null || u.day > to) to = u.day;
  }
  return from === null || to === null ? null : { from, to };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
