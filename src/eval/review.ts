// The project's own review set (issue 3): hand annotations of corpus articles, scored against the
// coder. Annotation JSONL, one article per line:
//   {"articleId": "potu-123", "events": [{"sentenceIndex": 2 | "sentence": "…", "plover": "ACCUSE",
//     "cameo": "112"?, "source": "RUS" | null, "target": "UKR" | null, "modality": "asserted"}]}
// Annotations are exhaustive per article: an event we code in an annotated article that matches no
// annotation is a false positive (CAMEO 01/02 events, which have no PLOVER category, are not scored). Events of every modality are matched, so modality can be judged.
import type { ArticleResult, Diagnostic, Event, Modality } from '../types.ts';
import { actorMatches } from './actor-match.ts';
import { scoreActorResolution, type ActorResolution, type ActorSlot } from './actor-resolution.ts';
import { prf, ratio, type Prf } from './metrics.ts';
import { eventText } from './format.ts';
import { describeEvent, type ProducedEvent } from './produced.ts';
import { cameoRoot } from './score-petr2.ts';

export interface ReviewEvent {
  readonly sentenceIndex: number | null;
  readonly sentence: string | null;
  readonly plover: string;
  readonly cameo: string | null;
  readonly source: string | null; // null: the annotator names no source (any is accepted)
  readonly target: string | null;
  readonly modality: Modality;
}

export interface ReviewRecord {
  readonly articleId: string;
  readonly events: readonly ReviewEvent[];
}

const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical'];

function bad(origin: string, message: string): Diagnostic {
  return { stage: 'eval', ruleId: 'eval/bad-review', severity: 'warning', message: `${origin}: ${message}` };
}

function readReviewEvent(v: unknown, origin: string): ReviewEvent | Diagnostic {
  if (typeof v !== 'object' || v === null) return bad(origin, 'each event must be an object');
  const o = v as Record<string, unknown>;
  const sentenceIndex = Number.isInteger(o['sentenceIndex']) ? (o['sentenceIndex'] as number) : null;
  const sentence = typeof o['sentence'] === 'string' ? o['sentence'] : null;
  if (sentenceIndex === null && sentence === null) return bad(origin, 'an event needs "sentence" or "sentenceIndex"');
  if (typeof o['plover'] !== 'string') return bad(origin, 'an event needs a "plover" category');
  const modality = o['modality'] ?? 'asserted';
  if (!MODALITIES.includes(modality as Modality)) {
    return bad(origin, `modality must be one of ${MODALITIES.join(', ')}`);
  }
  const code = (key: string): string | null | Diagnostic => {
    const value = o[key];
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? value.toUpperCase() : bad(origin, `"${key}" must be a code string or null`);
  };
  const cameo = code('cameo');
  const source = code('source');
  const target = code('target');
  for (const c of [cameo, source, target]) if (c !== null && typeof c === 'object') return c;
  return {
    sentenceIndex,
    sentence,
    plover: o['plover'].toUpperCase(),
    cameo: cameo as string | null,
    source: source as string | null,
    target: target as string | null,
    modality: modality as Modality,
  };
}

export function readReview(content: string, name: string): { records: ReviewRecord[]; diagnostics: Diagnostic[] } {
  const records: ReviewRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const origin = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.push(bad(origin, 'not a JSON object'));
      return;
    }
    const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (typeof o['articleId'] !== 'string' || !Array.isArray(o['events'])) {
      diagnostics.push(bad(origin, 'a review line needs "articleId" and an "events" list'));
      return;
    }
    const events: ReviewEvent[] = [];
    for (const e of o['events']) {
      const read = readReviewEvent(e, origin);
      if ('ruleId' in read) diagnostics.push(read);
      else events.push(read);
    }
    records.push({ articleId: o['articleId'], events });
  });
  return { records, diagnostics };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The annotation's sentence is ours when the index agrees, or the texts agree (one may be a fragment). */
export function sameSentence(annotation: ReviewEvent, event: Event): boolean {
  if (annotation.sentenceIndex !== null) return annotation.sentenceIndex === event.sentenceIndex;
  const a = squash(annotation.sentence ?? '');
  const b = squash(event.sentence);
  return a !== '' && (a === b || b.includes(a) || a.includes(b));
}

const actorOk = (gold: string | null, actor: Event['source']): boolean => gold === null || actorMatches(gold, actor);

export interface ReviewMiss {
  readonly articleId: string;
  readonly annotation: ReviewEvent;
  readonly produced: readonly ProducedEvent[];
}

export interface ReviewFalsePositive {
  readonly articleId: string;
  readonly sentence: string;
  readonly event: ProducedEvent;
}

export interface ReviewReport {
  readonly articles: number;
  /** Sentence + PLOVER category, any modality. */
  readonly detection: Prf;
  /** Sentence + category + source + target. */
  readonly withActors: Prf;
  /** Among detected events: share with source / target / modality / CAMEO root right. */
  readonly sourceRight: number | null;
  readonly targetRight: number | null;
  readonly modalityRight: number | null;
  readonly cameoRootRight: number | null;
  /** gold modality → our modality → count, over detected events. */
  readonly modalityConfusion: Readonly<Record<Modality, Readonly<Record<Modality, number>>>>;
  /** Matched events: annotated source/target with the right country and sector (issue 4). */
  readonly actorResolution: ActorResolution;
  readonly misses: readonly ReviewMiss[];
  readonly falsePositives: readonly ReviewFalsePositive[];
}

export function scoreReview(pairs: readonly { record: ReviewRecord; result: ArticleResult }[]): ReviewReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let actorTp = 0;
  let sourceRight = 0;
  let targetRight = 0;
  let modalityRight = 0;
  let cameoRight = 0;
  let cameoTotal = 0;
  const confusion = Object.fromEntries(
    MODALITIES.map((g) => [g, Object.fromEntries(MODALITIES.map((o) => [o, 0]))]),
  ) as Record<Modality, Record<Modality, number>>;
  const misses: ReviewMiss[] = [];
  const falsePositives: ReviewFalsePositive[] = [];
  const slots: ActorSlot[] = [];

  for (const { record, result } of pairs) {
    const used = result.events.map(() => false);
    for (const annotation of record.events) {
      const candidates = result.events
        .map((e, i) => ({ e, i }))
        .filter(({ e, i }) => !used[i] && e.plover === annotation.plover && sameSentence(annotation, e));
      // Prefer the candidate whose actors agree, so a second event in the sentence does not steal the pair.
      const pick =
        candidates.find(({ e }) => actorOk(annotation.source, e.source) && actorOk(annotation.target, e.target)) ??
        candidates[0];
      if (pick === undefined) {
        fn++;
        misses.push({ articleId: record.articleId, annotation, produced: result.events.map(describeEvent) });
        continue;
      }
      used[pick.i] = true;
      tp++;
      const e = pick.e;
      for (const role of ['source', 'target'] as const) {
        const gold = annotation[role];
        if (gold !== null)
          slots.push({
            articleId: record.articleId,
            role,
            gold,
            actor: e[role],
            sentence: e.sentence,
            event: eventText(describeEvent(e)),
          });
      }
      const src = actorOk(annotation.source, e.source);
      const tgt = actorOk(annotation.target, e.target);
      if (src) sourceRight++;
      if (tgt) targetRight++;
      if (src && tgt) actorTp++;
      if (e.modality === annotation.modality) modalityRight++;
      confusion[annotation.modality][e.modality]++;
      if (annotation.cameo !== null) {
        cameoTotal++;
        if (cameoRoot(annotation.cameo) === cameoRoot(e.cameo)) cameoRight++;
      }
    }
    result.events.forEach((e, i) => {
      // Statements and appeals (CAMEO 01/02) have no PLOVER category, so the annotations leave them out.
      if (used[i] || e.plover === null) return;
      fp++;
      falsePositives.push({ articleId: record.articleId, sentence: e.sentence, event: describeEvent(e) });
    });
  }

  return {
    articles: pairs.length,
    detection: prf({ tp, fp, fn }),
    withActors: prf({ tp: actorTp, fp: fp + (tp - actorTp), fn: fn + (tp - actorTp) }),
    sourceRight: ratio(sourceRight, tp),
    targetRight: ratio(targetRight, tp),
    modalityRight: ratio(modalityRight, tp),
    cameoRootRight: ratio(cameoRight, cameoTotal),
    modalityConfusion: confusion,
    actorResolution: scoreActorResolution(slots),
    misses,
    falsePositives,
  };
}
