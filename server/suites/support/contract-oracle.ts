import { normalizeHex } from '../../../contract/common.ts';
import { ErrorLedger } from './error-ledger.ts';
import type { FuzzApp, RawRequest, RawResponse } from './fuzz-app.ts';
import type { Operation } from './operations.ts';

/** Per-suite tallies for the summary line. */
export class Tally {
  requests = 0;
  readonly byClass: Record<string, number> = {};
  roundTrips = 0;
  checksums = 0;
  /** Statuses seen per operation, e.g. `{ 'POST /v1/brands': { 201: 60, 400: 150 } }`. */
  readonly statuses: Record<string, Record<number, number>> = {};
  add(res: RawResponse, op: string) {
    this.requests++;
    const seen = (this.statuses[op] ??= {});
    seen[res.status] = (seen[res.status] ?? 0) + 1;
    const cls = `${Math.floor(res.status / 100)}xx`;
    this.byClass[cls] = (this.byClass[cls] ?? 0) + 1;
  }
}

const STRING_FIELDS = ['name', 'ai_instruction', 'font_primary', 'font_secondary', 'category', 'theme_id', 'brand_id', 'type', 'usage_mode'];

/** What the server must give back for what was sent: strings exactly, tags deduplicated, colours normalised. */
function roundTripProblems(sent: Record<string, unknown>, got: Record<string, unknown>, where: string): string[] {
  const out: string[] = [];
  const differ = (field: string, want: unknown, have: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(have)) out.push(`${where}: ${field} sent ${JSON.stringify(want)}, read ${JSON.stringify(have)}`);
  };
  for (const f of STRING_FIELDS) if (f in sent) differ(f, sent[f], got[f]);
  if (Array.isArray(sent.tags)) differ('tags', [...new Set(sent.tags)], got.tags);
  if (sent.colors && typeof sent.colors === 'object') {
    const colors = got.colors as Record<string, string>;
    for (const [token, value] of Object.entries(sent.colors)) differ(`colors.${token}`, normalizeHex(String(value)), colors?.[token]);
  }
  return out;
}

/**
 * Sends one request and applies every D1 check to its answer; returns the problems (empty = pass).
 * DELETE's `{fresh}` is first replaced by an object made for it.
 */
export async function exercise(t: FuzzApp, op: Operation, request: RawRequest, ledger: ErrorLedger, tally: Tally): Promise<string[]> {
  let req = request;
  if (req.path.includes('{fresh}')) req = { ...req, path: req.path.replace('{fresh}', await makeFresh(t, op.fresh!)) };
  const before = t.checksum();
  const res = await t.send(req);
  tally.add(res, op.name);
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`server error ${res.status}`);
  if (!op.statuses.includes(res.status)) problems.push(`status ${res.status} is not in the contract's list ${op.statuses.join(',')}`);
  if (res.status === 204 ? res.text !== '' : !/^application\/json(;|$)/.test(res.contentType ?? '')) {
    problems.push(`content type ${res.contentType} for status ${res.status}`);
  }
  problems.push(...ledger.record(res, t.logs));
  if (res.status >= 400 || req.method === 'GET') {
    tally.checksums++;
    if (t.checksum() !== before) problems.push(`database or files changed by a ${req.method} answered ${res.status}`);
  }
  if (res.status < 300 && res.status !== 204 && op.schema) {
    const parsed = op.schema.safeParse(res.json);
    if (!parsed.success) problems.push(`2xx body does not parse with the contract: ${parsed.error.message.slice(0, 300)}`);
  }
  if (res.status < 300 && op.detail && req.body) {
    // The server decodes with a BOM-stripping TextDecoder, as the Encoding standard says; so does this.
    const sent = JSON.parse(req.body.replace(/^\ufeff/, '')) as Record<string, unknown>;
    const body = res.json as Record<string, unknown>;
    problems.push(...roundTripProblems(sent, body, 'answer'));
    const again = await t.send({ method: 'GET', path: op.detail(String(body.id)), headers: { authorization: req.headers?.authorization ?? '' } });
    if (again.status !== 200) problems.push(`GET after ${req.method}: ${again.status}`);
    else problems.push(...roundTripProblems(sent, again.json as Record<string, unknown>, 'GET'));
    tally.roundTrips++;
  }
  if (res.status === 204) {
    const gone = await t.send({ method: 'GET', path: req.path, headers: { authorization: req.headers?.authorization ?? '' } });
    if (gone.status !== 404) problems.push(`GET after DELETE answered ${gone.status}`);
  }
  return problems.map((p) => `${op.name}: ${p}\n  request: ${describe(req)}\n  answer: ${res.text.slice(0, 300)}`);
}

function describe(req: RawRequest): string {
  const body = req.body === undefined ? '' : ` body=${JSON.stringify(req.body.slice(0, 300))}${req.body.length > 300 ? `…(${req.body.length})` : ''}`;
  return `${req.method} ${req.path.slice(0, 300)} headers=${JSON.stringify(req.headers ?? {})}${body}`;
}

async function makeFresh(t: FuzzApp, kind: 'brand' | 'theme' | 'asset'): Promise<string> {
  const bodies = {
    brand: { name: 'Doomed', theme_id: 'midnight-blue' },
    theme: { name: 'Doomed', font_primary: 'Inter', font_secondary: 'Lora', colors: (await t.request('GET', '/v1/themes/midnight-blue')).json.colors },
    asset: { source_url: 'https://img.test/doomed.png' },
  };
  const res = await t.request('POST', `/v1/${kind}s`, { body: bodies[kind] });
  if (res.status !== 201) throw new Error(`fresh ${kind}: ${res.status} ${res.text}`);
  return res.json.id as string;
}
