import type { DragEndEvent } from '@dnd-kit/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dropFirst, useDropFirst } from './drop-first';

const event = { active: { id: 'a' }, over: { id: 't' } } as unknown as DragEndEvent;

describe('dropFirst', () => {
  it('drops at once and lets the drag end (never cancels) only in a later task', async () => {
    vi.useFakeTimers();
    try {
      const drop = vi.fn();
      const settled = vi.fn();
      void dropFirst(drop)(event).then(settled);
      expect(drop).toHaveBeenCalledWith(event);
      await Promise.resolve();
      expect(settled).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      expect(settled).toHaveBeenCalledWith(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useDropFirst', () => {
  it('keeps its handlers, drops with the latest render, and is dropped until the end', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(({ drop }) => useDropFirst(drop), { initialProps: { drop: first } });
    const { cancelDrop, endDrop } = result.current;
    rerender({ drop: second });
    expect(result.current.cancelDrop).toBe(cancelDrop);
    expect(result.current.endDrop).toBe(endDrop);
    let ended: Promise<boolean> | undefined;
    act(() => {
      ended = result.current.cancelDrop(event);
    });
    expect(second).toHaveBeenCalledWith(event);
    expect(first).not.toHaveBeenCalled();
    expect(result.current.dropped).toBe(true);
    await expect(ended).resolves.toBe(false);
    act(() => result.current.endDrop());
    expect(result.current.dropped).toBe(false);
  });
});
