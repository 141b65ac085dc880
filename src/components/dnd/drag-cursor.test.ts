import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseDragCursor, setDragCursor } from './drag-cursor';

const cursor = () => document.documentElement.dataset.dragCursor;

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => {
  setDragCursor(null);
  vi.useRealTimers();
});

describe('drag cursor', () => {
  it('is released only after the next frame, not in the drop’s own task', () => {
    setDragCursor('grabbing');
    releaseDragCursor();
    expect(cursor()).toBe('grabbing');
    vi.advanceTimersToNextFrame();
    expect(cursor()).toBe('grabbing');
    vi.runOnlyPendingTimers();
    expect(cursor()).toBeUndefined();
  });

  it('keeps the cursor of a drag that starts before the release lands', () => {
    setDragCursor('grabbing');
    releaseDragCursor();
    setDragCursor('no');
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(cursor()).toBe('no');
  });
});
