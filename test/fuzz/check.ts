// The properties every fuzz case must keep, as functions that list violations (empty list = fine).
// Shared by the bounded tests in test/fuzz/ and the long run in scripts/fuzz.ts.
import type { Article, IngestItem } from '../../src/types.ts';

/**
 * Generous time bound per article: a fixed allowance plus 50 µs per character (20,000 characters/s,
 * about 75× below the pipeline's speed on news). Linear stages stay far below it; a quadratic one
 * crosses it from a few tens of thousands of characters on.
 */
export function timeBoundMs(characters: number): number {
  return 1500 + characters * 0.05;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): boolean =>
  typeof v === 'string' && DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_MESSAGE = 600;

/** The geo stage's location: null, or a place whose offsets point at its surface form in the text. */
function checkLocation(l: unknown, text: string, at: string, out: string[]): void {
  if (l === null) return;
  if (!isObject(l)) return void out.push(`${at}: neither null nor an object`);
  const { start, end } = l;
  if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > text.length)
    out.push(`${at}: offsets ${String(start)}..${String(end)}`);
  else if (text.slice(start, end) !== l['text']) out.push(`${at}: text.slice(${start},${end}) ≠ ${String(l['text'])}`);
  if (typeof l['lat'] !== 'number' || typeof l['long'] !== 'number') out.push(`${at}: lat/long not numbers`);
}

function keysExactly(value: Record<string, unknown>, keys: readonly string[], where: string, out: string[]): void {
  const have = Object.keys(value).sort().join(',');
  const want = [...keys].sort().join(',');
  if (have !== want) out.push(`${where}: keys {${have}}, expected {${want}}`);
}

const ACTOR_KEYS = ['text', 'name', 'code', 'country', 'sector', 'type', 'id'] as const;
const ACTOR_TYPES = new Set(['person', 'state', 'organization', 'igo', 'region', 'group']);

function checkActor(v: unknown, where: string, out: string[], extra: readonly string[] = []): void {
  if (v === null) return;
  if (!isObject(v)) {
    out.push(`${where}: not an actor object`);
    return;
  }
  keysExactly(v, [...ACTOR_KEYS, ...extra], where, out);
  for (const k of ['text', 'name', 'code'] as const)
    if (typeof v[k] !== 'string') out.push(`${where}.${k}: not a string`);
  for (const k of ['country', 'sector', 'id'] as const)
    if (!isStringOrNull(v[k])) out.push(`${where}.${k}: not string|null`);
  if (typeof v['country'] === 'string' && !/^[A-Z]{3}$/.test(v['country'])) out.push(`${where}.country: not alpha-3`);
  if (!ACTOR_TYPES.has(String(v['type']))) out.push(`${where}.type: ${String(v['type'])}`);
}

export function checkDiagnostics(v: unknown, where: string, out: string[]): void {
  if (!Array.isArray(v)) {
    out.push(`${where}: diagnostics not an array`);
    return;
  }
  v.forEach((d: unknown, i) => {
    const at = `${where}.diagnostics[${i}]`;
    if (!isObject(d)) return void out.push(`${at}: not an object`);
    keysExactly(d, ['stage', 'ruleId', 'severity', 'message'], at, out);
    if (!['info', 'warning', 'fatal'].includes(String(d['severity'])))
      out.push(`${at}.severity: ${String(d['severity'])}`);
    if (typeof d['ruleId'] !== 'string' || !/^[a-z]+\/[a-z0-9-]+$/.test(d['ruleId']))
      out.push(`${at}.ruleId: ${String(d['ruleId'])}`);
    const m = d['message'];
    if (typeof m !== 'string' || m.trim() === '') out.push(`${at}.message: empty`);
    else if (/[\r\n\u2028\u2029]/.test(m)) out.push(`${at}.message: not one line: ${JSON.stringify(m.slice(0, 80))}`);
    else if (m.length > MAX_MESSAGE) out.push(`${at}.message: ${m.length} characters long`);
  });
}

/** The output contract of DESIGN.md for one `code` result, and its offsets into the article text. */
export function resultViolations(article: Article, result: unknown): string[] {
  const out: string[] = [];
  // What `detente code` writes is JSON.stringify of the result: check what a reader would get.
  let r: unknown;
  try {
    r = JSON.parse(JSON.stringify(result));
  } catch (error) {
    return [`result does not serialise to JSON: ${String(error)}`];
  }
  if (!isObject(r)) return ['result is not an object'];
  keysExactly(
    r,
    ['id', 'date', 'title', 'url', 'source', 'tone', 'events', 'quotes', 'actors', 'diagnostics'],
    'result',
    out,
  );
  if (r['id'] !== article.id) out.push(`result.id ${String(r['id'])} is not the article id ${article.id}`);
  if (!(r['date'] === null || isDate(r['date']))) out.push(`result.date: ${String(r['date'])}`);
  for (const k of ['title', 'url', 'source'] as const)
    if (!isStringOrNull(r[k])) out.push(`result.${k}: not string|null`);
  if (typeof r['tone'] !== 'number' || !Number.isFinite(r['tone'])) out.push(`result.tone: ${String(r['tone'])}`);
  const text = article.text;
  const events = Array.isArray(r['events']) ? r['events'] : (out.push('result.events: not an array'), []);
  const ids = new Set<string>();
  events.forEach((e: unknown, i) => {
    const at = `events[${i}]`;
    if (!isObject(e)) return void out.push(`${at}: not an object`);
    keysExactly(
      e,
      [
        'id',
        'sentenceIndex',
        'sentence',
        'trigger',
        'date',
        'source',
        'target',
        'cameo',
        'plover',
        'mode',
        'goldstein',
        'quadClass',
        'modality',
        'reportedBy',
        'confidence',
        'rule',
        'dictionaryVersion',
        'location',
      ],
      at,
      out,
    );
    if (typeof e['id'] !== 'string' || e['id'] === '') out.push(`${at}.id: empty`);
    else if (ids.has(e['id'])) out.push(`${at}.id ${e['id']} repeated within the article`);
    else ids.add(e['id']);
    if (!Number.isInteger(e['sentenceIndex']) || (e['sentenceIndex'] as number) < 0) out.push(`${at}.sentenceIndex`);
    const t = e['trigger'];
    if (!isObject(t)) out.push(`${at}.trigger: not an object`);
    else {
      const { start, end } = t;
      if (
        typeof start !== 'number' ||
        typeof end !== 'number' ||
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end < start ||
        end > text.length
      ) {
        out.push(`${at}.trigger offsets ${String(start)}..${String(end)} outside 0..${text.length}`);
      } else if (text.slice(start, end) !== t['text']) {
        out.push(
          `${at}.trigger: text.slice(${start},${end}) = ${JSON.stringify(text.slice(start, end))} ≠ ${JSON.stringify(t['text'])}`,
        );
      }
    }
    if (typeof e['sentence'] !== 'string' || !text.includes(e['sentence']))
      out.push(`${at}.sentence: not a piece of the text`);
    else if (isObject(t) && typeof t['text'] === 'string' && !e['sentence'].includes(t['text']))
      out.push(`${at}.sentence does not contain the trigger`);
    if (!(e['date'] === null || isDate(e['date']))) out.push(`${at}.date: ${String(e['date'])}`);
    for (const k of ['source', 'target', 'reportedBy'] as const) checkActor(e[k], `${at}.${k}`, out);
    if (typeof e['cameo'] !== 'string' || !/^\d{2,4}$/.test(e['cameo'])) out.push(`${at}.cameo: ${String(e['cameo'])}`);
    if (!isStringOrNull(e['plover']) || !isStringOrNull(e['mode'])) out.push(`${at}.plover/mode: not string|null`);
    const g = e['goldstein'];
    if (typeof g !== 'number' || !(g >= -10 && g <= 10)) out.push(`${at}.goldstein: ${String(g)}`);
    if (![1, 2, 3, 4].includes(e['quadClass'] as number)) out.push(`${at}.quadClass: ${String(e['quadClass'])}`);
    if (!['asserted', 'negated', 'hypothetical'].includes(String(e['modality']))) out.push(`${at}.modality`);
    const c = e['confidence'];
    if (typeof c !== 'number' || !(c >= 0 && c <= 1)) out.push(`${at}.confidence: ${String(c)}`);
    if (typeof e['rule'] !== 'string' || e['rule'] === '') out.push(`${at}.rule: empty`);
    if (typeof e['dictionaryVersion'] !== 'string' || e['dictionaryVersion'] === '')
      out.push(`${at}.dictionaryVersion`);
    checkLocation(e['location'], text, `${at}.location`, out);
  });
  const quotes = Array.isArray(r['quotes']) ? r['quotes'] : (out.push('result.quotes: not an array'), []);
  quotes.forEach((q: unknown, i) => {
    const at = `quotes[${i}]`;
    if (!isObject(q)) return void out.push(`${at}: not an object`);
    keysExactly(q, ['text', 'start', 'end', 'speaker', 'eventIds'], at, out);
    const ids = q['eventIds'];
    if (!Array.isArray(ids) || ids.some((id) => !events.some((e: unknown) => isObject(e) && e['id'] === id)))
      out.push(`${at}.eventIds: not ids of this result's events`);
    const { start, end } = q;
    if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > text.length)
      out.push(`${at}: offsets ${String(start)}..${String(end)}`);
    else if (text.slice(start, end) !== q['text']) out.push(`${at}: text.slice(${start},${end}) ≠ quote text`);
    checkActor(q['speaker'], `${at}.speaker`, out);
  });
  const actors = Array.isArray(r['actors']) ? r['actors'] : (out.push('result.actors: not an array'), []);
  actors.forEach((a: unknown, i) => {
    checkActor(a, `actors[${i}]`, out, ['mentions']);
    if (isObject(a) && !(Number.isInteger(a['mentions']) && (a['mentions'] as number) >= 1))
      out.push(`actors[${i}].mentions`);
  });
  checkDiagnostics(r['diagnostics'], 'result', out);
  return out;
}

/** What ingest promises per item: an article with sane fields, or a fatal one-line diagnostic naming the input. */
export function itemViolations(item: IngestItem, inputPath: string): string[] {
  const out: string[] = [];
  const at = item.origin;
  if (!item.origin.startsWith(inputPath)) out.push(`${at}: origin does not start with the input path ${inputPath}`);
  checkDiagnostics(item.diagnostics, at, out);
  for (const d of item.diagnostics) {
    if (d.stage !== 'ingest') out.push(`${at}: diagnostic of stage ${d.stage}`);
    if (!d.message.includes(inputPath)) out.push(`${at}: message does not name the input: ${d.message.slice(0, 100)}`);
  }
  const a = item.article;
  if (a === null) {
    if (!item.diagnostics.some((d) => d.severity === 'fatal')) out.push(`${at}: no article and no fatal diagnostic`);
    return out;
  }
  if (item.diagnostics.some((d) => d.severity === 'fatal')) out.push(`${at}: an article with a fatal diagnostic`);
  if (typeof a.id !== 'string' || a.id.trim() === '') out.push(`${at}: empty id`);
  if (!(a.date === null || isDate(a.date))) out.push(`${at}: date ${String(a.date)} is not a calendar date`);
  for (const k of ['title', 'url', 'source'] as const)
    if (!isStringOrNull(a[k])) out.push(`${at}.${k}: not string|null`);
  if (typeof a.text !== 'string' || a.text.trim() === '') out.push(`${at}: empty text`);
  else if (a.text.includes('\r')) out.push(`${at}: text keeps a carriage return (offsets assume LF)`);
  return out;
}
