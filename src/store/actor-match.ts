// How a user's actor filter is read, shared by every backend so they agree on what `RUS` or `lavrov` means.

export type ActorMatch =
  | { readonly kind: 'code'; readonly prefix: string; readonly name: string }
  | { readonly kind: 'name'; readonly needle: string };

/**
 * An upper-case word of letters and digits (`RUS`, `RUSGOV`, `IGOWSTNAT`, `NATO`) is a code prefix, also
 * accepted as an exact name; anything else is a case-insensitive substring of the canonical name. Names are
 * compared lower-cased by JavaScript (not SQL) so non-ASCII names fold the same way everywhere.
 */
export function parseActorMatch(value: string): ActorMatch {
  const trimmed = value.trim();
  if (/^[A-Z0-9]+$/.test(trimmed)) return { kind: 'code', prefix: trimmed, name: nameKey(trimmed) };
  return { kind: 'name', needle: nameKey(trimmed) };
}

/** The folded form of a canonical name that name filters compare against. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en-US');
}
