import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { openLanding } from './support/landing';

// The app shell over the production server: every test also fails on console errors, page
// errors and CSP violations (support/fixtures.ts).

test('the shell loads, reaches the sandbox and passes axe', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  await expect(page).toHaveURL(/\/brands$/);
  await expect(page).toHaveTitle('Brands · Brandkit Studio');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Brandkit Studio' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Brands', 'Assets', 'Themes']);
  await expect(nav.getByRole('link', { name: 'Brands' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Brands');

  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Connected');

  await expectNoSeriousA11yViolations(page);
});

test('navigation works by keyboard alone', async ({ page }) => {
  await openLanding(page);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Connected');
  const nav = page.getByRole('navigation', { name: 'Main' });

  // The skip link is the first stop, so keyboard users can jump past the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  const assets = nav.getByRole('link', { name: 'Assets' });
  await tabTo(page, assets);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/assets$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Assets');
  await expect(assets).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Brands' })).not.toHaveAttribute('aria-current', 'page');

  const themes = nav.getByRole('link', { name: 'Themes' });
  await tabTo(page, themes);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/themes$/);
  await expect(page).toHaveTitle('Themes · Brandkit Studio');
});

test('the skip link moves focus to the main region', async ({ page }) => {
  await page.goto('/themes');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Themes');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/themes$/);
});

test('the themes page lists the scope themes, read-only, and passes axe', async ({ page }) => {
  await page.goto('/themes');
  const gallery = page.getByRole('region', { name: 'Themes' });
  // A custom theme the seed gives the demo user's personal scope; custom themes come first.
  const card = gallery.getByRole('article', { name: 'Studio Noir' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Custom');
  await expect(card).toContainText('Primary font');
  await expectNoSeriousA11yViolations(page, 'themes');
});

test('deep links load directly and unknown addresses show the not-found page', async ({ page }) => {
  await page.goto('/assets');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Assets');

  await page.goto('/no/such/page');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Go to brands' }).click();
  await expect(page).toHaveURL(/\/brands$/);
  await expectNoSeriousA11yViolations(page, 'brands after not-found');
});
