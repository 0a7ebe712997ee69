// Query parameters: every route declares its parameters (the OpenAPI document is generated from the same
// declarations), and every request is checked against them before a handler runs. Unknown parameters are
// rejected too, so a typo (`?form=`) is a 400 instead of a silently ignored filter.
import { HttpError } from './http-error.ts';

export type ParamKind = 'date' | 'integer' | 'string' | 'enum';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly description: string;
  /** For enums: the accepted values. */
  readonly values?: readonly string[];
  /** For integers: inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  /** Longest accepted string (characters). */
  readonly maxLength?: number;
  readonly default?: string | number;
  readonly required?: boolean;
}

export type ParamValue = string | number;

/** Validated parameters by name; defaults applied. */
export class Params {
  readonly #values: ReadonlyMap<string, ParamValue>;

  constructor(values: ReadonlyMap<string, ParamValue>) {
    this.#values = values;
  }

  str(name: string): string | undefined {
    const v = this.#values.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  int(name: string): number | undefined {
    const v = this.#values.get(name);
    return typeof v === 'number' ? v : undefined;
  }

  /** The given string parameters among `names`, as an object without undefined values (exactOptionalPropertyTypes). */
  strings<K extends string>(names: readonly K[]): { [P in K]?: string } {
    const out: { [P in K]?: string } = {};
    for (const name of names) {
      const v = this.str(name);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
}

export const MAX_PAGE = 200;

export const PAGE_PARAMS: readonly ParamSpec[] = [
  { name: 'limit', kind: 'integer', min: 1, max: MAX_PAGE, default: 50, description: `page size (1–${MAX_PAGE})` },
  { name: 'offset', kind: 'integer', min: 0, max: 10_000_000, default: 0, description: 'rows to skip' },
];

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse accepts 2022-02-31 in some engines; the round trip does not.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function parseOne(spec: ParamSpec, raw: string): ParamValue {
  const name = spec.name;
  switch (spec.kind) {
    case 'date':
      if (!isCalendarDate(raw))
        throw new HttpError(400, `${name}: expected a calendar date as YYYY-MM-DD, got "${clip(raw)}"`);
      return raw;
    case 'integer': {
      if (!/^\d{1,12}$/.test(raw)) throw new HttpError(400, `${name}: expected a whole number, got "${clip(raw)}"`);
      const n = Number(raw);
      if (spec.min !== undefined && n < spec.min) throw new HttpError(400, `${name}: must be at least ${spec.min}`);
      if (spec.max !== undefined && n > spec.max) throw new HttpError(400, `${name}: must be at most ${spec.max}`);
      return n;
    }
    case 'enum':
      if (!(spec.values ?? []).includes(raw)) {
        throw new HttpError(400, `${name}: expected one of ${(spec.values ?? []).join(', ')}, got "${clip(raw)}"`);
      }
      return raw;
    case 'string': {
      const max = spec.maxLength ?? 200;
      if (raw.trim() === '') throw new HttpError(400, `${name}: must not be empty`);
      if (raw.length > max) throw new HttpError(400, `${name}: longer than ${max} characters`);
      return raw;
    }
  }
}

/** Checks the query string of `url` against `specs`: 400 naming the parameter on the first problem. */
export function parseQuery(url: URL, specs: readonly ParamSpec[]): Params {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = new Map<string, ParamValue>();
  for (const name of new Set(url.searchParams.keys())) {
    const spec = byName.get(name);
    if (spec === undefined) {
      const known = specs.map((s) => s.name).join(', ') || 'none';
      throw new HttpError(400, `${clip(name)}: unknown parameter (accepted: ${known})`);
    }
    const all = url.searchParams.getAll(name);
    if (all.length > 1) throw new HttpError(400, `${name}: given more than once`);
    values.set(name, parseOne(spec, all[0] ?? ''));
  }
  for (const spec of specs) {
    if (values.has(spec.name)) continue;
    if (spec.required === true) throw new HttpError(400, `${spec.name}: required`);
    if (spec.default !== undefined) values.set(spec.name, spec.default);
  }
  return new Params(values);
}

/** Path parameters are checked with the same rules (a bad date in /days/:date is a 400 too). */
export function parsePath(path: Readonly<Record<string, string>>, specs: readonly ParamSpec[]): Params {
  const values = new Map<string, ParamValue>();
  for (const spec of specs) {
    const raw = path[spec.name];
    if (raw === undefined) throw new HttpError(400, `${spec.name}: missing in the path`);
    values.set(spec.name, parseOne(spec, raw));
  }
  return new Params(values);
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
