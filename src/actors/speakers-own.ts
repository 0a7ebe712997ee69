// "Our army has been heroically opposing the forces of Russia", in President Zelenskyy's address; "We withdrew all our
// armed forces", in Vladimir Putin's answer: "our" before a state's institution is the speaker's state. The scan
// leaves "our army" out (a possessor other than a state says nothing of its own), so this runs after the quotes
// stage has found who speaks: inside a quotation (a transcript's turns too) the speaker is the quotation's; outside
// every quotation it is the article's own voice when its headline calls it an address, a speech or a statement by
// someone ("… - address by President Volodymyr Zelenskyy", "Speech by the President of Ukraine at …"), or else the
// state whose presidency publishes the text ("Office of the President of Ukraine (president.gov.ua)": its readouts'
// "the sovereignty of our state" is Ukraine's; quotations of guests keep their speakers). A speaker
// with no state (an IGO's official, an unknown person) gives no state, and "our" then stays no actor.
import type { Actor, Doc, Mention, Quote } from '../types.ts';
import { isSideNoun, parseSector } from './parse.ts';
import type { ActorRegistry, NamedActor } from './registry.ts';
import { compose } from './recognize.ts';
import { insertMentions } from './insert-mentions.ts';

/** Sectors of a state's own institutions: "our army", "our government", "our border guards", "our diplomats". */
const INSTITUTION_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD']);

/** A headline that names the voice of the text: "address by X", "Speech of the President of Ukraine at …". */
const VOICE_HEADLINE = /\b(?:address|speech|statement|remarks|appeal)\s+(?:by|of)\s+(.+)$/i;

/** The office that speaks for a state, then the state: "the President of Ukraine", "Prime Minister of Ukraine". */
const OFFICE_OF = /^(?:the\s+)?(?:President|Prime\s+Minister|Head\s+of\s+State|Government)\s+of\s+(?:the\s+)?(.+)$/i;

/**
 * The state of the text's own voice, read off its headline: a person of the dictionaries, or the state of the office
 * that speaks ("Address of the President of Ukraine on …"). Not any state the headline names: "Address by the
 * President to Ukrainians at the end of the first day of Russia's attacks" is no Russian voice.
 */
export function voiceState(doc: Doc, reg: ActorRegistry): string | null {
  const by = VOICE_HEADLINE.exec(doc.article.title ?? '')?.[1];
  if (by === undefined) return null;
  for (const p of reg.persons.values()) if (p.country !== null && by.includes(p.name)) return p.country;
  const rest = OFFICE_OF.exec(by)?.[1];
  if (rest === undefined) return null;
  const named = [...reg.states.values()].filter((s) => new RegExp(`^${escape(s.name)}\\b`).test(rest));
  return named.length === 1 ? named[0]!.country : null;
}

/** A presidency's own site as the article's source: "Office of the President of Ukraine (president.gov.ua)". */
const PRESIDENCY = /\bPresident\s+of\s+(?:the\s+)?([A-Z][\w ]+?)\s*(?:\(|$)/;

/** The state whose presidency publishes the article, whose own narrative speaks for it. */
function publisherState(doc: Doc, reg: ActorRegistry): string | null {
  const name = PRESIDENCY.exec(doc.article.source ?? '')?.[1];
  if (name === undefined) return null;
  const named = [...reg.states.values()].filter((s) => s.name === name);
  return named.length === 1 ? named[0]!.country : null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The innermost quotation holding offset `at`. */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of quotes)
    if (q.start <= at && at < q.end && (found === undefined || q.end - q.start < found.end - found.start)) found = q;
  return found;
}

/**
 * The state of whoever speaks at an offset of the text: inside a quotation (or a transcript's turn) its speaker's, outside
 * every quotation the text's own voice its headline names (`voiceState`); undefined when neither has a state.
 */
export function speakerStates(
  doc: Doc,
  quotes: readonly Quote[],
  reg: ActorRegistry,
): (at: number) => NamedActor | undefined {
  let voice: string | null | undefined;
  return (at) => {
    const quote = quoteAt(quotes, at);
    let country: string | null;
    if (quote !== undefined) country = quote.speaker?.country ?? null;
    else country = voice === undefined ? (voice = voiceState(doc, reg) ?? publisherState(doc, reg)) : voice;
    return country === null ? undefined : reg.states.get(country);
  };
}

/** The mentions with each "our" + institution the speaker's state gives added, in text order. */
export function withSpeakersOwn(
  doc: Doc,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  reg: ActorRegistry,
): Mention[] {
  const { tokens } = doc;
  const speakerState = speakerStates(doc, quotes, reg);
  const found = [...mentions];
  const added: Mention[] = [];
  let m = 0;
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
      if (tokens[i]!.lower !== 'our') continue;
      const s = parseSector(reg, tokens, i + 1, sentence.endToken);
      if (s === null || !INSTITUTION_SECTORS.has(s.entry.sector) || isSideNoun(s.entry)) continue;
      // "Our governments", "our parliaments": the speaker's state and its partners', no one state.
      if (!s.entry.label.endsWith('s') && tokens[s.end - 1]!.lower.endsWith('s')) continue;
      const start = tokens[i]!.start;
      const end = tokens[s.end - 1]!.end;
      while (m < found.length && found[m]!.end <= start) m++;
      const overlap = m < found.length && found[m]!.start < end ? found[m]! : null;
      // "our armed forces from Kazakhstan": the scan placed the noun by what follows it; "our" says whose it is.
      // A name ("our Armed Forces of Ukraine") or anything else the scan found there stays.
      const own = overlap !== null && overlap.firstToken === i + 1 && overlap.kind === 'nominal';
      if (overlap !== null && !own) continue;
      const next = tokens[s.end];
      if (!own && next !== undefined && (next.lower === 'of' || next.lower === 'for')) continue;
      const state = speakerState(start);
      if (state === undefined) continue;
      const actor: Omit<Actor, 'text'> = {
        name: `${state.name} ${s.entry.label}`,
        ...compose(state, s.entry.sector),
        type: s.entry.type,
        id: null,
      };
      if (own) {
        found[m] = { ...overlap, actor: { text: overlap.actor.text, ...actor } };
        continue;
      }
      const text = doc.article.text.slice(start, end);
      added.push({
        actor: { text, ...actor },
        kind: 'nominal',
        sentence: sentence.index,
        firstToken: i,
        endToken: s.end,
        start,
        end,
        antecedent: null,
      });
      i = s.end - 1;
    }
  }
  withOwnForces(found, speakerState);
  return insertMentions(found, added);
}

/**
 * "Those who help the army and society", in Zelenskyy's address after a passage on Russia's strikes: a speaker's bare
 * "the army" is the speaker's own, whichever state the passage named last. Sets those mentions in `found` in place.
 * A function of its own, not a loop at the end of `withSpeakersOwn`: V8 compiled that loop on its own (on-stack
 * replacement) with the mention shapes of the first articles, and the cached code was entered and thrown out again
 * on each later article with another shape (53 of the corpus's ~420 deoptimisations, docs/reliability.md).
 */
function withOwnForces(found: Mention[], speakerState: (at: number) => NamedActor | undefined): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (f.kind !== 'nominal' || f.actor.sector !== 'MIL' || !OWN_FORCES.test(f.actor.text)) continue;
    const state = speakerState(f.start);
    if (state === undefined || state.country === f.actor.country) continue;
    const label = f.actor.text.slice(4).toLowerCase();
    found[k] = {
      ...f,
      actor: { ...f.actor, name: `${state.name} ${label}`, ...compose(state, 'MIL') },
    };
  }
}

/** A state's forces named with no state, which a speaker names as his own. */
const OWN_FORCES = /^the (?:army|military|armed forces)$/i;
