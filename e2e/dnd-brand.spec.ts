import type { Locator, Page } from '@playwright/test';
import { api, createAssets, createBrand, getAsset, newestFirst, uniqueName, type ApiAsset } from './assets-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { card, carryOnto, lane, panel } from './support/brand-lanes';
import { forgiveInjectedFailures } from './support/brands-api';
import { pressAndLift } from './support/pointer-drag';
import { expect, test } from './support/fixtures';

// Drag and drop on a brand's page (issue 11): lanes, the Library panel, keyboard and menu paths.
// Every result is read back through the API after a reload.

type Usage = ApiAsset['usage_mode'];

const handle = (scope: Page | Locator, asset: ApiAsset) => card(scope, asset).locator('[aria-roledescription="draggable asset"]');
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** A brand of its own with `usages.length` fresh assets linked to it, one per usage given. */
async function brandWith(label: string, usages: Usage[]) {
  const brand = await createBrand(uniqueName(label));
  const assets = usages.length ? await createAssets(usages.length, { prefix: uniqueName(label), brandId: brand.id }) : [];
  for (const [index, usage] of usages.entries()) {
    assets[index] = await api<ApiAsset>('PATCH', `/v1/assets/${assets[index]!.id}`, { usage_mode: usage });
  }
  return { brand, assets };
}

/** A real pointer drag: press, a first move that starts it, then 15 more steps onto the target. */
async function drag(page: Page, from: Locator, to: Locator | (() => Locator)) {
  // In the middle of the window: near its edges the page scrolls under a drag, which moves the target.
  await from.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await pressAndLift(page, from);
  await carryOnto(to, (point, steps) => page.mouse.move(point.x, point.y, { steps }));
  await page.mouse.up();
}

async function expectOnServer(asset: ApiAsset, placement: { brand_id: string | null; usage_mode: Usage }) {
  await expect.poll(async () => {
    const now = await getAsset(asset.id);
    return { brand_id: now.brand_id, usage_mode: now.usage_mode };
  }).toEqual(placement);
}

test('link from the panel onto a lane, one PATCH, kept after a reload', async ({ page }) => {
  const { brand } = await brandWith('Panel link', []);
  const [loose] = await createAssets(1, { prefix: uniqueName('Loose') });
  await page.goto(`/brands/${brand.id}`);
  await page.getByRole('button', { name: 'Add assets' }).click();
  await expect(page).toHaveURL(/panel=library/);
  await expect(handle(panel(page), loose!)).toBeVisible();

  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith(loose!.id));
  await drag(page, handle(panel(page), loose!), lane(page, 'always'));
  await expect(card(lane(page, 'always'), loose!)).toBeVisible();
  expect((await patch).postDataJSON()).toEqual({ brand_id: brand.id, usage_mode: 'always' });
  await expect(page.getByText(`Linked “${loose!.name}” to ${brand.name}, Always`)).toBeVisible();
  await expectOnServer(loose!, { brand_id: brand.id, usage_mode: 'always' });

  await page.reload();
  await expect(card(lane(page, 'always'), loose!)).toBeVisible();
  await expect(lane(page, 'always').getByRole('heading')).toContainText('1');
  await expect(card(panel(page), loose!)).toHaveCount(0);
});

test('move between lanes changes only the usage; unlink onto the panel', async ({ page }) => {
  const { brand, assets } = await brandWith('Lanes', ['maybe', 'always']);
  const [moving, leaving] = assets as [ApiAsset, ApiAsset];
  await page.goto(`/brands/${brand.id}?panel=library`);
  await expect(card(lane(page, 'maybe'), moving)).toBeVisible();

  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith(moving.id));
  await drag(page, handle(lane(page, 'maybe'), moving), lane(page, 'never'));
  await expect(card(lane(page, 'never'), moving)).toBeVisible();
  expect((await patch).postDataJSON()).toEqual({ brand_id: brand.id, usage_mode: 'never' });
  await expectOnServer(moving, { brand_id: brand.id, usage_mode: 'never' });

  await drag(page, handle(lane(page, 'always'), leaving), panel(page));
  await expect(card(lane(page, 'always'), leaving)).toHaveCount(0);
  await expect(page.getByText(`Unlinked “${leaving.name}” from ${brand.name}`)).toBeVisible();
  await expectOnServer(leaving, { brand_id: null, usage_mode: 'always' });

  await page.reload();
  await expect(card(lane(page, 'never'), moving)).toBeVisible();
  await expect(card(lane(page, 'maybe'), moving)).toHaveCount(0);
  await expect(card(panel(page), leaving)).toBeVisible();
});

test('unlink onto the Unlink zone that appears while dragging', async ({ page }) => {
  const { brand, assets } = await brandWith('Unlink zone', ['never']);
  await page.goto(`/brands/${brand.id}`);
  await expect(page.getByTestId('unlink-zone')).toHaveCount(0);
  await drag(page, handle(lane(page, 'never'), assets[0]!), () => page.getByTestId('unlink-zone'));
  await expect(card(lane(page, 'never'), assets[0]!)).toHaveCount(0);
  await expect(page.getByTestId('unlink-zone')).toHaveCount(0);
  await expectOnServer(assets[0]!, { brand_id: null, usage_mode: 'never' });
});

test('an asset of another brand says "Move from", moves, and Undo gives it back', async ({ page }) => {
  const { brand } = await brandWith('Verde', []);
  const { brand: other, assets } = await brandWith('Rosso', ['always']);
  const foreign = assets[0]!;
  await page.goto(`/brands/${brand.id}?panel=library`);
  const others = panel(page).getByRole('checkbox', { name: 'Include assets linked to other brands' });
  // The URL is the state: the box shows checked once the navigation has committed.
  await others.click();
  await expect(others).toBeChecked();
  await expect(page).toHaveURL(/library_others=1/);
  await expect(card(panel(page), foreign)).toContainText(`Linked to ${other.name}`);

  // Mid-drag: the overlay says where the asset comes from.
  await handle(panel(page), foreign).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await pressAndLift(page, handle(panel(page), foreign));
  await expect(page.getByTestId('drag-overlay')).toContainText(`Move from ${other.name}`);
  // carryOnto moves again until the lane shows the card over it, should the page have scrolled.
  await carryOnto(lane(page, 'never'), (point, steps) => page.mouse.move(point.x, point.y, { steps }));
  await page.mouse.up();

  await expect(card(lane(page, 'never'), foreign)).toBeVisible();
  await expectOnServer(foreign, { brand_id: brand.id, usage_mode: 'never' });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'never'), foreign)).toHaveCount(0);
  await expectOnServer(foreign, { brand_id: other.id, usage_mode: 'always' });

  await page.reload();
  await expect(card(panel(page), foreign)).toContainText(`Linked to ${other.name}`);
  await expect(lane(page, 'never').locator('[data-asset-id]')).toHaveCount(0);
});

test('keyboard path: Space picks up, arrows move between targets, Space drops, Esc cancels; all announced', async ({
  page,
}) => {
  const { brand, assets } = await brandWith('Keyboard', ['always', 'maybe', 'never']);
  const mover = assets[0]!;
  await page.goto(`/brands/${brand.id}?panel=library`);
  await expect(card(lane(page, 'always'), mover)).toBeVisible();

  await handle(lane(page, 'always'), mover).focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Picked up ${mover.name}. Over lane Always of ${brand.name}.`);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText(`Over lane Maybe of ${brand.name}.`);
  await expectNoSeriousA11yViolations(page, 'brand page during a keyboard drag');
  await page.keyboard.press('Escape');
  await expect(liveRegion(page)).toContainText(`Cancelled. ${mover.name} stays where it was.`);
  await expect(card(lane(page, 'always'), mover)).toBeVisible();

  await handle(lane(page, 'always'), mover).focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Picked up ${mover.name}.`);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText(`Over lane Maybe of ${brand.name}.`);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText(`Over lane Never of ${brand.name}.`);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(`Dropped ${mover.name} on lane Never of ${brand.name}.`);
  await expect(card(lane(page, 'never'), mover)).toBeVisible();
  // The card's node is new in its new lane; the keyboard user's focus follows it there.
  await expect(handle(lane(page, 'never'), mover)).toBeFocused();
  await expectOnServer(mover, { brand_id: brand.id, usage_mode: 'never' });
  await page.reload();
  await expect(card(lane(page, 'never'), mover)).toBeVisible();
});

test('menu path: link to brand, move to lane, unlink, without dragging', async ({ page }) => {
  const { brand, assets } = await brandWith('Menus', ['maybe']);
  const linked = assets[0]!;
  const [loose] = await createAssets(1, { prefix: uniqueName('Menu loose') });
  await page.goto(`/brands/${brand.id}?panel=library`);

  await card(panel(page), loose!).getByRole('button', { name: `Actions for ${loose!.name}` }).click();
  await expect(page.getByRole('group', { name: `Link to ${brand.name}…` })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Always' }).click();
  await expect(card(lane(page, 'always'), loose!)).toBeVisible();
  await expectOnServer(loose!, { brand_id: brand.id, usage_mode: 'always' });

  await card(lane(page, 'maybe'), linked).getByRole('button', { name: `Actions for ${linked.name}` }).click();
  await expect(page.getByRole('group', { name: 'Move to lane…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Maybe' })).toBeDisabled();
  await page.getByRole('menuitem', { name: 'Never' }).click();
  await expect(card(lane(page, 'never'), linked)).toBeVisible();
  await expectOnServer(linked, { brand_id: brand.id, usage_mode: 'never' });

  await card(lane(page, 'always'), loose!).getByRole('button', { name: `Actions for ${loose!.name}` }).click();
  await page.getByRole('menuitem', { name: 'Unlink' }).click();
  await expect(card(lane(page, 'always'), loose!)).toHaveCount(0);
  await expectOnServer(loose!, { brand_id: null, usage_mode: 'always' });

  await page.reload();
  await expect(card(lane(page, 'never'), linked)).toBeVisible();
  await expect(card(panel(page), loose!)).toBeVisible();
});

test('an injected 500 rolls the drop back with a toast naming the asset, and Retry saves it', async ({
  page,
  pageProblems,
}) => {
  const { brand } = await brandWith('Failure', []);
  const [loose] = await createAssets(1, { prefix: uniqueName('Refused') });
  let failing = true;
  await page.route(`**/v1/assets/${loose!.id}`, (route) =>
    failing && route.request().method() === 'PATCH'
      ? route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Injected failure.' } } })
      : route.continue(),
  );
  await page.goto(`/brands/${brand.id}?panel=library`);
  await drag(page, handle(panel(page), loose!), lane(page, 'maybe'));
  await expect(card(lane(page, 'maybe'), loose!)).toBeVisible();
  // The write policy retries a 5xx twice, then the card goes back and the toast says why.
  await expect(page.getByText(`“${loose!.name}” could not be moved`)).toBeVisible();
  await expect(page.getByText('Injected failure.')).toBeVisible();
  await expect(card(lane(page, 'maybe'), loose!)).toHaveCount(0);
  await expect(card(panel(page), loose!)).toBeVisible();
  await expectOnServer(loose!, { brand_id: null, usage_mode: 'maybe' });

  failing = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(card(lane(page, 'maybe'), loose!)).toBeVisible();
  await expectOnServer(loose!, { brand_id: brand.id, usage_mode: 'maybe' });
  forgiveInjectedFailures(pageProblems, [500]);
});

test('axe: the panel open with assets of every usage in view', async ({ page }) => {
  const { brand, assets } = await brandWith('Axe', ['always', 'maybe', 'never']);
  await page.goto(`/brands/${brand.id}?panel=library`);
  for (const [index, mode] of (['always', 'maybe', 'never'] as const).entries()) {
    await expect(card(lane(page, mode), assets[index]!)).toContainText(`${mode[0]!.toUpperCase()}${mode.slice(1)} use`);
  }
  await expect(panel(page).locator('[data-asset-id]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'brand page with the Library panel');
});

test('a lane keeps every page it loads: past 100 linked assets the newest are still at its top', async ({ page }) => {
  const brand = await createBrand(uniqueName('Long lane'));
  const assets = newestFirst(await createAssets(110, { prefix: uniqueName('Long'), brandId: brand.id }));
  await page.goto(`/brands/${brand.id}`);
  const maybe = lane(page, 'maybe');
  await expect(card(maybe, assets[0]!)).toBeVisible();
  // Six pages of 20: a list held to five pages would drop the first (the newest) on the sixth.
  const more = maybe.getByRole('button', { name: 'Load more linked assets' });
  await expect(async () => {
    // While a page loads the button is disabled: the click times out and the block runs again.
    if (await more.isVisible()) await more.click({ timeout: 1_000 });
    await expect(card(maybe, assets.at(-1)!)).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(maybe.locator('[data-asset-id]')).toHaveCount(110);
  await expect(card(maybe, assets[0]!)).toBeAttached();
});
