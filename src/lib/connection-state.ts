import type { Health } from '@contract';

export type ConnectionTone = 'connected' | 'offline' | 'checking';

interface ConnectionInput {
  /** The app's view (React Query's onlineManager): the browser is online and the server answers. */
  online: boolean;
  /** The last successful /health answer, if any. */
  health: Health | undefined;
  /** The latest /health probe failed. */
  failed: boolean;
}

interface ConnectionState {
  tone: ConnectionTone;
  label: string;
}

/**
 * What the header's status indicator says. Users care whether it works, not what answers: the
 * sandbox is named in the account menu, not here.
 */
export function connectionState({ online, health, failed }: ConnectionInput): ConnectionState {
  if (!online || failed) return { tone: 'offline', label: 'Offline' };
  if (!health) return { tone: 'checking', label: 'Checking connection…' };
  if (!health.ok) return { tone: 'offline', label: 'Offline' };
  return { tone: 'connected', label: 'Connected' };
}

/** The wait before the next probe while the server cannot be reached: 1 s, 2 s, then every 5 s. */
export function probeDelay(failedProbes: number): number {
  if (failedProbes <= 0) return 1_000;
  return failedProbes === 1 ? 2_000 : 5_000;
}

interface ReachabilityOptions {
  /** Asks the server whether it answers at all (GET /health); resolves true when it did. */
  probe: () => Promise<boolean>;
  /** Told each time the server becomes unreachable or reachable again. */
  onChange: (reachable: boolean) => void;
}

export interface Reachability {
  isReachable(): boolean;
  /** A request could not connect: unreachable from now on, and probing starts. */
  failed(): void;
  /** Any answer arrived (a probe or an ordinary request): reachable. */
  answered(): void;
  /** A hint that it may be back (the browser went online, the window got focus): probe now. */
  nudge(): void;
  stop(): void;
}

/**
 * Whether the server answers, learned from the requests themselves rather than from a slow poll:
 * the first request that cannot connect makes it unreachable, and from then on a probe runs with
 * backoff (probeDelay) until one answers.
 */
export function createReachability({ probe, onChange }: ReachabilityOptions): Reachability {
  let reachable = true;
  let failedProbes = 0;
  let probing = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const answered = () => {
    if (stopped) return;
    cancel();
    failedProbes = 0;
    if (reachable) return;
    reachable = true;
    onChange(true);
  };
  const check = async () => {
    timer = undefined;
    if (probing || reachable || stopped) return;
    probing = true;
    const ok = await probe().catch(() => false);
    probing = false;
    // Another answer may have settled it meanwhile.
    if (reachable || stopped) return;
    if (ok) return answered();
    failedProbes += 1;
    timer = setTimeout(() => void check(), probeDelay(failedProbes));
  };

  return {
    isReachable: () => reachable,
    failed() {
      if (stopped || !reachable) return;
      reachable = false;
      failedProbes = 0;
      onChange(false);
      timer = setTimeout(() => void check(), probeDelay(0));
    },
    answered,
    nudge() {
      if (reachable || probing || stopped) return;
      cancel();
      void check();
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}
