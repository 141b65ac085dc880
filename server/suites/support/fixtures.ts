import { COLORS } from '../../routes/route-test-helpers.ts';
import type { FuzzApp } from './fuzz-app.ts';

/**
 * The objects the fuzz aims at: for key A a personal and an O1 brand, theme and asset; key B's
 * personal ones (foreign to A); a pinned brand whose custom theme is in use (DELETE → 409). The
 * valid generators only ever change the A and O1 objects, and only delete objects made for them.
 */
export async function makeFixtures(t: FuzzApp) {
  const make = async (path: string, key: string, body: Record<string, unknown>) => {
    const res = await t.request('POST', path, { key, body });
    if (res.status !== 201) throw new Error(`fixture ${path}: ${res.status} ${res.text}`);
    return res.json.id as string;
  };
  const theme = (key: string, extra: Record<string, unknown> = {}) =>
    make('/v1/themes', key, { name: 'Fixture', font_primary: 'Inter', font_secondary: 'Lora', colors: COLORS, ...extra });
  const { a, b } = t.keys;
  const { o1 } = t.orgs;
  const themeA = await theme(a);
  const themeO1 = await theme(a, { org_id: o1 });
  const themeB = await theme(b);
  const themePinned = await theme(a);
  const brandA = await make('/v1/brands', a, { name: 'Brand A', theme_id: themeA });
  const brandO1 = await make('/v1/brands', a, { name: 'Brand O1', theme_id: themeO1, org_id: o1 });
  const brandB = await make('/v1/brands', b, { name: 'Brand B', theme_id: 'midnight-blue' });
  await make('/v1/brands', a, { name: 'Pinned', theme_id: themePinned });
  const asset = (key: string, extra: Record<string, unknown> = {}) =>
    make('/v1/assets', key, { source_url: 'https://img.test/fixture.png', ...extra });
  return {
    keys: t.keys,
    orgs: t.orgs,
    themes: { a: themeA, o1: themeO1, b: themeB, pinned: themePinned, system: 'midnight-blue' },
    brands: { a: brandA, o1: brandO1, b: brandB },
    assets: { a: await asset(a, { brand_id: brandA }), o1: await asset(a, { org_id: o1 }), b: await asset(b) },
  };
}
export type Fixtures = Awaited<ReturnType<typeof makeFixtures>>;
