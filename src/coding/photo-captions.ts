// "Egypt's Prime Minister …, Senegal's President … and Zambia's President … attend a news conference during their
// meeting in Kyiv (Ukrainian Presidential Press Office via AP)", "Citizens of Bucha are still without electricity …
// since the Russian invasion began. (AP Photo/Emilio Morenatti)": a paragraph that ends with a photo credit is the
// caption of a picture that came with the page's text. It tells what the picture shows, in a present tense that
// dates nothing, and retells the story or its background: what it says the article's own sentences say again, or
// an analyst would not record. HTML input drops <figcaption> (src/ingest/html-text.ts); plain text keeps captions,
// and this keeps their events out.
import type { Doc, Event } from '../types.ts';

/**
 * A parenthesised photo credit closing a line: an agency's photo line ("AP Photo/…", "… via AP", "via Getty
 * Images", "REUTERS/…", "… / AFP"), a photographer's name before an agency ("Alexander Nemenov/AP", "… Service/PA",
 * "MAXIM SHEMETOV/REUTERS"), or a "Photo:" / "Photo by" / "Video:" label.
 */
const PHOTO_CREDIT =
  /\([^()]*(?:\bAP Photo\b|\bvia (?:AP|Getty Images|Reuters|REUTERS)\b|\bGetty Images\b|\bREUTERS\/|\bReuters\/|\/\s*AFP\b|\/\s*(?:AP|PA|EPA(?:-EFE)?|REUTERS|Reuters)\s*(?=\))|\bPhoto:|\bPhoto by\b|\bVideo:)[^()]*\)\s*$/;

/** The events without those told in a photo caption. */
export function withoutPhotoCaptions(doc: Doc, events: readonly Event[]): readonly Event[] {
  if (events.length === 0) return events;
  const captions = new Map<number, boolean>();
  const inCaption = (index: number): boolean => {
    let known = captions.get(index);
    if (known === undefined) {
      known = captionLine(doc, index);
      captions.set(index, known);
    }
    return known;
  };
  return events.some((e) => inCaption(e.sentenceIndex)) ? events.filter((e) => !inCaption(e.sentenceIndex)) : events;
}

/** The line holding sentence `index` ends with a photo credit (sentences never cross a line break). */
function captionLine(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index];
  if (sentence === undefined) return false;
  const text = doc.article.text;
  const end = text.indexOf('\n', sentence.end);
  return PHOTO_CREDIT.test(text.slice(sentence.start, end < 0 ? text.length : end));
}
