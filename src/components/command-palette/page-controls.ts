/**
 * The convention the pages share with the shortcuts: a page's filter field carries
 * `data-page-filter`, its create control `data-page-create`. `/` and `n` act on whatever the page
 * marked, so no page registers anything and the shell knows no page.
 */
export const PAGE_FILTER = '[data-page-filter]';
export const PAGE_CREATE = '[data-page-create]';

export const find = (selector: string) => document.querySelector<HTMLElement>(selector);

/** Focuses the page's filter; false when the page has none. */
export function focusPageFilter(): boolean {
  const field = find(PAGE_FILTER);
  field?.focus();
  return Boolean(field);
}

/** Presses the page's create control (a link or a button); false when the page has none. */
export function pressPageCreate(): boolean {
  const control = find(PAGE_CREATE);
  control?.click();
  return Boolean(control);
}
