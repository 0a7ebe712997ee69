// Gold records after reading: the two public gold forms Détente is scored against, reduced to
// what scoring needs. Readers (read-gold.ts) build these; scorers never see the raw JSON.

/** One actor listed by a PLOVER gold record (`{actorText, code}`). */
export interface GoldActor {
  readonly text: string;
  readonly code: string;
}

/** PLOVER GSR record: one sentence, one expected event category, its source and target actors. */
export interface PloverGold {
  readonly form: 'plover';
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly category: string; // `_eventPlover2021` (PLOVER 2021 category)
  readonly sources: readonly GoldActor[];
  readonly targets: readonly GoldActor[]; // empty: the gold names no target
  /** Either direction is accepted (`_reciprocal`, or SRC/TAR markup on both actors). */
  readonly reciprocal: boolean;
}

/** One expected event of a PETRARCH2 gold record. */
export interface Petr2Expected {
  readonly source: string; // CAMEO actor code: "USAGOV", "---LEG", "IGOUNOMIL"
  readonly target: string;
  readonly code: string; // CAMEO event code: "042", "1124"
}

/** PETRARCH2 GSR validation record: one sentence and every event it should yield (maybe none). */
export interface Petr2Gold {
  readonly form: 'petr2';
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly expected: readonly Petr2Expected[];
}

export type GoldRecord = PloverGold | Petr2Gold;
