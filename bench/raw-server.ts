import { createServer } from 'node:http';
import { ASSET_SQL } from '../server/lib/asset-rows.ts';
import { openDb } from '../server/db/open-db.ts';
import { findKeyUser } from '../server/lib/keys.ts';
import { page } from '../server/lib/pagination.ts';
import { rowToAsset, type AssetRow } from '../server/lib/serialize.ts';
import { NO_CURSOR } from '../server/routes/route-utils.ts';

/**
 * The API benchmark's (B5) baseline: a bare node:http server doing the same work per request as the sandbox's
 * GET /v1/assets?limit=20 (key digest lookup, memberships, the same SQL and serialisation), and a raw hello.
 */
const [dbPath, port] = process.argv.slice(2);
const db = openDb(dbPath!);
const list = db.prepare(ASSET_SQL.list);
const orgsOf = db.prepare('SELECT org_id FROM memberships WHERE user_id = ? ORDER BY org_id');

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://raw');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, service: 'raw', timestamp: Date.now() }));
    return;
  }
  const key = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const userId = key ? findKeyUser(db, key) : null;
  if (!userId || url.pathname !== '/v1/assets') {
    res.writeHead(401).end();
    return;
  }
  orgsOf.all(userId);
  const limit = Number(url.searchParams.get('limit') ?? '20');
  const rows = list.all(userId, NO_CURSOR, null, null, null, null, 0, limit + 1) as AssetRow[];
  const body = page(
    rows.map((r) => rowToAsset(r, `http://127.0.0.1:${port}`)),
    limit,
  );
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
