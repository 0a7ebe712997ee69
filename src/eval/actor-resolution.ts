// Actor resolution on the review set (issue 4): of the actors the annotator named on the events we matched,
// how many did we resolve to the right country AND sector on the event date ("RUSGOV", not "RUSELI" or "RUS")?
// Stricter than the review's source/target figures, which compare the country block only.
import type { Actor } from '../types.ts';
import { NON_STATE_PREFIXES, actorMatches, normalizeCode } from './actor-match.ts';
import { ratio } from './metrics.ts';

/** One annotated actor slot on a matched event. */
export interface ActorSlot {
  readonly articleId: string;
  readonly role: 'source' | 'target';
  readonly gold: string;
  readonly actor: Actor | null;
  readonly sentence: string;
  /** The matched event as the report prints it (`ACCUSE/112 RUSGOV→UKR "accused"`), to see which verb it hangs on. */
  readonly event: string;
}

export interface ActorResolutionMiss {
  readonly articleId: string;
  readonly role: 'source' | 'target';
  readonly gold: string;
  /** Our code and surface text, or null when we coded no actor. */
  readonly ours: string | null;
  readonly text: string | null;
  readonly sentence: string;
  readonly event: string;
}

export interface ActorResolution {
  /** Annotated actor slots on matched events (slots the annotator left open are not counted). */
  readonly slots: number;
  /** Right country and sector. */
  readonly right: number;
  readonly rate: number | null;
  /** Right country block only (the review's source/target rule), for comparison. */
  readonly countryRate: number | null;
  readonly misses: readonly ActorResolutionMiss[];
}

/** CAMEO sector codes that may end a code (dictionaries/actors/README.md, "Sectors"). */
const SECTORS: ReadonlySet<string> = new Set(
  'GOV MIL COP SPY LEG JUD OPP REB INS SEP MED BUS EDU CVL REF LAB AGR ELI PTY NGO'.split(' '),
);

/**
 * A code split into its comparable parts. A state code is country + sector ("RUSGOV" → RUS, GOV; "RUS" → RUS,
 * none); regions likewise ("WST"). A non-state code (IGO…, NGO…) is organisation + a trailing sector code if it
 * has one ("IGOWSTNATMIL" → IGOWSTNAT, MIL; "IGOUNOHUM" → IGOUNOHUM, none: OCHA is a UN body, not a sector).
 */
function parts(code: string): { head: string; sector: string; nonState: boolean } {
  const c = normalizeCode(code);
  if (!NON_STATE_PREFIXES.has(c.slice(0, 3))) return { head: c.slice(0, 3), sector: c.slice(3), nonState: false };
  const tail = c.slice(-3);
  return c.length > 6 && SECTORS.has(tail)
    ? { head: c.slice(0, -3), sector: tail, nonState: true }
    : { head: c, sector: '', nonState: true };
}

/**
 * True when our actor has the gold country and sector: "RUSGOV" needs RUS + GOV; "RUS" needs the state itself.
 * For an organisation, ours may name a body inside the gold one (gold IGOUNO, ours IGOUNOHUM, UN OCHA), never
 * another sector (gold IGOWSTNAT, ours IGOWSTNATMIL is wrong).
 */
export function rightCountryAndSector(gold: string, actor: Actor | null): boolean {
  if (actor === null) return false;
  const want = parts(gold);
  const have = parts(actor.code !== '' ? actor.code : (actor.country ?? ''));
  if (want.sector !== have.sector) return false;
  return want.nonState ? have.head.startsWith(want.head) : want.head === have.head;
}

export function scoreActorResolution(slots: readonly ActorSlot[]): ActorResolution {
  let right = 0;
  let country = 0;
  const misses: ActorResolutionMiss[] = [];
  for (const s of slots) {
    if (actorMatches(s.gold, s.actor)) country++;
    if (rightCountryAndSector(s.gold, s.actor)) {
      right++;
      continue;
    }
    misses.push({
      articleId: s.articleId,
      role: s.role,
      gold: s.gold,
      ours: s.actor?.code ?? null,
      text: s.actor?.text ?? null,
      sentence: s.sentence,
      event: s.event,
    });
  }
  return {
    slots: slots.length,
    right,
    rate: ratio(right, slots.length),
    countryRate: ratio(country, slots.length),
    misses,
  };
}

const pct = (v: number | null): string => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);

/** The report lines: the figure, then up to `misses` wrong slots. */
export function formatActorResolution(r: ActorResolution, misses: number): string[] {
  const out = [
    `actor resolution (matched events, annotated source/target): ${r.right}/${r.slots} right country and sector ${pct(r.rate)} (country only ${pct(r.countryRate)})`,
  ];
  if (misses > 0 && r.misses.length > 0) {
    out.push('', `actor resolution misses (${Math.min(misses, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, misses)) {
      const got = m.ours === null ? '∅' : `${m.ours} "${m.text ?? ''}"`;
      out.push(`  ${m.articleId}  ${m.role} want ${m.gold} got ${got} on ${m.event}`, `    ${m.sentence.trim()}`);
    }
  }
  return out;
}
