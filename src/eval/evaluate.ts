// Gold records → articles → coder → reports. The coder is injected (the real pipeline or a fake in
// tests); a record the coder throws on is scored as "no output" and reported as a diagnostic.
import type { Article, ArticleResult, Diagnostic } from '../types.ts';
import type { GoldRecord, Petr2Gold, PloverGold } from './gold.ts';
import { scorePlover, type PloverReport, type Scored } from './score-plover.ts';
import { scorePetr2, type Petr2Report } from './score-petr2.ts';
import { scoreReview, type ReviewRecord, type ReviewReport } from './review.ts';

export interface Coder {
  code(article: Article): ArticleResult;
}

export interface EvalReport {
  readonly plover: PloverReport | null;
  readonly petr2: Petr2Report | null;
  readonly skipped: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** A gold sentence as the article the pipeline codes: id and date from the record. */
export function goldArticle(record: GoldRecord): Article {
  return { id: record.id, date: record.date, title: null, url: null, source: null, text: record.text };
}

export function emptyResult(article: Article): ArticleResult {
  const { id, date, title, url, source } = article;
  return { id, date, title, url, source, tone: 0, events: [], quotes: [], actors: [], diagnostics: [] };
}

/** Runs the coder over articles, never stopping at one that throws. */
export function codeAll(
  articles: readonly Article[],
  coder: Coder,
): { results: ArticleResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const results = articles.map((article) => {
    try {
      return coder.code(article);
    } catch (error) {
      diagnostics.push({
        stage: 'eval',
        ruleId: 'eval/coder-failed',
        severity: 'warning',
        message: `${article.id}: the coder threw (${error instanceof Error ? error.message : String(error)}); scored as no output`,
      });
      return emptyResult(article);
    }
  });
  return { results, diagnostics };
}

export function evaluateGold(
  records: readonly GoldRecord[],
  coder: Coder,
  read: { skipped: number; diagnostics: readonly Diagnostic[] } = { skipped: 0, diagnostics: [] },
): EvalReport {
  const { results, diagnostics } = codeAll(records.map(goldArticle), coder);
  const plover: Scored<PloverGold>[] = [];
  const petr2: Scored<Petr2Gold>[] = [];
  records.forEach((gold, i) => {
    const result = results[i]!;
    if (gold.form === 'plover') plover.push({ gold, result });
    else petr2.push({ gold, result });
  });
  return {
    plover: plover.length > 0 ? scorePlover(plover) : null,
    petr2: petr2.length > 0 ? scorePetr2(petr2) : null,
    skipped: read.skipped,
    diagnostics: [...read.diagnostics, ...diagnostics],
  };
}

/** Codes the annotated articles found in the corpus and scores them; annotations without an article are reported. */
export function evaluateReview(
  records: readonly ReviewRecord[],
  articles: ReadonlyMap<string, Article>,
  coder: Coder,
): { report: ReviewReport; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found = records.filter((record) => {
    if (articles.has(record.articleId)) return true;
    diagnostics.push({
      stage: 'eval',
      ruleId: 'eval/review-article-missing',
      severity: 'warning',
      message: `review article ${record.articleId} is not in the corpus; its annotations are not scored`,
    });
    return false;
  });
  const coded = codeAll(
    found.map((r) => articles.get(r.articleId)!),
    coder,
  );
  diagnostics.push(...coded.diagnostics);
  const report = scoreReview(found.map((record, i) => ({ record, result: coded.results[i]! })));
  return { report, diagnostics };
}
