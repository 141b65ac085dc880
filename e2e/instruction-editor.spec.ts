import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, getBrand, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// The AI instruction, visually: Guided mode, history and the 2,000-character budget, checked
// through the API after a reload.

const patchOf = (page: Page, id: string) =>
  page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/v1/brands/${id}`));

const BUILT = [
  'You write for Harbour Books.',
  '',
  'Voice: warm',
  '',
  'Always:',
  '- Cite sources.',
  '- Use short sentences.',
  '',
  'Never:',
  '- Use jargon.',
].join('\n');

test('build an instruction from empty in Guided mode, reorder by keyboard, switch modes without change, save', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Guided') });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  await page.getByRole('button', { name: 'Guided', exact: true }).click();
  await expect(page).toHaveURL(/instruction_mode=guided/);
  await expect(page.getByRole('button', { name: 'Guided', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('textbox', { name: 'Opening' }).fill('You write for Harbour Books.');
  await page.getByRole('group', { name: 'Tones' }).getByRole('button', { name: 'warm' }).click();
  await expect(page.getByRole('textbox', { name: 'Voice' })).toHaveValue('warm');
  await expect(page.getByRole('group', { name: 'Tones' }).getByRole('button', { name: 'warm' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const newAlways = page.getByRole('textbox', { name: 'New Always rule' });
  await newAlways.fill('Use short sentences.');
  await newAlways.press('Enter');
  await newAlways.fill('Cite sources.');
  await page.getByRole('button', { name: 'Add Always rule' }).click();
  const newNever = page.getByRole('textbox', { name: 'New Never rule' });
  await newNever.fill('Use jargon.');
  await newNever.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Always rule 2' })).toHaveValue('Cite sources.');
  // axe in Guided mode runs in the budget journey below (with its error messages showing).

  // Keyboard drag: Space picks the rule up, ArrowUp moves it, Space drops it; each step is announced.
  const handle = page.getByRole('button', { name: 'Drag Always rule 2: Cite sources.' });
  await handle.focus();
  await page.keyboard.press('Space');
  // Picked up (the first announcement is at once replaced by where the rule is over).
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('“Cite sources.” is over position 1 of 2.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Dropped “Cite sources.” at position 1 of 2.')).toBeAttached();
  await expect(page.getByRole('textbox', { name: 'Always rule 1' })).toHaveValue('Cite sources.');
  await expect(page.getByRole('textbox', { name: 'Always rule 2' })).toHaveValue('Use short sentences.');

  // Text mode shows exactly the built text; back in Guided nothing changed.
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page).not.toHaveURL(/instruction_mode/);
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  await expect(textarea).toHaveValue(BUILT);
  await expectNoSeriousA11yViolations(page, 'text mode');
  await page.getByRole('button', { name: 'Guided', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Always rule 1' })).toHaveValue('Cite sources.');
  await expect(page.getByRole('textbox', { name: 'Voice' })).toHaveValue('warm');

  // Before saving: the word diff against the saved (empty) version.
  await page.getByText(/Changes against the saved version: \d+ words added, 0 words removed/).click();
  await expect(page.getByLabel('Changes against the saved version')).toContainText('Harbour Books.');

  const saved = patchOf(page, brand.id);
  await page.getByRole('button', { name: 'Save instruction' }).click();
  expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ ai_instruction: BUILT });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('ai-instruction')).toHaveText(BUILT);
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe(BUILT);
});

test('restore an older version from history, then save it', async ({ page, request }) => {
  const first = 'Voice: calm.\n\nAlways:\n- Be brief.';
  const brand = await createBrand(request, { name: uniqueName('History'), ai_instruction: first });
  await page.goto(`/brands/${brand.id}`);
  const textarea = page.getByRole('textbox', { name: 'AI instruction' });
  const second = `${first}\n- Be kind.`;
  const third = second.replace('calm', 'bold');
  for (const text of [second, third]) {
    await page.getByRole('button', { name: 'Edit instruction' }).click();
    await textarea.fill(text);
    const saved = patchOf(page, brand.id);
    await page.getByRole('button', { name: 'Save instruction' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByTestId('ai-instruction')).toHaveText(text);
  }

  await page.getByRole('button', { name: 'History (3)' }).click();
  await expect(page).toHaveURL(/instruction_panel=history/);
  const versions = page.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('listitem');
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText('Voice changed');
  await expect(versions.nth(1)).toContainText('+1 Always rule');
  await expect(versions.nth(2)).toContainText('As found before your first save here');
  // The compare view starts on the last change: calm became bold.
  await expect(page.getByLabel('Differences between the two versions')).toContainText('[added: bold.]');
  await page.getByLabel('From').selectOption({ index: 2 });
  await expect(page).toHaveURL(/history_a=2/);
  await expect(page.getByText('Voice changed, +1 Always rule', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'instruction history');

  await versions
    .nth(2)
    .getByRole('button', { name: /Restore/ })
    .click();
  await expect(textarea).toHaveValue(first);
  const saved = patchOf(page, brand.id);
  await page.getByRole('button', { name: 'Save instruction' }).click();
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('ai-instruction')).toHaveText(first);
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBe(first);
  await page.getByRole('button', { name: 'History (4)' }).click();
  await expect(versions.nth(0)).toContainText('Voice changed, −1 Always rule');
});

test('the 2,001st character is refused at the field that adds it, and saving says why', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Budget') });
  const patches: string[] = [];
  page.on('request', (req) => req.method() === 'PATCH' && patches.push(req.url()));
  await page.goto(`/brands/${brand.id}?instruction_mode=guided`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const opening = page.getByRole('textbox', { name: 'Opening' });
  await opening.fill('a'.repeat(1_990));
  // A new rule that does not fit is not added; its text stays in its field with the reason.
  const newRule = page.getByRole('textbox', { name: 'New Always rule' });
  await newRule.fill('Ten chars!');
  await newRule.press('Enter');
  await expect(newRule).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '2,012 characters, 12 over the 2,000 limit' })).toBeVisible();
  await expect(newRule).toHaveValue('Ten chars!');
  await expect(page.getByRole('textbox', { name: 'Always rule 1' })).toHaveCount(0);

  await opening.fill('a'.repeat(2_000));
  await expect(page.getByText('2,000 / 2,000 characters · 0 left')).toBeVisible();
  await expect(opening).not.toHaveAttribute('aria-invalid', 'true');
  await opening.press('End');
  await page.keyboard.type('b');
  await expect(opening).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('This makes the instruction 2,001 characters, 1 over the 2,000 limit. Shorten it to save.'),
  ).toBeVisible();
  await expect(page.getByText('2,001 / 2,000 characters · 1 over the limit')).toBeVisible();
  await page.getByRole('button', { name: 'Save instruction' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Not saved: The AI instruction must be at most 2000 characters. Nothing was cut.' }),
  ).toBeVisible();
  await expect(opening).toBeFocused();
  await expect(opening).toHaveValue(`${'a'.repeat(2_000)}b`);
  await expectNoSeriousA11yViolations(page, 'guided mode over the limit');
  expect(patches).toEqual([]);
  expect((await getBrand(request, brand.id)).brand?.ai_instruction).toBeNull();
});

test('what the AI is told: the saved kit in words, copied as text', async ({ page, request, context }) => {
  const brand = await createBrand(request, { name: uniqueName('Brief'), ai_instruction: 'Voice: calm.' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'What the AI is told' }).click();
  const brief = page.getByTestId('ai-brief');
  await expect(brief).toContainText('AI instruction:\nVoice: calm.');
  await expect(brief).toContainText('Theme:\nPaper White: ');
  await expect(brief).toContainText('Excluded assets, never used (Never):\n(none)');
  await expectNoSeriousA11yViolations(page, 'what the AI is told');
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied what the AI is told')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await brief.innerText());
});
