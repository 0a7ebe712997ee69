// Progress on a terminal (count, rate, ETA) and a closing summary; silent when stderr is not a TTY.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(ok: boolean): void;
  finish(): { ok: number; failed: number; seconds: number };
}

export function startProgress(
  label: string,
  total: number | null,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = Date.now();
  let ok = 0;
  let failed = 0;
  const bar = stream.isTTY
    ? new cliProgress.SingleBar(
        {
          stream,
          format:
            total === null
              ? `${label} {value} articles | {rate}/s | {failed} failed`
              : `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | {failed} failed`,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 200,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total ?? 0, 0, { rate: '0', failed: 0 });
  return {
    tick(success: boolean): void {
      if (success) ok++;
      else failed++;
      const seconds = (Date.now() - started) / 1000;
      bar?.update(ok + failed, { rate: seconds > 0 ? ((ok + failed) / seconds).toFixed(0) : '0', failed });
    },
    finish() {
      bar?.stop();
      return { ok, failed, seconds: (Date.now() - started) / 1000 };
    },
  };
}
