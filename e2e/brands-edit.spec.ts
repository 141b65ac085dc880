import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, forgiveInjectedFailures, getBrand, getTheme, patchBrand, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';
import { openLanding } from './support/landing';

// Editing in place. Every save goes through the real sandbox unless a test
// injects a fault with page.route.

/** Every PATCH of this brand answers 500 (fault injection); the other requests reach the sandbox. */
async function failPatches(page: Page, brandId: string): Promise<{ count: number }> {
  const patches = { count: 0 };
  await page.route(`**/v1/brands/${brandId}`, (route) => {
    if (route.request().method() !== 'PATCH') return route.continue();
    patches.count += 1;
    return route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Injected failure.' } } });
  });
  return patches;
}

const swatchHex = (page: Page, token: string) => page.locator(`[data-token="${token}"]`).locator('span').last();

test('choose another theme: the preview changes before saving, then persists across a reload', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Theme change'), theme_id: 'paper-white' });
  const forest = await getTheme(request, 'forest');
  const patches: string[] = [];
  page.on('request', (req) => req.method() === 'PATCH' && patches.push(req.url()));

  await page.goto(`/brands/${brand.id}`);
  await expect(swatchHex(page, 'primary')).toHaveText('#2563EB');
  await page.getByRole('button', { name: 'Change theme' }).click();
  await expect(page).toHaveURL(/panel=theme/);
  await page.getByRole('searchbox', { name: 'Search themes by name or font' }).fill('fore');
  await expect(page.getByRole('radio')).toHaveCount(1);
  // click, not check(): the choice renders in a transition, so check()'s immediate re-read can miss it.
  await page.getByRole('radio', { name: /Forest/ }).click();
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();

  // Previewed, not saved: the swatches and the sample show Forest, the server still has Paper White.
  await expect(page.getByRole('status').filter({ hasText: 'Previewing Forest. Not saved yet.' })).toBeVisible();
  await expect(swatchHex(page, 'primary')).toHaveText(forest.colors.primary);
  await expect(page.getByRole('heading', { name: 'Theme: Paper White · previewing Forest, not saved' })).toBeVisible();
  expect(patches).toEqual([]);
  expect((await getBrand(request, brand.id)).brand?.theme_id).toBe('paper-white');
  await expectNoSeriousA11yViolations(page, 'theme picker open');

  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await page.getByRole('button', { name: 'Save theme' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page).not.toHaveURL(/panel=theme/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Theme: Forest' })).toBeVisible();
  await expect(swatchHex(page, 'primary')).toHaveText(forest.colors.primary);
  expect((await getBrand(request, brand.id)).brand?.theme_id).toBe('forest');
});

test('an injected 500 on a theme change rolls back visibly and keeps the choice to retry', async ({
  page,
  request,
  pageProblems,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Theme rollback'), theme_id: 'paper-white' });
  const forest = await getTheme(request, 'forest');
  const patches = await failPatches(page, brand.id);
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Change theme' }).click();
  await page.getByRole('searchbox', { name: 'Search themes by name or font' }).fill('fore');
  await page.getByRole('radio', { name: /Forest/ }).click();
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();
  await page.getByRole('button', { name: 'Save theme' }).click();

  // Optimistic: the panel closes and the brand shows Forest at once, while the retries run.
  await expect(page.getByRole('heading', { name: 'Theme: Forest' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change theme' })).toBeVisible();
  // Rolled back and told why; the picker is open again on Forest, so one click retries.
  await expect(page.getByText('The theme was not changed')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Previewing Forest. Not saved yet.' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();
  expect(patches.count).toBe(3);
  // Cancel shows what is really saved: the cache went back to Paper White, and so did the swatches.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Theme: Paper White' })).toBeVisible();
  await expect(swatchHex(page, 'primary')).toHaveText('#2563EB');
  expect(forest.colors.primary).not.toBe('#2563EB');
  expect((await getBrand(request, brand.id)).brand?.theme_id).toBe('paper-white');
  forgiveInjectedFailures(pageProblems, [500]);
});

test('edit the instruction, reload: the text is kept with its line breaks', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Instruction'), ai_instruction: 'Old text.' });
  const text = 'Voice: warm.\n\nAlways:\n- Short sentences.\n- British spelling.';
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  await textarea.fill(text);
  await expect(page.getByText(`${text.length} / 2,000 characters`)).toBeVisible();
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await page.getByRole('button', { name: 'Save instruction' }).click();
  expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ ai_instruction: text });
  await page.reload();
  const shown = page.getByTestId('ai-instruction');
  await expect(shown).toHaveText(text);
  expect(await shown.evaluate((el) => (el as HTMLElement).innerText)).toBe(text);
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe(text);
});

test('2,001 characters are refused with a message, and nothing is sent', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Too long') });
  const patches: string[] = [];
  page.on('request', (req) => req.method() === 'PATCH' && patches.push(req.url()));
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  await textarea.fill('a'.repeat(1_900));
  await expect(page.getByText('1,900 / 2,000 characters · 100 left')).toBeVisible();
  await textarea.fill('a'.repeat(2_001));
  await expect(page.getByText('2,001 / 2,000 characters · 1 over the limit')).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The AI instruction must be at most 2000 characters' }),
  ).toBeVisible();
  await expect(textarea).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save instruction' }).click();
  await page.keyboard.press('Control+Enter');
  await expect(textarea).toHaveValue('a'.repeat(2_001));
  expect(patches).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'instruction over the limit');
});

test('an injected 500 on save rolls back and keeps the typed text', async ({ page, request, pageProblems }) => {
  const brand = await createBrand(request, { name: uniqueName('Rollback'), ai_instruction: 'Saved version.' });
  const patches = await failPatches(page, brand.id);
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const typed = 'My new text\nthat must survive.';
  await page.getByRole('textbox', { name: 'AI instruction' }).fill(typed);
  await page.getByRole('button', { name: 'Save instruction' }).click();

  // Optimistic: the new text shows at once, then the retries run (a 500 may pass).
  await expect(page.getByTestId('ai-instruction')).toHaveText(typed);
  await expect(page.getByText('Saving the instruction failed, retrying…')).toBeVisible({ timeout: 15_000 });
  // Rolled back, told why, and the editor is back with exactly what was typed.
  await expect(page.getByText('The AI instruction was not saved')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'AI instruction' })).toHaveValue(typed);
  expect(patches.count).toBe(3);
  // The reopened text differs from what is saved, so Cancel asks before discarding it.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('ai-instruction')).toHaveText('Saved version.');
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe('Saved version.');
  forgiveInjectedFailures(pageProblems, [500]);
});

test('rename in place: Enter saves, the list shows the new name', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Before rename') });
  const renamed = uniqueName('After rename');
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Rename' }).click();
  const input = page.getByRole('textbox', { name: 'Brand name' });
  await input.fill('');
  await expect(page.getByRole('alert').filter({ hasText: 'Name is required' })).toBeVisible();
  await input.fill(renamed);
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await input.press('Enter');
  expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ name: renamed });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brands' }).click();
  await expect(page.getByRole('link', { name: renamed, exact: true })).toBeVisible();
});

test('unsaved-changes guard on Back: stay keeps the text, leave goes back', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Guard') });
  await openLanding(page);
  await page.getByRole('link', { name: brand.name, exact: true }).click();
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  await page.getByRole('textbox', { name: 'AI instruction' }).fill('Not saved yet');

  await page.goBack();
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'unsaved-changes dialog');
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}$`));
  await expect(page.getByRole('textbox', { name: 'AI instruction' })).toHaveValue('Not saved yet');

  // In-app links are guarded the same way; Escape also stays.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assets' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'AI instruction' })).toHaveValue('Not saved yet');

  await page.goBack();
  await dialog.getByRole('button', { name: 'Leave and discard' }).click();
  await expect(page).toHaveURL(/\/brands$/);
});

test('closing the tab with unsaved text asks first (beforeunload)', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Beforeunload') });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  // Typed with real key events: Chrome only shows the prompt after a user gesture on the page.
  await page.getByRole('textbox', { name: 'AI instruction' }).pressSequentially('Typed');
  // The guard registers in an effect after the render that made the form dirty: wait for it,
  // so a slow machine cannot close the page first.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const probe = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(probe);
        return probe.defaultPrevented;
      }),
    )
    .toBe(true);
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const prompt = await dialog;
  expect(prompt.type()).toBe('beforeunload');
  await prompt.dismiss();
});

test('a change saved elsewhere while editing: both versions are shown before overwriting', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Conflict'), ai_instruction: 'Original.' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  await page.getByRole('textbox', { name: 'AI instruction' }).fill('Mine.');
  // Another tab saves first. A rename elsewhere is no conflict for the instruction.
  await patchBrand(request, brand.id, { ai_instruction: 'Theirs.', name: `${brand.name} (renamed)` });

  await page.getByRole('button', { name: 'Save instruction' }).click();
  const dialog = page.getByRole('dialog', { name: 'The AI instruction was changed elsewhere' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Their version (saved)' })).toHaveText('Theirs.');
  await expect(dialog.getByRole('region', { name: 'Your version' })).toHaveText('Mine.');
  await expectNoSeriousA11yViolations(page, 'conflict dialog');
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(brand.id));
  await dialog.getByRole('button', { name: 'Save mine' }).click();
  expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ ai_instruction: 'Mine.' });
  const after = (await getBrand(request, brand.id)).brand!;
  // Only the instruction was sent, so the other tab's rename survives.
  expect(after).toMatchObject({ ai_instruction: 'Mine.', name: `${brand.name} (renamed)` });
});
