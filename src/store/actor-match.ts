// How a user's actor filter is read, shared by every backend so they agree on what `RUS` or `lavrov` means.

export type ActorMatch =
  | { readonly kind: 'code'; readonly prefix: string; readonly name: string }
  | { readonly kind: 'name'; readonly needle: string };

/**
 * An upper-case word of letters and digits (`RUS`, `RUSGOV`, `IGOWSTNAT`) is a code prefix; it also selects
 * the codes of actors whose canonical name is exactly that word (`NATO` → IGOWSTNAT), since users type
 * acronyms. Anything else is a case-insensitive substring of the canonical name (`lavrov`). Names are folded
 * by JavaScript (not SQL) so non-ASCII names compare the same way in every backend.
 */
export function parseActorMatch(value: string): ActorMatch {
  const trimmed = value.trim();
  if (/^[A-Z0-9]+$/.test(trimmed)) return { kind: 'code', prefix: trimmed, name: nameKey(trimmed) };
  return { kind: 'name', needle: nameKey(trimmed) };
}

/** The folded form of a canonical name that name filters compare against (locale-independent). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
