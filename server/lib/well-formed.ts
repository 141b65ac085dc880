import { z } from 'zod';
import { ApiError } from './errors.ts';
import type { ErrorDetail } from '../../contract/common.ts';

/*
 * Ill-formed text is refused where it enters, before any schema sees it. A lone surrogate (JSON
 * escape \ud800) cannot be stored as UTF-8: it would come back as replacement characters, longer
 * than what was accepted, so a value that passed the length check would later fail it.
 */

const LONE_SURROGATE = /\p{Cs}/u;
const BODY_MESSAGE = 'Must be well-formed Unicode text (no lone surrogates)';
const QUERY_MESSAGE = 'Must be percent-encoded UTF-8';

type Path = (string | number)[];

/** Enough to show what is wrong; a body full of bad strings does not need a line for each. */
const MAX_REPORTED = 20;

interface Node {
  value: unknown;
  parent: Node | null;
  key: string | number | null;
}

function pathOf(node: Node): Path {
  const path: Path = [];
  for (let at: Node | null = node; at !== null && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Paths of the strings in a parsed JSON value that are not well-formed (a bad key counts for its object). */
export function illFormedPaths(value: unknown): Path[] {
  const found: Path[] = [];
  // An explicit stack and parent links, not recursion or copied paths: a 64 KB body can nest
  // deeper than the call stack allows, and copying paths would cost depth squared.
  const stack: Node[] = [{ value, parent: null, key: null }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const node = stack.pop()!;
    const current = node.value;
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) found.push(pathOf(node));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], parent: node, key: i });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        // A bad key is reported by its parent's path, so the bad text is not echoed back.
        if (LONE_SURROGATE.test(key)) found.push(pathOf(node));
        else stack.push({ value: child, parent: node, key });
      }
    }
  }
  return found;
}

/**
 * The schema, preceded by the well-formedness check on the raw value. When that check fails the
 * schema does not run, so the error names only the ill-formed fields.
 */
export function wellFormed<S extends z.ZodType>(schema: S) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      for (const path of illFormedPaths(value)) ctx.addIssue({ code: 'custom', path, message: BODY_MESSAGE });
    })
    .pipe(schema);
}

/**
 * Throws a 400 naming each query parameter whose name or value does not decode as UTF-8. Read
 * from the raw URL, because the router's decoding quietly keeps undecodable text as it was.
 */
export function assertWellFormedQuery(url: string): void {
  const start = url.indexOf('?');
  if (start === -1) return;
  const end = url.indexOf('#', start);
  const details: ErrorDetail[] = [];
  for (const pair of url.slice(start + 1, end === -1 ? undefined : end).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    const name = decode(rawName);
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    if (name === null || value === null) details.push({ path: name ?? rawName, message: QUERY_MESSAGE });
  }
  if (details.length > 0) throw new ApiError(400, 'Request validation failed.', details);
}

function decode(text: string): string | null {
  try {
    const decoded = decodeURIComponent(text.replace(/\+/g, ' '));
    return LONE_SURROGATE.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}
