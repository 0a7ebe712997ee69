// Command-line paths → input files: directories recursively (sorted, dot-files skipped), "-" as is.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type InputPath = { readonly path: string; readonly error?: string };

export async function* expandPaths(paths: readonly string[]): AsyncGenerator<InputPath> {
  const visited = new Set<string>();
  for (const path of paths) {
    if (path === '-') yield { path };
    else yield* expand(path, visited);
  }
}

async function* expand(path: string, visited: Set<string>): AsyncGenerator<InputPath> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    yield { path, error: describeFsError(error) };
    return;
  }
  if (!isDirectory) {
    yield { path };
    return;
  }
  // A symlink back up the tree would otherwise recurse forever.
  const real = await realpath(path);
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    yield { path, error: describeFsError(error) };
    return;
  }
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) yield* expand(join(path, name), visited);
}

/** A short reason with the fix, for messages such as "x.txt: cannot read (no such file: check the path)". */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory: check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: check the file permissions';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links: check the link';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
