import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiPaths, Brand } from '@contract';
import { apiFetch, isApiError } from './client';
import { assetQueries } from './assets-queries';
import { findBrandScope, removeBrandFromLists } from './brands-cache';
import { brandQueries } from './brands-queries';
import { recreateBrand } from './brands-recreate';
import { DeferredDeletes, usePendingDeletes } from './deferred-delete';
import { mutationScope } from './write-policy';

/** How long Undo is offered before the DELETE is sent (at least 5 s; a brand takes longer to rebuild). */
export const UNDO_WINDOW_MS = 10_000;

interface ScheduleDeleteOptions {
  /** The scope the user is in; used to recreate the brand if Undo comes after the commit. */
  org?: string;
  delayMs?: number;
  onCommitted?: () => void;
  onFailed?: (error: unknown) => void;
}

/** The scope each deleted brand lived in, kept for an Undo that has to recreate it. */
const scopes = new Map<string, string | undefined>();
/** Brands whose DELETE this tab saw succeed: an Undo recreates them without asking the server first. */
const committed = new Set<string>();

/**
 * Brand deletes on the shared delayed-commit engine (deferred-delete.ts). Undo after the DELETE
 * went out recreates the brand and relinks exactly its assets (see brands-recreate.ts).
 */
const brandDeletes = new DeferredDeletes({
  path: apiPaths.brands.detail,
  scope: mutationScope.brand,
  undoMs: UNDO_WINDOW_MS,
  forget: (qc, deleted) => {
    for (const id of deleted) {
      committed.add(id);
      removeBrandFromLists(qc, id);
      qc.removeQueries({ queryKey: brandQueries.detail(id).queryKey });
    }
  },
  refresh: (qc, { deleted }) => {
    void qc.invalidateQueries({ queryKey: brandQueries.all() });
    // The API unlinked the brand's assets.
    if (deleted.length > 0) void qc.invalidateQueries({ queryKey: assetQueries.all() });
  },
});

/** Ids of brands deleted in this tab whose DELETE has not finished: lists hide them. */
export function usePendingBrandDeletes(): ReadonlySet<string> {
  return usePendingDeletes(brandDeletes);
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
  if (brandDeletes.cancel(brand.id)) {
    await qc.invalidateQueries({ queryKey: brandQueries.all() });
    return brand;
  }
  await brandDeletes.settled(brand.id);
  if (committed.delete(brand.id)) return recreateBrand(qc, brand, scopes.get(brand.id));
  // Unknown outcome (a DELETE flushed on pagehide, or one that failed): ask the server.
  const current = await stillExists(brand.id);
  if (current) {
    await qc.invalidateQueries({ queryKey: brandQueries.all() });
    return current;
  }
  return recreateBrand(qc, brand, scopes.get(brand.id));
}

export function useDeleteBrand() {
  const qc = useQueryClient();
  return useMemo(
    () => ({
      scheduleDelete: (brand: Brand, { org, delayMs, onCommitted, onFailed }: ScheduleDeleteOptions = {}) => {
        // The list the brand was seen in knows its scope better than the URL of the page.
        const seen = findBrandScope(qc, brand.id);
        scopes.set(brand.id, seen === null ? org : seen);
        brandDeletes.schedule(qc, [brand.id], {
          undoMs: delayMs,
          onDone: ({ failed }) => {
            const failure = failed[0];
            if (failure) onFailed?.(failure.error);
            else onCommitted?.();
          },
        });
      },
      undoDelete: (brand: Brand) => undo(qc, brand),
    }),
    [qc],
  );
}
