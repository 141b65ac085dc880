import { MutationObserver, mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiPaths, Asset, type AssetCreate, type AssetUpdate } from '@contract';
import { apiFetch, isApiError } from './client';
import { isRetryable, retryDelay } from './retry-policy';
import { findCachedAsset, insertCachedAsset, invalidateAssetLists, writeCachedAsset } from './assets-cache';
import { assetQueries } from './assets-queries';

/** G6: asset creation waits for the server's own fetch of the source (up to 10 s) and more. */
export const CREATE_ASSET_TIMEOUT_MS = 30_000;

/** G5: PATCH and DELETE are safe to repeat, so they retry twice on 5xx, network errors and 429. */
export const isMutationRetryable = (failureCount: number, error: unknown) => failureCount < 2 && isRetryable(error);
export const mutationRetryDelay = (attempt: number, error: unknown) => retryDelay(attempt, error);

export function readAsset(id: string, signal?: AbortSignal): Promise<Asset> {
  return apiFetch(apiPaths.assets.detail(id), { schema: Asset, signal });
}

export function patchAsset(id: string, body: AssetUpdate, signal?: AbortSignal): Promise<Asset> {
  return apiFetch(apiPaths.assets.detail(id), { method: 'PATCH', body, schema: Asset, signal });
}

/** A 404 on DELETE means an earlier attempt (or someone else) already deleted it: done (G5). */
export async function deleteAsset(id: string, signal?: AbortSignal): Promise<void> {
  try {
    await apiFetch(apiPaths.assets.detail(id), { method: 'DELETE', signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}

/** The optimistic form of a PATCH: what the asset will look like if the server agrees. */
export function applyAssetUpdate(asset: Asset, patch: AssetUpdate): Asset {
  const next: Asset = { ...asset };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.type !== undefined) next.type = patch.type;
  if (patch.usage_mode !== undefined) next.usage_mode = patch.usage_mode;
  if (patch.brand_id !== undefined) next.brand_id = patch.brand_id;
  if (patch.category !== undefined) next.category = patch.category;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags)];
  return next;
}

/**
 * Edits one asset. Every mutation on the same asset shares a scope, so two quick saves reach
 * the server in order; the optimistic write is undone for this asset only on failure, so a
 * rollback never reverts another asset's change.
 */
export function updateAssetOptions(client: QueryClient, id: string) {
  return mutationOptions({
    mutationKey: [...assetQueries.all(), 'update', id],
    scope: { id: `asset:${id}` },
    mutationFn: (patch: AssetUpdate) => patchAsset(id, patch),
    retry: isMutationRetryable,
    retryDelay: mutationRetryDelay,
    onMutate: async (patch: AssetUpdate) => {
      await client.cancelQueries({ queryKey: assetQueries.detail(id).queryKey });
      const previous = findCachedAsset(client, id);
      if (previous) writeCachedAsset(client, applyAssetUpdate(previous, patch));
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) writeCachedAsset(client, context.previous);
    },
    onSuccess: (asset) => writeCachedAsset(client, asset),
    onSettled: (_data, _error, patch) => invalidateAssetLists(client, { brands: patch.brand_id !== undefined }),
  });
}

export function useUpdateAsset(id: string) {
  const client = useQueryClient();
  return useMutation(updateAssetOptions(client, id));
}

/**
 * The same update from outside React (a toast's action outlives the panel that showed it), with
 * the same cache effects.
 */
export function updateAssetNow(client: QueryClient, id: string, patch: AssetUpdate): Promise<Asset> {
  return new MutationObserver(client, updateAssetOptions(client, id)).mutate(patch);
}

export interface CreateAssetInput {
  org?: string;
  body: Omit<AssetCreate, 'org_id'>;
}

/** A 429 means "not processed", the only failure a create may resend on (G5). */
const createRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && isApiError(error) && error.status === 429;

const isAmbiguous = (error: unknown) => !isApiError(error) || error.status === 0 || error.status >= 500;

export function useCreateAsset() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...assetQueries.all(), 'create'],
    mutationFn: ({ org, body }: CreateAssetInput) =>
      apiFetch(apiPaths.assets.list, {
        method: 'POST',
        body: { ...body, org_id: org },
        schema: Asset,
        timeoutMs: CREATE_ASSET_TIMEOUT_MS,
      }),
    retry: createRetry,
    retryDelay: mutationRetryDelay,
    onSuccess: (asset, { org }) => insertCachedAsset(client, asset, org),
    onError: (error) => {
      // The server may have created it anyway: look rather than send it twice.
      if (isAmbiguous(error)) void invalidateAssetLists(client);
    },
    onSettled: (asset, _error, { body }) =>
      asset ? invalidateAssetLists(client, { brands: Boolean(body.brand_id) }) : undefined,
  });
}
