// `detente eval --gold FILE` (PLOVER GSR / PETRARCH2 gold) and `detente eval --review FILE` (our own
// annotations of corpus articles): accuracy figures, then misses and false positives to judge a change by.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';
import { createPipeline } from '../../pipeline.ts';
import { readGold } from '../../eval/read-gold.ts';
import { evaluateGold, evaluateReview } from '../../eval/evaluate.ts';
import { evalJson, formatComparison, formatEval, formatReview, limitLists } from '../../eval/format.ts';
import { compare, headlines, missKeys, readBaseline } from '../../eval/compare.ts';
import { onlyLabel } from '../../eval/only.ts';
import { readReview } from '../../eval/review.ts';
import { readArticles } from '../../eval/corpus.ts';
import { DEFAULT_CORPUS } from '../../eval/paths.ts';
import type { Article } from '../../types.ts';
import { evaluateQuotes, formatQuoteReport, quoteReportJson, readQuoteAnnotations } from '../../eval/quotes.ts';
import { evaluateGeo, formatGeoReport, readGeoAnnotations } from '../../eval/geo.ts';

interface EvalOptions {
  gold?: string;
  review?: string;
  quotes?: string;
  geo?: string;
  baseline?: string;
  only?: string;
  corpus: string;
  json?: boolean;
  misses: string;
  userActors?: string[];
}

export function registerEval(program: Command, context: CommandContext): void {
  program
    .command('eval')
    .description('score the coder against a gold file (PLOVER GSR or PETRARCH2 JSONL) or a review set')
    .option('--gold <file>', 'gold JSONL (PLOVER GSR or PETRARCH2 validation form, detected per record)')
    .option('--review <file>', 'review annotations JSONL ({articleId, events}) scored against --corpus articles')
    .option('--quotes <file>', 'quote-speaker annotations JSONL ({articleId, quote, speaker, speakerCode, form})')
    .option('--geo <file>', 'event-location annotations JSONL ({articleId, sentence, trigger, country, city})')
    .option('--corpus <path>', 'articles JSONL the review set refers to', DEFAULT_CORPUS)
    .option('--baseline <file>', 'an earlier `eval --gold … --json` output: show what changed since')
    .option('--only <label>', 'list only misses/false positives about one PLOVER category or CAMEO code prefix')
    .option('--json', 'print the report as JSON')
    .option('--misses <n>', 'how many misses and false positives to list (0: none)', '10')
    .option('--user-actors <file...>', 'extra actor dictionary files')
    .action((options: EvalOptions) => {
      const misses = Number(options.misses);
      if (!Number.isInteger(misses) || misses < 0)
        return fail(context, `--misses ${options.misses}: expected a whole number ≥ 0`);
      const chosen = [options.gold, options.review, options.quotes, options.geo].filter((o) => o !== undefined).length;
      if (chosen === 0) {
        return fail(context, 'give --gold FILE, --review FILE or --quotes FILE (gold sets live in ../shared/gold)');
      }
      if (chosen > 1) {
        return fail(context, 'give one of --gold, --review or --quotes (one report per run)');
      }
      // Missing inputs are reported before the pipeline loads its dictionaries, so the message is the only output.
      if (options.gold !== undefined && !existsSync(options.gold)) {
        return fail(
          context,
          `gold file ${options.gold} does not exist (the gold sets live in ../shared/gold, which a fresh clone does not have)`,
        );
      }
      if (options.review !== undefined && !existsSync(options.review)) {
        return fail(context, `review file ${options.review} does not exist`);
      }
      if (options.quotes !== undefined && !existsSync(options.quotes)) {
        return fail(context, `quote annotations ${options.quotes} do not exist`);
      }
      if (options.geo !== undefined && !existsSync(options.geo)) {
        return fail(context, `location annotations ${options.geo} do not exist`);
      }
      if ((options.review ?? options.quotes ?? options.geo) !== undefined && !existsSync(options.corpus)) {
        return fail(
          context,
          `corpus ${options.corpus} does not exist (the corpus lives in ../shared/corpus, which a fresh clone does not have; pass --corpus PATH)`,
        );
      }
      let baseline: ReturnType<typeof readBaseline> = null;
      if (options.baseline !== undefined) {
        if (options.gold === undefined) return fail(context, '--baseline compares gold runs: give --gold too');
        if (!existsSync(options.baseline)) return fail(context, `baseline ${options.baseline} does not exist`);
        baseline = readBaseline(parseJson(readFileSync(options.baseline, 'utf8')));
        if (baseline === null) {
          return fail(context, `baseline ${options.baseline} is not the output of \`detente eval --gold … --json\``);
        }
      }
      const pipeline = createPipeline({ userActorFiles: options.userActors ?? [] });
      if (options.gold !== undefined) {
        const read = readGold(readFileSync(options.gold, 'utf8'), options.gold);
        const scored = evaluateGold(read.records, pipeline, read);
        const report = options.only === undefined ? scored : onlyLabel(scored, options.only);
        // Compared on the unfiltered report: --only narrows the listing, not what changed.
        const comparison =
          baseline === null ? null : compare({ headlines: headlines(scored), missKeys: missKeys(scored) }, baseline);
        if (options.json) {
          const json = { ...evalJson(report, misses), ...(comparison === null ? {} : { comparison }) };
          process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        } else {
          process.stdout.write(formatEval(report, misses));
          if (comparison !== null)
            process.stdout.write(`\n${formatComparison(comparison, options.baseline ?? '', misses)}`);
        }
        if (read.records.length === 0) context.exitCode = 1;
      }
      if (options.quotes !== undefined) {
        const read = readQuoteAnnotations(readFileSync(options.quotes, 'utf8'), options.quotes);
        const corpus = readArticles(readFileSync(options.corpus, 'utf8'), options.corpus);
        const byId = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
        const { report, diagnostics } = evaluateQuotes(read.records, byId, (a) => pipeline.code(a));
        const all = [...read.diagnostics, ...diagnostics];
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ ...quoteReportJson(report, misses), diagnostics: all }, null, 2)}\n`,
          );
        } else {
          process.stdout.write(formatQuoteReport(report, misses));
          for (const d of all) process.stdout.write(`${d.severity}: ${d.message} [${d.ruleId}]\n`);
        }
        if (read.records.length === 0) context.exitCode = 1;
      }
      if (options.geo !== undefined) {
        const read = readGeoAnnotations(readFileSync(options.geo, 'utf8'), options.geo);
        const corpus = readArticles(readFileSync(options.corpus, 'utf8'), options.corpus);
        const byId = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
        const { report, diagnostics } = evaluateGeo(read.records, byId, (a) => pipeline.code(a));
        const all = [...read.diagnostics, ...diagnostics];
        if (options.json) process.stdout.write(`${JSON.stringify({ ...report, diagnostics: all }, null, 2)}\n`);
        else {
          process.stdout.write(formatGeoReport(report, misses));
          for (const d of all) process.stdout.write(`${d.severity}: ${d.message} [${d.ruleId}]\n`);
        }
        if (read.records.length === 0) context.exitCode = 1;
      }
      if (options.review !== undefined) {
        const review = readReview(readFileSync(options.review, 'utf8'), options.review);
        const corpus = readArticles(readFileSync(options.corpus, 'utf8'), options.corpus);
        const byId = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
        const { report, diagnostics } = evaluateReview(review.records, byId, pipeline);
        const all = [...review.diagnostics, ...diagnostics];
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ...limitLists(report, misses), diagnostics: all }, null, 2)}\n`);
        } else {
          process.stdout.write(formatReview(report, misses));
          for (const d of all) process.stdout.write(`${d.severity}: ${d.message} [${d.ruleId}]\n`);
        }
      }
    });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function fail(context: CommandContext, message: string): void {
  process.stderr.write(`detente eval: ${message}\n`);
  context.exitCode = 2;
}
