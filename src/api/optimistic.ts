import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * One optimistic write for any API object: change it in every cached list, detail and parent
 * that holds it, keep what it was, and put it back if the save fails. The cache is walked as
 * plain data, so a new place that embeds the object (a brand's assets, a list page) needs no
 * code here, only its key prefix in `scan`.
 */

/** Every API object names its kind and has an id. */
export interface ApiObject {
  object: string;
  id: string;
}

interface OptimisticChange<T extends ApiObject> {
  /** Key prefixes of the queries that may hold the objects, e.g. `assetQueries.all()`. */
  scan: readonly QueryKey[];
  /** The `object` field of the objects to change: 'asset', 'brand'. */
  kind: T['object'];
  /** Which objects of that kind change. */
  match: (value: T) => boolean;
  update: (value: T) => T;
}

export interface OptimisticHandle<T extends ApiObject> {
  /** Each changed object as it was, by id: the freshest copy (from the query updated last). */
  readonly before: ReadonlyMap<string, T>;
  /** Puts each changed object back as it was in each query; changes to other objects made since stay. */
  rollback(): void;
  /**
   * For Undo after a save went through: shows `fields` of every changed object as they were
   * and returns those values by id, which is what the Undo request sends. The returned handle
   * rolls the Undo back if that request fails.
   */
  undo<K extends keyof T>(fields: readonly K[]): { restore: Map<string, Pick<T, K>>; handle: OptimisticHandle<T> };
}

export function applyOptimistic<T extends ApiObject>(
  client: QueryClient,
  change: OptimisticChange<T>,
): OptimisticHandle<T> {
  const { scan, kind } = change;
  const before = new Map<string, T>();
  const touched: Array<{ key: QueryKey; previous: Map<string, T> }> = [];
  for (const query of queriesUnder(client, scan)) {
    const previous = new Map<string, T>();
    const data: unknown = query.state.data;
    const next = mapObjects(data, kind, (value: T) => {
      if (!change.match(value)) return value;
      if (!previous.has(value.id)) previous.set(value.id, value);
      return change.update(value);
    });
    if (next === data) continue;
    client.setQueryData(query.queryKey, next);
    touched.push({ key: query.queryKey, previous });
    for (const [id, value] of previous) if (!before.has(id)) before.set(id, value);
  }

  return {
    before,
    rollback: () => {
      for (const { key, previous } of touched) {
        const data = client.getQueryData(key);
        const next = mapObjects(data, kind, (value: T) => previous.get(value.id) ?? value);
        if (next !== data) client.setQueryData(key, next);
      }
    },
    undo: (fields) => {
      const restore = new Map([...before].map(([id, value]) => [id, pickFields(value, fields)]));
      const handle = applyOptimistic<T>(client, {
        scan,
        kind,
        match: (value) => restore.has(value.id),
        update: (value) => ({ ...value, ...restore.get(value.id) }),
      });
      return { restore, handle };
    },
  };
}

/** The given fields of an object, arrays copied, so a later write cannot share them. */
export function pickFields<T, K extends keyof T>(value: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) {
    const current = value[field];
    picked[field] = (Array.isArray(current) ? [...current] : current) as T[K];
  }
  return picked;
}

/** Each query once, even when prefixes overlap, so nothing is changed twice; freshest first. */
function queriesUnder(client: QueryClient, prefixes: readonly QueryKey[]): Query[] {
  const found = new Map<string, Query>();
  for (const queryKey of prefixes) {
    for (const query of client.getQueryCache().findAll({ queryKey })) found.set(query.queryHash, query);
  }
  return [...found.values()].sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isKind<T extends ApiObject>(
  value: Record<string, unknown>,
  kind: string,
): value is Record<string, unknown> & T {
  return value.object === kind && typeof value.id === 'string';
}

/**
 * Rebuilds `data` with `fn` applied to every object of `kind` in it. Branches with no change
 * keep their identity, so React Query and React see only what really changed. An object of
 * `kind` is not searched further: API objects do not nest inside their own kind.
 */
function mapObjects<T extends ApiObject>(data: unknown, kind: string, fn: (value: T) => T): unknown {
  if (Array.isArray(data)) {
    let changed = false;
    const next = data.map((item: unknown) => {
      const mapped = mapObjects(item, kind, fn);
      if (mapped !== item) changed = true;
      return mapped;
    });
    return changed ? next : data;
  }
  if (!isPlainObject(data)) return data;
  if (isKind<T>(data, kind)) return fn(data);
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    next[key] = mapObjects(value, kind, fn);
    if (next[key] !== value) changed = true;
  }
  return changed ? next : data;
}
