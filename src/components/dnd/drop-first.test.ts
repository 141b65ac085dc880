import type { DragEndEvent } from '@dnd-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { dropFirst } from './drop-first';

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
