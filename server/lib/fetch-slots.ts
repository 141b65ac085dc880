import { ApiError } from './errors.ts';

/**
 * How many `source_url` fetches may run at once. Each one may hold up to 25 MB in memory until its
 * bytes are stored, so a single key must not be able to fill the process, and all keys together
 * must stay bounded too.
 */
export interface FetchSlotLimits {
  perKey: number;
  global: number;
}
export const DEFAULT_FETCH_SLOTS: FetchSlotLimits = { perKey: 4, global: 16 };

/** A slot is short-lived (one fetch, at most 10 s), so a retry after a second is a fair hint. */
const RETRY_AFTER_SECONDS = 1;

export interface FetchSlots {
  /** Takes a slot for `key` or throws a 429; the returned function gives it back (calling it twice is harmless). */
  acquire(key: string): () => void;
}

export function createFetchSlots(limits: FetchSlotLimits = DEFAULT_FETCH_SLOTS): FetchSlots {
  const byKey = new Map<string, number>();
  let total = 0;
  return {
    acquire(key) {
      const mine = byKey.get(key) ?? 0;
      if (mine >= limits.perKey || total >= limits.global) {
        throw new ApiError(429, 'Too many asset fetches are in progress; retry shortly.', undefined, {
          'Retry-After': String(RETRY_AFTER_SECONDS),
        });
      }
      byKey.set(key, mine + 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (byKey.get(key) ?? 1) - 1;
        // Idle keys are forgotten, so the map only ever holds keys with a fetch in flight.
        if (left > 0) byKey.set(key, left);
        else byKey.delete(key);
      };
    },
  };
}
