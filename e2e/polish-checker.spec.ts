import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, getBrand, getTheme, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// The AI-instruction checker: what in an instruction disagrees with the brand's kit, one-click
// fixes, "Insert kit summary", and the offer to refresh the Visual style line after a theme change.

const visualStyle = (t: { name: string; font_primary: string | null; font_secondary: string | null }) =>
  `Visual style: ${t.font_primary} for headings, ${t.font_secondary} for body text; keep the ${t.name} palette for buttons and links.`;

test('after a theme change the checker flags the stale Visual style line, and one click fixes and saves it', async ({ page, request }) => {
  const forest = await getTheme(request, 'forest');
  const paper = await getTheme(request, 'paper-white');
  const instruction = `You write for a bakery.\n\nVoice: warm.\n${visualStyle(forest)}`;
  const brand = await createBrand(request, { name: uniqueName('Checker'), theme_id: 'forest', ai_instruction: instruction });

  await page.goto(`/brands/${brand.id}`);
  const check = page.getByRole('region', { name: 'Kit check' });
  await expect(check.getByRole('status')).toHaveText('Matches the kit.');

  await page.getByRole('button', { name: 'Change theme' }).click();
  await page.getByRole('searchbox', { name: 'Search themes by name or font' }).fill('paper');
  await page.getByRole('radio', { name: /Paper White/ }).click();
  await expect(page.getByRole('radio', { name: /Paper White/ })).toBeChecked();
  await page.getByRole('button', { name: 'Save theme' }).click();
  await expect(page.getByRole('heading', { name: 'Theme: Paper White' })).toBeVisible();

  // The line still names Forest and its fonts: each is listed, and the refresh is offered.
  await expect(check.getByRole('status')).toHaveText('3 things disagree with the kit.');
  await expect(check.getByRole('button', { name: `Replace Forest with Paper White` })).toBeVisible();
  await expect(check.getByRole('button', { name: `Replace ${forest.font_primary} with ${paper.font_primary}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'kit check with findings');
  await check.getByRole('button', { name: 'Refresh Visual style line' }).click();
  await expect(check.getByRole('status')).toHaveText('Matches the kit.');
  await expect(page.getByTestId('ai-instruction')).toContainText(visualStyle(paper));

  // Saved: after a reload, and through the API.
  await page.reload();
  await expect(page.getByTestId('ai-instruction')).toContainText(visualStyle(paper));
  await expect(page.getByRole('region', { name: 'Kit check' }).getByRole('status')).toHaveText('Matches the kit.');
  const saved = (await getBrand(request, brand.id)).brand!;
  expect(saved.theme_id).toBe('paper-white');
  expect(saved.ai_instruction).toBe(`You write for a bakery.\n\nVoice: warm.\n${visualStyle(paper)}`);
});

test('while editing: findings follow the text, a fix goes into the field, Insert kit summary adds the line', async ({ page, request }) => {
  const forest = await getTheme(request, 'forest');
  const brand = await createBrand(request, { name: uniqueName('Checker edit'), theme_id: 'forest', ai_instruction: 'Voice: calm.' });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const field = page.getByRole('textbox', { name: 'AI instruction' });
  const check = page.getByRole('region', { name: 'Kit check' });
  await expect(check.getByRole('status')).toHaveText('Matches the kit.');

  await field.fill('Voice: calm.\nSet headings in Poppins; buttons #FF00AA; close with hero.png.');
  await expect(check.getByRole('status')).toHaveText('3 things disagree with the kit.');
  await expect(check.getByRole('listitem')).toHaveCount(3);
  await expect(check.getByRole('listitem').nth(2)).toContainText('hero.png is not linked to this brand, and no asset is.');
  await expectNoSeriousA11yViolations(page, 'kit check while editing');

  await check.getByRole('button', { name: `Replace Poppins with ${forest.font_primary}` }).click();
  await expect(field).toHaveValue(`Voice: calm.\nSet headings in ${forest.font_primary}; buttons #FF00AA; close with hero.png.`);
  // Focus lands on the check's heading (the button it was on is gone), by keyboard on from there.
  await expect(check.getByRole('heading', { name: 'Kit check' })).toBeFocused();
  const colour = check.getByRole('button', { name: /^Replace #FF00AA with #[0-9A-F]{6}$/ });
  const replacement = ((await colour.getAttribute('aria-label')) ?? '').slice(-7);
  expect(Object.values(forest.colors)).toContain(replacement);
  await colour.click();
  await check.getByRole('button', { name: 'Insert kit summary' }).click();
  const expected = `Voice: calm.\nSet headings in ${forest.font_primary}; buttons ${replacement}; close with hero.png.\n${visualStyle(forest)}`;
  await expect(field).toHaveValue(expected);
  await expect(check.getByRole('status')).toHaveText('1 thing disagrees with the kit.');

  await page.getByRole('button', { name: 'Save instruction' }).click();
  await expect(page.getByTestId('ai-instruction')).toBeVisible();
  await expect.poll(async () => (await getBrand(request, brand.id)).brand?.ai_instruction).toBe(expected);
});
