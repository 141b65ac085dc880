import { useEffect, useState } from 'react';
import { setDragCursor } from './drag-cursor';
import { EdgeScroller } from './edge-scroll';

/**
 * A drag area's EdgeScroller, made once. A drag area can unmount mid-drag (a link followed, the
 * route changed by a shortcut): the window then stops scrolling and the page cursor goes, since
 * dnd-kit calls no handler of an area that is gone.
 */
export function useEdgeScroller(): EdgeScroller {
  const [scroller] = useState(() => new EdgeScroller());
  useEffect(
    () => () => {
      scroller.stop();
      setDragCursor(null);
    },
    [scroller],
  );
  return scroller;
}
