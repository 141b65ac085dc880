import { MutationObserver, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiPaths, Asset, type UsageMode } from '@contract';
import { apiFetch } from './client';
import { findCachedAsset, invalidateAssetLists } from './assets-cache';
import { findAssetScope, placeAsset, type AssetPlacement } from './assets-move-cache';
import { assetQueries } from './assets-queries';
import { mutationScope, WRITE_RETRY } from './write-policy';
import { nextTask } from '@/lib/next-task';
import { notifyNow } from './notify-now';

export type { AssetPlacement } from './assets-move-cache';

/**
 * The one move of assets between brands and lanes (link, unlink, change usage): drag and drop,
 * the card menus and Undo all come here. Each asset is one PATCH of `brand_id` and `usage_mode`.
 *
 * - Shown at once: every cache moves synchronously, before any await (placeAsset).
 * - In order: writes to one asset share its mutation scope, so the server sees them as made.
 * - The last move wins: while a later move of an asset is pending, an earlier one's answer or
 *   failure leaves the screen alone; a failure rolls back to the last state the server confirmed.
 * - No flicker: while moves are pending, a refetch that lands with an older state is corrected
 *   in the same dispatch, and lists are invalidated only when the last pending move has settled.
 */

/** Where to move: `brand_id` null unlinks; `usage_mode` left out keeps each asset's own. */
export interface MoveTarget {
  brand_id: string | null;
  usage_mode?: UsageMode;
}

export interface MoveOptions {
  /** The scope the assets belong to (the asset object names none); found from cached lists if left out. */
  org?: string;
}

export interface MovedAsset {
  asset: Asset;
  /** Where it was before this move: what Undo puts back. */
  previous: AssetPlacement;
}

export interface MoveOutcome {
  /** Saved, with the server's answer. */
  moved: MovedAsset[];
  /** Not saved (after the write policy's retries) and rolled back, with the reason. */
  failed: Array<MovedAsset & { error: unknown }>;
}

interface Track {
  /** The asset as the server last confirmed it: what a failure rolls back to. */
  confirmed: Asset;
  /** The placement shown for the newest pending move. */
  shown: AssetPlacement;
  org: string | undefined | null;
  latest: number;
  pending: number;
}

interface ClientMoves {
  tracks: Map<string, Track>;
  sequence: number;
}

const movesByClient = new WeakMap<QueryClient, ClientMoves>();

function movesOf(client: QueryClient): ClientMoves {
  let moves = movesByClient.get(client);
  if (!moves) {
    const created: ClientMoves = { tracks: new Map(), sequence: 0 };
    moves = created;
    movesByClient.set(client, created);
    // A fetch that answers while a move is pending may carry the state from before it: put the
    // pending placements back before anything renders (listeners run inside the dispatch).
    client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
      for (const [id, track] of created.tracks) {
        placeAsset(client, id, track.shown, { org: track.org, fallback: { ...track.confirmed, ...track.shown } });
      }
    });
  }
  return moves;
}

/**
 * Once no move is pending: refetch lists and brands once, then forget the settled tracks. Until
 * that refetch has landed they keep their confirmed placement on screen, so an answer sent
 * before a save (a refetch that started earlier) cannot show the old place in between.
 */
function settleTracks(client: QueryClient, moves: ClientMoves): void {
  if ([...moves.tracks.values()].some((track) => track.pending > 0)) return;
  const settled = [...moves.tracks.entries()];
  void invalidateAssetLists(client, { brands: true }).finally(() => {
    for (const [id, track] of settled) if (track.pending === 0 && moves.tracks.get(id) === track) moves.tracks.delete(id);
  });
}

function patchPlacement(id: string, placement: AssetPlacement): Promise<Asset> {
  return apiFetch(apiPaths.assets.detail(id), { method: 'PATCH', body: placement, schema: Asset });
}

/** One PATCH through the write path: retried per write-policy, in order per asset (its scope). */
function sendPlacement(client: QueryClient, id: string, placement: AssetPlacement): Promise<Asset> {
  return new MutationObserver(client, {
    mutationKey: [...assetQueries.all(), 'move', id],
    scope: mutationScope.asset(id),
    mutationFn: (body: AssetPlacement) => patchPlacement(id, body),
    ...WRITE_RETRY,
  }).mutate(placement);
}

export interface MoveEach {
  asset: Asset;
  to: AssetPlacement;
}

/**
 * Moves each asset to its own placement (Undo puts several back where each was). Resolves when
 * every PATCH has settled; never rejects: failures are listed in the outcome, already rolled back.
 */
export function moveEachAsset(client: QueryClient, items: readonly MoveEach[], options: MoveOptions = {}): Promise<MoveOutcome> {
  const moves = movesOf(client);
  const started = items.map(({ asset: given, to }) => {
    const current = findCachedAsset(client, given.id) ?? given;
    const previous: AssetPlacement = { brand_id: current.brand_id, usage_mode: current.usage_mode };
    const org = options.org !== undefined ? options.org : findAssetScope(client, given.id);
    const token = (moves.sequence += 1);
    const track = moves.tracks.get(given.id) ?? { confirmed: current, shown: to, org, latest: token, pending: 0 };
    Object.assign(track, { shown: to, org, latest: token, pending: track.pending + 1 });
    moves.tracks.set(given.id, track);
    placeAsset(client, given.id, to, { org, fallback: current });
    return { id: given.id, current, previous, to, token, track };
  });

  const settled = started.map(async ({ id, current, previous, to, token, track }) => {
    try {
      // The PATCH starts in the next task: the drop's own task then holds only the cache move and
      // its render, so the frame showing the card comes sooner (B4). Tasks run in order, so
      // writes to one asset still reach its mutation scope in the order they were made.
      await nextTask();
      const saved = await sendPlacement(client, id, to);
      track.confirmed = saved;
      if (track.latest === token) {
        track.shown = { brand_id: saved.brand_id, usage_mode: saved.usage_mode };
        placeAsset(client, id, track.shown, { org: track.org, fallback: saved });
      }
      return { ok: true as const, entry: { asset: saved, previous } };
    } catch (error) {
      if (track.latest === token) {
        const back: AssetPlacement = { brand_id: track.confirmed.brand_id, usage_mode: track.confirmed.usage_mode };
        track.shown = back;
        // Observers hear it at once, not in a later task, so the card is back in the frame after
        // the failed response (B4 (d)) rather than sometimes the one after.
        notifyNow(() => placeAsset(client, id, back, { org: track.org, fallback: track.confirmed }));
      }
      return { ok: false as const, entry: { asset: current, previous, error } };
    } finally {
      track.pending -= 1;
    }
  });

  return Promise.all(settled).then((results) => {
    settleTracks(client, moves);
    const outcome: MoveOutcome = { moved: [], failed: [] };
    for (const result of results) {
      if (result.ok) outcome.moved.push(result.entry);
      else outcome.failed.push(result.entry);
    }
    return outcome;
  });
}

/** Moves every asset to one target (a drop, a menu choice); see moveEachAsset. */
export function moveAssets(
  client: QueryClient,
  assets: readonly Asset[],
  target: MoveTarget,
  options: MoveOptions = {},
): Promise<MoveOutcome> {
  return moveEachAsset(
    client,
    assets.map((asset) => ({
      asset,
      to: { brand_id: target.brand_id, usage_mode: target.usage_mode ?? findCachedAsset(client, asset.id)?.usage_mode ?? asset.usage_mode },
    })),
    options,
  );
}

/** Puts every saved asset of an outcome back where it was before that move. */
export function undoMove(client: QueryClient, outcome: MoveOutcome, options: MoveOptions = {}): Promise<MoveOutcome> {
  return moveEachAsset(
    client,
    outcome.moved.map(({ asset, previous }) => ({ asset, to: previous })),
    options,
  );
}

export interface AssetMover {
  move(assets: readonly Asset[], target: MoveTarget, options?: MoveOptions): Promise<MoveOutcome>;
  undo(outcome: MoveOutcome, options?: MoveOptions): Promise<MoveOutcome>;
  /** Sends the failed part of an outcome again, to the same target. */
  retry(outcome: MoveOutcome, target: MoveTarget, options?: MoveOptions): Promise<MoveOutcome>;
}

/** The move bound to the app's query client. Cache effects only: toasts belong to the caller. */
export function useMoveAssets(): AssetMover {
  const client = useQueryClient();
  return useMemo(
    () => ({
      move: (assets, target, options) => moveAssets(client, assets, target, options),
      undo: (outcome, options) => undoMove(client, outcome, options),
      retry: (outcome, target, options) =>
        moveAssets(
          client,
          outcome.failed.map((failure) => failure.asset),
          target,
          options,
        ),
    }),
    [client],
  );
}
