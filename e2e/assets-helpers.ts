import { randomBytes } from 'node:crypto';

/**
 * Direct API access for the asset journeys: setting up data each test owns (its own brand, its
 * own assets, so other specs writing to the shared sandbox cannot disturb the counts) and
 * checking what reached the server.
 */
const base = () => `http://127.0.0.1:${process.env.E2E_PORT}`;

export interface ApiAsset {
  id: string;
  name: string;
  type: string;
  usage_mode: 'always' | 'maybe' | 'never';
  brand_id: string | null;
  tags: string[];
  url: string;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${base()}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${process.env.E2E_API_KEY}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Other specs share the key's rate limit; setup waits rather than fails.
    if (response.status === 429 && attempt < 5) {
      await new Promise((r) => setTimeout(r, 1_000 * Number(response.headers.get('retry-after') ?? 1)));
      continue;
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

export const uniqueName = (label: string) => `${label} ${randomBytes(3).toString('hex')}`;

export async function createBrand(name: string): Promise<{ id: string; name: string }> {
  const themes = await api<{ data: Array<{ id: string }> }>('GET', '/v1/themes?limit=1');
  return api('POST', '/v1/brands', { name, theme_id: themes.data[0]!.id });
}

export const fixtureImage = (n: number) => `${process.env.E2E_FIXTURE_ORIGIN}/img/${n % 200}.png`;

/** Creates `count` assets from the https fixture, four at a time, named `${prefix} 001`… */
export async function createAssets(
  count: number,
  { prefix, brandId, org }: { prefix: string; brandId?: string; org?: string },
): Promise<ApiAsset[]> {
  const created: ApiAsset[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      created[i] = await api<ApiAsset>('POST', '/v1/assets', {
        source_url: fixtureImage(i),
        name: `${prefix} ${String(i + 1).padStart(3, '0')}`,
        brand_id: brandId,
        org_id: org,
        usage_mode: 'maybe',
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return created;
}

/** Ids are time-sortable, so this is the grid's order (assets are created four at a time). */
export const newestFirst = (assets: readonly ApiAsset[]) => [...assets].sort((a, b) => b.id.localeCompare(a.id));

/**
 * For journeys that show lists other specs write to: a file deleted between the list and its
 * thumbnail's load is a logged 404 (the card shows its placeholder). Drops only those lines.
 */
export function dropLoggedStatus(list: string[], status: number): void {
  list.splice(0, list.length, ...list.filter((p) => !p.includes(`status of ${status}`)));
}

/** Every asset matching a list query, walked page by page. */
export async function listAssets(query: Record<string, string>): Promise<ApiAsset[]> {
  const all: ApiAsset[] = [];
  let after: string | undefined;
  for (;;) {
    const params = new URLSearchParams({ ...query, limit: '20', ...(after ? { after } : {}) });
    const page = await api<{ data: ApiAsset[]; has_more: boolean }>('GET', `/v1/assets?${params}`);
    all.push(...page.data);
    if (!page.has_more || page.data.length === 0) return all;
    after = page.data.at(-1)!.id;
  }
}

export const getAsset = (id: string) => api<ApiAsset>('GET', `/v1/assets/${id}`);
