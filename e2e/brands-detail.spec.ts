import { THEME_COLOR_TOKENS } from '../contract/theme.ts';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  ASSET_SLOTS,
  createBrand,
  createTheme,
  getBrand,
  getTheme,
  oldestUnassignedAssets,
  patchAsset,
  uniqueName,
} from './support/brands-api';
import { expect, test } from './support/fixtures';

// The detail page with its live theme preview, fonts and linked assets.

test('the 13 swatches show the API hex values, grouped, with the sample and fonts', async ({ page, request }) => {
  const theme = await getTheme(request, 'corporate-navy');
  const brand = await createBrand(request, { name: uniqueName('Swatches'), theme_id: theme.id });

  await page.goto(`/brands/${brand.id}`);
  await expect(page.getByRole('heading', { level: 2, name: `Theme: ${theme.name}` })).toBeVisible();
  const swatches = page.locator('[data-token]');
  await expect(swatches).toHaveCount(13);
  for (const token of THEME_COLOR_TOKENS) {
    const swatch = page.locator(`[data-token="${token}"]`);
    await expect(swatch).toContainText(token);
    await expect(swatch).toContainText(theme.colors[token]);
  }
  for (const group of ['Surfaces', 'Text', 'Accents', 'Border']) {
    await expect(page.getByRole('region', { name: `${group} colours` })).toBeVisible();
  }

  // The sample uses the theme's values only, through the --brand-* variables.
  const sample = page.getByRole('article').filter({ hasText: 'Spring launch notes' });
  await expect(sample).toHaveCSS('background-color', hexToRgb(theme.colors.background));
  await expect(sample.getByText('Primary', { exact: true })).toHaveCSS(
    'background-color',
    hexToRgb(theme.colors.primary),
  );
  await expect(sample.getByText('Primary', { exact: true })).toHaveCSS('color', hexToRgb(theme.colors.text_on_primary));
  await expect(sample.getByRole('heading', { name: 'Spring launch notes' })).toHaveCSS(
    'font-family',
    /^"?IBM Plex Sans"?,/,
  );
  await expect(sample.locator('td').first()).toHaveCSS('border-top-color', hexToRgb(theme.colors.border));
  // The bundled fonts really load (offline, from our own origin).
  await expect.poll(() => page.evaluate(() => document.fonts.check('700 16px "IBM Plex Sans"'))).toBe(true);

  await expectNoSeriousA11yViolations(page, 'brand detail');
});

test('copying a swatch announces the hex', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const brand = await createBrand(request, { name: uniqueName('Copy swatch'), theme_id: 'forest' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Copy primary #2F6B3A' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied #2F6B3A' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('#2F6B3A');
});

test('a font that is not bundled is named plainly and falls back to a generic family', async ({ page, request }) => {
  const source = await getTheme(request, 'paper-white');
  const theme = await createTheme(request, {
    name: uniqueName('Unbundled fonts'),
    font_primary: 'Comic Neue',
    font_secondary: 'Fira Code',
    colors: source.colors,
  });
  const brand = await createBrand(request, { name: uniqueName('Unbundled'), theme_id: theme.id });
  await page.goto(`/brands/${brand.id}`);
  await expect(
    page.getByText(
      'This font is not bundled with Brandkit Studio, so the preview uses a generic sans-serif font instead.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      'This font is not bundled with Brandkit Studio, so the preview uses a generic monospace font instead.',
    ),
  ).toBeVisible();
  const sample = page.getByRole('article').filter({ hasText: 'Spring launch notes' });
  await expect(sample.getByRole('heading', { name: 'Spring launch notes' })).toHaveCSS('font-family', /^ui-sans-serif/);
  await expect(sample).toHaveCSS('font-family', /^ui-monospace/);
});

test('linked assets: a grid with usage badges, and the header actions', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Linked assets') });
  const assets = await oldestUnassignedAssets(request, 2, ASSET_SLOTS.detailGrid);
  try {
    await patchAsset(request, assets[0]!.id, { brand_id: brand.id, usage_mode: 'always' });
    await patchAsset(request, assets[1]!.id, { brand_id: brand.id, usage_mode: 'never' });
    await page.goto(`/brands/${brand.id}`);
    const section = page.getByRole('region', { name: /Linked assets/ });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Linked assets (2)');
    const first = section.getByRole('listitem').filter({ hasText: assets[0]!.name });
    await expect(first).toContainText('Always use');
    await expect(section.getByRole('listitem').filter({ hasText: assets[1]!.name })).toContainText('Never use');
    await expect(first.locator('img')).toHaveJSProperty('complete', true);

    const open = page.getByRole('link', { name: 'Open in NextDocs (opens in a new tab)' });
    await expect(open).toHaveAttribute('href', `https://app.nextdocs.io/brands/${brand.id}`);
    await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByText(/Updated (just now|\d+ seconds? ago|now)/)).toBeVisible();
  } finally {
    for (const asset of assets) await patchAsset(request, asset.id, { brand_id: null, usage_mode: asset.usage_mode });
  }
});

test('an unknown brand shows "Brand not found" with a way back', async ({ page, pageProblems }) => {
  await page.goto('/brands/brand_01ZZZZZZZZZZZZZZZZZZZZZZZZ');
  await expect(page.getByRole('heading', { name: 'Brand not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'brand not found');
  await page.getByRole('link', { name: 'Back to brands' }).click();
  await expect(page).toHaveURL(/\/brands$/);
  // The 404 itself is the point of this test.
  pageProblems.list.splice(0, pageProblems.list.length, ...pageProblems.list.filter((l) => !/status of 404/.test(l)));
});

test('the detail page is usable by keyboard: edit and save the instruction with Ctrl+Enter', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Keyboard detail') });
  await page.goto(`/brands/${brand.id}`);
  const edit = page.getByRole('button', { name: 'Edit instruction' });
  await expect(edit).toBeVisible();
  await edit.focus();
  await page.keyboard.press('Enter');
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  await expect(textarea).toBeFocused();
  await page.keyboard.type('Short and kind.');
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await page.keyboard.press('Control+Enter');
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId('ai-instruction')).toHaveText('Short and kind.');
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe('Short and kind.');
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
