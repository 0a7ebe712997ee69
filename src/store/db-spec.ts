// What a --db value names: a PostgreSQL URL or a SQLite file path; and how to show it without secrets.

/** True when `spec` names a PostgreSQL database (`postgres://…` or `postgresql://…`) rather than a file. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The --db value for messages: a URL's password replaced by ***, a file path unchanged. */
export function redactDbSpec(spec: string): string {
  return spec.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
