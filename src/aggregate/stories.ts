// Stories: one real event, however many articles report it. Mentions (coded events) merge into a story when they
// share the dyad (unordered for reciprocal acts such as meetings), have compatible codes (same CAMEO root or same
// PLOVER category), fall within a short date window, and — across days — share trigger or context words.
// Pure and deterministic: the same records in any order give the same stories with the same ids.
import { createHash } from 'node:crypto';
import type { Event, Modality } from '../types.ts';
import { dayNumber, fromDayNumber } from './dates.ts';
import { eventDyad, type Dyad } from './dyads.ts';
import type { EventRecord } from './records.ts';
import { contextTokens, overlap, triggerStem } from './tokens.ts';

export interface StoryOptions {
  /** Longest span, in days, from a story's first to its last mention. */
  readonly spanDays: number;
  /** Across days, the context overlap a mention needs with some mention of the story (or an equal trigger). */
  readonly minOverlap: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { spanDays: 3, minOverlap: 0.34 };

export interface StoryMention {
  readonly eventId: string;
  readonly articleId: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly sentenceIndex: number;
  readonly sentence: string;
  readonly date: string;
  /** When the mention was published (the article date): what a monitor could know on that day. */
  readonly reported: string | null;
  readonly source: string;
  readonly target: string;
  readonly cameo: string;
  readonly goldstein: number;
}

export interface Story {
  /** "st-" + 12 hex digits of the first mention's event id: stable while that mention exists. */
  readonly id: string;
  /** Direction of the first mention; for reciprocal stories the pair is sorted instead. */
  readonly dyad: Dyad;
  readonly reciprocal: boolean;
  readonly modality: Modality;
  /** The most frequent CAMEO code among the mentions (ties: the lowest code). */
  readonly cameo: string;
  readonly plover: string | null;
  readonly quadClass: 1 | 2 | 3 | 4;
  /** Mean Goldstein value of the mentions. */
  readonly goldstein: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly mentions: readonly StoryMention[];
  readonly articles: number;
  /** Distinct outlets (see outletKey): the count of independent sources. */
  readonly sources: number;
}

/** Consultations and agreements are done together: A meets B and B meets A are the same meeting. */
export function isReciprocal(event: Event): boolean {
  return (
    event.cameo.startsWith('04') ||
    event.cameo.startsWith('057') ||
    event.plover === 'CONSULT' ||
    event.plover === 'AGREE'
  );
}

/**
 * The date a mention is placed on: its event date, or the article's when the event date is later. An event with no
 * date (an undated article, or a past month or year with no day: "annexed Crimea in 2014") is placed on no day.
 */
export function mentionDate(record: EventRecord): string | null {
  const { event, article } = record;
  if (event.date === null) return null;
  if (article.date !== null && event.date > article.date) return article.date;
  return event.date;
}

/** One key per outlet: the host of a URL-like source (feeds, sites), else the lower-cased name. */
export function outletKey(source: string | null, url: string | null): string | null {
  const raw = source ?? url;
  if (raw === null || raw.trim() === '') return null;
  const host = /^[a-z]+:\/\/([^/?#]+)/i.exec(raw.trim());
  if (host !== null) return host[1]!.toLowerCase().replace(/^(www|feeds|rss|edition)\./, '');
  return raw.trim().toLowerCase();
}

interface Draft {
  readonly dyad: Dyad;
  readonly pairKey: string;
  readonly reciprocal: boolean;
  readonly modality: Modality;
  readonly roots: Set<string>;
  readonly plovers: Set<string>;
  readonly triggers: Set<string>;
  readonly contexts: Set<string>[];
  readonly mentions: StoryMention[];
  readonly events: Event[];
  firstDay: number;
  lastDay: number;
  /** Articles already in the story: a second mention from the same article on the same day merges freely. */
  readonly articleIds: Set<string>;
  /** Outlet → days it reported the story on (see fit: one outlet rarely reports one event in two articles). */
  readonly outletDays: Map<string, Set<number>>;
}

interface Candidate {
  readonly record: EventRecord;
  readonly dyad: Dyad;
  readonly date: string;
  readonly day: number;
}

/** Merges the records into stories. Records without a dyad or a date are left out (they cannot be placed). */
export function buildStories(records: readonly EventRecord[], options: StoryOptions = DEFAULT_STORY_OPTIONS): Story[] {
  const candidates: Candidate[] = [];
  for (const record of records) {
    const dyad = eventDyad(record);
    const date = mentionDate(record);
    if (dyad === null || date === null) continue;
    candidates.push({ record, dyad, date, day: dayNumber(date) });
  }
  candidates.sort(compareCandidates);

  const drafts: Draft[] = [];
  const open = new Map<string, Draft[]>(); // pair key → stories that may still take mentions
  for (const c of candidates) {
    const { event } = c.record;
    const reciprocal = isReciprocal(event);
    const pairKey = pairKeyOf(c.dyad, reciprocal, event.modality);
    const tokens = contextTokens(event.sentence, [event.source?.text ?? '', event.target?.text ?? '']);
    const trigger = triggerStem(event.trigger.text);
    const list = open.get(pairKey) ?? [];
    const alive = list.filter((d) => c.day - d.firstDay <= options.spanDays);
    let best: Draft | null = null;
    let bestScore = -1;
    for (const draft of alive) {
      const score = fit(draft, c, event, tokens, trigger, options);
      if (score > bestScore) {
        best = draft;
        bestScore = score;
      }
    }
    const mention = toMention(c);
    if (best !== null && bestScore >= 0) {
      best.mentions.push(mention);
      best.events.push(event);
      best.roots.add(event.cameo.slice(0, 2));
      if (event.plover !== null) best.plovers.add(event.plover);
      best.triggers.add(trigger);
      best.contexts.push(tokens);
      best.articleIds.add(c.record.article.id);
      addOutletDay(best.outletDays, mention.outlet, c.day);
      best.lastDay = Math.max(best.lastDay, c.day);
    } else {
      const draft: Draft = {
        dyad: reciprocal ? sortedDyad(c.dyad) : c.dyad,
        pairKey,
        reciprocal,
        modality: event.modality,
        roots: new Set([event.cameo.slice(0, 2)]),
        plovers: new Set(event.plover === null ? [] : [event.plover]),
        triggers: new Set([trigger]),
        contexts: [tokens],
        mentions: [mention],
        events: [event],
        firstDay: c.day,
        lastDay: c.day,
        articleIds: new Set([c.record.article.id]),
        outletDays: new Map(),
      };
      addOutletDay(draft.outletDays, mention.outlet, c.day);
      drafts.push(draft);
      alive.push(draft);
    }
    open.set(pairKey, alive);
  }
  return drafts.map(finish);
}

function addOutletDay(map: Map<string, Set<number>>, outlet: string | null, day: number): void {
  if (outlet === null) return;
  const days = map.get(outlet) ?? new Set<number>();
  days.add(day);
  map.set(outlet, days);
}

/**
 * How well a mention fits an open story, or -1 when it must not join: codes must be compatible; on the story's
 * first day (or from an article already in it) that is enough, later mentions must share the trigger or enough
 * context words. An outlet that already reported the story in another article is the exception: press services
 * publish one item per event, so their second item two or more days later is another event (two phone calls
 * with the same wording), and one a day later must share enough context words.
 * Among fitting stories the one with the most shared context wins.
 */
function fit(
  draft: Draft,
  c: Candidate,
  event: Event,
  tokens: ReadonlySet<string>,
  trigger: string,
  options: StoryOptions,
): number {
  const compatible =
    draft.roots.has(event.cameo.slice(0, 2)) || (event.plover !== null && draft.plovers.has(event.plover));
  if (!compatible) return -1;
  let similarity = 0;
  for (const context of draft.contexts) similarity = Math.max(similarity, overlap(context, tokens));
  const sameTrigger = draft.triggers.has(trigger);
  const sameArticle = draft.articleIds.has(c.record.article.id);
  const outlet = outletKey(c.record.article.source, c.record.article.url);
  const outletDays = outlet === null || sameArticle ? undefined : draft.outletDays.get(outlet);
  if (outletDays !== undefined) {
    const gap = Math.min(...[...outletDays].map((d) => Math.abs(c.day - d)));
    if (gap > 1 || (gap === 1 && similarity < options.minOverlap)) return -1;
  } else {
    const sameDay = c.day === draft.firstDay || sameArticle;
    if (!sameDay && !sameTrigger && similarity < options.minOverlap) return -1;
  }
  const exactCode = draft.events.some((e) => e.cameo === event.cameo) ? 0.25 : 0;
  return similarity + (sameTrigger ? 0.5 : 0) + exactCode - 0.1 * Math.abs(c.day - draft.lastDay);
}

function finish(draft: Draft): Story {
  const first = draft.mentions[0]!;
  const cameo = mostFrequent(draft.events.map((e) => e.cameo));
  const representative = draft.events.find((e) => e.cameo === cameo) ?? draft.events[0]!;
  const goldstein = draft.events.reduce((sum, e) => sum + e.goldstein, 0) / draft.events.length;
  const outlets = new Set<string>();
  for (const m of draft.mentions) outlets.add(m.outlet ?? `article:${m.articleId}`);
  return {
    id: `st-${createHash('sha1').update(first.eventId).digest('hex').slice(0, 12)}`,
    dyad: draft.dyad,
    reciprocal: draft.reciprocal,
    modality: draft.modality,
    cameo,
    plover: representative.plover,
    quadClass: representative.quadClass,
    goldstein: Math.round(goldstein * 100) / 100,
    firstDate: fromDayNumber(draft.firstDay),
    lastDate: fromDayNumber(draft.lastDay),
    mentions: draft.mentions,
    articles: draft.articleIds.size,
    sources: outlets.size,
  };
}

function toMention(c: Candidate): StoryMention {
  const { event, article } = c.record;
  return {
    eventId: event.id,
    articleId: article.id,
    url: article.url,
    outlet: outletKey(article.source, article.url),
    sentenceIndex: event.sentenceIndex,
    sentence: event.sentence,
    date: c.date,
    reported: article.date,
    source: c.dyad.source,
    target: c.dyad.target,
    cameo: event.cameo,
    goldstein: event.goldstein,
  };
}

function pairKeyOf(dyad: Dyad, reciprocal: boolean, modality: Modality): string {
  const d = reciprocal ? sortedDyad(dyad) : dyad;
  return `${modality}|${reciprocal ? '↔' : '→'}|${d.source}|${d.target}`;
}

function sortedDyad(dyad: Dyad): Dyad {
  return dyad.source <= dyad.target ? dyad : { source: dyad.target, target: dyad.source };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.day - b.day ||
    cmp(a.record.article.id, b.record.article.id) ||
    a.record.event.sentenceIndex - b.record.event.sentenceIndex ||
    a.record.event.trigger.start - b.record.event.trigger.start ||
    cmp(a.record.event.id, b.record.event.id)
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) {
    const bestN = counts.get(best) ?? 0;
    if (n > bestN || (n === bestN && v < best)) best = v;
  }
  return best;
}
