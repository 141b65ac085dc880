// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Asset } from '../../contract/asset.ts';
import { setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const keyOf = (asset: { url: string }) => decodeURIComponent(new URL(asset.url).pathname.replace('/files/', ''));
/** How many of the 32 hex digits differ: unrelated random keys differ in about 30. */
const distance = (x: string, y: string) => [...x].filter((ch, i) => ch !== y[i]).length;

describe('stored file keys', () => {
  it('are 128-bit random, unrelated to the asset id, even for assets made in the same millisecond', async () => {
    // The test clock stands still, so both ids come from the same millisecond (and differ by one).
    const first = Asset.parse(await t.makeAsset());
    const second = Asset.parse(await t.makeAsset({}, t.keys.b));
    expect(first.created_at).toBe(second.created_at);
    const keys = [keyOf(first), keyOf(second)];
    for (const [key, asset] of [
      [keys[0]!, first],
      [keys[1]!, second],
    ] as const) {
      expect(key).toMatch(/^[0-9a-f]{32}\.png$/);
      const body = asset.id.slice('asset_'.length).toLowerCase();
      expect(key).not.toContain(body.slice(0, 10)); // not even the time part of the id
      const stored = t.db.prepare('SELECT file_key FROM assets WHERE id = ?').get(asset.id) as { file_key: string };
      expect(stored.file_key).toBe(key);
    }
    expect(distance(keys[0]!.slice(0, 32), keys[1]!.slice(0, 32))).toBeGreaterThan(12);
    for (const key of keys) {
      const served = await t.app.request(`/files/${key}`);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe('bytes of https://img.test/logo.png');
    }
  });
});
