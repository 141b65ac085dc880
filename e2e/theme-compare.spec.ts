import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// Theme compare (issue 12, section 4) and the contrast matrix (section 3), rendered on the
// compare page as trial fixes on theme B. System themes only: every fresh database has them.

const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const tokenRow = (page: Page, token: string) => page.locator(`[data-token-row="${token}"]`);
const pairRow = (page: Page, pair: string) => page.locator(`[data-pair-row="${pair}"]`);

test('compare two system themes from the URL: ΔE and contrast per row, a picker change updates the URL', async ({
  page,
}) => {
  await page.goto('/themes/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare themes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pick two themes' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'compare, empty');

  await page.goto('/themes/compare?a=forest&b=midnight-blue');
  await expect(page.getByLabel('Theme A')).toHaveValue('forest');
  await expect(page.getByLabel('Theme B')).toHaveValue('midnight-blue');
  const background = tokenRow(page, 'background');
  await expect(background).toContainText('#F4F7F2');
  await expect(background).toContainText('#0F172A');
  await expect(background).toContainText('very different');
  const delta = Number(await background.locator('[data-delta-e]').getAttribute('data-delta-e'));
  expect(delta).toBeGreaterThan(0.5);
  await expect(page.locator('[data-token-row]')).toHaveCount(13);
  await expect(page.locator('[data-pair-row]')).toHaveCount(11);
  // Both themes' body text reaches AAA; the row says so for each side, in words.
  await expect(pairRow(page, 'foreground/background').getByText('AAA')).toHaveCount(2);
  await expect(page.locator('[data-preview="forest"]')).toBeVisible();
  await expect(page.locator('[data-preview="midnight-blue"]')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'compare, forest vs midnight-blue');

  await page.getByLabel('Theme B').selectOption('sunset');
  await expect.poll(() => urlParam(page, 'b')).toBe('sunset');
  expect(urlParam(page, 'a')).toBe('forest');
  await expect(tokenRow(page, 'background')).toContainText('#FFF7ED');
  await expect(page.locator('[data-preview="sunset"]')).toBeVisible();
  // The URL is the state: back returns to the previous pair.
  await page.goBack();
  await expect(page.getByLabel('Theme B')).toHaveValue('midnight-blue');
  await expect(tokenRow(page, 'background')).toContainText('#0F172A');
});

test('the contrast matrix shows a failing pair with its fix preview, and a fix applies by keyboard', async ({ page }) => {
  await page.goto('/themes/compare?a=forest&b=forest');
  const matrix = page.locator('[data-contrast-matrix]');
  await expect(matrix.getByRole('heading', { name: 'Contrast' })).toBeVisible();
  // Forest's border (#C8D6C2) is decorative: below the 3:1 non-text threshold on its page.
  const border = matrix.locator('[data-pair="border/background"]');
  await expect(border.getByText('AA fail')).toBeVisible();
  const preview = border.locator('[data-fix-preview]');
  await expect(preview.locator('[data-fix-swatch="before"]')).toHaveText('Before: #C8D6C2');
  await expect(preview.locator('[data-fix-swatch="after"]')).toHaveText(/^After: #[0-9A-F]{6}$/);
  const after = (await preview.locator('[data-fix-swatch="after"]').textContent())!.replace('After: ', '');
  await expect(matrix.getByRole('status')).toHaveText(/^\d+ of 11 pairs fail WCAG AA\.$/);
  await expectNoSeriousA11yViolations(page, 'compare with failing pairs in the matrix');

  const fix = preview.getByRole('button', { name: `Fix Border on background: set border from #C8D6C2 to ${after}` });
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(border.getByText('AA pass')).toBeVisible();
  await expect(page.getByText('1 trial fix applied.')).toBeVisible();
  // The trial reaches the comparison: B's border is now the fixed colour, A's is unchanged.
  await expect(tokenRow(page, 'border')).toContainText(after);
  await expect(tokenRow(page, 'border')).toContainText('#C8D6C2');
  // Focus stays in the matrix (the next fix, or the heading): never lost to the body.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-contrast-matrix]') !== null)).toBe(true);

  await page.getByRole('button', { name: 'Undo “Fix contrast: Border on background”' }).click();
  await expect(border.getByText('AA fail')).toBeVisible();
  await page.getByRole('button', { name: /^Fix all \(\d+\)$/ }).click();
  await expect(matrix.getByRole('status')).toHaveText('All 11 pairs pass WCAG AA.');
  await expect(page.getByRole('button', { name: 'Fix all' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'compare after Fix all');
});
