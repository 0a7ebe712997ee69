// Things made together: "The Office of the President of Ukraine together with UNICEF and the Ministry of Social
// Policy have created a bot", "Ukraine, together with Canada, had launched a space project", "Ukraine launched the
// platform jointly with the World Bank". Making, launching or organising something with a partner is material
// cooperation (CAMEO 060, PLOVER COOPERATE) of each side with the other; "X and Y launched a project" alone is not
// (two sides may each launch their own), so the partner must be joined by "together with", "along with" or
// "jointly with", before the verb (as a co-subject, match.ts `withLink`) or after its object.
import type { Mention } from '../types.ts';
import { mentionOf, token, type SentenceContext } from './context.ts';
import { sameCountry } from './actor-keys.ts';
import { subjectOf } from './roles.ts';

export interface JointMaking {
  /** The verb of making. */
  readonly trigger: number;
  /** The sides that made it together, of two or more countries or bodies. */
  readonly makers: readonly Mention[];
}

/** Verbs of making, launching or organising a thing (by lemma). */
export const MAKING = new Set([
  'create',
  'launch',
  'develop',
  'implement',
  'build',
  'establish',
  'found',
  'organise',
  'organize',
  'produce',
  'set',
]);
/** The first words of a partner link: "together with", "along with", "jointly with". */
export const LINKS = new Set(['together', 'along', 'jointly']);
/** Words that open a relative clause: the verb after them is not the linked sides' own. */
const RELATIVES = new Set(['which', 'who', 'that', 'whom', 'whose']);
/** How far after the verb "together with" may stand: "launched a new space project together with Canada". */
const REACH = 8;

export function findJointMakings(ctx: SentenceContext): JointMaking[] {
  const found: JointMaking[] = [];
  const end = ctx.sentence.endToken;
  // Every reading needs a partner link; most sentences have none, and the subject search below is not cheap.
  if (!hasLink(ctx)) return found;
  for (let i = ctx.sentence.firstToken + 1; i < end; i++) {
    const t = ctx.doc.tokens[i]!;
    if (t.pos !== 'VERB' || !MAKING.has(t.lemma)) continue;
    // "set up": "set" alone is too broad ("set a task").
    if (t.lemma === 'set' && token(ctx, i + 1)?.lower !== 'up') continue;
    const named = subjectOf(ctx, i);
    const subjects = named.length > 0 ? withLeader(ctx, named) : linkedSubjects(ctx, i);
    if (subjects.length === 0 || relativeBetween(ctx, subjects, i)) continue;
    const linked = linkedBefore(ctx, subjects, i);
    const partners = linked ? [] : partnersAfter(ctx, i);
    if (!linked && partners.length === 0) continue;
    const makers = [...subjects, ...partners];
    // A state's own bodies working together ("the Government together with the regions") are no two sides.
    if (makers.every((m) => sameCountry(m, makers[0]!))) continue;
    found.push({ trigger: i, makers });
  }
  return found;
}

/** "together with", "along with" or "jointly with" somewhere in the sentence. */
function hasLink(ctx: SentenceContext): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.firstToken; k < ctx.sentence.endToken - 1; k++) {
    if (LINKS.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'with') return true;
  }
  return false;
}

/** "X together with UNICEF, which has created a bot": the verb of a relative clause is its antecedent's alone. */
function relativeBetween(ctx: SentenceContext, subjects: readonly Mention[], verb: number): boolean {
  const last = Math.max(...subjects.map((m) => m.endToken));
  for (let k = last; k < verb; k++) if (RELATIVES.has(ctx.doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * "The Office of the President of Ukraine together with UNICEF": the side before the link, when the subject search
 * stopped at the partner after it (the side is a preposition's object inside a longer name).
 */
function withLeader(ctx: SentenceContext, subjects: Mention[]): Mention[] {
  if (subjects.length !== 1) return subjects;
  let k = subjects[0]!.firstToken - 1;
  while (ctx.doc.tokens[k]?.pos === 'DET') k--;
  if (token(ctx, k)?.lower !== 'with' || !LINKS.has(token(ctx, k - 1)?.lower ?? '')) return subjects;
  k -= 2;
  if (token(ctx, k)?.text === ',') k--;
  const leader = mentionOf(ctx, k);
  return leader === undefined ? subjects : [leader, ...subjects];
}

/**
 * "The Office of the President of Ukraine together with UNICEF and the Ministry of Social Policy have created": when
 * the subject search finds none (the phrase nearest the verb names no actor), the sides joined by the link before the
 * verb, in its clause (no other verb, subordinator, relative pronoun or colon between).
 */
function linkedSubjects(ctx: SentenceContext, verb: number): Mention[] {
  for (let k = verb - 1; k > ctx.sentence.firstToken; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower === 'with' && LINKS.has(token(ctx, k - 1)?.lower ?? '')) {
      let j = k - 2;
      if (token(ctx, j)?.text === ',') j--;
      const leader = mentionOf(ctx, j);
      const partners = mentionsFrom(ctx, k + 1);
      return leader === undefined || partners.length === 0 ? [] : [leader, ...partners];
    }
    if (
      (t.pos === 'VERB' && k < verb - 1) ||
      t.pos === 'SCONJ' ||
      RELATIVES.has(t.lower) ||
      t.text === ':' ||
      t.text === ';'
    )
      return [];
  }
  return [];
}

/** "X together with Y have created": a partner link stands between the first subject and the verb. */
function linkedBefore(ctx: SentenceContext, subjects: readonly Mention[], verb: number): boolean {
  const first = Math.min(...subjects.map((m) => m.firstToken));
  for (let k = first; k < verb; k++)
    if (LINKS.has(ctx.doc.tokens[k]!.lower) && token(ctx, k + 1)?.lower === 'with') return true;
  return false;
}

/** "launched a space project together with Canada (and Poland)": the partners named after the link. */
function partnersAfter(ctx: SentenceContext, verb: number): Mention[] {
  const end = Math.min(ctx.sentence.endToken - 2, verb + REACH);
  for (let k = verb + 1; k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (LINKS.has(t.lower) && token(ctx, k + 1)?.lower === 'with') return mentionsFrom(ctx, k + 2);
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return [];
  }
  return [];
}

/** The mentions from `k` on joined by commas and "and": "with Canada, Poland and the EU". */
function mentionsFrom(ctx: SentenceContext, k: number): Mention[] {
  const out: Mention[] = [];
  let j = k;
  while (j < ctx.sentence.endToken) {
    while (ctx.doc.tokens[j]?.pos === 'DET') j++;
    const m = mentionOf(ctx, j);
    if (m === undefined) break;
    out.push(m);
    j = m.endToken;
    const sep = ctx.doc.tokens[j]?.lower;
    if (sep !== ',' && sep !== 'and') break;
    j++;
    if (ctx.doc.tokens[j]?.lower === 'and') j++;
  }
  return out;
}
