// The long fuzz run: `npm run fuzz -- --minutes N [--seed S] [--max-scale X] [--out DIR]`.
// Random text and file cases (test/fuzz/generate.ts) at sizes up to --max-scale times the CI size, each
// in a worker thread so that a real hang is cut off (at 10× the time bound) and reported, not waited for.
// Every finding is printed with the line that replays it: `npm run fuzz -- --replay "text quote-storm seed 7 scale 3"`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createPipeline } from '../src/pipeline.ts';
import {
  ingestBoundMs,
  runFileCase,
  runTextCase,
  saveTextCase,
  textCase,
  warmUp,
  type CaseReport,
  type Finding,
} from '../test/fuzz/cases.ts';
import { timeBoundMs } from '../test/fuzz/check.ts';
import { FILE_KINDS, inputFile, TEXT_KINDS, type FileKind, type TextKind } from '../test/fuzz/generate.ts';
import { caseSeed, createRng } from '../test/fuzz/prng.ts';

interface Job {
  readonly type: 'text' | 'file';
  readonly kind: string;
  readonly seed: number;
  readonly scale: number;
}

const replayOf = (job: Job): string => `${job.type} ${job.kind} seed ${job.seed} scale ${job.scale}`;

if (!isMainThread) {
  // The worker: codes and reads cases as the main thread asks.
  const pipeline = createPipeline();
  warmUp(pipeline);
  // The main thread owns the scratch directory: a terminated worker cannot clean up after itself.
  const dir = String(workerData);
  parentPort?.on('message', (job: Job) => {
    void (async () => {
      let report: CaseReport;
      try {
        if (job.type === 'text') report = runTextCase(pipeline, job.seed, job.kind as TextKind, job.scale, true);
        else {
          report = await runFileCase(dir, job.seed, job.kind as FileKind, job.scale, pipeline, 200_000);
          rmSync(join(dir, `${job.kind}-${job.seed}`), { recursive: true, force: true });
        }
      } catch (error) {
        // A throw outside the checked calls (in the checks themselves, say) is a finding, not a silent worker death.
        report = { findings: [{ replay: replayOf(job), problem: `threw: ${String(error)}` }], characters: 0, ms: 0 };
      }
      parentPort?.postMessage(report);
    })();
  });
  parentPort?.postMessage('ready');
} else {
  await main();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      'max-scale': { type: 'string', default: '8' },
      out: { type: 'string', default: 'fuzz-findings' },
      replay: { type: 'string' },
    },
  });
  const minutes = Number(values.minutes);
  const runSeed = Number(values.seed);
  const maxScale = Number(values['max-scale']);
  if (!(minutes > 0) || !Number.isInteger(runSeed) || !(maxScale >= 1)) {
    process.stderr.write(
      'usage: npm run fuzz -- [--minutes N] [--seed S] [--max-scale X] [--out DIR] [--replay "text KIND seed S scale X"]\n',
    );
    process.exitCode = 2;
    return;
  }
  const jobs = values.replay === undefined ? randomJobs(runSeed, maxScale) : [parseReplay(values.replay)];
  const deadline = Date.now() + minutes * 60_000;
  process.stderr.write(`fuzz: seed ${runSeed}, up to ${minutes} min, sizes up to ${maxScale}× the test size\n`);

  const scratch = mkdtempSync(join(tmpdir(), 'detente-fuzz-'));
  let worker = await startWorker(scratch);
  const findings: Finding[] = [];
  const slowest = new Map<string, { ms: number; characters: number }>();
  let cases = 0;
  for (const job of jobs) {
    if (Date.now() > deadline) break;
    cases++;
    // A generous wall-clock cut-off: 10× the CPU bound for the case's size, at least a minute.
    const cutoffMs = Math.max(60_000, 10 * caseBoundMs(job));
    const report = await ask(worker, job, cutoffMs);
    if (report === null) {
      findings.push({ replay: replayOf(job), problem: `no answer within ${Math.round(cutoffMs / 1000)} s: a hang` });
      await worker.terminate();
      worker = await startWorker(scratch);
    } else {
      findings.push(...report.findings);
      if (report.findings.some((f) => f.problem.startsWith('worker died'))) worker = await startWorker(scratch);
      const key = `${job.type} ${job.kind}`;
      if (report.ms > (slowest.get(key)?.ms ?? -1)) slowest.set(key, { ms: report.ms, characters: report.characters });
    }
    for (const f of (report?.findings ?? findings.slice(-1)).slice(0, 3))
      process.stdout.write(`FINDING ${f.replay}: ${f.problem}\n`);
    if ((report === null || report.findings.length > 0) && job.type === 'text') {
      mkdirSync(values.out, { recursive: true });
      process.stdout.write(`  input saved: ${saveTextCase(values.out, job.seed, job.kind as TextKind, job.scale)}\n`);
    }
  }
  await worker.terminate();
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`\n${cases} cases, ${findings.length} findings. Slowest case of each kind (CPU):\n`);
  for (const [key, s] of [...slowest].sort()) {
    process.stdout.write(
      `  ${key.padEnd(28)} ${s.ms.toFixed(0).padStart(7)} ms for ${s.characters} characters/bytes\n`,
    );
  }
  process.exitCode = findings.length > 0 ? 1 : 0;
}

function* randomJobs(runSeed: number, maxScale: number): Generator<Job> {
  const rng = createRng(runSeed);
  for (let i = 0; ; i++) {
    const seed = caseSeed(runSeed, i);
    // Mostly small cases (many of them), sometimes big ones (the super-linear costs show there).
    const scale = Math.round((rng.chance(0.7) ? 1 : 1 + rng.next() * (maxScale - 1)) * 10) / 10;
    if (rng.chance(0.6)) yield { type: 'text', kind: rng.pick(TEXT_KINDS), seed, scale };
    else yield { type: 'file', kind: rng.pick(FILE_KINDS), seed, scale: Math.min(scale, 2) };
  }
}

/** CPU bound of a job: generating its input again to measure it is cheap. */
function caseBoundMs(job: Job): number {
  if (job.type === 'text') return timeBoundMs(textCase(job.seed, job.kind as TextKind, job.scale).text.length);
  const bytes = inputFile(createRng(job.seed), job.kind as FileKind, job.scale).bytes.length;
  // Reading, then coding what was read (articles over 200,000 characters are not coded).
  return ingestBoundMs(bytes) + timeBoundMs(Math.min(bytes, 1_000_000));
}

function parseReplay(line: string): Job {
  const m = /^(text|file) (\S+) seed (\d+) scale ([\d.]+)/.exec(line.trim());
  const kinds: readonly string[] = m?.[1] === 'text' ? TEXT_KINDS : FILE_KINDS;
  if (m === null || !kinds.includes(m[2] ?? ''))
    throw new Error(`--replay ${line}: expected "text|file KIND seed N scale X"`);
  return { type: m[1] as 'text' | 'file', kind: m[2] ?? '', seed: Number(m[3]), scale: Number(m[4]) };
}

function startWorker(scratch: string): Promise<Worker> {
  // Node 20 workers do not inherit the tsx loader: the worker registers it, then loads this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: scratch });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function ask(worker: Worker, job: Job, cutoffMs: number): Promise<CaseReport | null> {
  return new Promise((resolve) => {
    const finish = (report: CaseReport | null): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(report);
    };
    const timer = setTimeout(() => finish(null), cutoffMs);
    const onMessage = (report: CaseReport): void => finish(report);
    // A worker that dies (out of memory, say) answers with its error instead of a hang.
    const onError = (error: Error): void =>
      finish({ findings: [{ replay: replayOf(job), problem: `worker died: ${String(error)}` }], characters: 0, ms: 0 });
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(job);
  });
}
