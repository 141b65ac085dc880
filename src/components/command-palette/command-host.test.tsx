import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandHost } from './command-host';

afterEach(cleanup);

/** A page that marks its filter and create control as the pages do. */
function setup(path = '/brands?org=org_1') {
  const onCreate = vi.fn();
  const page = (
    <>
      <label>
        Filter
        <input data-page-filter />
      </label>
      <label>
        Notes
        <textarea />
      </label>
      <button type="button" data-page-create onClick={onCreate}>
        Create
      </button>
      <CommandHost />
    </>
  );
  const router = createMemoryRouter(
    [
      { path: '/brands', element: page },
      { path: '/assets', element: page },
      { path: '/themes', element: page },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, onCreate };
}

const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, ...init });

describe('CommandHost shortcuts', () => {
  it('g a and g t go to assets and themes, keeping the scope', () => {
    const { router } = setup();
    press(document.body, 'g');
    press(document.body, 'a');
    expect(router.state.location).toMatchObject({ pathname: '/assets', search: '?org=org_1' });
    press(document.body, 'g');
    press(document.body, 't');
    expect(router.state.location.pathname).toBe('/themes');
    press(document.body, 'g');
    press(document.body, 'b');
    expect(router.state.location.pathname).toBe('/brands');
  });

  it('typing g b into a field, or with a modifier, does not navigate', () => {
    const { router } = setup('/assets');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    press(notes, 'g');
    press(notes, 'b');
    press(document.body, 'g', { ctrlKey: true });
    press(document.body, 'b', { ctrlKey: true });
    press(document.body, 'g');
    press(document.body, 'b', { altKey: true });
    expect(router.state.location.pathname).toBe('/assets');
  });

  it('/ focuses the page filter and keeps the slash out of it', () => {
    setup();
    const notPrevented = press(document.body, '/');
    expect(notPrevented).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Filter' }));
  });

  it('n presses the page create control, but not from a field', () => {
    const { onCreate } = setup();
    press(screen.getByRole('textbox', { name: 'Filter' }), 'n');
    expect(onCreate).not.toHaveBeenCalled();
    press(document.body, 'n');
    expect(onCreate).toHaveBeenCalledTimes(1);
  });
});
