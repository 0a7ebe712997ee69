// "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of Slovakia Zuzana Čaputová. The
// President thanked Slovakia for its solidarity": in a release's own narration a bare, capitalised "the President" is
// the release's own head of state, the first president it names, not the last one named (the counterpart or guest),
// whom the narration names by country or by name. In someone's words ("I would like to thank the President for his
// visit", "we told the President") the title is the one spoken to or about, the last named, as before.
import type { Token } from '../types.ts';

/** Double quotation marks: a sentence with one is, at least in part, someone's words. */
const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»']);

/** Pronouns of a speaker or of the one spoken to. */
const SPEECH_PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/** A transcript's turn opens its paragraph with the speaker's name and a colon: "President of Russia Vladimir Putin: …". */
const TURN_OPENING = /^[^\n:.!?"“]{3,80}:\s/;

/**
 * Tokens `start`..`end` (exclusive) of `text` are "the President" with a capital, nothing after the title word, in a
 * sentence with no quotation mark and no first- or second-person pronoun, and in no transcript turn.
 */
export function narratedPresident(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start + 1];
  if (end !== start + 2 || tokens[start]?.lower !== 'the' || word?.text !== 'President') return false;
  if (TURN_OPENING.test(text.slice(text.lastIndexOf('\n', word.start) + 1))) return false;
  const sentence = word.sentence;
  for (let k = start; k >= 0 && tokens[k]!.sentence === sentence; k--) if (speech(tokens[k]!)) return false;
  for (let k = end; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (speech(tokens[k]!)) return false;
  return true;
}

const speech = (t: Token): boolean => DOUBLE_QUOTES.has(t.text) || (t.pos === 'PRON' && SPEECH_PRONOUNS.has(t.lower));
