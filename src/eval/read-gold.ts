// Gold JSONL → GoldRecord[]. The form (PLOVER GSR or PETRARCH2 validation) is detected per record,
// so one file may mix both. Bad lines become diagnostics, never exceptions.
import type { Diagnostic } from '../types.ts';
import type { GoldActor, GoldRecord, Petr2Expected } from './gold.ts';
import { normalizeGoldDate } from './dates.ts';

export interface GoldReadResult {
  readonly records: readonly GoldRecord[];
  /** Records deliberately left out: PETR2 `evaluate` false, PLOVER DOCUMENT header records. */
  readonly skipped: number;
  readonly diagnostics: readonly Diagnostic[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function problem(origin: string, ruleId: string, message: string): Diagnostic {
  return { stage: 'eval', ruleId, severity: 'warning', message: `${origin}: ${message}` };
}

export function readGold(content: string, name: string): GoldReadResult {
  const records: GoldRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let skipped = 0;
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const origin = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      diagnostics.push(problem(origin, 'eval/bad-json', 'not a JSON object; each line must be one gold record'));
      continue;
    }
    const read = readGoldRecord(value, origin);
    if (read === 'skip') skipped++;
    else if ('ruleId' in read) diagnostics.push(read);
    else records.push(read);
  }
  return { records, skipped, diagnostics };
}

/** One parsed JSON value → a gold record, 'skip' (not for evaluation) or the reason it is unusable. */
export function readGoldRecord(value: unknown, origin: string): GoldRecord | 'skip' | Diagnostic {
  if (!isObject(value)) return problem(origin, 'eval/bad-record', 'expected a JSON object');
  const id = str(value['id']) ?? str(value['_uid']);
  const text = str(value['text']);
  if (id === null || text === null)
    return problem(origin, 'eval/bad-record', 'a gold record needs string "id" and "text"');
  const date = normalizeGoldDate(value['date']);
  if (Array.isArray(value['expected'])) return readPetr2(value, value['expected'], id, text, date, origin);
  if (Array.isArray(value['source']) && (str(value['_eventPlover2021']) ?? str(value['event'])) !== null) {
    return readPlover(value, id, text, date, origin);
  }
  return problem(
    origin,
    'eval/unknown-form',
    'neither a PLOVER GSR record (source/target lists, _eventPlover2021) nor a PETR2 record (expected list)',
  );
}

function readPetr2(
  value: Json,
  expectedRaw: readonly unknown[],
  id: string,
  text: string,
  date: string | null,
  origin: string,
): GoldRecord | 'skip' | Diagnostic {
  const evaluate = value['evaluate'];
  if (evaluate !== true && evaluate !== 'true') return 'skip';
  const expected: Petr2Expected[] = [];
  for (const e of expectedRaw) {
    const source = isObject(e) ? str(e['source']) : null;
    const target = isObject(e) ? str(e['target']) : null;
    const code = isObject(e) ? str(e['code']) : null;
    if (source === null || target === null || code === null || !/^\d{2,4}$/.test(code)) {
      return problem(origin, 'eval/bad-expected', 'each expected event needs string source, target and a CAMEO code');
    }
    expected.push({ source: source.toUpperCase(), target: target.toUpperCase(), code });
  }
  return { form: 'petr2', id, date, text, expected };
}

function readActors(list: unknown): GoldActor[] | null {
  if (!Array.isArray(list)) return null;
  const actors: GoldActor[] = [];
  for (const a of list) {
    const code = isObject(a) ? str(a['code']) : null;
    if (code === null) return null;
    actors.push({ text: (isObject(a) ? str(a['actorText']) : null) ?? '', code: code.toUpperCase() });
  }
  return actors;
}

function readPlover(
  value: Json,
  id: string,
  text: string,
  date: string | null,
  origin: string,
): GoldRecord | 'skip' | Diagnostic {
  const category = (str(value['_eventPlover2021']) ?? str(value['event']) ?? '').toUpperCase();
  if (category === 'DOCUMENT') return 'skip';
  const sources = readActors(value['source']);
  const targets = readActors(value['target'] ?? []);
  if (sources === null || targets === null) {
    return problem(origin, 'eval/bad-actors', 'source and target must be lists of {actorText, code}');
  }
  const info = value['textInfo'];
  const markup = isObject(info) ? (str(info['markup']) ?? '') : '';
  const reciprocal = value['_reciprocal'] === true || /\((?:SRC\/TAR|TAR\/SRC):/.test(markup);
  return { form: 'plover', id, date, text, category, sources, targets, reciprocal };
}
