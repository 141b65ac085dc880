import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createBrand, forgiveInjectedFailures, listOrganizations, uniqueName } from './support/brands-api';
import { expect, test } from './support/fixtures';
import { openLanding } from './support/landing';

// Issue 16 §6-8: the header and menus on a phone, the words users read, and one look for focus,
// badges and control heights. Each test owns what it looks for (the sandbox is shared).

const PHONE = { width: 390, height: 844 };

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
async function contrast(page: Page, fg: string, bg: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const luminance = (css: string) => {
        const [r, g, bl] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => v / 255);
        const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
      };
      const [x, y] = [luminance(a!), luminance(b!)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    },
    [fg, bg],
  );
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the header is one compact row; navigation folds into a menu that works by keyboard', async ({ page }) => {
    await openLanding(page);
    const header = page.getByRole('banner');
    expect((await box(header)).height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();

    const menu = header.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Assets' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scope' })).toBeVisible();
    const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    const open = await box(panel);
    expect(open.x).toBeGreaterThanOrEqual(0);
    expect(open.x + open.width).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page, 'phone menu open');

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Following a link closes it too.
    await menu.click();
    await nav.getByRole('link', { name: 'Themes' }).click();
    await expect(page).toHaveURL(/\/themes$/);
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('every target in the header is at least 24 px', async ({ page }) => {
    await openLanding(page);
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Menu' }).click();
    const targets = header.locator('a:visible, button:visible, select:visible');
    expect(await targets.count()).toBeGreaterThanOrEqual(6);
    for (const target of await targets.all()) {
      const { width, height } = await box(target);
      expect(Math.min(width, height), await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(24);
    }
  });

  test('the account menu stays on screen and speaks plainly: money as money, no variable names, whole words', async ({
    page,
  }) => {
    await openLanding(page);
    const account = page.getByRole('button', { name: /^Account: / });
    await account.click();
    const panel = page.locator(`#${await account.getAttribute('aria-controls')}`);
    const useOwnKey = panel.getByRole('link', { name: 'Use your own key' });
    await expect(useOwnKey).toBeVisible();
    for (const part of [panel, useOwnKey, panel.locator('dd').first()]) {
      const { x, width } = await box(part);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(PHONE.width);
    }

    await expect(panel.getByText('Sandbox', { exact: true })).toBeVisible();
    await expect(panel.getByText(/^\$\d+\.\d{2} of \$\d+\.\d{2}$/)).toBeVisible();
    await expect(panel).not.toContainText('cents');
    await expect(panel).not.toContainText('NEXTDOCS_API_KEY');

    // Name and email are never broken mid-word: one line each, the whole value in the title.
    for (const label of ['Name', 'Email']) {
      const value = panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
      const text = (await value.textContent())!;
      await expect(value).toHaveAttribute('title', text);
      const lineHeight = await value.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await box(value)).height).toBeLessThan(lineHeight * 1.5);
    }
    await expectNoSeriousA11yViolations(page, 'phone account menu');
  });
});

test('the sandbox is named in the account menu (the header says only whether it is connected)', async ({ page }) => {
  await openLanding(page);
  await page.getByRole('button', { name: /^Account: / }).click();
  await expect(page.getByRole('banner').getByText('Sandbox', { exact: true })).toBeVisible();
});

test('/ opens the brand list, keeping the scope it was given', async ({ page, request }) => {
  const org = (await listOrganizations(request))[0]!;
  await page.goto('/');
  await expect(page).toHaveURL(/\/brands$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Brands' })).toBeVisible();
  await page.goto(`/?org=${org.id}`);
  await expect(page).toHaveURL(new RegExp(`/brands\\?org=${org.id}$`));
});

test('an unknown ?org= offers "Switch to Personal" rather than a Retry that cannot help', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/brands?org=org_nobody');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('organization');
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await alert.getByRole('link', { name: 'Switch to Personal' }).click();
  await expect(page).toHaveURL(/\/brands$/);
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Brands' })).toBeVisible();

  // The asset library says the same.
  await page.goto('/assets?org=org_nobody&type=icon');
  const libraryAlert = page.getByRole('main').getByRole('alert');
  await expect(libraryAlert).toContainText('organization');
  await expect(libraryAlert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await libraryAlert.getByRole('link', { name: 'Switch to Personal' }).click();
  await expect(page).toHaveURL(/\/assets$/);
  forgiveInjectedFailures(pageProblems, [404]);
});

test('a brand opened from a link without ?org= shows its own scope', async ({ page, request }) => {
  const org = (await listOrganizations(request))[0]!;
  const orgBrand = await createBrand(request, { name: uniqueName('Own scope'), org_id: org.id });
  const personal = await createBrand(request, { name: uniqueName('Own personal') });

  await page.goto(`/brands/${orgBrand.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgBrand.name);
  await expect(page).toHaveURL(new RegExp(`/brands/${orgBrand.id}\\?org=${org.id}$`));
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue(org.id);

  await page.goto(`/brands/${personal.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(personal.name);
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue('');
  await expect(page).toHaveURL(new RegExp(`/brands/${personal.id}$`));
});

test('a brand card: the focus ring wraps the card and differs from the selection colour; colours are labelled; no empty band', async ({
  page,
  request,
}) => {
  const brand = await createBrand(request, { name: uniqueName('Ring card'), theme_id: 'forest' });
  await openLanding(page);
  const link = page.getByRole('link', { name: brand.name, exact: true });
  const card = page.locator('article').filter({ has: link });
  await expect(link).toBeVisible();
  await link.focus();
  // focus() from script is not keyboard focus; Tab back and forth makes it :focus-visible.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();

  const ring = await card.evaluate((el) => {
    const style = getComputedStyle(el);
    const primary = getComputedStyle(document.documentElement).getPropertyValue('--primary').trim();
    const probe = document.createElement('span');
    probe.style.color = primary;
    document.body.append(probe);
    const selection = getComputedStyle(probe).color;
    probe.remove();
    return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, offset: style.outlineOffset, selection };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBe('2px');
  expect(parseFloat(ring.offset)).toBeGreaterThan(0);
  expect(ring.color).not.toBe(ring.selection);
  expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');

  // Each colour names its token and hex on hover.
  const labels = await card.locator('svg rect title').allTextContents();
  expect(labels.length).toBe(await card.locator('svg rect').count());
  expect(labels).toContain(`primary ${brand.theme!.colors.primary}`);

  // No assets: no empty thumbnail row, a next step instead.
  await expect(card.getByRole('list')).toHaveCount(0);
  await expect(card).toContainText('Link assets to it from the library.');
});

test('a list with nothing more to load ends at its last card (no empty status line)', async ({ page, request }) => {
  const brand = await createBrand(request, { name: uniqueName('Only card') });
  await page.route('**/v1/brands?*', (route) =>
    route.fulfill({ json: { object: 'list', data: [brand], has_more: false } }),
  );
  await page.goto('/themes');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brands' }).click();
  const region = page.getByRole('region', { name: 'Brands' });
  await expect(region.getByRole('link', { name: brand.name, exact: true })).toBeVisible();
  const grid = await box(region.getByRole('list').first());
  const whole = await box(region);
  expect(whole.y + whole.height - (grid.y + grid.height)).toBeLessThan(2);
});

test('usage badges look the same on the brand page and in the library, each at 4.5:1 or more', async ({
  page,
  request,
}) => {
  // Three pages, each waiting on its data: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const BADGE = /^(Always|Maybe|Never) use$/;
  // The seed links assets to its oldest brands; other journeys add newer ones without assets.
  const linked: string[] = [];
  let after = '';
  while (linked.length < 2) {
    const response = await request.get(`/v1/brands?limit=20${after}`, {
      headers: { Authorization: `Bearer ${process.env.E2E_API_KEY}` },
    });
    const list = (await response.json()) as { data: Array<{ id: string; assets: unknown[] }>; has_more: boolean };
    linked.push(...list.data.filter((b) => b.assets.length > 0).map((b) => b.id));
    if (!list.has_more) break;
    after = `&after=${list.data.at(-1)!.id}`;
  }

  const looks = async () => {
    const badges = page.getByText(BADGE);
    // A brand page loads its linked assets after the brand; slow on a busy machine.
    await expect(badges.first()).toBeVisible({ timeout: 40_000 });
    // Read all at once: the library's virtual grid may re-render between two reads.
    const styles = await badges.evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return { text: el.textContent!, color: s.color, bg: s.backgroundColor, border: s.borderColor, radius: s.borderRadius, size: s.fontSize };
      }),
    );
    const found = new Map<string, string>();
    for (const style of styles) {
      expect(await contrast(page, style.color, style.bg), style.text).toBeGreaterThanOrEqual(4.5);
      found.set(style.text, JSON.stringify({ ...style, text: undefined }));
    }
    return found;
  };

  const onBrandPages = new Map<string, string>();
  for (const id of linked.slice(0, 2)) {
    await page.goto(`/brands/${id}`);
    for (const [mode, look] of await looks()) onBrandPages.set(mode, look);
  }
  expect(onBrandPages.size, 'brand pages show usage badges').toBeGreaterThan(0);

  await page.goto('/assets');
  const inLibrary = await looks();
  for (const [mode, look] of inLibrary) {
    if (onBrandPages.has(mode)) expect(look, mode).toBe(onBrandPages.get(mode));
  }
  // The same look for every mode: only the dot differs.
  expect(new Set([...onBrandPages.values(), ...inLibrary.values()]).size).toBe(1);
});

test('filters and buttons share one height', async ({ page }) => {
  await page.goto('/assets');
  const filters = page.getByRole('search', { name: 'Filter assets' });
  const add = page.getByRole('main').getByRole('button', { name: 'Add asset' });
  await expect(add).toBeVisible();
  const buttonHeight = (await box(add)).height;
  for (const select of await filters.getByRole('combobox').all()) {
    expect((await box(select)).height).toBe(buttonHeight);
  }
});
