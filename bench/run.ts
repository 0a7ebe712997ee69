// The bench runner: times the whole coder over the same articles in this one process (single-threaded),
// best of --repeat runs, with each stage of `pipeline.code` timed inside that same run, and compares it with
// the floor: wink-nlp tokenisation alone. Nothing is kept between articles, so the peak RSS is what
// streaming `detente code` needs.
import os from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { addTime, startClock, ZERO_TIME, type Time } from './clock.ts';
import type { Article } from '../src/types.ts';
import { analyze } from '../src/nlp/analyze.ts';
import { createPipeline, type PipelineStage, type StageTimer } from '../src/pipeline.ts';
import { defaultPipeTokens, taggedTokens, tokensAlone } from './floor.ts';
import type { ParallelFigures } from './parallel.ts';

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
  /** seconds / floor seconds: how many times tokenisation alone this stage costs. */
  readonly timesFloor: number;
}

export interface BenchReport {
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly node: string;
    readonly platform: string;
    readonly memoryGB: number;
    /** Load average over the last minute when the bench ended: other processes slow CPU time too. */
    readonly load: number;
  };
  readonly corpus: {
    readonly articles: number;
    readonly characters: number;
    readonly sentences: number;
    readonly tokens: number;
    readonly events: number;
  };
  readonly repeat: number;
  readonly warmUpArticles: number;
  readonly pipelineLoadMs: number;
  readonly stages: readonly StageFigures[];
  /** Whole pipeline over the floor, tokenisation alone by the same library ("runs at tokenizer speed"). */
  readonly pipelineTimesFloor: number;
  /** Share of the pipeline's CPU time spent on V8's helper threads (GC, compiler), when Linux tells it. */
  readonly helperThreadShare: number | null;
  /** Peak resident set after the whole-pipeline stage ran (the first stage), and at the end, in MB. */
  readonly peakRssAfterPipelineMB: number;
  readonly peakRssMB: number;
  /** `--jobs N`: the same articles coded by N worker threads, by the wall clock (bench/parallel.ts). */
  readonly parallel?: ParallelFigures;
}

/** What the floor is: the definition, tokenisation alone by wink-nlp. */
export const FLOOR_STAGE = 'tokenise';
/** wink's sentence and POS passes with their output: the part of the nlp stage no change of ours can remove. */
export const TAGGED_STAGE = 'wink tags';

/**
 * A first pass compiles the hot paths (JIT), including chrono's, which runs on few sentences and takes a
 * few hundred calls to warm: a long stream pays that once, so the timed runs start warm.
 */
const WARM_UP_ARTICLES = 200;

const STAGES: readonly { stage: PipelineStage; what: string }[] = [
  { stage: 'nlp', what: 'analyze: wink sbd+pos, lemmas, offsets' },
  { stage: 'actors', what: 'findMentions' },
  { stage: 'quotes', what: 'findQuotes' },
  { stage: 'coding', what: 'codeEvents (event dates included)' },
  { stage: 'geo', what: 'locateEvents' },
  { stage: 'assemble', what: 'tone, quote links, actor summary' },
];

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/** CPU seconds of the calling (main) thread, from /proc on Linux; null elsewhere. */
function mainThreadCpu(): number | null {
  const path = '/proc/thread-self/stat';
  if (!existsSync(path)) return null;
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

/** The fastest of `repeat` runs, by CPU time. */
function best<T extends { time: Time }>(run: () => T, repeat: number): T {
  let fastest: T | null = null;
  for (let i = 0; i < repeat; i++) {
    const r = run();
    if (fastest === null || r.time.cpu < fastest.time.cpu) fastest = r;
  }
  return fastest!;
}

function loop(fn: (a: Article) => unknown, articles: readonly Article[]): { time: Time } {
  const clock = startClock();
  for (const a of articles) fn(a);
  return { time: clock.stop() };
}

export function runBench(articles: readonly Article[], options: BenchOptions): BenchReport {
  const loadStart = performance.now();
  const pipeline = createPipeline();
  const pipelineLoadMs = performance.now() - loadStart;

  const warmUp = articles.slice(0, WARM_UP_ARTICLES);
  for (const a of warmUp) {
    pipeline.code(a);
    defaultPipeTokens(a.text);
    taggedTokens(a.text);
    tokensAlone(a.text);
  }

  // The whole coder, each stage timed inside the same run: the stages add up to the pipeline (less the
  // clock reads), and each is charged the garbage collection its allocations trigger.
  const whole = best(() => {
    const spent = new Map<PipelineStage, Time>();
    const timer: StageTimer = (stage, run) => {
      const clock = startClock();
      const value = run();
      spent.set(stage, addTime(spent.get(stage) ?? ZERO_TIME, clock.stop()));
      return value;
    };
    let events = 0;
    const mainBefore = mainThreadCpu();
    const clock = startClock();
    for (const a of articles) events += pipeline.code(a, timer).events.length;
    const time = clock.stop();
    const mainAfter = mainThreadCpu();
    const main = mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore;
    return { time, spent, events, main };
  }, options.repeat);
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
      stage: FLOOR_STAGE,
      what: 'the floor: wink readDoc, empty pipe, token values',
      time: best(() => loop((a) => tokensAlone(a.text), articles), options.repeat).time,
    },
    {
      stage: TAGGED_STAGE,
      what: 'wink readDoc, sbd+pos pipe (as nlp), values, tags, lemmas: the least a wink-tagged pipeline pays',
      time: best(() => loop((a) => taggedTokens(a.text), articles), options.repeat).time,
    },
    {
      stage: 'wink pipe',
      what: "wink readDoc, default pipe, token values (context: wink's own full analysis)",
      time: best(() => loop((a) => defaultPipeTokens(a.text), articles), options.repeat).time,
    },
    ...STAGES.map(({ stage, what }) => ({ stage, what, time: whole.spent.get(stage) ?? ZERO_TIME })),
    { stage: 'pipeline', what: 'pipeline.code: the whole coder', time: whole.time },
  ];
  if (options.ndjson) {
    const ndjson = best(() => {
      let time = ZERO_TIME;
      for (const a of articles) {
        const result = pipeline.code(a);
        const clock = startClock();
        JSON.stringify(result);
        time = addTime(time, clock.stop());
      }
      return { time };
    }, options.repeat).time;
    measured.push({ stage: 'ndjson', what: 'JSON.stringify of each result (code output)', time: ndjson });
    measured.push({
      stage: 'code+ndjson',
      what: 'pipeline + serialisation (detente code minus I/O)',
      time: addTime(whole.time, ndjson),
    });
  }

  const floor = measured[0]!.time.cpu;
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
      load: os.loadavg()[0] ?? 0,
    },
    corpus: {
      articles: articles.length,
      characters: articles.reduce((n, a) => n + a.text.length, 0),
      sentences,
      tokens,
      events: whole.events,
    },
    repeat: options.repeat,
    warmUpArticles: warmUp.length,
    pipelineLoadMs,
    stages,
    pipelineTimesFloor: floor > 0 ? whole.time.cpu / floor : Infinity,
    // The thread clock ticks in hundredths of a second: too coarse for a short run.
    helperThreadShare: whole.main === null || whole.time.cpu < 1 ? null : Math.max(0, 1 - whole.main / whole.time.cpu),
    peakRssAfterPipelineMB,
    peakRssMB: peakRssMB(),
  };
}
