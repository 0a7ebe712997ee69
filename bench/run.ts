// The bench runner: times each stage over the same articles in this one process (single-threaded),
// best of --repeat runs, and reports throughput, the ratio to the tokenisation floor and peak memory.
// Nothing is kept between articles, so the peak RSS is what streaming `detente code` needs.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { addTime, startClock, ZERO_TIME, type Time } from './clock.ts';
import type { Article } from '../src/types.ts';
import { analyze } from '../src/nlp/analyze.ts';
import { findMentions } from '../src/actors/index.ts';
import { findQuotes } from '../src/quotes/index.ts';
import { codeEvents } from '../src/coding/index.ts';
import { createPipeline } from '../src/pipeline.ts';
import { loadActorRegistry } from '../src/actors/index.ts';
import { loadCodebook } from '../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../src/pipeline.ts';
import { bareTokens, floorTokens } from './floor.ts';

export interface BenchOptions {
  readonly repeat: number;
  /** Also time the NDJSON serialisation of each `code` result. */
  readonly ndjson: boolean;
}

export interface StageFigures {
  readonly stage: string;
  readonly what: string;
  readonly seconds: number; // CPU seconds of the best of the repeats: rates are computed from it
  readonly wallSeconds: number; // wall-clock seconds of that run
  readonly articlesPerSecond: number;
  readonly sentencesPerSecond: number;
  readonly tokensPerSecond: number;
  /** seconds / floor seconds: how many times the wink readDoc floor this stage costs. */
  readonly timesFloor: number;
}

export interface BenchReport {
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly node: string;
    readonly platform: string;
    readonly memoryGB: number;
  };
  readonly corpus: {
    readonly articles: number;
    readonly characters: number;
    readonly sentences: number;
    readonly tokens: number;
    readonly events: number;
  };
  readonly repeat: number;
  readonly pipelineLoadMs: number;
  readonly stages: readonly StageFigures[];
  /** Whole pipeline over floor (the design goal: "runs at tokenizer speed"). */
  readonly pipelineTimesFloor: number;
  /** Peak resident set after the whole-pipeline stage ran (the first stage), and at the end, in MB. */
  readonly peakRssAfterPipelineMB: number;
  readonly peakRssMB: number;
}

const WARM_UP_ARTICLES = 50;

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/** A stage run over every article; returns the time spent in the timed part only. */
type StageRun = (articles: readonly Article[]) => Time;

/** Times the whole loop: for stages whose input is the article itself. */
function whole(fn: (a: Article) => unknown): StageRun {
  return (articles) => {
    const clock = startClock();
    for (const a of articles) fn(a);
    return clock.stop();
  };
}

/**
 * Times only `timed`; `prepare` builds its input per article outside the clock. Inputs are rebuilt per
 * article instead of held for the corpus, so memory stays at streaming size.
 */
function partial<T>(prepare: (a: Article) => T, timed: (input: T) => unknown): StageRun {
  return (articles) => {
    let spent = ZERO_TIME;
    for (const a of articles) {
      const input = prepare(a);
      const clock = startClock();
      timed(input);
      spent = addTime(spent, clock.stop());
    }
    return spent;
  };
}

/** The fastest of `repeat` runs, by CPU time. */
function best(run: StageRun, articles: readonly Article[], repeat: number): Time {
  let fastest: Time | null = null;
  for (let i = 0; i < repeat; i++) {
    const t = run(articles);
    if (fastest === null || t.cpu < fastest.cpu) fastest = t;
  }
  return fastest ?? ZERO_TIME;
}

export function runBench(articles: readonly Article[], options: BenchOptions): BenchReport {
  const loadStart = performance.now();
  const pipeline = createPipeline();
  const pipelineLoadMs = performance.now() - loadStart;
  // The stages are called one by one with the same dictionaries the pipeline loads.
  const registry = loadActorRegistry(DEFAULT_DICTIONARY_DIR, []);
  const codebook = loadCodebook(DEFAULT_DICTIONARY_DIR);
  const version = pipeline.dictionaryVersion;

  // Warm-up: a first pass compiles the hot paths (JIT), so the stage measured first is not the one
  // that pays for it. A few dozen articles are enough and add little to the peak memory.
  for (const a of articles.slice(0, WARM_UP_ARTICLES)) {
    pipeline.code(a);
    floorTokens(a.text);
    bareTokens(a.text);
  }

  let events = 0;
  const pipelineTime = best(
    whole((a) => {
      events += pipeline.code(a).events.length;
    }),
    articles,
    options.repeat,
  );
  events /= options.repeat;
  const peakRssAfterPipelineMB = peakRssMB();

  let sentences = 0;
  let tokens = 0;
  for (const a of articles) {
    const doc = analyze(a);
    sentences += doc.sentences.length;
    tokens += doc.tokens.length;
  }

  const measured: { stage: string; what: string; time: Time }[] = [
    {
      stage: 'tokenise',
      what: 'wink readDoc, empty pipe, token values',
      time: best(
        whole((a) => bareTokens(a.text)),
        articles,
        options.repeat,
      ),
    },
    {
      stage: 'floor',
      what: 'wink readDoc (default pipe) + token values',
      time: best(
        whole((a) => floorTokens(a.text)),
        articles,
        options.repeat,
      ),
    },
    {
      stage: 'nlp',
      what: 'analyze: sentences, tokens, POS, lemmas, offsets',
      time: best(whole(analyze), articles, options.repeat),
    },
    {
      stage: 'actors',
      what: 'findMentions',
      time: best(
        partial(analyze, (doc) => findMentions(doc, registry)),
        articles,
        options.repeat,
      ),
    },
    {
      stage: 'quotes',
      what: 'findQuotes',
      time: best(
        partial(
          (a) => {
            const doc = analyze(a);
            return { doc, mentions: findMentions(doc, registry).mentions };
          },
          ({ doc, mentions }) => findQuotes(doc, mentions),
        ),
        articles,
        options.repeat,
      ),
    },
    {
      stage: 'coding',
      what: 'codeEvents',
      time: best(
        partial(
          (a) => {
            const doc = analyze(a);
            const mentions = findMentions(doc, registry).mentions;
            return { doc, mentions, quotes: findQuotes(doc, mentions) };
          },
          ({ doc, mentions, quotes }) => codeEvents(doc, mentions, codebook, version, quotes),
        ),
        articles,
        options.repeat,
      ),
    },
    { stage: 'pipeline', what: 'pipeline.code: the whole coder', time: pipelineTime },
  ];
  // What the pipeline spends outside the stages timed above (tone, actor summaries, glue, and the GC
  // its allocations cause): derived, so a cost that belongs to no stage still shows.
  const staged = measured
    .filter((m) => ['nlp', 'actors', 'quotes', 'coding'].includes(m.stage))
    .reduce((sum, m) => addTime(sum, m.time), ZERO_TIME);
  measured.push({
    stage: 'rest',
    what: 'pipeline minus nlp, actors, quotes, coding (derived)',
    time: { cpu: Math.max(0, pipelineTime.cpu - staged.cpu), wall: Math.max(0, pipelineTime.wall - staged.wall) },
  });
  if (options.ndjson) {
    measured.push({
      stage: 'ndjson',
      what: 'JSON.stringify of each result (code output)',
      time: best(
        partial(
          (a) => pipeline.code(a),
          (result) => `${JSON.stringify(result)}\n`,
        ),
        articles,
        options.repeat,
      ),
    });
    measured.push({
      stage: 'code+ndjson',
      what: 'pipeline + serialisation (detente code minus I/O)',
      time: addTime(pipelineTime, measured[measured.length - 1]!.time),
    });
  }

  const floor = measured.find((m) => m.stage === 'floor')!.time.cpu;
  const per = (n: number, s: number): number => (s > 0 ? n / s : Infinity);
  const stages = measured.map(({ stage, what, time }) => ({
    stage,
    what,
    seconds: time.cpu,
    wallSeconds: time.wall,
    articlesPerSecond: per(articles.length, time.cpu),
    sentencesPerSecond: per(sentences, time.cpu),
    tokensPerSecond: per(tokens, time.cpu),
    timesFloor: floor > 0 ? time.cpu / floor : Infinity,
  }));
  const cpus = os.cpus();
  return {
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
    },
    corpus: {
      articles: articles.length,
      characters: articles.reduce((n, a) => n + a.text.length, 0),
      sentences,
      tokens,
      events,
    },
    repeat: options.repeat,
    pipelineLoadMs,
    stages,
    pipelineTimesFloor: floor > 0 ? pipelineTime.cpu / floor : Infinity,
    peakRssAfterPipelineMB,
    peakRssMB: peakRssMB(),
  };
}
