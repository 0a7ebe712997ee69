// By-hand quality check of HTML extraction against the Readability test pages in ../shared/corpus/html/
// (not a test: the project must pass without ../shared). Prints token-level precision/recall/F1
// of the extracted text against each page's expected text, and whether title and date match.
// Usage: node --import tsx scripts/check-html-extraction.ts [DIR]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextFor } from '../src/ingest/context.ts';
import { normalizeDate } from '../src/ingest/dates.ts';
import { parseHtml } from '../src/ingest/html.ts';

interface PageEntry {
  readonly file: string;
  readonly expected_text: string;
  readonly expected_title: string | null;
  readonly expected_publishedTime: string | null;
}

const dir = process.argv[2] ?? new URL('../../shared/corpus/html/', import.meta.url).pathname;
const indexPath = join(dir, 'index.json');
if (!existsSync(indexPath)) {
  console.log(`no HTML corpus at ${dir} (../shared is absent): nothing to check`);
  process.exit(0);
}

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function f1(got: string[], want: string[]): { p: number; r: number; f: number } {
  const counts = new Map<string, number>();
  for (const t of want) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of got) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  const p = got.length === 0 ? 0 : overlap / got.length;
  const r = want.length === 0 ? 0 : overlap / want.length;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pages = JSON.parse(readFileSync(indexPath, 'utf8')) as PageEntry[];
const scores: number[] = [];
let titles = 0;
let dates = 0;
let datedPages = 0;
console.log('page'.padEnd(36), 'P     R     F1    paras     title date');
const paragraphs = (text: string): number => text.split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
for (const page of pages) {
  const html = readFileSync(join(dir, page.file), 'utf8');
  const expected = readFileSync(join(dir, page.expected_text), 'utf8');
  const item = parseHtml(html, contextFor(page.file, page.file.replace(/\..*$/, ''), null));
  const text = item.article?.text ?? '';
  const s = f1(tokens(text), tokens(expected));
  scores.push(s.f);
  const titleOk = item.article?.title === page.expected_title;
  if (titleOk) titles++;
  const wantDate = page.expected_publishedTime === null ? null : normalizeDate(page.expected_publishedTime);
  let dateMark = '-';
  if (wantDate !== null) {
    datedPages++;
    const ok = item.article?.date === wantDate;
    if (ok) dates++;
    dateMark = ok ? 'ok' : `got ${item.article?.date ?? 'null'} want ${wantDate}`;
  }
  console.log(
    page.file.replace(/\.source\.html$/, '').padEnd(36),
    s.p.toFixed(3),
    s.r.toFixed(3),
    s.f.toFixed(3),
    `${paragraphs(text)}/${paragraphs(expected)}`.padEnd(9),
    titleOk ? 'ok   ' : 'diff ',
    dateMark,
  );
}
const mean = scores.reduce((a, b) => a + b, 0) / Math.max(scores.length, 1);
const sorted = [...scores].sort((a, b) => a - b);
console.log(
  `\n${pages.length} pages: mean token F1 ${mean.toFixed(3)}, min ${sorted[0]?.toFixed(3)}, ` +
    `titles ${titles}/${pages.length}, dates ${dates}/${datedPages}`,
);
