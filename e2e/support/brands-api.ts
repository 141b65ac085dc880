import { expect, type APIRequestContext } from '@playwright/test';
import type { Asset, Brand, Theme } from '../../contract/index.ts';

/**
 * Direct API access for the brand journeys: set up data the test owns (unique names) and read
 * the server's state back to check what the UI did. Uses the run's key, like an API client.
 */
const auth = () => ({ Authorization: `Bearer ${process.env.E2E_API_KEY}` });

let counter = 0;
/** A name no other test (or rerun) uses. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${Date.now().toString(36)}-${process.pid}-${counter}`;
}

export async function createBrand(
  request: APIRequestContext,
  body: { name?: string; theme_id?: string; ai_instruction?: string; org_id?: string } = {},
): Promise<Brand> {
  const response = await request.post('/v1/brands', {
    headers: auth(),
    data: { name: body.name ?? uniqueName('E2E brand'), theme_id: body.theme_id ?? 'paper-white', ...body },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Brand;
}

export async function getBrand(
  request: APIRequestContext,
  id: string,
): Promise<{ status: number; brand: Brand | null }> {
  const response = await request.get(`/v1/brands/${id}`, { headers: auth() });
  return { status: response.status(), brand: response.ok() ? ((await response.json()) as Brand) : null };
}

export async function patchBrand(
  request: APIRequestContext,
  id: string,
  body: Record<string, unknown>,
): Promise<Brand> {
  const response = await request.patch(`/v1/brands/${id}`, { headers: auth(), data: body });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Brand;
}

export async function getTheme(request: APIRequestContext, id: string): Promise<Theme> {
  const response = await request.get(`/v1/themes/${id}`, { headers: auth() });
  expect(response.status()).toBe(200);
  return (await response.json()) as Theme;
}

export async function createTheme(request: APIRequestContext, body: Record<string, unknown>): Promise<Theme> {
  const response = await request.post('/v1/themes', { headers: auth(), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Theme;
}

export async function listOrganizations(request: APIRequestContext): Promise<Array<{ id: string; name: string }>> {
  const response = await request.get('/v1/organizations', { headers: auth() });
  return ((await response.json()) as { data: Array<{ id: string; name: string }> }).data;
}

export async function getAsset(request: APIRequestContext, id: string): Promise<Asset> {
  const response = await request.get(`/v1/assets/${id}`, { headers: auth() });
  expect(response.status()).toBe(200);
  return (await response.json()) as Asset;
}

export async function patchAsset(
  request: APIRequestContext,
  id: string,
  body: Record<string, unknown>,
): Promise<Asset> {
  const response = await request.patch(`/v1/assets/${id}`, { headers: auth(), data: body });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Asset;
}

/**
 * Which of the oldest unassigned assets each journey borrows. Journeys run in parallel, so each
 * gets its own slice and no two tests link the same asset at the same time.
 */
export const ASSET_SLOTS = { detailGrid: 0, deleteUndo: 1, deleteCommit: 2, deleteRecreate: 3 } as const;

/**
 * `count` unassigned personal images, from the oldest end of the library (which other journeys
 * are least likely to look at), with distinct names, taken from this journey's own slot.
 * Callers link them to their own brand and put them back afterwards.
 */
export async function oldestUnassignedAssets(
  request: APIRequestContext,
  count: number,
  slot: number,
): Promise<Asset[]> {
  const all: Asset[] = [];
  let after: string | undefined;
  for (let i = 0; i < 50; i++) {
    const query = new URLSearchParams({ unassigned: 'true', limit: '20', ...(after ? { after } : {}) });
    const response = await request.get(`/v1/assets?${query}`, { headers: auth() });
    const page = (await response.json()) as { data: Asset[]; has_more: boolean };
    all.push(...page.data);
    if (!page.has_more) break;
    after = page.data.at(-1)!.id;
  }
  const seen = new Set<string>();
  const images = all
    .filter((asset) => asset.type !== 'video')
    .reverse()
    .filter((asset) => !seen.has(asset.name) && seen.add(asset.name));
  const mine = images.slice(slot * 3, slot * 3 + count);
  expect(mine).toHaveLength(count);
  return mine;
}

/**
 * Chromium logs every failed response as a console error ("Failed to load resource: … 500").
 * Tests that inject such failures on purpose remove exactly those lines, and nothing else,
 * before the fixture checks the page for problems.
 */
export function forgiveInjectedFailures(problems: { list: string[] }, statuses: number[]): void {
  const expected = new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})`);
  const kept = problems.list.filter((line) => !expected.test(line));
  problems.list.splice(0, problems.list.length, ...kept);
}
