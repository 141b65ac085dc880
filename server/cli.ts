import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from './db/open-db.ts';
import { reseed } from './db/seed/index.ts';
import { readEnv } from './env.ts';
import { createFileStore } from './lib/files.ts';
import { generateKey, storeKey } from './lib/keys.ts';
import { addMember, insertUser } from './lib/accounts.ts';
import { claimInstance, sweepOrphanFiles } from './lib/sweep.ts';

const USAGE = `Usage:
  npm run sandbox -- keys create --user <email> [--org <slug> --role OWNER|ADMIN|MEMBER]
  npm run seed -- [--assets N] [--brands M]     (reseeds; keeps users and keys)`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = readEnv();
const dbPath = isAbsolute(env.SANDBOX_DB) ? env.SANDBOX_DB : join(root, env.SANDBOX_DB);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const [command, sub, ...rest] = process.argv.slice(2);
const db = openDb(dbPath);
const files = createFileStore(env.SANDBOX_FILES ?? join(dirname(dbPath), 'files'));

if (command === 'keys' && sub === 'create') {
  const { values } = parseArgs({ args: rest, options: { user: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' } } });
  if (!values.user) fail(USAGE);
  const role = (values.role ?? 'MEMBER').toUpperCase();
  if (!['OWNER', 'ADMIN', 'MEMBER'].includes(role)) fail('--role must be OWNER, ADMIN or MEMBER');
  const key = generateKey();
  db.transaction(() => {
    const existing = db.prepare('SELECT id FROM users WHERE email = ?').get(values.user) as { id: string } | undefined;
    const userId = existing?.id ?? insertUser(db, values.user!);
    if (values.org) {
      const org = db.prepare('SELECT id FROM organizations WHERE slug = ?').get(values.org) as { id: string } | undefined;
      if (!org) fail(`No organization with slug "${values.org}"`);
      const member = db.prepare('SELECT 1 FROM memberships WHERE user_id = ? AND org_id = ?').get(userId, org.id);
      if (!member) addMember(db, userId, org.id, role as 'MEMBER');
    }
    storeKey(db, userId, key, 'cli', new Date().toISOString());
  })();
  // The one place a key is printed on purpose: the operator asked for it.
  console.log(key);
} else if (command === 'seed') {
  const { values } = parseArgs({
    args: [sub, ...rest].filter((a): a is string => a !== undefined),
    options: { assets: { type: 'string' }, brands: { type: 'string' } },
  });
  const assets = values.assets ? Number(values.assets) : undefined;
  const brands = values.brands ? Number(values.brands) : undefined;
  if ((assets !== undefined && !(assets >= 0 && assets <= 100_000)) || (brands !== undefined && !(brands >= 0))) fail(USAGE);
  const started = performance.now();
  reseed(db, files, { assets, brands });
  const instance = claimInstance(db);
  sweepOrphanFiles(db, files, instance);
  instance.release();
  const counts = db.prepare('SELECT (SELECT count(*) FROM assets) AS assets, (SELECT count(*) FROM brands) AS brands').get();
  console.log(`Reseeded ${dbPath} in ${((performance.now() - started) / 1000).toFixed(2)} s`, counts);
} else {
  fail(USAGE);
}
db.close();
