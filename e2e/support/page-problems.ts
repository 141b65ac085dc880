import type { ConsoleMessage, Page } from '@playwright/test';

export interface PageProblems {
  /** console.error messages, uncaught page errors and CSP violations, in arrival order. */
  readonly list: string[];
}

interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

/**
 * Starts recording everything that means "the page is not healthy". CSP violations are caught
 * twice on purpose (the bar is zero): the `securitypolicyviolation` event and Chromium's "Refused to …"
 * console line, because a report can be missed by one and not the other.
 */
export async function recordPageProblems(page: Page): Promise<PageProblems> {
  const list: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || /Refused to/i.test(message.text())) {
      list.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (violation: CspViolation) => {
    list.push(`csp: ${violation.directive} blocked ${violation.blockedURI || 'inline'} ${violation.sample}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // Looked up per event: the binding is installed by another init script.
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      report({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
    });
  });
  return { list };
}
