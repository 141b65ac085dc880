import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectKeysNowhere, recordTraffic, sessionCookie } from './support/key-scan';
import { openLanding } from './support/landing';

// The default web server runs with NEXTDOCS_API_KEY (playwright.config.ts): the server signs every
// visitor in with its own key, which the browser must never see either.

test('under the server’s key the account menu says so and offers no sign-out', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await openLanding(page);
  await expect(page).toHaveURL(/\/brands$/);
  const account = page.getByRole('button', { name: /^Account: / });
  await account.click();
  await expect(page.getByText(/Signed in with this server's own key: everyone/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'account menu under the server key');

  await page.getByRole('link', { name: 'Use your own key' }).click();
  await expect(page).toHaveURL(/\/connect\?next=%2Fbrands$/);
  await expect(page.getByRole('heading', { name: /^Signed in as / })).toBeVisible();
  await expect(page.getByText(/signs everyone in with its own key/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'connect under the server key');

  expect(await sessionCookie(context)).toBeUndefined();
  await expectKeysNowhere(page, context, traffic, [process.env.E2E_API_KEY!]);
});
