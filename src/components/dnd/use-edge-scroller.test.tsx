import { render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { setDragCursor } from './drag-cursor';
import type { EdgeScroller } from './edge-scroll';
import { useEdgeScroller } from './use-edge-scroller';

afterEach(() => {
  vi.restoreAllMocks();
  setDragCursor(null);
});

function Area({ onScroller }: { onScroller: (scroller: EdgeScroller) => void }) {
  onScroller(useEdgeScroller());
  return null;
}

it('keeps one scroller for the life of the area', () => {
  const seen: EdgeScroller[] = [];
  const { rerender } = render(<Area onScroller={(s) => seen.push(s)} />);
  rerender(<Area onScroller={(s) => seen.push(s)} />);
  expect(seen).toHaveLength(2);
  expect(seen[1]).toBe(seen[0]);
});

it('stops scrolling the window and drops the page cursor when the area unmounts mid-drag', () => {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const cancel = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
  const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
  let scroller: EdgeScroller | undefined;
  const { unmount } = render(<Area onScroller={(s) => (scroller = s)} />);

  setDragCursor('grabbing');
  // The pointer at the very bottom of the window: one scroll a frame.
  scroller!.move({ x: 10, y: window.innerHeight });
  frames.shift()!(0);
  expect(scrollBy).toHaveBeenCalledTimes(1);
  expect(frames).toHaveLength(1);

  unmount();
  expect(cancel).toHaveBeenCalledTimes(1);
  expect(document.documentElement.dataset.dragCursor).toBeUndefined();
  // A frame already handed to the browser finds the scroller stopped.
  frames.shift()!(0);
  expect(scrollBy).toHaveBeenCalledTimes(1);
});
