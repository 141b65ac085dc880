import fc from 'fast-check';
import type { RawRequest } from './fuzz-app.ts';
import { RAW_QUERY_VALUES, WRONG_CONTENT_TYPES, boundaryString, malformedJson, wrongType } from './hostile-values.ts';

/** A request with its parts still apart, so one generator can break exactly one of them. */
export interface Parts {
  method: string;
  path: string;
  key: string;
  query?: string;
  body?: unknown;
}

export function toRequest(p: Parts, overrides: { auth?: string | null; contentType?: string; bodyText?: string } = {}): RawRequest {
  const headers: Record<string, string> = {};
  const auth = overrides.auth === undefined ? `Bearer ${p.key}` : overrides.auth;
  if (auth !== null) headers.authorization = auth;
  const hasBody = overrides.bodyText !== undefined || p.body !== undefined;
  const ct = overrides.contentType ?? (hasBody ? 'application/json' : undefined);
  if (ct !== undefined) headers['content-type'] = ct;
  return {
    method: p.method,
    path: p.query ? `${p.path}?${p.query}` : p.path,
    headers,
    body: overrides.bodyText ?? (p.body === undefined ? undefined : JSON.stringify(p.body)),
  };
}

/** Authorization headers that must all be 401. */
export const badAuth = fc.constantFrom(
  null, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer nxd_short', `Bearer nxd_${'A'.repeat(40)}`,
  'Bearer nxd_ä', `Bearer ${'x'.repeat(300)}`, 'Token nxd_abcdefghijkl', 'Bearer\tnxd_',
);

/** The same request with a broken Authorization header. */
export const withBadAuth = (parts: fc.Arbitrary<Parts>) =>
  fc.tuple(parts, badAuth, fc.boolean()).map(([p, auth, keyTail]) =>
    toRequest(p, { auth: keyTail && auth === '' ? `Bearer ${p.key}x` : auth }),
  );

/** Query parameters of a list: each value hostile, malformed or at a boundary, plus unknown names. */
export function hostileQuery(known: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(known);
  const value = fc.oneof(fc.constantFrom(...RAW_QUERY_VALUES), boundaryString(30).map(encodeSafe));
  const pair = fc.oneof(
    names.length ? fc.tuple(fc.constantFrom(...names), value) : fc.tuple(fc.constant('q'), value),
    names.length ? fc.constantFrom(...names).chain((n) => known[n]!.map((v) => [n, v] as [string, string])) : value.map((v) => ['q', v] as [string, string]),
    fc.tuple(fc.constantFrom('unknown', 'LIMIT', 'limit[]', '%ff', '', 'after%00', 'foo'), value),
  );
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('&'));
}

/** encodeURIComponent that survives lone surrogates (encoded as the raw, invalid UTF-8 they would be). */
export function encodeSafe(s: string): string {
  return [...s].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
}

export interface FieldSpec {
  /** Longest valid string (for the boundary lengths); 0 for fields that are not strings. */
  max: number;
  required?: boolean;
  /** Extra invalid values specific to the field (colours, enums, ids). */
  bad?: fc.Arbitrary<unknown>;
}

const UNKNOWN_FIELDS = ['id', 'user_id', 'org_id', 'created_at', 'updated_at', 'is_custom', 'url', 'size', 'extra', 'Name', 'name '];

/**
 * Bodies broken in one way: a required field missing, an unknown field, a field of the wrong type,
 * a string at a length boundary or with hostile characters, an array or null for the object, or
 * text that is not the JSON it claims; plus oversize bodies and wrong content types.
 */
export function hostileBody(parts: fc.Arbitrary<Parts>, fields: Record<string, FieldSpec>): fc.Arbitrary<RawRequest> {
  const names = Object.keys(fields);
  const field = fc.constantFrom(...names);
  const obj = (p: Parts) => ({ ...(p.body as Record<string, unknown>) });
  return fc.oneof(
    fc.tuple(parts, fc.constantFrom(...names.filter((n) => fields[n]!.required), ...(names.some((n) => fields[n]!.required) ? [] : [names[0]!]))).map(([p, n]) => {
      const body = obj(p);
      delete body[n];
      return toRequest({ ...p, body });
    }),
    fc.tuple(parts, fc.constantFrom(...UNKNOWN_FIELDS.filter((u) => !names.includes(u))), wrongType).map(([p, n, v]) => toRequest({ ...p, body: { ...obj(p), [n]: v } })),
    fc.tuple(parts, field, wrongType).map(([p, n, v]) => toRequest({ ...p, body: { ...obj(p), [n]: v } })),
    fc.tuple(parts, field).chain(([p, n]) => {
      const spec = fields[n]!;
      const bad = fc.oneof(...(spec.max > 0 ? [boundaryString(spec.max)] : []), ...(spec.bad ? [spec.bad] : []), wrongType);
      return bad.map((v) => toRequest({ ...p, body: { ...obj(p), [n]: v } }));
    }),
    fc.tuple(parts, fc.constantFrom('[BODY]', 'null', '[]', '"BODY"', '{"__proto__":BODY}', '{"a":BODY}')).map(([p, shape]) =>
      toRequest(p, { bodyText: shape.replace('BODY', JSON.stringify(p.body)) }),
    ),
    fc.tuple(parts, malformedJson).map(([p, text]) => toRequest(p, { bodyText: text })),
    fc.tuple(parts, fc.constantFrom(65_536, 65_537, 200_000)).map(([p, size]) =>
      toRequest(p, { bodyText: JSON.stringify({ ...obj(p), [names[0]!]: 'x'.repeat(size) }) }),
    ),
    fc.tuple(parts, fc.constantFrom(...WRONG_CONTENT_TYPES)).map(([p, ct]) => {
      const r = toRequest(p);
      if (ct === undefined) delete r.headers!['content-type'];
      else r.headers!['content-type'] = ct;
      return r;
    }),
  );
}
