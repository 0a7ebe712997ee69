// Bytes → text: BOMs, UTF-16, a Windows-1252 fallback, binary detection and newline normalisation.
// Decisions are made on the first bytes of an input (the "head") so that huge files can stream.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Sniffed =
  { readonly kind: 'text'; readonly encoding: TextEncoding } | { readonly kind: 'binary'; readonly reason: string };

/** Above this share of undecodable or control characters the input is not text. */
const BINARY_SHARE = 0.1;

export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be' };
  if (head.includes(0)) return { kind: 'binary', reason: 'contains NUL bytes' };
  // stream: true withholds a multi-byte character cut at the end of the head instead of flagging it.
  const text = new TextDecoder('utf-8').decode(head, { stream: true });
  let invalid = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  const length = Math.max(text.length, 1);
  if (control / length > BINARY_SHARE) return { kind: 'binary', reason: 'mostly control characters' };
  if (invalid / length > BINARY_SHARE) return { kind: 'binary', reason: 'mostly invalid UTF-8' };
  // A few invalid bytes in otherwise readable text: a legacy single-byte encoding, almost always 1252.
  if (invalid > 0) return { kind: 'text', encoding: 'windows-1252' };
  return { kind: 'text', encoding: 'utf-8' };
}

/** CRLF and lone CR → LF, so offsets of later stages never straddle a "\r\n". */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Decodes chunks to strings. A BOM is dropped (TextDecoder does it for UTF-8/16);
 * "\r" at a chunk end is held back so a CRLF split across chunks still becomes one LF.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  for await (const chunk of chunks) {
    let text = carry + decoder.decode(chunk, { stream: true });
    carry = '';
    if (text.endsWith('\r')) {
      carry = '\r';
      text = text.slice(0, -1);
    }
    if (text !== '') yield normalizeNewlines(text);
  }
  const rest = normalizeNewlines(carry + decoder.decode());
  if (rest !== '') yield rest;
}
