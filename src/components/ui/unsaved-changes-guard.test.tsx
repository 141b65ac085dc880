import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

afterEach(cleanup);

function Editor() {
  const [text, setText] = useState('');
  const [, setParams] = useSearchParams();
  return (
    <div>
      <label>
        Draft
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
      {/* Stands for a save that settles (or a retry that gives up) while the question is open. */}
      <button type="button" onClick={() => setText('')}>
        Settle
      </button>
      <button type="button" onClick={() => setParams({ panel: 'open' })}>
        Open panel
      </button>
      <UnsavedChangesGuard when={text !== ''} what="your draft" />
    </div>
  );
}

function setup() {
  const router = createMemoryRouter(
    [
      { path: '/edit', element: <Editor /> },
      { path: '/elsewhere', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: ['/edit'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('UnsavedChangesGuard', () => {
  it('lets a clean page go without asking', () => {
    const router = setup();
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('asks before leaving with unsaved work; Stay keeps it, Leave goes', async () => {
    const router = setup();
    fireEvent.change(screen.getByLabelText('Draft'), { target: { value: 'typed' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('your draft will be lost');
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/edit');
    expect((screen.getByLabelText('Draft') as HTMLInputElement).value).toBe('typed');

    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave and discard' }));
    expect(await screen.findByRole('heading', { name: 'Elsewhere' })).toBeTruthy();
  });

  it('keeps the question open until it is answered when the work settles meanwhile', async () => {
    const router = setup();
    fireEvent.change(screen.getByLabelText('Draft'), { target: { value: 'typed' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Settle' }));
    });
    // Neither gone nor navigated: the user's answer decides.
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/edit');
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(router.state.location.pathname).toBe('/edit');
  });

  it('does not block changes to the query string alone', () => {
    const router = setup();
    fireEvent.change(screen.getByLabelText('Draft'), { target: { value: 'typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open panel' }));
    expect(router.state.location.search).toBe('?panel=open');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks the browser to confirm closing the tab only while there is unsaved work', () => {
    setup();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    act(() => {
      fireEvent.change(screen.getByLabelText('Draft'), { target: { value: 'typed' } });
    });
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
