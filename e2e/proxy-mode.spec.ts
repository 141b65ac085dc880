import { startProxyPair, type ProxyPair } from './support/proxy-pair';
import { expect, test } from './support/fixtures';

// The app in proxy mode against an API whose ids are shaped like the reference's (`brand_0mw9…`,
// lowercase, 14 characters), not like the sandbox's ULIDs: every id the client meets, in URLs,
// the selection and request bodies, is one it must take as given (issue 13, section 2).
interface Item {
  id: string;
  name: string;
  brand_id?: string | null;
  type?: string;
}
interface List {
  data: Item[];
}

const SANDBOX_ID = /_[0-9A-HJKMNP-TV-Z]{26}$/;
let pair: ProxyPair;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pair = await startProxyPair();
});
test.afterAll(async () => pair?.stop());

test('browse, filter by brand, select, link and edit through proxy mode with ids that are not the sandbox’s', async ({ page }) => {
  test.setTimeout(120_000);
  // A brand with linked assets, found the way any client would: through an asset that names it.
  const someLinked = (await pair.api<List>('GET', '/v1/assets?limit=20')).data.find((a) => a.brand_id);
  const brand = await pair.api<Item>('GET', `/v1/brands/${someLinked!.brand_id}`);
  expect(brand.id).not.toMatch(SANDBOX_ID);

  // Browse: the server-rendered list, then the brand's own page by its id.
  await page.goto(`${pair.url}/brands`);
  await expect(page.getByRole('link', { name: brand.name }).first()).toBeVisible();
  await page.goto(`${pair.url}/brands/${brand.id}`);
  await expect(page.getByRole('heading', { level: 1, name: brand.name })).toBeVisible();

  // Filter by brand: the library keeps the id from the URL and asks the API with it.
  const linked = (await pair.api<List>('GET', `/v1/assets?brand_id=${brand.id}`)).data;
  expect(linked.length).toBeGreaterThan(0);
  const filtered = page.waitForRequest((req) => req.url().includes(`brand_id=${brand.id}`));
  await page.goto(`${pair.url}/assets?brand=${brand.id}`);
  await filtered;
  const image = linked.find((a) => a.type !== 'video') ?? linked[0]!;
  const card = page.locator(`[data-asset-id="${image.id}"]`);
  await expect(card).toBeVisible();
  // The API serves the bytes from its own origin, which proxy mode allows by default (CSP and
  // client alike): a real thumbnail, not a placeholder, and no CSP violation (the fixture checks).
  const thumb = card.locator('img').first();
  await expect(thumb).toHaveAttribute('src', new RegExp(`^${pair.apiOrigin}/files/`));
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`brand=${brand.id}`));

  // Select from the URL, then link through the toolbar: the PATCH carries the API's own ids.
  const loose = (await pair.api<List>('GET', '/v1/assets?unassigned=true&limit=1')).data[0]!;
  expect(loose.id).not.toMatch(SANDBOX_ID);
  await page.goto(`${pair.url}/assets?unassigned=1&sel=${loose.id}`);
  const toolbar = page.getByRole('region', { name: 'Selected assets' });
  await expect(toolbar).toContainText('1 asset selected');
  await toolbar.getByRole('button', { name: /^Link selected to brand/ }).click();
  await page.getByRole('searchbox', { name: 'Search brands' }).fill(brand.name);
  await page.getByRole('button', { name: brand.name, exact: true }).click();
  await expect.poll(async () => (await pair.api<Item>('GET', `/v1/assets/${loose.id}`)).brand_id).toBe(brand.id);

  // Edit: open the asset by its id and rename it.
  await page.goto(`${pair.url}/assets/${loose.id}?brand=${brand.id}`);
  const panel = page.getByRole('dialog', { name: loose.name });
  await expect(panel).toBeVisible();
  const renamed = `${loose.name} (proxied)`;
  await panel.getByLabel('Name', { exact: true }).fill(renamed);
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await pair.api<Item>('GET', `/v1/assets/${loose.id}`)).name).toBe(renamed);
});
