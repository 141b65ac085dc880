import { ErrorEnvelope } from '../../../contract/common.ts';
import type { RawResponse } from './fuzz-app.ts';

/*
 * D12: every error body the suites see goes through here. What an error body must never carry:
 * a stack frame, SQL or SQLite's own words, a file system path or source file name, or key
 * material (`nxd_` followed by key characters; the 401 message's literal "nxd_…" is a hint, not a key).
 */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at |\bat [\w.<>]+ \(|:\d+:\d+\)?/],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b|SQLITE_|sqlite|no such (table|column)|constraint failed|json_each/i],
  ['file path', /(^|[\s"'(])\/(home|tmp|work|usr|var|etc|root|opt|proc)\/|[A-Za-z]:\\|node_modules|\.(ts|js|mjs|cjs|sql):?\d*\b/],
  ['key material', /nxd_[A-Za-z0-9_-]/],
];

/** Names of the leak kinds found in `text`; exported so a negative control can prove the scan bites. */
export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

export class ErrorLedger {
  bodies = 0;
  serverErrors = 0;
  readonly problems: string[] = [];

  constructor(private readonly secrets: string[] = []) {}

  /** Checks one answer of status >= 400; returns the problems it found (also kept in `problems`). */
  record(res: RawResponse, logs: readonly string[] = []): string[] {
    if (res.status < 400) return [];
    this.bodies++;
    const found: string[] = [];
    const parsed = ErrorEnvelope.safeParse(res.json);
    if (!parsed.success) found.push(`not an error envelope: ${res.text.slice(0, 200)}`);
    for (const kind of leaksIn(res.text)) found.push(`${kind} in error body: ${res.text.slice(0, 300)}`);
    for (const secret of this.secrets) if (res.text.includes(secret)) found.push('a test key in an error body');
    if (res.status >= 500) {
      this.serverErrors++;
      const error = parsed.success ? parsed.data.error : undefined;
      if (error?.code !== 'INTERNAL_ERROR' && res.status === 500) found.push(`500 without INTERNAL_ERROR: ${res.text}`);
      const id = error?.request_id;
      if (!id || id !== res.requestId) found.push(`5xx without a matching request id: ${res.text}`);
      else if (res.status === 500 && !logs.some((line) => line.includes(id))) found.push(`500's request id ${id} not in the log`);
    }
    this.problems.push(...found);
    return found;
  }
}
