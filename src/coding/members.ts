// A club's meeting: when the sides of a cooperative event are all the members of a small organisation the article
// names (BRICS, SCO, CSTO, G7 …; dictionaries/actors/members.tsv), each member meets the organisation. "The leaders
// of Brazil, Russia, India, China and South Africa discussed …" at a BRICS summit is five members → BRICS, not twenty
// pairwise events between them.
import type { Actor, Mention } from '../types.ts';
import type { SentenceContext } from './context.ts';

/** One state's membership of an organisation, from its first year to its last (null: still a member). */
export interface Membership {
  readonly org: string;
  readonly country: string;
  readonly from: number;
  readonly to: number | null;
}

/** Parses members.tsv: a header row `org country from to`, then `ORG  ISO3  FROM  TO|-`; # comments. */
export function parseMemberships(text: string): Membership[] {
  const out: Membership[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('org\t')) continue;
    const [org, country, from, to] = line.split('\t');
    if (org === undefined || country === undefined || from === undefined) continue;
    out.push({ org, country, from: Number(from), to: to === undefined || to === '-' ? null : Number(to) });
  }
  return out;
}

/** A club as the actor dictionary names it (organizations.tsv): its actor and the names that find it in a title. */
export interface Club {
  readonly actor: Actor;
  readonly names: readonly RegExp[];
}

/** A name as a whole word; an all-capital alias ("BRICS", "SCO") names the club only in capitals. */
const nameRegExp = (n: string): RegExp =>
  new RegExp(
    `(?:^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`,
    n === n.toUpperCase() ? 'u' : 'iu',
  );

/**
 * The clubs of `memberships` as organizations.tsv describes them (`id code name type country sector aliases short`),
 * keyed by code: the first row of each code.
 */
export function parseClubs(organizations: string, memberships: readonly Membership[]): Map<string, Club> {
  const wanted = new Set(memberships.map((m) => m.org));
  const clubs = new Map<string, Club>();
  for (const line of organizations.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const [id, code, name, type, , sector, aliases] = line.split('\t');
    if (id === undefined || code === undefined || name === undefined || !wanted.has(code) || clubs.has(code)) continue;
    const actor: Actor = {
      text: name,
      name,
      code,
      country: null,
      sector: sector === undefined || sector === '-' ? null : sector,
      type: type === 'igo' ? 'igo' : 'organization',
      id,
    };
    const names = [name, ...(aliases === undefined || aliases === '-' ? [] : aliases.split('|'))];
    clubs.set(code, { actor, names: names.map(nameRegExp) });
  }
  return clubs;
}

type Pair = [Mention | null, Mention | null];

/**
 * The pairs of a cooperative event, each member → the organisation when its sides (three or more states) are members
 * of one organisation the article names and leave out at most one of its members at the article's date (the one
 * reporting: "Bolsonaro, Xi, Modi and Ramaphosa are also taking part in the meeting", says the Kremlin). Otherwise the
 * pairs as they are: three neighbours meeting, or a few EU states, are no club meeting.
 */
export function clubPairs(
  ctx: SentenceContext,
  pairs: readonly Pair[],
  memberships: readonly Membership[],
  clubs: ReadonlyMap<string, Club>,
): Pair[] {
  if (pairs.length < 2 || memberships.length === 0) return [...pairs];
  const sides = new Map<string, Mention>();
  for (const [s, t] of pairs) {
    for (const m of [s, t]) {
      const country = m?.actor.country ?? null;
      if (m === null || country === null || m.actor.type === 'igo') return [...pairs];
      if (!sides.has(country)) sides.set(country, m);
    }
  }
  // A series of calls one side held with the others ("had telephone conversations with the leaders of Kyrgyzstan,
  // Belarus, Tajikistan and Armenia") runs from the caller: each call is bilateral, no club meeting.
  const sourceCountries = new Set(pairs.map(([s]) => s!.actor.country));
  if (sides.size < 3 || sourceCountries.size < sides.size) return [...pairs];
  const year = Number((ctx.doc.article.date ?? '9999').slice(0, 4));
  for (const org of new Set(memberships.map((m) => m.org))) {
    const members = new Set(
      memberships
        .filter((m) => m.org === org && m.from <= year && (m.to === null || m.to >= year))
        .map((m) => m.country),
    );
    if (sides.size < members.size - 1 || ![...sides.keys()].every((c) => members.has(c))) continue;
    const named = orgMention(ctx, org) ?? titleMention(ctx, clubs.get(org));
    if (named !== null) return [...sides.values()].map((m): Pair => [m, named]);
  }
  return [...pairs];
}

/** The organisation's mention nearest the sentence: in it, else the last before it, else the first after. */
function orgMention(ctx: SentenceContext, org: string): Mention | null {
  const named = ctx.mentions.filter((m) => m.actor.code === org);
  const start = ctx.sentence.firstToken;
  const end = ctx.sentence.endToken;
  return (
    named.find((m) => m.firstToken >= start && m.endToken <= end) ??
    named.filter((m) => m.endToken <= start).at(-1) ??
    named[0] ??
    null
  );
}

/**
 * "On June 23, Vladimir Putin will take part in 14th BRICS Summit": a club the article's title names, when its text
 * does not. The mention stands for the title (no tokens of the text); only its actor is used.
 */
function titleMention(ctx: SentenceContext, club: Club | undefined): Mention | null {
  const title = ctx.doc.article.title ?? '';
  if (club === undefined || title === '') return null;
  if (!club.names.some((n) => n.test(title))) return null;
  return {
    actor: club.actor,
    kind: 'name',
    sentence: -1,
    firstToken: 0,
    endToken: 0,
    start: 0,
    end: 0,
    antecedent: null,
  };
}
