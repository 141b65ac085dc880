import type { Locator, Page } from '@playwright/test';
import type { ApiAsset } from '../assets-helpers';

// Locators of a brand page's drag and drop (issue 11): its usage lanes, the Library panel, a card.

export const lane = (page: Page, mode: ApiAsset['usage_mode']) => page.locator(`[data-lane="${mode}"]`);
export const panel = (page: Page) => page.getByRole('complementary', { name: 'Library' });
export const card = (scope: Page | Locator, asset: ApiAsset) => scope.locator(`[data-asset-id="${asset.id}"]`);
