import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectKeysNowhere, recordTraffic, sessionCookie } from './support/key-scan';
import { tabTo } from './support/keyboard';
import { startSessionServer, type SessionServer } from './support/session-server';
import { allowExpected401s, cliUserName, connectWithKey, createBrandAs, unique } from './support/session-ui';

// Key entry against a server started WITHOUT NEXTDOCS_API_KEY (its own process, see
// support/session-server.ts). After every journey: the key is nowhere in the browser's storage or URLs.

let server: SessionServer;
const emailA = `${unique('ada')}@x.test`;
const nameA = cliUserName(emailA);
const brandA = unique('Aardvark brand ');
const wrongKey = `nxd_${unique('notarealkey')}`;
let keyA = '';

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  server = await startSessionServer();
  keyA = await server.createKey(emailA);
  await createBrandAs(request, server.url, keyA, brandA);
});

test.afterAll(async () => {
  // The keys never reach the server's logs; the demo key is printed once at startup, on purpose.
  const lines = server.logs().split('\n');
  for (const key of [keyA, wrongKey]) expect(lines.filter((l) => l.includes(key))).toEqual([]);
  expect(lines.filter((l) => /nxd_[A-Za-z0-9_-]{8,}/.test(l))).toEqual([`Demo API key (new for this run): ${server.demoKey}`]);
  expect(lines.some((l) => l.includes('POST /session'))).toBe(true);
  await server.stop();
});

test('connect with a good key, by keyboard alone: straight on to the page asked for', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await page.goto(`${server.url}/brands`);
  await expect(page).toHaveURL(`${server.url}/connect?next=%2Fbrands`);
  await expect(page).toHaveTitle('Connect · Brandkit Studio');
  await expect(page.getByText('Sandbox mode.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'connect');

  const field = page.getByLabel('NextDocs API key');
  await tabTo(page, field);
  await page.keyboard.type(keyA);
  await page.keyboard.press('Enter');

  // Reached with ?next=: straight to the page asked for, no "Connected as" card on the way.
  await expect(page).toHaveURL(`${server.url}/brands`);
  await expect(page.getByRole('heading', { name: brandA })).toBeVisible();
  await expect(page.getByRole('button', { name: `Account: ${nameA}` })).toBeVisible();

  expect(await sessionCookie(context)).toBeDefined();
  await expectKeysNowhere(page, context, traffic, [keyA]);
});

test('a wrong key: checked before sending, then refused with the text kept to fix', async ({ page, context, pageProblems }) => {
  const traffic = recordTraffic(page);
  await page.goto(`${server.url}/connect`);
  const field = page.getByLabel('NextDocs API key');
  const connect = page.getByRole('button', { name: 'Connect' });

  await field.fill('sk_live_0123456789abcdef');
  await connect.click();
  await expect(page.getByRole('alert')).toHaveText('A NextDocs API key starts with nxd_.');
  // Refused in the page: nothing was sent.
  expect(traffic.requests.filter((r) => r.method === 'POST')).toEqual([]);

  await field.fill(wrongKey);
  await connect.click();
  await expect(page.getByRole('alert')).toContainText('The API key was not accepted.');
  await expect(field).toHaveValue(wrongKey);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await sessionCookie(context)).toBeUndefined();
  await expectNoSeriousA11yViolations(page, 'connect with a refused key');
  await expectKeysNowhere(page, context, traffic, [wrongKey]);

  // Fixing the "typo" works from the same field. /connect itself (no ?next=) shows who it is and the way on.
  await connectWithKey(page, keyA, nameA);
  await expect(page.getByText(emailA)).toBeVisible();
  await expect(page.getByText('$0.00 of $5.00')).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Continue to Brandkit Studio' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'connect, connected');
  await expectKeysNowhere(page, context, traffic, [wrongKey, keyA]);
  allowExpected401s(pageProblems);
});

test('the sandbox offers a one-click demo sign-in', async ({ page, context }) => {
  const traffic = recordTraffic(page);
  await page.goto(`${server.url}/connect`);
  await expect(page.getByText('Sandbox mode.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in to the demo account' }).click();
  await expect(page.getByRole('heading', { name: /^Connected as / })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to Brandkit Studio' }).click();
  await expect(page).toHaveURL(`${server.url}/brands`);
  await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible();
  await expectKeysNowhere(page, context, traffic, [server.demoKey]);
});
