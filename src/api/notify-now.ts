import { defaultScheduler, notifyManager } from '@tanstack/react-query';

/**
 * Runs `change` with React Query's cache notifications delivered at once instead of in a later
 * task (its default is setTimeout 0). Chromium handles input just before a frame's
 * requestAnimationFrame and paint, so a drop's optimistic write made this way renders in the
 * frame right after the pointerup; otherwise one frame still shows the card where it was.
 */
export function notifyNow<T>(change: () => T): T {
  notifyManager.setScheduler((callback) => callback());
  try {
    return change();
  } finally {
    notifyManager.setScheduler(defaultScheduler);
  }
}
