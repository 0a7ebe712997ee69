// A tiny phrase → actor table so the coder can be tested apart from the real actor stage.
import { analyze } from '../../src/nlp/analyze.ts';
import { codeEvents, loadCodebook, type Codebook } from '../../src/coding/index.ts';
import { DEFAULT_DICTIONARY_DIR } from '../../src/pipeline.ts';
import type { Actor, Doc, Mention } from '../../src/types.ts';

const ACTORS: Record<string, [code: string, country: string | null, sector: string | null, type: Actor['type']]> = {
  russia: ['RUS', 'RUS', null, 'state'],
  russian: ['RUS', 'RUS', null, 'state'],
  moscow: ['RUSGOV', 'RUS', 'GOV', 'state'],
  ukraine: ['UKR', 'UKR', null, 'state'],
  kyiv: ['UKRGOV', 'UKR', 'GOV', 'state'],
  'russian troops': ['RUSMIL', 'RUS', 'MIL', 'group'],
  'the united states': ['USA', 'USA', null, 'state'],
  'the us': ['USA', 'USA', null, 'state'],
  nato: ['IGOWSTNAT', null, null, 'igo'],
  'the eu': ['IGOEUREEC', null, null, 'igo'],
  'the west': ['WST', null, null, 'region'],
  western: ['WST', null, null, 'region'],
  poland: ['POL', 'POL', null, 'state'],
  belarus: ['BLR', 'BLR', null, 'state'],
  'the red army': ['RUSMIL', 'RUS', 'MIL', 'group'],
  'soviet officials': ['RUSGOV', 'RUS', 'GOV', 'group'],
  lavrov: ['RUSGOV', 'RUS', 'GOV', 'person'],
  kuleba: ['UKRGOV', 'UKR', 'GOV', 'person'],
  blinken: ['USAGOV', 'USA', 'GOV', 'person'],
  protesters: ['CVL', null, 'CVL', 'group'],
  'the rebels': ['REB', null, 'REB', 'group'],
  'russian opposition groups': ['RUSOPP', 'RUS', 'OPP', 'group'],
  'the russian opposition': ['RUSOPP', 'RUS', 'OPP', 'group'],
};

export function fakeMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (const len of [3, 2, 1]) {
      const slice = tokens.slice(i, i + len);
      if (slice.length < len || slice.some((t) => t.sentence !== tokens[i]!.sentence)) continue;
      const key = slice.map((t) => t.lower.replace(/\./g, '')).join(' ');
      const entry = ACTORS[key];
      if (entry === undefined) continue;
      const [code, country, sector, type] = entry;
      const start = slice[0]!.start;
      const end = slice[len - 1]!.end;
      const text = doc.article.text.slice(start, end);
      mentions.push({
        actor: { text, name: key, code, country, sector, type, id: null },
        kind: 'name',
        sentence: tokens[i]!.sentence,
        firstToken: i,
        endToken: i + len,
        start,
        end,
        antecedent: null,
      });
      i += len - 1;
      break;
    }
  }
  return mentions;
}

export function docOf(text: string, date: string | null = '2022-02-15'): Doc {
  return analyze({ id: 'test', date, title: null, url: null, source: null, text });
}

let codebook: Codebook | null = null;

/** The events the shipped patterns code in `text` over this table's actors, as sorted "cameo src->tgt modality". */
export function sortedReadings(text: string): string[] {
  codebook ??= loadCodebook(DEFAULT_DICTIONARY_DIR);
  const doc = docOf(text, '2022-02-15');
  return codeEvents(doc, fakeMentions(doc), codebook, 'test')
    .events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`)
    .sort();
}

/** "trigger date" once per trigger of the events coded in `text` over this table's actors, the article dated `date`. */
export function distinctTriggerDates(text: string, date: string): string[] {
  codebook ??= loadCodebook(DEFAULT_DICTIONARY_DIR);
  const doc = docOf(text, date);
  const seen = new Set<string>();
  for (const e of codeEvents(doc, fakeMentions(doc), codebook, 'test').events) seen.add(`${e.trigger.text} ${e.date}`);
  return [...seen];
}
