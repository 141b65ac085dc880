import { test as base, expect } from '@playwright/test';
import { recordPageProblems, type PageProblems } from './page-problems';

/**
 * `test` with a page that fails the test afterwards if anything went wrong in it: console
 * errors, uncaught exceptions or CSP violations. Journeys that provoke errors on purpose can
 * read and clear `pageProblems.list`.
 */
export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems = await recordPageProblems(page);
      await use(problems);
      expect(problems.list, 'console errors, page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
