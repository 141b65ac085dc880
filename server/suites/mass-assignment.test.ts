// @vitest-environment node
/**
 * D4 (reliability.md): mass assignment. Every create and update body, made valid and then given one
 * server-owned field (or all of them at once), must be a 400 VALIDATION_ERROR whose details name the
 * field, with the database, the stored files and the source fetcher untouched. Positive control: the
 * same bodies without the extra field succeed, so each 400 is about that field and nothing else.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup, themeBody } from '../routes/route-test-helpers.ts';

type T = ReturnType<typeof setup>;
let t: T;
let ids: { brand: string; theme: string; asset: string; foreignBrand: string; userB: string };
const counts = { bodies: 0, refused: 0, dbChanges: 0, controls: 0 };

beforeAll(async () => {
  t = setup();
  const theme = await t.makeTheme();
  const brand = await t.makeBrand({ theme_id: theme.id });
  const asset = await t.makeAsset({ brand_id: brand.id });
  const foreign = await t.makeBrand({ name: 'Theirs' }, t.keys.b);
  ids = { brand: brand.id, theme: theme.id, asset: asset.id, foreignBrand: foreign.id, userB: t.users.b };
});
afterAll(() => {
  console.log(
    `D4 mass assignment: ${counts.bodies} bodies, ${counts.refused} answered 400 with details naming the field, ` +
      `${counts.dbChanges} database changes; positive controls ${counts.controls}/6 succeeded`,
  );
  t?.close();
});

/** Values an attacker would pick: someone else's ids, a forged history, a file elsewhere. */
const forged = (): Record<string, unknown> => ({
  id: ids.foreignBrand,
  user_id: ids.userB,
  org_id: t.orgs.o3,
  created_at: '2000-01-01T00:00:00.000Z',
  updated_at: '2000-01-01T00:00:00.000Z',
  is_custom: false,
  url: 'https://evil.test/x.png',
  size: 1,
  width: 1,
  height: 1,
  source_url: 'https://img.test/other.png',
  // Read-only fields of the responses, beyond the list in reliability.md.
  scope_id: ids.userB,
  object: 'brand',
  slug: 'forged',
  format: 'svg',
  file_key: 'forged.png',
  theme: { id: 'midnight-blue' },
  assets: [],
});

interface Endpoint {
  label: string;
  method: string;
  path: () => string;
  base: () => Record<string, unknown>;
  allowed: string[];
}

const ENDPOINTS: Endpoint[] = [
  // org_id is legitimate on every create, source_url on the asset create.
  {
    label: 'POST /v1/brands',
    method: 'POST',
    path: () => '/v1/brands',
    base: () => ({ name: 'Acme', theme_id: 'midnight-blue' }),
    allowed: ['org_id'],
  },
  {
    label: 'PATCH /v1/brands/:id',
    method: 'PATCH',
    path: () => `/v1/brands/${ids.brand}`,
    base: () => ({ name: 'Acme 2' }),
    allowed: [],
  },
  { label: 'POST /v1/themes', method: 'POST', path: () => '/v1/themes', base: () => themeBody(), allowed: ['org_id'] },
  {
    label: 'PATCH /v1/themes/:id',
    method: 'PATCH',
    path: () => `/v1/themes/${ids.theme}`,
    base: () => ({ name: 'Dusk' }),
    allowed: [],
  },
  {
    label: 'POST /v1/assets',
    method: 'POST',
    path: () => '/v1/assets',
    base: () => ({ source_url: 'https://img.test/new.png' }),
    allowed: ['org_id', 'source_url'],
  },
  {
    label: 'PATCH /v1/assets/:id',
    method: 'PATCH',
    path: () => `/v1/assets/${ids.asset}`,
    base: () => ({ name: 'Renamed' }),
    allowed: [],
  },
];

/** Every row of every table and the stored file names: what "unchanged" is measured against. */
function state(): string {
  const tables = ['users', 'api_keys', 'organizations', 'memberships', 'themes', 'brands', 'assets'];
  const rows = tables.map((table) => t.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all());
  return JSON.stringify([rows, fs.readdirSync(t.files.dir).sort(), t.calls.length]);
}

describe('D4 mass assignment', () => {
  it.each(ENDPOINTS)('$label refuses every server-owned field', async (e) => {
    const fields = Object.keys(forged()).filter((f) => !e.allowed.includes(f));
    const bodies = [
      ...fields.map((f) => ({ fields: [f], body: { ...e.base(), [f]: forged()[f] } })),
      { fields, body: { ...e.base(), ...Object.fromEntries(fields.map((f) => [f, forged()[f]])) } },
    ];
    const problems: string[] = [];
    for (const { fields: added, body } of bodies) {
      const before = state();
      const res = await t.request(e.method, e.path(), { body });
      counts.bodies++;
      const details = JSON.stringify(res.json?.error?.details ?? []);
      const named = added.every((f) => details.includes(`"${f}"`) || details.includes(`\\"${f}\\"`));
      if (res.status === 400 && res.json.error.code === 'VALIDATION_ERROR' && named) counts.refused++;
      else problems.push(`${e.label} + ${added.join(',')}: ${res.status} ${res.text}`);
      if (state() !== before) {
        counts.dbChanges++;
        problems.push(`${e.label} + ${added.join(',')}: database changed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(ENDPOINTS)('positive control: $label without the extra field succeeds', async (e) => {
    t.db.exec('BEGIN');
    try {
      const res = await t.request(e.method, e.path(), { body: e.base() });
      expect(res.status, res.text).toBeLessThan(300);
      counts.controls++;
    } finally {
      t.db.exec('ROLLBACK');
    }
  });
});
