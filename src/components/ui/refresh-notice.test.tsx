import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RefreshNotice } from './refresh-notice';

afterEach(cleanup);

const query = (over: Partial<Parameters<typeof RefreshNotice>[0]['query']> = {}) => ({
  data: { name: 'loaded' },
  isRefetchError: false,
  failureCount: 0,
  isFetching: false,
  isPaused: false,
  refetch: vi.fn(),
  ...over,
});

describe('RefreshNotice', () => {
  it('says nothing while the data is fresh or refreshing fine', () => {
    render(<RefreshNotice query={query({ isFetching: true })} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so while a refresh fails and retries or waits offline, without Retry', () => {
    const { rerender } = render(<RefreshNotice query={query({ failureCount: 1, isFetching: true })} />);
    expect(screen.getByRole('status').textContent).toContain('Could not refresh');
    rerender(<RefreshNotice query={query({ failureCount: 1, isPaused: true })} />);
    expect(screen.getByRole('status').textContent).toContain('Showing what was loaded earlier');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers Retry once the refresh gave up', () => {
    const q = query({ isRefetchError: true, failureCount: 4 });
    render(<RefreshNotice query={q} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(q.refetch).toHaveBeenCalledOnce();
  });

  it('leaves a failed first load to the error card and a failed next page to the list footer', () => {
    const { rerender } = render(<RefreshNotice query={query({ data: undefined, failureCount: 1, isFetching: true })} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<RefreshNotice query={query({ failureCount: 1, isFetching: true, isFetchingNextPage: true })} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
