/**
 * The convention the pages share with the shortcuts: a page's filter field carries
 * `data-page-filter`, its create control `data-page-create`. `/` and `n` act on whatever the page
 * marked, so no page registers anything and the shell knows no page.
 */
const FILTER = '[data-page-filter]';
const CREATE = '[data-page-create]';

const find = (selector: string) => document.querySelector<HTMLElement>(selector);

/** Focuses the page's filter; false when the page has none. */
export function focusPageFilter(): boolean {
  const field = find(FILTER);
  field?.focus();
  return Boolean(field);
}

/** Presses the page's create control (a link or a button); false when the page has none. */
export function pressPageCreate(): boolean {
  const control = find(CREATE);
  control?.click();
  return Boolean(control);
}

/** What the page's create control says ("Create brand"), for the shortcut list; null without one. */
export function pageCreateLabel(): string | null {
  const control = find(CREATE);
  return control ? (control.getAttribute('aria-label') ?? control.textContent?.trim() ?? null) : null;
}

export const hasPageFilter = (): boolean => Boolean(find(FILTER));
