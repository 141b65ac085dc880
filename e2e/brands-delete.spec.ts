import { expectNoSeriousA11yViolations } from './support/axe';
import { skipPastWithoutRequest } from './support/clock';
import {
  ASSET_SLOTS,
  createBrand,
  getAsset,
  getBrand,
  oldestUnassignedAssets,
  patchAsset,
  uniqueName,
} from './support/brands-api';
import { expect, test } from './support/fixtures';

// Delete with a confirmation that lists the assets to unlink, and Undo.

test('delete then Undo restores the brand and its links', async ({ page, request }) => {
  const brand = await createBrand(request, {
    name: uniqueName('Undo me'),
    theme_id: 'sunset',
    ai_instruction: 'Keep\nme',
  });
  const assets = await oldestUnassignedAssets(request, 2, ASSET_SLOTS.deleteUndo);
  try {
    await patchAsset(request, assets[0]!.id, { brand_id: brand.id, usage_mode: 'never' });
    await patchAsset(request, assets[1]!.id, { brand_id: brand.id, usage_mode: 'always' });
    const before = (await getBrand(request, brand.id)).brand!;

    await page.clock.install();
    await page.goto(`/brands/${brand.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete “${brand.name}”?` });
    await expect(dialog).toBeVisible();
    const listed = dialog.getByRole('list', { name: 'Assets that will be unlinked' }).getByRole('listitem');
    await expect(listed).toHaveText(before.assets.map((asset) => asset.name));
    expect(before.assets.map((asset) => asset.id).sort()).toEqual(assets.map((asset) => asset.id).sort());
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Delete brand' }).click();

    await expect(page).toHaveURL(/\/brands$/);
    await expect(page.getByText(`Deleted “${brand.name}”`)).toBeVisible();
    await expect(page.getByRole('link', { name: brand.name, exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`Restored “${brand.name}”`)).toBeVisible();
    await expect(page.getByRole('link', { name: brand.name, exact: true })).toBeVisible();

    // Undo inside the window sent nothing: the server state equals the state before.
    const after = await getBrand(request, brand.id);
    expect(after.status).toBe(200);
    expect(after.brand).toEqual(before);
    // And nothing is sent later either.
    await skipPastWithoutRequest(page, 11_000 /* past the 10 s undo window of api/brands-delete.ts */, (r) => r.method() === 'DELETE');
    expect((await getBrand(request, brand.id)).brand).toEqual(before);
  } finally {
    for (const asset of assets) await patchAsset(request, asset.id, { brand_id: null, usage_mode: asset.usage_mode });
  }
});

test('without Undo the delete is sent after 10 s and the assets are unlinked', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Really delete') });
  const [asset] = await oldestUnassignedAssets(request, 1, ASSET_SLOTS.deleteCommit);
  try {
    await patchAsset(request, asset!.id, { brand_id: brand.id, usage_mode: 'always' });
    await page.goto(`/brands/${brand.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().endsWith(brand.id), {
      timeout: 15_000,
    });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete brand' }).click();
    await expect(page.getByRole('link', { name: brand.name, exact: true })).toHaveCount(0);
    expect((await getBrand(request, brand.id)).status).toBe(200);
    expect((await deleted).status()).toBe(204);
    expect((await getBrand(request, brand.id)).status).toBe(404);
    expect(await getAsset(request, asset!.id)).toMatchObject({ brand_id: null, usage_mode: 'always' });
  } finally {
    await patchAsset(request, asset!.id, { brand_id: null, usage_mode: asset!.usage_mode });
  }
});

test('Undo after the delete went out recreates the brand and relinks exactly its assets', async ({ page, request }) => {
  const brand = await createBrand(request, {
    name: uniqueName('Recreate me'),
    theme_id: 'nordic',
    ai_instruction: 'A\nB',
  });
  const assets = await oldestUnassignedAssets(request, 2, ASSET_SLOTS.deleteRecreate);
  try {
    await patchAsset(request, assets[0]!.id, { brand_id: brand.id, usage_mode: 'never' });
    await patchAsset(request, assets[1]!.id, { brand_id: brand.id, usage_mode: 'maybe' });
    const before = (await getBrand(request, brand.id)).brand!;
    await page.goto(`/brands/${brand.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().endsWith(brand.id), {
      timeout: 15_000,
    });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete brand' }).click();
    // Hovering the toast keeps it (and its Undo) on screen past the 10 s window.
    const toast = page.getByText(`Deleted “${brand.name}”`);
    await toast.hover();
    expect((await deleted).status()).toBe(204);
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/v1/brands'));
    await page.getByRole('button', { name: 'Undo' }).click();
    const recreatedId = ((await (await created).json()) as { id: string }).id;
    await expect(page.getByText(`Restored “${brand.name}”`)).toBeVisible();
    await expect(page.getByRole('link', { name: brand.name, exact: true })).toBeVisible();
    const after = (await getBrand(request, recreatedId)).brand!;
    expect(after).toMatchObject({ name: before.name, theme_id: 'nordic', ai_instruction: 'A\nB' });
    const links = (b: typeof before) => b.assets.map((a) => [a.id, a.usage_mode]);
    expect(links(after)).toEqual(links(before));
  } finally {
    for (const asset of assets) await patchAsset(request, asset.id, { brand_id: null, usage_mode: asset.usage_mode });
  }
});

test('closing the tab inside the undo window sends the delete (keepalive)', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Flush on close') });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete brand' }).click();
  await expect(page).toHaveURL(/\/brands$/);
  await page.close();
  await expect.poll(async () => (await getBrand(request, brand.id)).status, { timeout: 15_000 }).toBe(404);
});
