import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { getTheme, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';

// Theme import and export (issue 12, section 5): a system theme exported as CSS and imported back
// is the same theme; a shadcn/ui file is mapped with matched, guessed and missing tokens, and an
// invalid line is named.

test('export a system theme as CSS, import it as a new theme: identical tokens, checked after a reload', async ({
  page,
  request,
}) => {
  const system = await getTheme(request, 'midnight-blue');
  await page.goto('/themes/import?export=midnight-blue');
  await expect(page).toHaveTitle('Import a theme · Brandkit Studio');
  const exported = page.getByRole('textbox', { name: `CSS variables export of ${system.name}` });
  await expect(exported).toHaveValue(new RegExp(`--brand-primary: ${system.colors.primary};`));
  const css = await exported.inputValue();
  await expectNoSeriousA11yViolations(page, 'import page with an export open');

  // The formats are tabs, by keyboard too; the download is the text shown.
  await page.getByRole('tab', { name: 'CSS variables' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Tailwind v4' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: `Tailwind v4 export of ${system.name}` })).toHaveValue(/@theme \{/);
  await page.getByRole('tab', { name: 'Tailwind v4' }).press('ArrowLeft');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download midnight-blue.css' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('midnight-blue.css');
  expect(await readFile(await file.path(), 'utf8')).toBe(css);

  await page.getByRole('textbox', { name: 'Theme text' }).fill(css);
  await expect(page.getByText('Looks like: CSS custom properties.')).toBeVisible();
  await page.getByRole('button', { name: 'Review the mapping' }).click();
  await expect(page.locator('[data-summary]')).toContainText('13 matched, 0 guessed, 0 missing');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(system.name);
  await expect(page.getByRole('combobox', { name: 'Primary font' })).toHaveValue(system.font_primary ?? '');
  const name = uniqueName('Round trip');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);

  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/v1/themes'));
  await page.getByRole('button', { name: 'Create theme' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect(page).toHaveURL(new RegExp(`/themes/${id}$`));
  await page.reload();

  const saved = await getTheme(request, id);
  expect(saved.colors).toEqual(system.colors);
  expect({ name: saved.name, font_primary: saved.font_primary, font_secondary: saved.font_secondary }).toEqual({
    name,
    font_primary: system.font_primary,
    font_secondary: system.font_secondary,
  });
});

const SHADCN = `@layer base {
  :root {
    --background: 0 0% 100%;
    --foreground: 222.2 84% 4.9%;
    --card: 0 0% 100%;
    --card-foreground: 222.2 84% 4.9%;
    --primary: 222.2 47.4% 11.2%;
    --primary-foreground: 210 40% 98%;
    --secondary: 210 40%;
    --muted: oklch(0.97 0 0);
    --muted-foreground: #64748b;
    --accent: 210 40% 96.1%;
    --border: 214.3 31.8% 91.4%;
    --radius: 0.5rem;
  }
}`;

async function reviewShadcn(page: Page) {
  await page.goto('/themes/import');
  await page.getByRole('textbox', { name: 'Theme text' }).fill(SHADCN);
  await expect(page.getByText('Looks like: shadcn/ui CSS variables.')).toBeVisible();
  await page.getByRole('button', { name: 'Review the mapping' }).click();
  await expect(page.locator('[data-summary]')).toContainText('6 matched, 4 guessed, 3 missing');
}

const row = (page: Page, token: string) => page.locator(`tr[data-token="${token}"]`);
const colour = (page: Page, token: string) => row(page, token).getByRole('textbox', { name: token, exact: true });

test('a shadcn/ui file: matched, guessed and missing tokens, the invalid line named, axe clean on the review', async ({
  page,
}) => {
  await reviewShadcn(page);
  await expect(page.getByRole('alert').filter({ hasText: 'One problem in the input' })).toContainText(
    'Line 9: --secondary “210 40%” is not a colour.',
  );
  await expect(row(page, 'background')).toContainText('Matched');
  await expect(row(page, 'text_on_primary')).toContainText('Guessed from --primary-foreground (line 8).');
  await expect(row(page, 'tertiary')).toContainText('Guessed from --accent (line 12).');
  await expect(row(page, 'secondary')).toContainText('Missing');
  await expect(row(page, 'text_on_tertiary')).toContainText('Not in the import');
  await expect(colour(page, 'text_on_muted')).toHaveValue('#64748B');
  await expectNoSeriousA11yViolations(page, 'import: the mapping review');
});

test('missing tokens block the create; a guess is edited, the rest filled, and the theme is created', async ({
  page,
  request,
}) => {
  await reviewShadcn(page);
  await page.getByRole('textbox', { name: 'Name' }).fill(uniqueName('From shadcn'));
  await page.getByRole('button', { name: 'Create theme' }).click();
  await expect(row(page, 'secondary').getByRole('alert')).toHaveText('Missing: fill in a colour before creating.');
  await expect(colour(page, 'secondary')).toBeFocused();

  await colour(page, 'tertiary').fill('#B45309');
  await expect(row(page, 'tertiary')).toContainText('Edited');
  for (const token of ['secondary', 'text_on_secondary', 'text_on_tertiary']) await colour(page, token).fill('#334455');
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/v1/themes'));
  await page.getByRole('button', { name: 'Create theme' }).click();
  const { id } = (await (await created).json()) as { id: string };
  await expect(page).toHaveURL(new RegExp(`/themes/${id}$`));
  const saved = await getTheme(request, id);
  expect(saved.colors).toMatchObject({
    background: '#FFFFFF',
    primary: '#0F172A',
    tertiary: '#B45309',
    text_on_muted: '#64748B',
    secondary: '#334455',
  });
});
