// Event records for the aggregate tests, written one per line in a readable form:
//   article-id  YYYY-MM-DD  outlet  SRC>TGT  cameo  goldstein  quad  modality  [event-date]  | trigger | sentence
// `event-date` is optional (default: the article date); `-` as outlet means none.
import { readFileSync } from 'node:fs';
import type { Actor, Event, Modality } from '../../src/types.ts';
import type { EventRecord } from '../../src/aggregate/records.ts';

const actor = (code: string): Actor => ({
  text: code,
  name: code,
  code,
  country: code.startsWith('IGO') || code.length < 3 ? null : code.slice(0, 3),
  sector: code.length > 3 && !code.startsWith('IGO') ? code.slice(3) : null,
  type: code.startsWith('IGO') ? 'igo' : 'state',
  id: null,
});

export function parseRecords(text: string): EventRecord[] {
  const out: EventRecord[] = [];
  const perArticle = new Map<string, number>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [head, trigger, sentence] = line.split('|').map((s) => s.trim()) as [string, string, string];
    const f = head.split(/\s+/);
    const [articleId, date, outlet, pair, cameo, goldstein, quad, modality, eventDate] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string | undefined,
    ];
    const [source, target] = pair.split('>') as [string, string];
    const index = perArticle.get(articleId) ?? 0;
    perArticle.set(articleId, index + 1);
    const start = Math.max(0, sentence.indexOf(trigger));
    const event: Event = {
      id: `${articleId}#${index}`,
      sentenceIndex: index,
      sentence,
      trigger: { start, end: start + trigger.length, text: trigger },
      date: eventDate ?? date,
      source: actor(source),
      target: actor(target),
      cameo,
      plover: null,
      mode: null,
      goldstein: Number(goldstein),
      quadClass: Number(quad) as 1 | 2 | 3 | 4,
      modality: modality as Modality,
      reportedBy: null,
      confidence: 0.9,
      rule: 'test',
      dictionaryVersion: 'test',
    };
    out.push({
      event,
      article: {
        id: articleId,
        date,
        url: `https://${outlet === '-' ? 'example.org' : outlet}/${articleId}`,
        source: outlet === '-' ? null : outlet,
      },
    });
  }
  return out;
}

export function fixture(name: string): EventRecord[] {
  return parseRecords(readFileSync(new URL(`../fixtures/aggregate/${name}`, import.meta.url), 'utf8'));
}
