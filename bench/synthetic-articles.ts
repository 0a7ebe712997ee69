// Synthetic news-like articles for the store and ingest benches: country pairs and reporting verbs the
// dictionaries know, so each article yields several events, actors and a date.
import type { Article } from '../src/types.ts';

const COUNTRIES = ['Russia', 'Ukraine', 'France', 'Germany', 'China', 'Japan', 'Iran', 'Israel', 'Turkey', 'Greece'];
const VERBS = ['accused', 'met', 'criticised', 'threatened', 'praised', 'condemned', 'warned', 'thanked'];

export function syntheticArticles(count: number, sentences = 12): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: sentences }, (_, k) => {
      const a = COUNTRIES[(i + k) % COUNTRIES.length] ?? 'Russia';
      const b = COUNTRIES[(i * 3 + k + 1) % COUNTRIES.length] ?? 'Ukraine';
      return `${a} ${VERBS[(i + k) % VERBS.length] ?? 'met'} ${b} on Monday, officials said in statement ${k}.`;
    }).join(' ');
    const day = String(1 + (i % 28)).padStart(2, '0');
    return { id: `b${i}`, date: `2022-02-${day}`, title: `Bench ${i}`, url: null, source: null, text };
  });
}
