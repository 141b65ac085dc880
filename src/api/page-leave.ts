/** What leaving the page needs from work that is still waiting to reach the server. */
export interface LeaveAware {
  /** Sends now, with keepalive, whatever is still inside its undo window. */
  flush(): void;
  /** Something waits or is being sent: closing the tab now deserves a question. */
  hasPending(): boolean;
}

const watched = new Set<LeaveAware>();
let listening = false;

/**
 * Leaving the page, the same for every resource: the browser asks first while a delete is
 * waiting or being sent, and whatever is still inside its window is sent on pagehide with
 * keepalive, so the user's intent outlives the tab.
 */
export function watchPageLeave(work: LeaveAware): void {
  watched.add(work);
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', () => watched.forEach((w) => w.flush()));
  window.addEventListener('beforeunload', (event) => {
    if ([...watched].some((w) => w.hasPending())) event.preventDefault();
  });
}
