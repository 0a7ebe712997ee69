// Place names in one sentence: cities and divisions from the gazetteer (longest name first), landmarks after a
// locative preposition, and countries where the actors stage found a state named as a location ("in Ukraine").
// Each hit says whether it is used as a location (locative) and which place it most likely is.
import type { Doc, Mention, Token } from '../types.ts';
import { firstWordOf, type Gazetteer, type Place } from './gazetteer.ts';
import { placeKey, spanEndWithin, wordCount } from './key.ts';
import { isLocative, PLACE_NOUNS } from './locative.ts';
import { choosePlace, type Context } from './disambiguate.ts';

// Unicode-property regexes live at module level: tsx (esbuild) compiles a `\p{…}` literal to `new RegExp(…)`, which
// inside a function would build the regex at every call.
const UPPER_START = /^\p{Lu}/u;
/** An opening quote, bracket or dash: the word after it opens a name. */
const OPENING_MARK = /^[\p{Pi}\p{Ps}"'—–-]$/u;

export interface PlaceHit {
  readonly place: Place;
  readonly start: number; // UTF-16 offsets into the article text
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly firstToken: number; // token range in Doc.tokens (the dateline has none: -1)
  readonly endToken: number;
  readonly locative: boolean;
}

// Capitalised common words that are also names in the city list; months and weekdays.
const NOT_PLACES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday reading mobile nice split bath of independence ' +
    'hope normal victory unity liberty freedom justice union republic president university mission ' +
    'progress security defense defence media man best why also goes ask date chance centre center ' +
    'corona eagle marathon orange temple truth alliance'
  ).split(' '),
);

const REGION_WORDS = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'time', 'morning', 'evening', 'night', 'afternoon']);
const BREAKS = /[,;:()"“”«»[\]!?]/;
const WHITE_SPACE = /^\s$/;

/** Starts with an uppercase letter (`/^\p{Lu}/u`), ASCII answered without the Unicode regex. */
function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(t.text);
}

function overlapping(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  return mentions.find((m) => m.start < end && start < m.end);
}

/** A ", Texas" or ", Ukraine" right after the name narrows the candidates; returns them and the qualifier's end. */
function qualify(
  doc: Doc,
  after: number,
  endToken: number,
  candidates: readonly Place[],
  gaz: Gazetteer,
): { places: Place[]; end: number } | null {
  const comma = doc.tokens[after];
  if (comma?.text !== ',' || !isCapitalised(doc.tokens[after + 1])) return null;
  for (let n = Math.min(3, endToken - after - 1); n >= 1; n--) {
    const first = doc.tokens[after + 1];
    const last = doc.tokens[after + n];
    if (!first || !last || !isCapitalised(last)) continue;
    const surface = doc.article.text.slice(first.start, last.end);
    if (BREAKS.test(surface)) continue;
    const key = placeKey(surface);
    const country = gaz.countryByName(key);
    const places = candidates.filter((c) =>
      country ? c.country === country.iso3 : c.adm1 !== null && placeKey(c.adm1).startsWith(key),
    );
    if (places.length > 0) return { places, end: after + n + 1 };
  }
  return null;
}

export function findPlaces(
  doc: Doc,
  sentenceIndex: number,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  context: Context,
): PlaceHit[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return [];
  const { tokens } = doc;
  const text = doc.article.text;
  const inSentence = mentions.filter((m) => m.sentence === sentenceIndex);
  const hits: PlaceHit[] = [];
  const hit = (place: Place, first: number, end: number, locative: boolean) => {
    const a = tokens[first];
    const b = tokens[end - 1];
    if (!a || !b) return;
    hits.push({
      place,
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      sentence: sentenceIndex,
      firstToken: first,
      endToken: end,
      locative,
    });
  };

  // Whether each token of the sentence is capitalised, worked out once: the name search below asks it of every
  // token up to twice the longest place name times.
  const capitalised = new Uint8Array(sentence.endToken - sentence.firstToken);
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    capitalised[k - sentence.firstToken] = isCapitalised(tokens[k]) ? 1 : 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    if (!token || capitalised[i - sentence.firstToken] === 0) continue;
    // A word that opens no place name ("Putin", "Russian") opens none of the spans below either, when white space
    // follows it: a span's key then starts with the word's own key and a space (placeKey folds character by character
    // and collapses the white space). Most capitalised words are ruled out so, before a key is made for each span.
    // Nor does a span whose key has more words than the longest name its first word opens ("Kyiv" opens only
    // one-word names, "New" none longer than four): the longer spans are cut before their keys are made, and a key's
    // words are counted after.
    const longest = WHITE_SPACE.test(text.charAt(token.end))
      ? gaz.longestNameFrom(firstWordOf(placeKey(token.text)))
      : Infinity;
    if (longest === 0) continue;
    const reach = spanEndWithin(text, tokens, i, Math.min(i + gaz.maxWords * 2, sentence.endToken), longest);
    for (let n = reach - i; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!last || capitalised[i + n - 1 - sentence.firstToken] === 0) continue;
      const surface = text.slice(token.start, last.end);
      if (BREAKS.test(surface)) continue;
      const key = placeKey(surface);
      if (key.length < 3 || NOT_PLACES.has(key) || wordCount(key) > longest) continue;
      // A country's name is the country ("returned to Armenia", "fires in Greece"), not a city of that name: the
      // state mentions below place it.
      if (gaz.countryByName(key)) {
        i = i + n - 1;
        break;
      }
      const landmark = gaz.landmark(key);
      const candidates = gaz.places(key);
      if (!landmark && candidates.length === 0) continue;
      const locative = isLocative(tokens, i, sentence.firstToken);
      let end = i + n;
      const next = tokens[end];
      if (landmark) {
        if (locative) hit(landmark, i, end, true);
        i = end - 1;
        break;
      }
      const mention = overlapping(inSentence, token.start, last.end);
      const region = next !== undefined && REGION_WORDS.has(next.lower);
      // Part of a person's or an organisation's name ("Kyiv Post", "Lloyd Austin").
      if (mention && mention.actor.type !== 'state' && mention.actor.type !== 'region') break;
      // A capital standing for its government ("Moscow said") is an actor, not a location; "the Kyiv region" is not.
      if (mention && !locative && !region) {
        i = end - 1;
        break;
      }
      // Inside a longer name that is not a place: "the Sea of Azov", "the Gulf of Finland".
      const of = tokens[i - 1];
      if (of?.lower === 'of' && i - 2 >= sentence.firstToken && isCapitalised(tokens[i - 2])) break;
      // The end of a longer name ("the Diia Summit", "Lloyd Austin"), unless the word before is itself a place or a
      // state's adjective ("the Ukrainian capital Kyiv" has a lowercase word between; "Ukrainian Kherson" does not).
      const prev = tokens[i - 1];
      const opening = i === sentence.firstToken || (prev !== undefined && OPENING_MARK.test(prev.text));
      if (!opening && prev?.pos === 'PROPN' && isCapitalised(prev)) {
        const prevKey = placeKey(prev.text);
        if (!gaz.isAdjective(prevKey) && !gaz.countryByName(prevKey) && gaz.places(prevKey).length === 0) break;
      }
      if (!locative) {
        // The start of a longer name ("Paris Hilton") or a modifier ("the Minsk agreements").
        if (next && next.pos === 'PROPN' && isCapitalised(next)) break;
        // A capitalised common word opening the sentence ("Reading is fun") needs its country in the article.
        if (opening && n === 1 && !candidates.some((c) => context.countries.has(c.country ?? ''))) break;
      }
      if (next && next.pos === 'NOUN' && !REGION_WORDS.has(next.lower) && !PLACE_NOUNS.has(next.lower)) {
        if (!TIME_WORDS.has(next.lower)) break;
      }
      let pool: readonly Place[] = candidates;
      let qualified = false;
      const q = qualify(doc, end, sentence.endToken, candidates, gaz);
      if (q) {
        pool = q.places;
        qualified = true;
      }
      let place = choosePlace(pool, context, qualified);
      if (place && region) {
        const division = gaz.division(place, key);
        if (division) {
          place = division;
          end++;
        }
      }
      if (place) hit(place, i, end, locative);
      i = (q ? Math.max(q.end, end) : end) - 1;
      break;
    }
  }

  // Countries named as locations: states the actors stage found, governed by a locative preposition.
  for (const m of inSentence) {
    if (m.kind !== 'name' || m.actor.type !== 'state' || m.actor.country === null) continue;
    if (m.actor.code !== m.actor.country) continue; // "Russian troops" is an actor with a sector
    if (gaz.isAdjective(placeKey(text.slice(m.start, m.end)).replace(/^the /, ''))) continue; // "in the Afghan and Chechen wars"
    if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
    const first = tokens[m.firstToken];
    if (!first || !UPPER_START.test(first.text)) continue;
    if (!isLocative(tokens, m.firstToken, sentence.firstToken)) continue;
    const next = tokens[m.endToken];
    // An adjective or a modifier ("the Armenian side", "Afghan wars", "a Berlin think tank") is no location.
    if (
      next &&
      !TIME_WORDS.has(next.lower) &&
      (next.pos === 'NOUN' || (next.pos === 'PROPN' && !isCapitalised(next)))
    ) {
      continue;
    }
    if (next && (next.lower === "'s" || next.lower === '’s')) {
      // "in Russia's Belgorod region" names a place inside; "in Russia's interest" is no location.
      const after = tokens[m.endToken + 1];
      if (!after || !(isCapitalised(after) || PLACE_NOUNS.has(after.lower) || after.pos === 'ADJ')) continue;
    }
    const place = gaz.countryPlace(m.actor.country);
    if (place) hit(place, m.firstToken, m.endToken, true);
  }
  return hits.sort((a, b) => a.start - b.start);
}
