// A fake coder for eval tests: returns canned events per article id, written compactly as
// "PLOVER/CAMEO SRC>TGT [modality] @sentence" so a test reads like the report it checks.
import type { Actor, Article, ArticleResult, Event, Modality } from '../../src/types.ts';
import type { Coder } from '../../src/eval/evaluate.ts';

export function actor(code: string): Actor {
  const igo = code.startsWith('IGO');
  return {
    text: code,
    name: code,
    code,
    country: igo ? null : code.slice(0, 3),
    sector: code.length > 3 && !igo ? code.slice(3, 6) : null,
    type: igo ? 'igo' : 'state',
    id: null,
  };
}

/** "ACCUSE/112 RURGOV>FRE", "-/010 RUR>-", "ASSAULT/190 FRE>RUR negated @1" */
export function ev(spec: string, text = ''): Event {
  const m = /^(\S+)\/(\d+) (\S+)>(\S+)(?: (asserted|negated|hypothetical))?(?: @(\d+))?$/.exec(spec);
  if (!m) throw new Error(`bad event spec ${spec}`);
  const [, plover, cameo, source, target, modality, sentence] = m;
  const sentenceIndex = Number(sentence ?? 0);
  const sentences = text.split(/(?<=\.)\s+/);
  return {
    id: `e-${spec}`,
    sentenceIndex,
    sentence: sentences[sentenceIndex] ?? text,
    trigger: { start: 0, end: 4, text: 'trig' },
    date: null,
    source: source === '-' ? null : actor(source!),
    target: target === '-' ? null : actor(target!),
    cameo: cameo!,
    plover: plover === '-' ? null : plover!,
    mode: null,
    goldstein: 0,
    quadClass: 1,
    modality: (modality ?? 'asserted') as Modality,
    reportedBy: null,
    confidence: 1,
    rule: 'fake',
    dictionaryVersion: 'fake-0',
  };
}

export function fakeCoder(byId: Readonly<Record<string, readonly string[]>>): Coder & { seen: Article[] } {
  const seen: Article[] = [];
  return {
    seen,
    code(article: Article): ArticleResult {
      seen.push(article);
      if (article.id === 'THROWS') throw new Error('boom');
      const { id, date, title, url, source, text } = article;
      const events = (byId[id] ?? []).map((s) => ev(s, text));
      return { id, date, title, url, source, tone: 0, events, quotes: [], actors: [], diagnostics: [] };
    },
  };
}
