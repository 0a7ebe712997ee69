// A government's routine with its own state, no event: "Vladimir Putin held a meeting with Central Election
// Commission Chairperson Ella Pamfilova", "I would like to ask the Government to …", "thank you for your support on
// this" said to a minister, "The President visited the Dostoevsky Museum". Appeals, meetings and praise
// between a government and its own ministries, forces, firms, courts or people are how a state runs itself; an
// analyst of conflict and cooperation between political actors codes none of them (the review sets left such
// articles out and code no such event in the articles they kept). Domestic politics stays: a target in dispute with
// the government (opposition, rebels, parties, separatists) is a party, and conflict codes (10 on), concessions (08)
// and aid (07) are coded whoever the target is ("shortened the curfew imposed in Sudan", "the government arrested
// dissidents").
import type { Mention } from '../types.ts';
import type { Match } from './match.ts';

/**
 * Appeals, consultations and verbal support (not the signing of agreements, 057). Statements (01) stay: sympathy with
 * the victims of a tragedy at home ("expressed sorrow for the shootings in South Carolina", 018) is coded.
 */
const ROUTINE = /^(?:02|04|05[0-6])/;

/** Sectors of a state's own politics in dispute with its government. */
const CONTESTED = new Set(['OPP', 'REB', 'INS', 'PTY', 'SEP', 'RAD']);

const governmentOf = (m: Mention, country: string): boolean => m.actor.sector === 'GOV' && m.actor.country === country;

/** Every source is the government of one state and every target a non-contested part of that state. */
export function domesticRoutine(match: Match, sources: readonly Mention[], targets: readonly Mention[]): boolean {
  if (!ROUTINE.test(match.pattern.code) || sources.length === 0 || targets.length === 0) return false;
  const country = sources[0]!.actor.country;
  if (country === null || !sources.every((s) => governmentOf(s, country))) return false;
  return targets.every((t) => t.actor.country === country && !CONTESTED.has(t.actor.sector ?? ''));
}
