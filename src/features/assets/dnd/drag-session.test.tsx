import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTargetSession, TargetSessionContext, useTargetSession, type DragSession } from './drag-session';

const session: DragSession = { activeId: 'a1', ids: ['a1'], assets: [undefined], label: 'Eco badge' };

describe('createTargetSession', () => {
  it('tells its listeners of each new value, once, until they leave', () => {
    const store = createTargetSession();
    const listener = vi.fn();
    const leave = store.subscribe(listener);
    store.set(session);
    store.set(session);
    expect(store.get()).toBe(session);
    expect(listener).toHaveBeenCalledTimes(1);
    leave();
    store.set(null);
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('useTargetSession', () => {
  afterEach(cleanup);

  it('renders its reader when the store changes (a drop clears it)', () => {
    const store = createTargetSession();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TargetSessionContext value={store}>{children}</TargetSessionContext>
    );
    const { result } = renderHook(() => useTargetSession(), { wrapper });
    expect(result.current).toBeNull();
    act(() => store.set(session));
    expect(result.current).toBe(session);
    act(() => store.set(null));
    expect(result.current).toBeNull();
  });

  it('is null outside a library (no drag area around it)', () => {
    const { result } = renderHook(() => useTargetSession());
    expect(result.current).toBeNull();
  });
});
