import { MutationObserver, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { apiPaths, Brand } from '@contract';
import { apiFetch, isApiError } from './client';
import { findBrandScope, removeBrandFromLists } from './brands-cache';
import { recreateBrand } from './brands-recreate';
import { retryDelay, retryWrite } from './write-policy';

/** How long Undo is offered before the DELETE is sent (B10 asks for at least 5 s). */
export const UNDO_WINDOW_MS = 10_000;

interface PendingDelete {
  state: 'pending' | 'committing';
  timer: ReturnType<typeof setTimeout> | undefined;
  commit: Promise<void> | undefined;
}

export interface ScheduleDeleteOptions {
  /** The scope the user is in; used to recreate the brand if Undo comes after the commit. */
  org?: string;
  delayMs?: number;
  onCommitted?: () => void;
  onFailed?: (error: unknown) => void;
}

/**
 * Delete is a delayed commit (G5): the brand disappears at once, the DELETE goes out when the
 * undo window ends, and Undo inside the window only cancels a timer, so the server state after
 * Undo equals the state before (B10). If the tab is closed inside the window the DELETE is sent
 * with `keepalive` on pagehide (B7). Undo after the DELETE went out recreates the brand and
 * relinks exactly its assets (see brands-recreate.ts).
 */
const pending = new Map<string, PendingDelete>();
/** The scope each deleted brand lived in, kept for an Undo that has to recreate it. */
const scopes = new Map<string, string | undefined>();
/** Brands whose DELETE this tab saw succeed: an Undo recreates them without asking the server first. */
const committed = new Set<string>();
const listeners = new Set<() => void>();
let hiddenIds: ReadonlySet<string> = new Set();

function changed(): void {
  hiddenIds = new Set(pending.keys());
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ids of brands deleted in this tab whose DELETE has not finished: lists hide them. */
export function usePendingBrandDeletes(): ReadonlySet<string> {
  return useSyncExternalStore(
    subscribe,
    () => hiddenIds,
    () => hiddenIds,
  );
}

/** DELETE answering 404 means someone (or an earlier attempt) already deleted it: done (G5). */
async function deleteRequest(id: string): Promise<void> {
  try {
    await apiFetch(apiPaths.brands.detail(id), { method: 'DELETE' });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}

function commit(qc: QueryClient, id: string, options: ScheduleDeleteOptions): Promise<void> {
  const entry = pending.get(id);
  if (!entry) return Promise.resolve();
  entry.state = 'committing';
  const observer = new MutationObserver(qc, {
    mutationFn: deleteRequest,
    scope: { id: `brand:${id}` },
    retry: retryWrite,
    retryDelay,
  });
  entry.commit = observer.mutate(id).then(
    () => {
      pending.delete(id);
      committed.add(id);
      removeBrandFromLists(qc, id);
      qc.removeQueries({ queryKey: ['brands', 'detail', id] });
      changed();
      // The API unlinked the brand's assets.
      void qc.invalidateQueries({ queryKey: ['brands'] });
      void qc.invalidateQueries({ queryKey: ['assets'] });
      options.onCommitted?.();
    },
    (error: unknown) => {
      pending.delete(id);
      changed();
      void qc.invalidateQueries({ queryKey: ['brands'] });
      options.onFailed?.(error);
    },
  );
  return entry.commit;
}

/** pagehide: the tab is going away inside an undo window, so the intent is sent now (B7). */
function flushOnPageHide(): void {
  for (const [id, entry] of pending) {
    if (entry.state !== 'pending') continue;
    clearTimeout(entry.timer);
    entry.state = 'committing';
    void fetch(apiPaths.brands.detail(id), {
      method: 'DELETE',
      keepalive: true,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }).catch(() => undefined);
  }
}
let listening = false;

function schedule(qc: QueryClient, brand: Brand, options: ScheduleDeleteOptions): void {
  if (pending.has(brand.id)) return;
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('pagehide', flushOnPageHide);
    listening = true;
  }
  const entry: PendingDelete = { state: 'pending', timer: undefined, commit: undefined };
  pending.set(brand.id, entry);
  entry.timer = setTimeout(() => void commit(qc, brand.id, options), options.delayMs ?? UNDO_WINDOW_MS);
  changed();
}

/** Whether the brand still exists on the server (a failed or never-sent DELETE). */
async function stillExists(id: string): Promise<Brand | null> {
  try {
    return await apiFetch(apiPaths.brands.detail(id), { schema: Brand });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Undo: inside the window, cancel the timer (nothing was sent) and return the brand as it was.
 * After the DELETE went out, wait for it; if the brand is really gone, recreate it and relink its
 * assets, otherwise (the DELETE failed) there is nothing to undo and no duplicate is made.
 */
async function undo(qc: QueryClient, brand: Brand): Promise<Brand> {
  const entry = pending.get(brand.id);
  if (entry?.state === 'pending') {
    clearTimeout(entry.timer);
    pending.delete(brand.id);
    changed();
    await qc.invalidateQueries({ queryKey: ['brands'] });
    return brand;
  }
  if (entry?.commit) await entry.commit.catch(() => undefined);
  if (committed.delete(brand.id)) return recreateBrand(qc, brand, scopes.get(brand.id));
  // Unknown outcome (a DELETE flushed on pagehide, or one that failed): ask the server.
  const current = await stillExists(brand.id);
  if (current) {
    await qc.invalidateQueries({ queryKey: ['brands'] });
    return current;
  }
  return recreateBrand(qc, brand, scopes.get(brand.id));
}

export function useDeleteBrand() {
  const qc = useQueryClient();
  return useMemo(
    () => ({
      scheduleDelete: (brand: Brand, options: ScheduleDeleteOptions = {}) => {
        // The list the brand was seen in knows its scope better than the URL of the page.
        const seen = findBrandScope(qc, brand.id);
        scopes.set(brand.id, seen === null ? options.org : seen);
        schedule(qc, brand, options);
      },
      undoDelete: (brand: Brand) => undo(qc, brand),
    }),
    [qc],
  );
}
