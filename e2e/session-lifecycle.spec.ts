import type { APIRequestContext, BrowserContext, Route } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectKeysNowhere, recordTraffic, sessionCookie } from './support/key-scan';
import { tabTo } from './support/keyboard';
import { startSessionServer, type SessionServer } from './support/session-server';
import { allowExpected401s, cliUserName, connectAndGoOn, connectWithKey, createBrandAs, signInAt, unique } from './support/session-ui';

// A session's end (401 mid-session, sign out) and switching keys, against a server
// started WITHOUT NEXTDOCS_API_KEY. After every journey: the keys are nowhere in the browser's storage or URLs.

let server: SessionServer;
const emailA = `${unique('ada')}@x.test`;
const emailB = `${unique('bo')}@x.test`;
const nameA = cliUserName(emailA);
const nameB = cliUserName(emailB);
const brandA = unique('Aardvark brand ');
const brandB = unique('Beluga brand ');
let keyA = '';
let keyB = '';
const DRAFT = 'brandkit:draft:e2e-probe';

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  server = await startSessionServer();
  keyA = await server.createKey(emailA);
  keyB = await server.createKey(emailB);
  await createBrandAs(request, server.url, keyA, brandA);
  await createBrandAs(request, server.url, keyB, brandB);
});

/** Ends this browser's session from outside (as a sign-out in another tab would): its next /v1 request answers 401. */
async function endSessionElsewhere(context: BrowserContext, request: APIRequestContext) {
  const cookie = await sessionCookie(context);
  const ended = await request.delete(`${server.url}/session`, {
    headers: { cookie: `bks_session=${cookie!.value}`, origin: server.url, 'sec-fetch-site': 'same-origin' },
  });
  expect(ended.status()).toBe(204);
}

test.afterAll(async () => {
  const lines = server.logs().split('\n');
  for (const key of [keyA, keyB]) expect(lines.filter((l) => l.includes(key))).toEqual([]);
  expect(lines.filter((l) => /nxd_[A-Za-z0-9_-]{8,}/.test(l))).toEqual([`Demo API key (new for this run): ${server.demoKey}`]);
  await server.stop();
});

test('a 401 mid-session: connect screen with the reason, drafts kept, back to the same URL', async ({ page, context, request, pageProblems }) => {
  const traffic = recordTraffic(page);
  const brands = `${server.url}/brands`;
  await signInAt(page, brands, keyA, nameA);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();
  // What useDraft (hooks/use-draft.ts) keeps while a form is being typed in.
  await page.evaluate((key) => sessionStorage.setItem(key, JSON.stringify('half-typed')), DRAFT);

  // The session ends elsewhere (as if signed out in another tab), so the next /v1 request answers 401.
  await endSessionElsewhere(context, request);
  const before = traffic.requests.length;
  await page.getByRole('button', { name: `Account: ${nameA}` }).click(); // GET /v1/me

  await expect(page).toHaveURL(`${server.url}/connect?next=%2Fbrands&reason=ended`);
  await expect(page.getByRole('alert')).toContainText('Your session ended or the key was revoked.');
  await expect(page.getByRole('heading', { name: brandA })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'connect after a 401');
  // A 401 mid-session: nothing more went to /v1 after it (the one request that got it is the account menu's).
  const since = traffic.requests.slice(before).map((r) => new URL(r.url).pathname);
  expect(since.filter((p) => p.startsWith('/v1/'))).toEqual(['/v1/me']);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), DRAFT)).toBe('"half-typed"');

  await connectAndGoOn(page, keyA, nameA, brands);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), DRAFT)).toBe('"half-typed"');
  await expectKeysNowhere(page, context, traffic, [keyA]);
  allowExpected401s(pageProblems);
});

test('a 401 while saving an edit: sign in again and the editor comes back with the typed text', async ({
  page,
  context,
  request,
  pageProblems,
}) => {
  const traffic = recordTraffic(page);
  await signInAt(page, `${server.url}/brands`, keyA, nameA);
  await page.getByRole('link', { name: brandA }).click();
  await expect(page.getByRole('heading', { level: 1, name: brandA })).toBeVisible();
  const detail = page.url();
  await page.getByRole('button', { name: 'Edit instruction' }).click();
  const typed = 'Typed before the session ended.\nSecond line, kept too.';
  await page.getByRole('textbox', { name: 'AI instruction' }).fill(typed);

  // The session ends elsewhere while the user types; the save then answers 401.
  await endSessionElsewhere(context, request);
  await page.getByRole('button', { name: 'Save instruction' }).click();

  await expect(page).toHaveURL(`${server.url}/connect?next=${encodeURIComponent(new URL(detail).pathname)}&reason=ended`);
  await expect(page.getByRole('alert')).toContainText('Your session ended or the key was revoked.');
  await connectAndGoOn(page, keyA, nameA, detail);
  // The draft reopens the editor with exactly what was typed; nothing was saved meanwhile.
  await expect(page.getByRole('textbox', { name: 'AI instruction' })).toHaveValue(typed);
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save instruction' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId('ai-instruction')).toHaveText(typed);
  await expectKeysNowhere(page, context, traffic, [keyA]);
  allowExpected401s(pageProblems);
});

test('sign out from the account menu, by keyboard: session, cache and drafts gone', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await signInAt(page, `${server.url}/brands`, keyA, nameA);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();
  await page.evaluate((key) => sessionStorage.setItem(key, JSON.stringify('text')), DRAFT);

  const account = page.getByRole('button', { name: `Account: ${nameA}` });
  await tabTo(page, account);
  await page.keyboard.press('Enter');
  await expect(account).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(emailA)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'account menu open');
  await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(`${server.url}/connect`);
  await expect(page.getByRole('heading', { level: 1, name: 'Connect to NextDocs' })).toBeVisible();
  await expect(page.getByText(brandA)).toHaveCount(0);
  expect(await sessionCookie(context)).toBeUndefined();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), DRAFT)).toBeNull();
  const state = await page.evaluate(async () => (await fetch('/session')).json());
  expect(state).toMatchObject({ signed_in: false });

  await page.goto(`${server.url}/brands`);
  await expect(page).toHaveURL(`${server.url}/connect?next=%2Fbrands`);
  await expectKeysNowhere(page, context, traffic, [keyA]);
});

test('switching keys A → B never shows A again, not even a late answer of A', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await signInAt(page, `${server.url}/brands`, keyA, nameA);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();

  // One of A's requests is still in flight when the switch happens: held here, answered later.
  let held: Route | undefined;
  await page.route('**/v1/me', (route) => {
    held = route;
  });
  await page.getByRole('button', { name: `Account: ${nameA}` }).click();
  await expect.poll(() => held !== undefined).toBe(true);
  await page.getByRole('link', { name: 'Use a different key' }).click();
  await expect(page).toHaveURL(`${server.url}/connect?next=%2Fbrands`);
  await expect(page.getByRole('heading', { name: `Signed in as ${nameA}` })).toBeVisible();

  // From the first render that shows B, no render may show anything of A (checked on every DOM change).
  await page.evaluate(
    ({ a, b }) => {
      const leaks: string[] = [];
      let seenB = false;
      (window as unknown as { __leaks: string[] }).__leaks = leaks;
      new MutationObserver(() => {
        const text = document.body.innerText;
        seenB ||= text.includes(b);
        if (seenB) for (const marker of a) if (text.includes(marker)) leaks.push(marker);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { a: [brandA, emailA, nameA], b: nameB },
  );

  await connectAndGoOn(page, keyB, nameB, `${server.url}/brands`);
  await expect(page.getByText(nameA)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: brandB })).toBeVisible();

  // A's late answer arrives now; it was aborted with the switch, so it can change nothing.
  await page.unroute('**/v1/me');
  const user = { object: 'user', id: 'user_late', email: emailA, first_name: nameA, last_name: null, quota: null };
  await held!.fulfill({ json: user }).catch(() => undefined);
  await page.getByRole('button', { name: `Account: ${nameB}` }).click();
  await expect(page.getByText(emailB)).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __leaks: string[] }).__leaks)).toEqual([]);
  for (const marker of [brandA, emailA, nameA]) await expect(page.getByText(marker)).toHaveCount(0);
  await expectKeysNowhere(page, context, traffic, [keyA, keyB]);
});

test('a sign-in as B in another tab: this tab starts over as B and shows none of A', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await signInAt(page, `${server.url}/brands`, keyA, nameA);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();

  // Same browser, second tab: the session cookie is shared by both.
  const other = await context.newPage();
  await other.goto(`${server.url}/connect`);
  await connectWithKey(other, keyB, nameB);

  // Without reloading, the first tab now shows B's brands and B in the header.
  await expect(page.getByRole('button', { name: `Account: ${nameB}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: brandB })).toBeVisible();
  await expect(page.getByText(brandA)).toHaveCount(0);
  await other.close();
  await expectKeysNowhere(page, context, traffic, [keyA, keyB]);
});
