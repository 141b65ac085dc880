import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { toast } from 'sonner';
import { afterEach, describe, expect, it } from 'vitest';
import { resetSession } from '@/api/session-reset';
import { Toaster } from './toaster';

afterEach(() => {
  cleanup();
  toast.dismiss();
});

describe('Toaster', () => {
  it('drops the previous session’s toasts at once on a reset and shows the next session’s first toast', async () => {
    render(<Toaster />);
    act(() => {
      toast('Connected as Ada');
    });
    expect(await screen.findByText('Connected as Ada')).toBeTruthy();

    act(() => {
      // As a sign-in does: the reset, then in the same task the new user's toast.
      resetSession(new QueryClient(), 'switched');
      toast('Connected as Bo');
    });
    // Gone in the same commit as the reset, not after an exit animation.
    expect(screen.queryByText('Connected as Ada')).toBeNull();
    expect(await screen.findByText('Connected as Bo')).toBeTruthy();
    expect(screen.queryByText('Connected as Ada')).toBeNull();
  });

  it('keeps toasts while the session stays the same', async () => {
    render(<Toaster />);
    act(() => {
      toast('Saved Keys');
    });
    expect(await screen.findByText('Saved Keys')).toBeTruthy();
    act(() => {
      toast('Saved Notes');
    });
    expect(await screen.findByText('Saved Notes')).toBeTruthy();
    expect(screen.getByText('Saved Keys')).toBeTruthy();
  });
});
