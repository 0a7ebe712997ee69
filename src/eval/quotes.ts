// The quote-speaker set (issue 4): hand annotations of direct quotations in corpus articles, scored
// against the speakers our quotes stage attributes. One annotation per JSONL line:
//   {"articleId": "hk-…", "quote": "<first 6+ words of the quoted text>", "speaker": "Sergey Lavrov" | null,
//    "speakerCode": "RUSGOV" | null, "form": "X-said"}
// A quotation is found when one of our quotes contains the annotated fragment (quote marks, apostrophes,
// dashes, whitespace and case normalised). Its speaker is right by name (full name or surname, spelling
// variants folded) or by code (the same code, or the same country and sector).
import type { Actor, Article, ArticleResult, Diagnostic, Quote } from '../types.ts';

export const QUOTE_FORMS = [
  'said-X',
  'X-said',
  'according-to',
  'pronoun',
  'title',
  'headline',
  'multi-paragraph',
  'partial',
  'other',
] as const;
export type QuoteForm = (typeof QUOTE_FORMS)[number];

export interface QuoteAnnotation {
  readonly articleId: string;
  readonly quote: string;
  readonly speaker: string | null; // null: a reader could not tell either
  readonly speakerCode: string | null;
  readonly form: QuoteForm;
}

export type MissKind = 'article-absent' | 'quote-not-found' | 'no-speaker' | 'wrong-speaker' | 'spurious-speaker';

export interface QuoteMiss {
  readonly articleId: string;
  readonly quote: string;
  readonly form: QuoteForm;
  readonly expected: string; // "Sergey Lavrov (RUSGOV)"
  readonly got: string | null; // our speaker, "(none)", or null when no quote was found
  readonly kind: MissKind;
}

export interface FormCounts {
  readonly annotated: number;
  readonly found: number;
  readonly right: number;
}

export interface QuoteReport {
  readonly annotated: number;
  readonly found: number;
  /** Speaker right by name (or both null). */
  readonly rightByName: number;
  /** Speaker right by code (or both null). */
  readonly rightByCode: number;
  /** Right by name or by code: the issue's speaker-accuracy figure. */
  readonly right: number;
  readonly byForm: Readonly<Record<string, FormCounts>>;
  readonly missKinds: Readonly<Record<string, number>>;
  readonly misses: readonly QuoteMiss[];
}

function bad(origin: string, message: string): Diagnostic {
  return { stage: 'eval', ruleId: 'eval/bad-quote', severity: 'warning', message: `${origin}: ${message}` };
}

function nullableString(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function parseQuoteAnnotation(line: string, origin: string): QuoteAnnotation | Diagnostic {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return bad(origin, 'not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(origin, 'not a JSON object');
  const o = value as Record<string, unknown>;
  const articleId = o['articleId'];
  const quote = o['quote'];
  if (typeof articleId !== 'string' || articleId === '') return bad(origin, 'needs an "articleId" string');
  if (typeof quote !== 'string' || quote.trim() === '') return bad(origin, 'needs a "quote" fragment');
  const speaker = nullableString(o['speaker']);
  const speakerCode = nullableString(o['speakerCode']);
  if (speaker === undefined) return bad(origin, '"speaker" must be a name or null');
  if (speakerCode === undefined) return bad(origin, '"speakerCode" must be a code or null');
  const form = o['form'] ?? 'other';
  if (!QUOTE_FORMS.includes(form as QuoteForm)) return bad(origin, `"form" must be one of ${QUOTE_FORMS.join(', ')}`);
  return { articleId, quote, speaker, speakerCode: speakerCode?.toUpperCase() ?? null, form: form as QuoteForm };
}

export function readQuoteAnnotations(
  content: string,
  name: string,
): { records: QuoteAnnotation[]; diagnostics: Diagnostic[] } {
  const records: QuoteAnnotation[] = [];
  const diagnostics: Diagnostic[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const read = parseQuoteAnnotation(line, `${name}:${i + 1}`);
    if ('ruleId' in read) diagnostics.push(read);
    else records.push(read);
  });
  return { records, diagnostics };
}

/** Text compared for containment: one form of each quote mark, apostrophe, dash and ellipsis; no case. */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„«»"]/g, ' ')
    .replace(/[‘’`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^'+|'+$/g, '') // single quote marks around the whole fragment, not apostrophes inside it
    .replace(/[\s,.;:!?]+$/, '');
}

/** The first of our quotes whose text contains the annotated fragment. */
export function findQuote(fragment: string, quotes: readonly Quote[]): Quote | null {
  const wanted = normalizeQuoteText(fragment);
  if (wanted === '') return null;
  return quotes.find((q) => normalizeQuoteText(q.text).includes(wanted)) ?? null;
}

/**
 * A name reduced to what spelling variants share: no diacritics, letters only, and a final -y/-yy/-iy/-i
 * folded (Zelensky/Zelenskyy/Zelenskiy, Sergey/Sergei).
 */
function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
    .replace(/(?:iy|yy|ii|y|i)$/, 'i');
}

function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(nameKey)
    .filter((w) => w !== '');
}

/** Right by name: the same full name, or the same surname (last word) as the actor's name or its text. */
export function speakerNameMatches(expected: string, actor: Actor | null): boolean {
  if (actor === null) return false;
  const want = nameWords(expected);
  const surname = want[want.length - 1];
  if (surname === undefined) return false;
  return [actor.name, actor.text].some((candidate) => {
    const got = nameWords(candidate);
    return got.join(' ') === want.join(' ') || (want.length > 1 && got[got.length - 1] === surname);
  });
}

/** Right by code: the same code, or the code's country (3 letters) and sector (the next 3) on the actor. */
export function speakerCodeMatches(expected: string, actor: Actor | null): boolean {
  if (actor === null) return false;
  const want = expected.toUpperCase();
  if (actor.code.toUpperCase() === want) return true;
  if (want.length < 6 || actor.country === null || actor.sector === null) return false;
  return actor.country.toUpperCase() === want.slice(0, 3) && actor.sector.toUpperCase() === want.slice(3, 6);
}

function describeExpected(a: QuoteAnnotation): string {
  if (a.speaker === null && a.speakerCode === null) return '(none)';
  return `${a.speaker ?? '?'} (${a.speakerCode ?? '?'})`;
}

function describeActor(actor: Actor | null): string {
  return actor === null ? '(none)' : `${actor.name} (${actor.code})`;
}

interface Judged {
  readonly found: boolean;
  readonly byName: boolean;
  readonly byCode: boolean;
  readonly miss: QuoteMiss | null;
}

function judge(a: QuoteAnnotation, result: ArticleResult | undefined): Judged {
  const base = { articleId: a.articleId, quote: a.quote, form: a.form, expected: describeExpected(a) };
  if (result === undefined) {
    return { found: false, byName: false, byCode: false, miss: { ...base, got: null, kind: 'article-absent' } };
  }
  const quote = findQuote(a.quote, result.quotes);
  if (quote === null) {
    return { found: false, byName: false, byCode: false, miss: { ...base, got: null, kind: 'quote-not-found' } };
  }
  const actor = quote.speaker;
  const nobody = a.speaker === null && a.speakerCode === null;
  const byName = nobody ? actor === null : a.speaker !== null && speakerNameMatches(a.speaker, actor);
  const byCode = nobody ? actor === null : a.speakerCode !== null && speakerCodeMatches(a.speakerCode, actor);
  if (byName || byCode) return { found: true, byName, byCode, miss: null };
  const kind: MissKind = nobody ? 'spurious-speaker' : actor === null ? 'no-speaker' : 'wrong-speaker';
  return { found: true, byName, byCode, miss: { ...base, got: describeActor(actor), kind } };
}

/** Scores annotations against coded articles (by id); an article that was not coded counts as a miss. */
export function scoreQuotes(
  annotations: readonly QuoteAnnotation[],
  results: ReadonlyMap<string, ArticleResult>,
): QuoteReport {
  let found = 0;
  let rightByName = 0;
  let rightByCode = 0;
  let right = 0;
  const byForm: Record<string, { annotated: number; found: number; right: number }> = {};
  const missKinds: Record<string, number> = {};
  const misses: QuoteMiss[] = [];
  for (const a of annotations) {
    const j = judge(a, results.get(a.articleId));
    const form = (byForm[a.form] ??= { annotated: 0, found: 0, right: 0 });
    form.annotated++;
    if (j.found) {
      found++;
      form.found++;
    }
    if (j.byName) rightByName++;
    if (j.byCode) rightByCode++;
    if (j.byName || j.byCode) {
      right++;
      form.right++;
    }
    if (j.miss !== null) {
      misses.push(j.miss);
      missKinds[j.miss.kind] = (missKinds[j.miss.kind] ?? 0) + 1;
    }
  }
  return { annotated: annotations.length, found, rightByName, rightByCode, right, byForm, missKinds, misses };
}

/** Codes each annotated article once and scores the annotations; ids not in the corpus become diagnostics. */
export function evaluateQuotes(
  annotations: readonly QuoteAnnotation[],
  articles: ReadonlyMap<string, Article>,
  code: (article: Article) => ArticleResult,
): { report: QuoteReport; diagnostics: Diagnostic[] } {
  const results = new Map<string, ArticleResult>();
  const diagnostics: Diagnostic[] = [];
  for (const id of new Set(annotations.map((a) => a.articleId))) {
    const article = articles.get(id);
    if (article === undefined) {
      diagnostics.push({
        stage: 'eval',
        ruleId: 'eval/quote-article-absent',
        severity: 'warning',
        message: `article ${id} is annotated but not in the corpus (its quotes count as not found)`,
      });
    } else {
      results.set(id, code(article));
    }
  }
  return { report: scoreQuotes(annotations, results), diagnostics };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

export function formatQuoteReport(report: QuoteReport, misses: number): string {
  const n = report.annotated;
  const lines = [
    `quotes annotated     ${n}`,
    `quotes found         ${report.found}  ${pct(report.found, n)}`,
    `speaker right        ${report.right}  ${pct(report.right, n)} of annotated, ${pct(report.right, report.found)} of found`,
    `  by name            ${report.rightByName}  ${pct(report.rightByName, n)}`,
    `  by code            ${report.rightByCode}  ${pct(report.rightByCode, n)}`,
    '',
    'form               annotated  found  right  right/annotated',
  ];
  for (const form of QUOTE_FORMS) {
    const c = report.byForm[form];
    if (c === undefined) continue;
    lines.push(
      `${form.padEnd(18)} ${String(c.annotated).padStart(9)}  ${String(c.found).padStart(5)}  ${String(c.right).padStart(5)}  ${pct(c.right, c.annotated).padStart(15)}`,
    );
  }
  const kinds = Object.entries(report.missKinds).sort((x, y) => y[1] - x[1]);
  if (kinds.length > 0) lines.push('', `misses: ${kinds.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const m of report.misses.slice(0, misses)) {
    lines.push(`  [${m.kind}] ${m.articleId} (${m.form}) “${m.quote}” expected ${m.expected}, got ${m.got ?? '-'}`);
  }
  if (report.misses.length > misses && misses > 0) lines.push(`  … ${report.misses.length - misses} more`);
  return `${lines.join('\n')}\n`;
}

/** The report for --json, with the miss list cut to `misses`. */
export function quoteReportJson(report: QuoteReport, misses: number): QuoteReport {
  return { ...report, misses: report.misses.slice(0, misses) };
}
