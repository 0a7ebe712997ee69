// Wall and CPU time together. Rates use CPU time (user + system of this process): on a shared machine
// other processes stretch the wall clock but not the work this process does, so two versions of the
// code compare fairly. Wall time is reported beside it; on an idle machine the two agree closely.
import { performance } from 'node:perf_hooks';

export interface Time {
  readonly cpu: number; // seconds
  readonly wall: number; // seconds
}

export interface Stopwatch {
  stop(): Time;
}

export function startClock(): Stopwatch {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    stop() {
      const used = process.cpuUsage(cpu);
      return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000 };
    },
  };
}

export const addTime = (a: Time, b: Time): Time => ({ cpu: a.cpu + b.cpu, wall: a.wall + b.wall });

export const ZERO_TIME: Time = Object.freeze({ cpu: 0, wall: 0 });
