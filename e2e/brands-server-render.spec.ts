import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, listOrganizations, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// For a fast first paint, the landing page is rendered on the server with its first page of brands, and the browser
// takes it over (hydration). These journeys check what that promises: the cards are in the HTML,
// nothing is fetched twice, the page then works like any other, and user text stays text.

test('the cards arrive in the HTML: visible with JavaScript turned off', async ({ browser, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Server card'), theme_id: 'forest' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto('/brands');
    // The page holds this visitor's data: never cached, and only ever for this cookie.
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(response?.headers()['vary']).toBe('Cookie');
    await expect(page.getByRole('heading', { level: 1, name: 'Brands' })).toBeVisible();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: brand.name, exact: true }) });
    await expect(card).toContainText('Forest');
    await expect(card).toContainText('Merriweather · Open Sans');
  } finally {
    await context.close();
  }
});

test('hydration takes over without a second fetch, and the page then works as usual', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Hydrated card') });
  // The last organization: brands-list's infinite-scroll journey counts the first one's brands.
  const org = (await listOrganizations(request)).at(-1);
  const orgBrand = await createBrand(request, { name: uniqueName('Org card'), org_id: org!.id });
  const brandRequests: string[] = [];
  const sessionRequests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/v1/brands') brandRequests.push(r.url());
    if (path === '/session') sessionRequests.push(r.method());
  });

  await page.goto('/brands');
  await expect(page.getByRole('link', { name: brand.name, exact: true })).toBeVisible();
  // The organizations are fetched by the browser once it has taken over: their options prove it did.
  const scope = page.getByRole('combobox', { name: 'Scope' });
  await expect(scope.locator('option', { hasText: org!.name })).toHaveCount(1);
  expect(brandRequests, 'the first page came with the HTML').toEqual([]);
  await expectNoSeriousA11yViolations(page, 'server-rendered brand list');

  // Client-side from here: another scope is fetched by the browser.
  await scope.selectOption({ label: org!.name });
  await expect(page).toHaveURL(new RegExp(`/brands\\?org=${org!.id}$`));
  await expect(page.getByRole('link', { name: orgBrand.name, exact: true })).toBeVisible();
  expect(brandRequests).toHaveLength(1);
  // The session came with the HTML too: switching scope does not wait for it again.
  expect(sessionRequests).toEqual([]);

  // And back: the personal list is still in the cache the server's state started.
  await scope.selectOption({ label: 'Personal' });
  await page.getByRole('link', { name: brand.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(brand.name);
});

test('a brand name with markup stays text in the page and in the hydration state', async ({ page, request }) => {
  const name = `</script><script>window.__injected=1</script><b>${uniqueName('x')}</b>`.slice(0, 100);
  await createBrand(request, { name });
  const response = await page.goto('/brands');
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('<script>window.__injected');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
