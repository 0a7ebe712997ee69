// One fuzz case, from (seed, kind, scale) to a list of findings. Used by the tests here and by scripts/fuzz.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../../src/pipeline.ts';
import type { Article } from '../../src/types.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { itemViolations, resultViolations, timeBoundMs } from './check.ts';
import { articleText, inputFile, type FileKind, type TextKind } from './generate.ts';
import { createRng } from './prng.ts';

/**
 * CPU milliseconds of this process (user + system). Bounds are on CPU time, not wall time: the tests
 * share the machine with other jobs, and a loaded machine must not turn a fast article into a "hang".
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface Finding {
  /** How to replay it: "text no-sentence-end seed 123 scale 1". */
  readonly replay: string;
  readonly problem: string;
}

export interface CaseReport {
  readonly findings: readonly Finding[];
  readonly characters: number;
  readonly ms: number;
}

/** The article of a text case. */
export function textCase(seed: number, kind: TextKind, scale: number): Article {
  const rng = createRng(seed);
  const text = articleText(rng, kind, scale);
  return {
    id: `fuzz-${kind}-${seed}`,
    date: rng.pick(['2022-02-15', null, '1999-12-31']),
    title: rng.chance(0.5) ? articleText(rng, kind, 0.01) : null,
    url: null,
    source: null,
    text,
  };
}

/** Codes one generated article and checks the result; a throw or a slow article is a finding. */
export function runTextCase(
  pipeline: Pipeline,
  seed: number,
  kind: TextKind,
  scale: number,
  twice = false,
): CaseReport {
  const replay = `text ${kind} seed ${seed} scale ${scale}`;
  const article = textCase(seed, kind, scale);
  return codeAndCheck(pipeline, article, replay, twice);
}

export function codeAndCheck(
  pipeline: Pipeline,
  article: Article,
  replay: string,
  twice = false,
  bound: (characters: number) => number = timeBoundMs,
): CaseReport {
  const findings: Finding[] = [];
  const started = cpuMs();
  let result: unknown;
  try {
    result = pipeline.code(article);
  } catch (error) {
    const problem = `code() threw: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}`;
    return { findings: [{ replay, problem }], characters: article.text.length, ms: cpuMs() - started };
  }
  const ms = cpuMs() - started;
  const limit = bound(article.text.length);
  if (ms > limit)
    findings.push({
      replay,
      problem: `took ${ms.toFixed(0)} ms CPU for ${article.text.length} characters (bound ${limit.toFixed(0)} ms)`,
    });
  for (const problem of resultViolations(article, result).slice(0, 5)) findings.push({ replay, problem });
  // Same input, same output: event ids must be deterministic for upserts.
  if (twice) {
    try {
      if (JSON.stringify(pipeline.code(article)) !== JSON.stringify(result))
        findings.push({ replay, problem: 'a second run gave a different result' });
    } catch (error) {
      findings.push({ replay, problem: `second run or serialisation threw: ${String(error)}` });
    }
  }
  return { findings, characters: article.text.length, ms };
}

/** The first article pays for lazy loading and compilation: code one before timing any. */
export function warmUp(pipeline: Pipeline): void {
  for (let i = 0; i < 3; i++) pipeline.code(textCase(i, 'news', 1));
}

/** Per-file time bound for ingest: 1.5 s plus 1 s per 2 MB. */
export const ingestBoundMs = (bytes: number): number => 1500 + bytes / 2000;

/**
 * Writes one generated input file into `dir`, reads it with readInputs and checks every item; with a
 * pipeline, also codes the articles read (up to `codeLimit` characters each).
 */
export async function runFileCase(
  dir: string,
  seed: number,
  kind: FileKind,
  scale: number,
  pipeline: Pipeline | null,
  codeLimit = 50_000,
): Promise<CaseReport> {
  const replay = `file ${kind} seed ${seed} scale ${scale}`;
  const file = inputFile(createRng(seed), kind, scale);
  const caseDir = join(dir, `${kind}-${seed}`);
  mkdirSync(caseDir, { recursive: true });
  const path = join(caseDir, file.name === '' ? 'input' : file.name);
  writeFileSync(path, file.bytes);
  const findings: Finding[] = [];
  const ids = new Set<string>();
  const started = cpuMs();
  let readMs = 0;
  let items = 0;
  try {
    let mark = cpuMs();
    for await (const item of readInputs([path])) {
      readMs += cpuMs() - mark;
      items++;
      for (const problem of itemViolations(item, path).slice(0, 3)) findings.push({ replay, problem });
      if (item.article !== null) {
        if (ids.has(item.article.id))
          findings.push({ replay, problem: `${item.origin}: id ${item.article.id} repeated in one input` });
        ids.add(item.article.id);
        if (pipeline !== null && item.article.text.length <= codeLimit) {
          findings.push(...codeAndCheck(pipeline, item.article, `${replay} (${item.origin})`).findings);
        }
      }
      mark = cpuMs();
    }
    readMs += cpuMs() - mark;
  } catch (error) {
    findings.push({ replay, problem: `readInputs threw: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (items === 0)
    findings.push({ replay, problem: 'readInputs yielded nothing (expected an article or a diagnostic)' });
  const limit = ingestBoundMs(file.bytes.length);
  if (readMs > limit)
    findings.push({
      replay,
      problem: `reading took ${readMs.toFixed(0)} ms CPU for ${file.bytes.length} bytes (bound ${limit.toFixed(0)} ms)`,
    });
  return { findings, characters: file.bytes.length, ms: cpuMs() - started };
}

/** Writes the input of a text case to a file, for a bug report. */
export function saveTextCase(dir: string, seed: number, kind: TextKind, scale: number): string {
  const path = join(dir, `text-${kind}-${seed}.json`);
  writeFileSync(path, `${JSON.stringify(textCase(seed, kind, scale))}\n`);
  return path;
}
