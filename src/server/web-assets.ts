// The dashboard's files. The browser code is TypeScript in src/web, bundled with esbuild (a dependency of tsx,
// so every install has it) the first time it is asked for, in memory: no build step, no generated files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const require = createRequire(import.meta.url);

export interface Asset {
  readonly type: string;
  readonly body: string;
}

async function bundle(): Promise<Asset> {
  const result = await build({
    entryPoints: [`${WEB}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no output for src/web/main.ts');
  return { type: 'text/javascript; charset=utf-8', body: file.text };
}

const FILES: Readonly<Record<string, () => Promise<Asset>>> = {
  '/': async () => ({ type: 'text/html; charset=utf-8', body: await readFile(`${WEB}index.html`, 'utf8') }),
  '/assets/app.css': async () => ({ type: 'text/css; charset=utf-8', body: await readFile(`${WEB}app.css`, 'utf8') }),
  '/assets/uplot.css': async () => ({
    type: 'text/css; charset=utf-8',
    body: await readFile(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  }),
  '/assets/app.js': bundle,
};

/** Loads each asset once; a failed load is retried on the next request. */
export function webAssets(): (path: string) => Promise<Asset> | null {
  const cache = new Map<string, Promise<Asset>>();
  return (path) => {
    const load = FILES[path];
    if (load === undefined) return null;
    let pending = cache.get(path);
    if (pending === undefined) {
      pending = load();
      cache.set(path, pending);
      pending.catch(() => cache.delete(path));
    }
    return pending;
  };
}
