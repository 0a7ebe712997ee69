// Generators of hostile inputs: article texts for the coder, and whole input files for ingest.
// `scale` 1 is the size used in `npm test`; the long run (`npm run fuzz`) raises it.
import type { Rng } from './prng.ts';

const ACTORS = [
  'Russia',
  'Ukraine',
  'NATO',
  'the European Union',
  'Sergey Lavrov',
  'Dmytro Kuleba',
  'Vladimir Putin',
  'the United States',
  'China',
  'the foreign minister',
  'President Zelensky',
  'Poland',
  'the OSCE',
  'Kyiv',
  'Moscow',
  'the Kremlin',
  'protesters',
  'police',
  'he',
  'she',
  'they',
  'Belarus',
  'the United Nations',
] as const;
const VERBS = [
  'accused',
  'attacked',
  'met',
  'threatened',
  'criticized',
  'praised',
  'said',
  'warned',
  'demanded',
  'pulled back troops from',
  'signed an agreement with',
  'sanctioned',
  'condemned',
  'called on',
  'arrested',
  'did not attack',
  'would not attack',
  'may invade',
  'denied',
  'rejected',
  'urged',
  'visited',
  'expelled',
] as const;
const FILLERS = [
  'on Tuesday',
  'in Geneva',
  'last week',
  'according to officials',
  'near the border',
  'yesterday',
  'on 12 March',
  'for the second time',
  'despite warnings',
  'after talks',
  'in a statement',
] as const;
const QUOTES = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", '「', '」'] as const;
const RTL = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن روسيا لن تهاجم أوكرانيا',
  'הממשלה הודיעה על הסכם חדש עם ירדן',
  'وزیر امور خارجه ایران گفت',
] as const;
const CJK = [
  '俄罗斯外交部长拉夫罗夫表示俄罗斯不会攻击乌克兰',
  '北大西洋公約機構は声明を発表した',
  '한국 외교부는 북한을 비난했다',
] as const;
const ODD_CHARS = [
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\t',
  '\f',
  '\v',
  '\u0301',
  '\ud83d\ude80',
  '\ud83c\uddfa\ud83c\udde6',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u001b[31m',
  '\ufffd',
  '…',
  '—',
] as const;

const sentence = (rng: Rng): string =>
  `${cap(rng.pick(ACTORS))} ${rng.pick(VERBS)} ${rng.pick(ACTORS)}${rng.chance(0.5) ? ` ${rng.pick(FILLERS)}` : ''}`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const repeat = (rng: Rng, n: number, part: () => string, sep = ' '): string =>
  Array.from({ length: Math.max(1, n) }, part).join(sep);

/** A code point from every plane that matters, lone surrogates and controls included. */
function randomChar(rng: Rng): string {
  const r = rng.next();
  if (r < 0.4) return String.fromCharCode(rng.int(0x20, 0x7e));
  if (r < 0.5) return rng.pick([' ', ' ', '\n', '.', ',', '"', '?', '!']);
  if (r < 0.6) return String.fromCharCode(rng.int(0, 0x1f));
  if (r < 0.7) return String.fromCharCode(rng.int(0xd800, 0xdfff)); // lone surrogate halves
  if (r < 0.9) return String.fromCharCode(rng.int(0xa0, 0xffff));
  return String.fromCodePoint(rng.int(0x10000, 0x10ffff));
}

export type TextKind =
  | 'news'
  | 'random-chars'
  | 'quote-storm'
  | 'no-sentence-end'
  | 'rtl'
  | 'cjk'
  | 'html-script'
  | 'many-actors'
  | 'long-sentence'
  | 'odd-whitespace'
  | 'long-tokens'
  | 'numbers'
  | 'blank-lines';

export const TEXT_KINDS: readonly TextKind[] = [
  'news',
  'random-chars',
  'quote-storm',
  'no-sentence-end',
  'rtl',
  'cjk',
  'html-script',
  'many-actors',
  'long-sentence',
  'odd-whitespace',
  'long-tokens',
  'numbers',
  'blank-lines',
];

/** An article text of the given kind; `scale` multiplies its size. */
export function articleText(rng: Rng, kind: TextKind, scale = 1): string {
  const n = (base: number): number => Math.max(1, Math.round(rng.int(base / 2, base) * scale));
  switch (kind) {
    case 'news':
      return repeat(rng, n(12), () => `${sentence(rng)}${rng.pick(['.', '.', '!', '?', '."', ','])}`);
    case 'random-chars':
      return repeat(rng, n(3000), () => randomChar(rng), '');
    case 'quote-storm':
      // Thousands of quote marks, balanced or not, with speech around some of them.
      return repeat(rng, n(2500), () =>
        rng.chance(0.2)
          ? `${rng.pick(QUOTES)}${sentence(rng)},${rng.pick(QUOTES)} ${rng.pick(ACTORS)} said`
          : rng.pick(QUOTES),
      );
    case 'no-sentence-end':
      // One paragraph that never ends a sentence.
      return repeat(rng, n(150), () => `${rng.pick(ACTORS)} ${rng.pick(VERBS)} ${rng.pick(ACTORS)} and`);
    case 'rtl':
      return repeat(rng, n(40), () =>
        rng.chance(0.3) ? `${sentence(rng)}.` : `${rng.pick(RTL)}${rng.pick(['.', '؟', '،'])}`,
      );
    case 'cjk':
      return repeat(
        rng,
        n(60),
        () => (rng.chance(0.2) ? `${sentence(rng)}.` : `${rng.pick(CJK)}${rng.pick(['。', '、', '！', '」'])}`),
        '',
      );
    case 'html-script':
      return repeat(rng, n(40), () =>
        rng.pick([
          `<script>var s = "${sentence(rng)}"; if (a < b && c > d) { alert('</p>'); }</script>`,
          `<p>${sentence(rng)}.</p>`,
          `<style>p { content: "${rng.pick(QUOTES)}"; }</style>`,
          `<!-- ${sentence(rng)} -->`,
          `<a href="javascript:void(0)" onclick="x()">${rng.pick(ACTORS)}</a>`,
          '&amp;&lt;&gt;&#x27;&nbsp;&#9999999;',
        ]),
      );
    case 'many-actors':
      // Huge lists of actors and commas in one sentence, then a verb.
      return `${repeat(rng, n(800), () => rng.pick(ACTORS), rng.pick([', ', ' and ', ',', ' , ']))} ${rng.pick(VERBS)} ${repeat(rng, n(200), () => rng.pick(ACTORS), ', ')}.`;
    case 'long-sentence':
      // Nested reported speech and clauses: "X said that Y said that … Z attacked W."
      return `${repeat(rng, n(200), () => `${rng.pick(ACTORS)} ${rng.pick(['said that', 'warned that', 'claimed', 'believes that', 'whether'])}`)} ${sentence(rng)}.`;
    case 'odd-whitespace':
      return repeat(
        rng,
        n(150),
        () =>
          `${rng.pick(ODD_CHARS)}${rng.chance(0.5) ? sentence(rng) : rng.pick(ACTORS)}${rng.pick(['.', '', rng.pick(ODD_CHARS)])}`,
        '',
      );
    case 'long-tokens':
      // Runs without spaces (URLs, hashes, glued words). Kept to a few thousand characters: see docs/reliability.md.
      return repeat(rng, n(20), () =>
        rng.chance(0.5)
          ? `${sentence(rng)}.`
          : rng.pick(['https://example.org/', 'a', 'Russia', '#', '0x', '-']).repeat(rng.int(10, 300)),
      );
    case 'numbers':
      return repeat(rng, n(200), () =>
        rng.pick([
          '1,000,000',
          '3.14',
          '-0',
          '1e308',
          '2022-02-30',
          '31/02/2022',
          '$5bn',
          '25 %',
          '12:00',
          '1st',
          `${rng.int(0, 1e9)}`,
        ]),
      );
    case 'blank-lines':
      return repeat(
        rng,
        n(100),
        () => rng.pick(['\n', '\n\n\n', ' \n ', `${sentence(rng)}.\n`, '"\n"', '\n"', sentence(rng)]),
        '',
      );
  }
}

// ---- whole input files for ingest ------------------------------------------

export interface InputFile {
  /** File name (the extension is part of what is being tested). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type FileKind =
  | 'random-bytes'
  | 'truncated-utf8'
  | 'huge-line'
  | 'nested-json'
  | 'invalid-dates'
  | 'jsonl-mixed'
  | 'html-script'
  | 'broken-feed'
  | 'seed-form'
  | 'json-document'
  | 'utf16';

export const FILE_KINDS: readonly FileKind[] = [
  'random-bytes',
  'truncated-utf8',
  'huge-line',
  'nested-json',
  'invalid-dates',
  'jsonl-mixed',
  'html-script',
  'broken-feed',
  'seed-form',
  'json-document',
  'utf16',
];

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const EXTENSIONS = ['.txt', '.jsonl', '.json', '.html', '.rss', '.xml', '', '.md'] as const;
const BAD_DATES: readonly unknown[] = [
  '2022-02-30',
  '2022-13-01',
  'yesterday',
  'Tuesday',
  '0000-00-00',
  '99999-01-01',
  '2022-02-15T25:61:00Z',
  1e300,
  -1,
  0,
  Number.MAX_SAFE_INTEGER,
  '1',
  'NaN',
  '',
  ' ',
  {},
  [],
  true,
  'Mon, 32 Foo 2022 10:00:00 GMT',
  '2022/02/15',
  '15 February 2022',
  'February 15, 2022',
  '2022-02-15T10:00:00+14:00',
  '\u0000',
  'x'.repeat(10_000),
];

function article(rng: Rng, id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, date: '2022-02-15', title: sentence(rng), text: articleText(rng, rng.pick(TEXT_KINDS), 0.2), ...extra };
}

/** An input file of the given kind. */
export function inputFile(rng: Rng, kind: FileKind, scale = 1): InputFile {
  switch (kind) {
    case 'random-bytes': {
      const bytes = new Uint8Array(rng.int(0, Math.round(20_000 * scale)));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(0, 255);
      // Sometimes readable text with random bytes sprinkled in (a legacy encoding, a corrupt download).
      if (rng.chance(0.5)) for (let i = 0; i < bytes.length; i++) if (rng.chance(0.97)) bytes[i] = rng.int(0x20, 0x7e);
      return { name: `random${rng.pick(EXTENSIONS)}`, bytes };
    }
    case 'truncated-utf8': {
      const lines = Array.from({ length: rng.int(1, 30) }, (_, i) =>
        JSON.stringify(article(rng, `t${i}`, { text: `${rng.pick(CJK)} ${sentence(rng)} ${rng.pick(RTL)} ✓ 🚀` })),
      );
      const whole = utf8(lines.join('\n'));
      // Cut anywhere, most often inside a multi-byte character; maybe also cut inside the body.
      let cut = whole.slice(0, rng.int(1, whole.length));
      if (rng.chance(0.5)) {
        const at = rng.int(0, cut.length);
        cut = new Uint8Array([...cut.slice(0, at), ...cut.slice(at + rng.int(1, 3))]);
      }
      return { name: `truncated${rng.pick(['.jsonl', '.txt', '.json', ''])}`, bytes: cut };
    }
    case 'huge-line': {
      // One line of ~10 MB (scale 1): as a JSONL record, as plain text without a newline, or as broken JSON.
      const size = Math.round(10 * 1024 * 1024 * scale);
      const body = 'Russia accused Ukraine. '.repeat(Math.ceil(size / 24)).slice(0, size);
      const form = rng.int(0, 2);
      if (form === 0)
        return {
          name: 'huge.jsonl',
          bytes: utf8(`${JSON.stringify({ id: 'huge', text: body })}\n{"id":"after","text":"NATO met Russia."}\n`),
        };
      if (form === 1) return { name: 'huge.txt', bytes: utf8(body) };
      return { name: 'huge.jsonl', bytes: utf8(`{"id":"huge","text":"${body}\n`) };
    }
    case 'nested-json': {
      const depth = rng.int(1000, Math.round(200_000 * scale));
      const open = rng.pick(['[', '{"a":', '{"text":', '[{"text":']);
      const close = open === '[' ? ']' : open === '[{"text":' ? '}]' : '}';
      const whole = rng.chance(0.5) ? open.repeat(depth) + '1' + close.repeat(depth) : open.repeat(depth);
      return {
        name: `nested${rng.pick(['.json', '.jsonl', ''])}`,
        bytes: utf8(rng.chance(0.3) ? `${whole}\n${whole}\n` : whole),
      };
    }
    case 'invalid-dates': {
      const lines = Array.from({ length: rng.int(1, 40) }, (_, i) =>
        JSON.stringify(
          article(rng, `d${i}`, { [rng.pick(['date', 'published', 'pubDate', 'publishedAt'])]: rng.pick(BAD_DATES) }),
        ),
      );
      return { name: 'dates.jsonl', bytes: utf8(lines.join('\n')) };
    }
    case 'jsonl-mixed': {
      const lines = Array.from({ length: rng.int(1, 60) }, (_, i) =>
        rng.pick([
          JSON.stringify(article(rng, rng.pick([`m${i}`, 'same', '', '  ', 'x\ny']))),
          JSON.stringify(article(rng, `m${i}`, { text: rng.pick([null, 42, '', '   ', ['a'], { a: 1 }]) })),
          JSON.stringify(article(rng, `m${i}`, { id: rng.pick([1e21, -0, { x: 1 }, [], true, Number.NaN]) })),
          JSON.stringify(article(rng, `m${i}`, { source: { name: 42 }, url: ['x'], title: 7 })),
          '{"id": "broken", "text": ',
          '',
          '\ufeff{"id":"bom","text":"Russia met NATO."}\r',
          '[1,2,3]',
          'null',
          '"just a string"',
          '}{',
          articleText(rng, 'random-chars', 0.02),
        ]),
      );
      return {
        name: `mixed${rng.pick(['.jsonl', '.ndjson', ''])}`,
        bytes: utf8(lines.join(rng.pick(['\n', '\r\n', '\r']))),
      };
    }
    case 'html-script': {
      const head = rng.chance(0.5)
        ? '<!DOCTYPE html><html><head><title>T</title><script>document.write("<p>x</p>")</script></head><body>'
        : '';
      const body = articleText(rng, 'html-script', scale);
      const deep = rng.chance(0.3) ? '<div>'.repeat(rng.int(100, 5000)) : '';
      return {
        name: `page${rng.pick(['.html', '.htm', '.txt', ''])}`,
        bytes: utf8(`${head}${deep}${body}${rng.chance(0.5) ? '</body></html>' : ''}`),
      };
    }
    case 'broken-feed': {
      const items = Array.from({ length: rng.int(0, 50) }, (_, i) =>
        rng.pick([
          `<item><title>${sentence(rng)}</title><description>${sentence(rng)}.</description><pubDate>${String(rng.pick(BAD_DATES))}</pubDate><guid>g${i}</guid></item>`,
          `<item><title><![CDATA[${sentence(rng)}]]></title><description><![CDATA[<p>${sentence(rng)}</p><script>x</script>]]></description></item>`,
          '<item><title>',
          '<item></item>',
          `<item><description>&lt;p&gt;${sentence(rng)}&amp;amp;&#0;&#xD800;</description></item>`,
        ]),
      );
      const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items.join('')}${rng.chance(0.5) ? '</channel></rss>' : ''}`;
      return { name: `feed${rng.pick(['.rss', '.xml', ''])}`, bytes: utf8(doc) };
    }
    case 'seed-form': {
      const date = rng.pick(['2022-02-15', '2022-02-30', '2022-99-99', 'notadate', '']);
      return {
        name: `seed${rng.pick(['.txt', ''])}`,
        bytes: utf8(`date ${date} ${articleText(rng, rng.pick(TEXT_KINDS), 0.3)}`),
      };
    }
    case 'json-document': {
      const list = Array.from({ length: rng.int(0, 30) }, (_, i) =>
        rng.chance(0.8) ? article(rng, `j${i % 5}`) : rng.pick([null, 1, 'x', [], {}]),
      );
      const value = rng.chance(0.5) ? list : { articles: list };
      return { name: `doc${rng.pick(['.json', ''])}`, bytes: utf8(JSON.stringify(value, null, rng.pick([0, 2]))) };
    }
    case 'utf16': {
      const text = `${sentence(rng)}. ${rng.pick(CJK)} ${sentence(rng)}.`;
      const le = rng.chance(0.5);
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes[0] = le ? 0xff : 0xfe;
      bytes[1] = le ? 0xfe : 0xff;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bytes[2 + 2 * i] = le ? c & 0xff : c >> 8;
        bytes[3 + 2 * i] = le ? c >> 8 : c & 0xff;
      }
      // An odd byte count: a UTF-16 file cut in the middle of a code unit.
      return {
        name: `utf16${rng.pick(['.txt', ''])}`,
        bytes: rng.chance(0.3) ? bytes.slice(0, bytes.length - 1) : bytes,
      };
    }
  }
}
