import { onlineManager } from '@tanstack/react-query';
import { apiPaths } from '@contract';
import { createReachability, type Reachability } from '@/lib/connection-state';

/**
 * Drives React Query's onlineManager from whether the server answers, not only from the
 * browser's network state: offline, queries pause instead of failing one by one (the data on
 * screen stays), writes wait instead of giving up, and when a probe answers again every paused
 * query and write resumes and the rest refetch (refetchOnReconnect in query-client.ts).
 * apiFetch reports here (client.ts); the app shell starts the watch (offline-banner.tsx).
 */

/** A probe that takes longer than this counts as no answer. */
const PROBE_TIMEOUT_MS = 5_000;

let active: Reachability | null = null;

/** A request got an answer (any status): the server is there. */
export function reportAnswered(): void {
  active?.answered();
}

/** A request could not connect, or a health probe failed. */
export function reportUnreachable(): void {
  active?.failed();
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine;

async function probe(): Promise<boolean> {
  // Its own timer rather than AbortSignal.timeout(), so test clocks drive it (as in apiFetch).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    // Plain fetch: apiFetch reports to this module, so probing through it would loop back.
    await fetch(apiPaths.health, { credentials: 'same-origin', cache: 'no-store', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts watching; returns the function that stops it (and hands back to the browser's view). */
export function watchReachability(): () => void {
  const monitor = createReachability({
    probe,
    onChange: (reachable) => onlineManager.setOnline(reachable && browserOnline()),
  });
  active = monitor;
  const nudge = () => {
    if (document.visibilityState === 'visible') monitor.nudge();
  };
  // Replaces React Query's own listener, which would set "online" on the browser's `online`
  // event even while the server still does not answer.
  onlineManager.setEventListener((setOnline) => {
    const update = () => {
      if (browserOnline()) active?.nudge();
      setOnline(browserOnline() && (active?.isReachable() ?? true));
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  });
  window.addEventListener('focus', nudge);
  document.addEventListener('visibilitychange', nudge);
  return () => {
    monitor.stop();
    if (active === monitor) active = null;
    window.removeEventListener('focus', nudge);
    document.removeEventListener('visibilitychange', nudge);
    onlineManager.setOnline(browserOnline());
  };
}
