import {
  MutationObserver,
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { apiPaths, Asset, type AssetCreate, type AssetUpdate } from '@contract';
import { apiFetch, isApiError } from './client';
import { insertCachedAsset, invalidateAssetLists, writeCachedAsset } from './assets-cache';
import { assetQueries } from './assets-queries';
import { applyOptimistic, type OptimisticHandle } from './optimistic';
import { CREATE_RETRY, isAmbiguousFailure, mutationScope, sendDelete, WRITE_RETRY } from './write-policy';

/** Asset creation waits for the server's own fetch of the source (up to 10 s) and more. */
const CREATE_ASSET_TIMEOUT_MS = 30_000;

export function readAsset(id: string, signal?: AbortSignal): Promise<Asset> {
  return apiFetch(apiPaths.assets.detail(id), { schema: Asset, signal });
}

function patchAsset(id: string, body: AssetUpdate, signal?: AbortSignal): Promise<Asset> {
  return apiFetch(apiPaths.assets.detail(id), { method: 'PATCH', body, schema: Asset, signal });
}

/** A 404 counts as done (see write-policy.ts). */
export function deleteAsset(id: string, signal?: AbortSignal): Promise<void> {
  return sendDelete(apiPaths.assets.detail(id), signal);
}

/** The optimistic form of a PATCH: what the asset will look like if the server agrees. */
function applyAssetUpdate(asset: Asset, patch: AssetUpdate): Asset {
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
 * Where an asset is changed in place: its detail and every list page. Brands embed their
 * assets too, but they are refetched when a link changes (invalidateAssetLists) rather than
 * edited here.
 */
const ASSET_HOLDERS = [assetQueries.all()];

/** Shows a PATCH at once wherever the asset is cached; the handle puts it back if the save fails. */
function showAssetUpdate(client: QueryClient, id: string, patch: AssetUpdate): OptimisticHandle<Asset> {
  return applyOptimistic<Asset>(client, {
    scan: ASSET_HOLDERS,
    kind: 'asset',
    match: (asset) => asset.id === id,
    update: (asset) => applyAssetUpdate(asset, patch),
  });
}

/**
 * One PATCH without retries, shown at once and rolled back if it fails: for bulk work, whose
 * queue does its own waiting on 429 and offers "Retry failed" for the rest.
 */
export async function saveAsset(
  client: QueryClient,
  id: string,
  patch: AssetUpdate,
  signal?: AbortSignal,
): Promise<Asset> {
  const change = showAssetUpdate(client, id, patch);
  try {
    const saved = await patchAsset(id, patch, signal);
    writeCachedAsset(client, saved);
    return saved;
  } catch (error) {
    change.rollback();
    throw error;
  }
}

/**
 * Edits one asset. Every mutation on the same asset shares a scope, so two quick saves reach
 * the server in order; the optimistic write is undone for this asset only on failure, so a
 * rollback never reverts another asset's change.
 */
function updateAssetOptions(client: QueryClient, id: string) {
  return mutationOptions({
    mutationKey: [...assetQueries.all(), 'update', id],
    scope: mutationScope.asset(id),
    mutationFn: (patch: AssetUpdate) => patchAsset(id, patch),
    ...WRITE_RETRY,
    onMutate: async (patch: AssetUpdate) => {
      await client.cancelQueries({ queryKey: assetQueries.detail(id).queryKey });
      return { change: showAssetUpdate(client, id, patch) };
    },
    onError: (_error, _patch, context) => context?.change.rollback(),
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

interface CreateAssetInput {
  org?: string;
  body: Omit<AssetCreate, 'org_id'>;
}

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
    ...CREATE_RETRY,
    onSuccess: (asset, { org }) => insertCachedAsset(client, asset, org),
    onError: (error) => {
      // The server may have created it anyway (or the failure is not even an answer): look rather
      // than send it twice.
      if (!isApiError(error) || isAmbiguousFailure(error)) void invalidateAssetLists(client);
    },
    onSettled: (asset, _error, { body }) =>
      asset ? invalidateAssetLists(client, { brands: Boolean(body.brand_id) }) : undefined,
  });
}
