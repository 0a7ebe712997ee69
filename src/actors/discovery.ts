// Actor discovery: a titled person in no dictionary ("Poland's Foreign Minister Zbigniew Rau") is reported once per
// article as an `actors/discovered` diagnostic. The store keeps the diagnostics; here they are read back, summed up
// over articles into candidates, and a candidate becomes a row of a user persons file (see user-dictionary.ts).
import type { Diagnostic } from '../types.ts';

export const DISCOVERED_RULE = 'actors/discovered';

/** What one discovered-person diagnostic says. `code` and `title` are null for a speaker found with no title. */
export interface Discovery {
  readonly name: string;
  readonly code: string | null;
  readonly title: string | null;
}

/** The diagnostic for a discovered person; `parseDiscovery` reads it back, so the two must agree. */
export function discoveryDiagnostic(d: Discovery): Diagnostic {
  const how = d.code !== null && d.title !== null ? `(${d.code}, ${d.title}) found from its title` : FOUND_UNTITLED;
  return {
    stage: 'actors',
    ruleId: DISCOVERED_RULE,
    severity: 'info',
    message: `new actor "${d.name}" ${how}; \`detente actors --accept "${d.name}"\` adds it to the user dictionary`,
  };
}

const FOUND_UNTITLED = '(no title) found as a speaker';
const MESSAGE = /^new actor "([^"]+)" \((?:no title|([^,()]+), ([^()]+))\) found /;

export function parseDiscovery(message: string): Discovery | null {
  const m = MESSAGE.exec(message);
  if (m === null) return null;
  return { name: m[1]!, code: m[2] ?? null, title: m[3] ?? null };
}

/** One stored article's discovered persons (the shape Store.queryDiagnostics returns). */
export interface DiscoveredIn {
  readonly article: { readonly id: string; readonly date: string | null };
  readonly diagnostics: readonly Diagnostic[];
}

export interface Candidate {
  readonly name: string;
  /** The code and title seen most often with a title; null when the person was only ever found as a speaker. */
  readonly code: string | null;
  readonly title: string | null;
  /** Articles that name the person. */
  readonly articles: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The first article (by date) where the person was found with the chosen code, for the evidence sentence. */
  readonly example: { readonly articleId: string; readonly date: string | null };
}

interface Tally {
  name: string;
  readonly articles: Set<string>;
  firstDate: string | null;
  lastDate: string | null;
  /** "code|title" → [count, first article]. */
  readonly titled: Map<string, { count: number; articleId: string; date: string | null }>;
  first: { articleId: string; date: string | null };
}

/** Folds articles (in any order) into one candidate per name, case-insensitively. */
export class CandidateTally {
  private readonly byName = new Map<string, Tally>();

  add(rows: readonly DiscoveredIn[]): void {
    for (const { article, diagnostics } of rows) {
      const seen = new Set<string>();
      for (const d of diagnostics) {
        const found = d.ruleId === DISCOVERED_RULE ? parseDiscovery(d.message) : null;
        if (found === null) continue;
        const key = found.name.toLowerCase();
        const t = this.byName.get(key) ?? this.start(key, found.name, article);
        if (!seen.has(key)) {
          seen.add(key);
          t.articles.add(article.id);
          if (article.date !== null) {
            if (t.firstDate === null || article.date < t.firstDate) {
              t.firstDate = article.date;
              t.first = { articleId: article.id, date: article.date };
            }
            if (t.lastDate === null || article.date > t.lastDate) t.lastDate = article.date;
          }
        }
        if (found.code !== null && found.title !== null) {
          const k = `${found.code}|${found.title}`;
          const c = t.titled.get(k);
          if (c === undefined) t.titled.set(k, { count: 1, articleId: article.id, date: article.date });
          else {
            c.count++;
            if (article.date !== null && (c.date === null || article.date < c.date)) {
              c.articleId = article.id;
              c.date = article.date;
            }
          }
        }
      }
    }
  }

  /**
   * Candidates by articles (most first), then latest date, then name. A one-word name ("Golikova") that is the
   * surname of exactly one longer candidate ("Tatyana Golikova") is the same person and is counted with it.
   */
  candidates(): Candidate[] {
    const tallies = [...this.byName.values()];
    const bySurname = new Map<string, Tally[]>();
    for (const t of tallies) {
      const words = t.name.toLowerCase().split(' ');
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      bySurname.set(last, [...(bySurname.get(last) ?? []), t]);
    }
    const kept = tallies.filter((t) => {
      const full = t.name.includes(' ') ? undefined : bySurname.get(t.name.toLowerCase());
      if (full?.length !== 1) return true;
      merge(full[0]!, t);
      return false;
    });
    return kept
      .map((t) => {
        // The most frequent title; a code that names a country beats the unknown "---" on a tie.
        let best: [string, { count: number; articleId: string; date: string | null }] | null = null;
        for (const entry of t.titled) {
          if (
            best === null ||
            entry[1].count > best[1].count ||
            (entry[1].count === best[1].count && best[0].startsWith('---') && !entry[0].startsWith('---'))
          )
            best = entry;
        }
        const [code, title] = best === null ? [null, null] : best[0].split('|');
        return {
          name: t.name,
          code: code ?? null,
          title: title ?? null,
          articles: t.articles.size,
          firstDate: t.firstDate,
          lastDate: t.lastDate,
          example: best === null ? t.first : { articleId: best[1].articleId, date: best[1].date },
        };
      })
      .sort(
        (a, b) =>
          b.articles - a.articles || (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.name.localeCompare(b.name),
      );
  }

  private start(key: string, name: string, article: DiscoveredIn['article']): Tally {
    const t: Tally = {
      name,
      articles: new Set(),
      firstDate: null,
      lastDate: null,
      titled: new Map(),
      first: { articleId: article.id, date: article.date },
    };
    this.byName.set(key, t);
    return t;
  }
}

/** Adds the articles, dates and titles of `from` (a surname alone) to `into` (the full name). */
function merge(into: Tally, from: Tally): void {
  for (const id of from.articles) into.articles.add(id);
  if (from.firstDate !== null && (into.firstDate === null || from.firstDate < into.firstDate)) {
    into.firstDate = from.firstDate;
    into.first = from.first;
  }
  if (from.lastDate !== null && (into.lastDate === null || from.lastDate > into.lastDate))
    into.lastDate = from.lastDate;
  for (const [key, c] of from.titled) {
    const have = into.titled.get(key);
    if (have === undefined) into.titled.set(key, { ...c });
    else have.count += c.count;
  }
}
