// `detente eval --geo FILE`: event locations against our annotations (eval/geo.jsonl, see eval/geo-README.md).
// Each annotation names an article, a sentence fragment, the trigger and the country/city where the event took place
// (null when the text does not say). The coded event is found by article, sentence and trigger; we score whether its
// location has the right country (null counts as a value: saying nothing where the text says nothing is right) and,
// where a city is annotated, the right city.
import type { Article, ArticleResult, Diagnostic, Event } from '../types.ts';

export interface GeoAnnotation {
  readonly articleId: string;
  readonly sentence: string; // a fragment inside the event's sentence
  readonly trigger: string;
  readonly country: string | null; // ISO alpha-3
  readonly city: string | null;
}

export interface GeoMiss {
  readonly articleId: string;
  readonly sentence: string;
  readonly trigger: string;
  readonly expected: string;
  readonly got: string;
}

export interface GeoReport {
  readonly annotations: number;
  readonly matched: number; // annotations whose event the coder produced
  readonly countryRight: number; // of matched
  readonly located: number; // matched annotations with a country
  readonly locatedRight: number; // … whose country we found
  readonly predicted: number; // matched events we gave a country
  readonly predictedRight: number; // … with the annotated country
  readonly cities: number; // matched annotations with a city
  readonly cityRight: number;
  readonly misses: readonly GeoMiss[];
}

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';
const nullableStr = (v: unknown): v is string | null => v === null || str(v);

export function readGeoAnnotations(
  content: string,
  name: string,
): { records: GeoAnnotation[]; diagnostics: Diagnostic[] } {
  const records: GeoAnnotation[] = [];
  const diagnostics: Diagnostic[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      diagnostics.push(bad(where, 'not a JSON object'));
      return;
    }
    const { articleId, sentence, trigger, country, city } = o;
    if (!str(articleId) || !str(sentence) || !str(trigger) || !nullableStr(country) || !nullableStr(city)) {
      diagnostics.push(
        bad(where, 'needs "articleId", "sentence", "trigger" strings and "country", "city" (string or null)'),
      );
      return;
    }
    records.push({ articleId, sentence, trigger, country, city });
  });
  return { records, diagnostics };
}

function bad(where: string, message: string): Diagnostic {
  return { stage: 'eval', ruleId: 'eval/bad-geo-annotation', severity: 'warning', message: `${where}: ${message}` };
}

function findEvent(result: ArticleResult, a: GeoAnnotation): Event | undefined {
  const inSentence = result.events.filter((e) => e.sentence.includes(a.sentence));
  // The coder's trigger may run over the pattern's words ("called for a four-day truce" for "called for").
  return (
    inSentence.find((e) => e.trigger.text === a.trigger) ??
    inSentence.find((e) => e.trigger.text.startsWith(a.trigger)) ??
    inSentence[0]
  );
}

const show = (country: string | null, city: string | null) =>
  country === null ? 'none' : `${city ?? '-'}, ${country}`;

export function evaluateGeo(
  annotations: readonly GeoAnnotation[],
  articles: ReadonlyMap<string, Article>,
  code: (article: Article) => ArticleResult,
): { report: GeoReport; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const results = new Map<string, ArticleResult>();
  const misses: GeoMiss[] = [];
  let matched = 0;
  let countryRight = 0;
  let located = 0;
  let locatedRight = 0;
  let predicted = 0;
  let predictedRight = 0;
  let cities = 0;
  let cityRight = 0;
  for (const a of annotations) {
    const article = articles.get(a.articleId);
    if (!article) {
      diagnostics.push(bad(a.articleId, 'article not in the corpus (give --corpus PATH)'));
      continue;
    }
    let result = results.get(a.articleId);
    if (!result) {
      result = code(article);
      results.set(a.articleId, result);
    }
    const event = findEvent(result, a);
    if (!event) continue;
    matched++;
    const loc = event.location ?? null;
    const country = loc?.country ?? null;
    const city = loc?.type === 'city' ? loc.name : null;
    const countryOk = country === a.country;
    if (countryOk) countryRight++;
    if (a.country !== null) {
      located++;
      if (countryOk) locatedRight++;
    }
    if (country !== null) {
      predicted++;
      if (countryOk) predictedRight++;
    }
    const cityOk = a.city === null || city === a.city;
    if (a.city !== null) {
      cities++;
      if (cityOk) cityRight++;
    }
    if (!countryOk || !cityOk) {
      misses.push({
        articleId: a.articleId,
        sentence: a.sentence,
        trigger: a.trigger,
        expected: show(a.country, a.city),
        got:
          loc === null
            ? 'none'
            : `${city ?? `(${loc.type} ${loc.name})`}, ${country ?? '?'} [${loc.basis} "${loc.text}"]`,
      });
    }
  }
  return {
    report: {
      annotations: annotations.length,
      matched,
      countryRight,
      located,
      locatedRight,
      predicted,
      predictedRight,
      cities,
      cityRight,
      misses,
    },
    diagnostics,
  };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}% (${n}/${d})`);

export function formatGeoReport(r: GeoReport, misses: number): string {
  const lines = [
    `event locations: ${r.matched} of ${r.annotations} annotated events coded`,
    `  country right (null = null counts):  ${pct(r.countryRight, r.matched)}`,
    `  annotated with a country, found:      ${pct(r.locatedRight, r.located)}`,
    `  our countries that are right:         ${pct(r.predictedRight, r.predicted)}`,
    `  annotated with a city, city right:    ${pct(r.cityRight, r.cities)}`,
  ];
  if (misses > 0 && r.misses.length > 0) {
    lines.push('', `misses (${Math.min(misses, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, misses)) {
      lines.push(`  ${m.articleId} [${m.trigger}] "${m.sentence}…"`, `    expected ${m.expected}; got ${m.got}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
