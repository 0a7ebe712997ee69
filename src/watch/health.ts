// Per-feed health as a table: printed after each round and by `detente watch --status`.
import { formatTable } from '../cli/format-table.ts';
import type { WatchState } from './state.ts';

export function formatHealth(
  state: WatchState,
  urls: readonly string[] | null = null,
  lineWidth: number | null = null,
): string {
  const chosen = urls ?? Object.keys(state.feeds);
  const rows = chosen.map((url) => {
    const feed = state.feeds[url];
    const h = feed?.health;
    const round = h?.lastRound;
    return [
      url,
      round?.status ?? 'never',
      round ? String(round.items) : '-',
      round ? String(round.newItems) : '-',
      round ? String(round.stored) : '-',
      round ? String(round.fallbacks) : '-',
      String(h?.itemsSeen ?? 0),
      String(h?.storedTotal ?? 0),
      stamp(h?.lastSuccess ?? null),
      // The feed is named in the first column already.
      h?.lastError ? `${stamp(h.lastError.at)} ${h.lastError.message.replace(`${url}: `, '')}` : '-',
    ];
  });
  if (rows.length === 0) return 'no feeds watched yet\n';
  return formatTable(
    ['feed', 'last', 'items', 'new', 'stored', 'fallback', 'seen', 'stored_total', 'last_success', 'last_error'],
    rows,
    lineWidth,
  );
}

/** Minutes are enough to tell when a feed last worked. */
const stamp = (iso: string | null): string => (iso === null ? '-' : `${iso.slice(0, 16).replace('T', ' ')}Z`);
