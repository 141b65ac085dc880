import { expectNoSeriousA11yViolations } from './support/axe';
import { forgiveInjectedFailures, getBrand, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';
import { openLanding } from './support/landing';

// Creating a brand with validation, server errors and a live theme preview.

test('create with validation errors, then success', async ({ page, request }) => {
  const name = uniqueName('Created in the UI');
  await openLanding(page);
  await page.getByRole('main').getByRole('link', { name: 'Create brand' }).first().click();
  await expect(page).toHaveURL(/\/brands\/new$/);
  await expect(page).toHaveTitle('New brand · Brandkit Studio');
  await expectNoSeriousA11yViolations(page, 'new brand');

  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Name is required' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose a theme' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'new brand with errors');

  await page.getByRole('textbox', { name: 'Name' }).fill('x'.repeat(101));
  // click, not check(): the choice renders in a transition, so check()'s immediate re-read can miss it.
  await page.getByRole('radio', { name: /Midnight Blue/ }).click();
  await expect(page.getByRole('radio', { name: /Midnight Blue/ })).toBeChecked();
  // The live preview follows the choice before anything is saved.
  await expect(page.getByRole('heading', { name: 'Preview: Midnight Blue' })).toBeVisible();
  await expect(page.locator('[data-token="background"]')).toContainText('#0F172A');
  await page.getByRole('textbox', { name: 'AI instruction (optional)' }).fill('Line one\nLine two');
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Name must be at most 100 characters' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/v1/brands'));
  await page.getByRole('button', { name: 'Create brand' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect(page).toHaveURL(new RegExp(`/brands/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect((await getBrand(request, id)).brand).toMatchObject({
    name,
    theme_id: 'midnight-blue',
    ai_instruction: 'Line one\nLine two',
  });
});

test('server 400 details land on their fields and the typed text stays', async ({ page, pageProblems }) => {
  await page.route('**/v1/brands', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          json: {
            error: {
              code: 'VALIDATION_ERROR',
              message: 'Invalid body',
              details: [{ path: 'name', message: 'That name is taken.' }],
            },
          },
        })
      : route.continue(),
  );
  await page.goto('/brands/new?theme=forest');
  await expect(page.getByRole('radio', { name: /Forest/ })).toBeChecked();
  await page.getByRole('textbox', { name: 'Name' }).fill('Acme');
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That name is taken.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Acme');
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page).toHaveURL(/\/brands\/new/);
  forgiveInjectedFailures(pageProblems, [400]);
});

test('a failed create keeps the form filled and says why', async ({ page, pageProblems }) => {
  await page.route('**/v1/brands', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 403, json: { error: { code: 'FORBIDDEN', message: 'Injected refusal.' } } })
      : route.continue(),
  );
  await page.goto('/brands/new?theme=forest');
  await page.getByRole('textbox', { name: 'Name' }).fill('Kept name');
  await page.getByRole('textbox', { name: 'AI instruction (optional)' }).fill('Kept\ntext');
  await page.getByRole('button', { name: 'Create brand' }).click();
  await expect(page.getByText('The brand was not created')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Kept name');
  await expect(page.getByRole('textbox', { name: 'AI instruction (optional)' })).toHaveValue('Kept\ntext');
  forgiveInjectedFailures(pageProblems, [403]);
});
