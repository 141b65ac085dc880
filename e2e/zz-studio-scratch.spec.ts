import { createBrand, uniqueName } from './support/brands-api';
import { test } from './support/fixtures';

test('scratch screenshots', async ({ page, request }) => {
  await createBrand(request, { name: uniqueName('Shot'), theme_id: 'forest' });
  await page.goto('/themes');
  await page.getByRole('article', { name: 'Forest' }).waitFor();
  await page.screenshot({ path: '/tmp/se-gallery.png', fullPage: false });
  await page.goto('/themes/new?from=forest');
  await page.getByLabel('Name', { exact: true }).waitFor();
  await page.screenshot({ path: '/tmp/se-editor.png', fullPage: true });
  await page.getByRole('button', { name: /^Primary: .* Open the colour picker/ }).click();
  await page.screenshot({ path: '/tmp/se-picker.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Primary font/ }).click();
  await page.screenshot({ path: '/tmp/se-fonts.png' });
});
