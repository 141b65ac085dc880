import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { PageProblems } from './page-problems';

/** CLI users get first_name = the email's local part and last_name "Tester" (server/lib/accounts.ts). */
export const cliUserName = (email: string) => `${email.split('@')[0]} Tester`;

/** A fresh name per run, so no other journey's data can match. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Creates a brand as an API client would (Bearer key, from the test process, not the browser). */
export async function createBrandAs(request: APIRequestContext, baseUrl: string, key: string, name: string) {
  const response = await request.post(`${baseUrl}/v1/brands`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { name, theme_id: 'paper-white' },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** On the connect screen: paste the key, connect, and wait until the screen says who it is. */
export async function connectWithKey(page: Page, key: string, expectedName: string) {
  await page.getByLabel('NextDocs API key').fill(key);
  await page.getByRole('button', { name: /^(Connect|Switch to this key)$/ }).click();
  await expect(page.getByRole('heading', { name: `Connected as ${expectedName}` })).toBeVisible();
}

/**
 * On the connect screen reached with `?next=`: paste the key, connect, and land straight on the
 * page asked for (no "Connected as" card on the way), signed in as `expectedName`.
 */
export async function connectAndGoOn(page: Page, key: string, expectedName: string, url: string) {
  await page.getByLabel('NextDocs API key').fill(key);
  await page.getByRole('button', { name: /^(Connect|Switch to this key)$/ }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('button', { name: `Account: ${expectedName}` })).toBeVisible();
}

/** From anywhere signed out: open `url`, get sent to /connect, sign in and come back to `url`. */
export async function signInAt(page: Page, url: string, key: string, expectedName: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Connect to NextDocs' })).toBeVisible();
  await connectAndGoOn(page, key, expectedName, url);
}

/**
 * Chromium logs every 401 answer as a console error ("Failed to load resource"). The journeys
 * that provoke one on purpose drop exactly those lines; anything else still fails the test.
 */
export function allowExpected401s(problems: PageProblems) {
  const kept = problems.list.filter((line) => !/Failed to load resource: the server responded with a status of 401/.test(line));
  (problems.list as string[]).splice(0, problems.list.length, ...kept);
}
