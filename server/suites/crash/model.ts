// What one workload worker has been told by the server: its objects as the acknowledged (2xx)
// writes left them. Workers own disjoint objects (names start with `crash-w<n>-`) and send one
// request at a time, so at a kill each worker has at most one write whose outcome it never heard.

interface ThemeState {
  scope: string;
  name: string;
}
interface BrandState {
  scope: string;
  name: string;
  theme_id: string;
}
interface AssetState {
  scope: string;
  name: string;
  brand_id: string | null;
  size: number;
}
export interface WorkerState {
  themes: Map<string, ThemeState>;
  brands: Map<string, BrandState>;
  assets: Map<string, AssetState>;
}

export type Write =
  | { kind: 'createTheme'; name: string; scope: string }
  | { kind: 'createBrand'; name: string; scope: string; theme_id: string }
  | { kind: 'createAsset'; name: string; scope: string; brand_id: string | null; size: number }
  | { kind: 'setAssetBrand'; id: string; brand_id: string | null }
  | { kind: 'renameBrand'; id: string; name: string }
  | { kind: 'deleteBrand'; id: string }
  | { kind: 'deleteTheme'; id: string }
  | { kind: 'deleteAsset'; id: string }
  /** A write the server must refuse (cross-scope link 404, theme in use 409): it changes nothing. */
  | { kind: 'refused'; what: string };

export const emptyState = (): WorkerState => ({ themes: new Map(), brands: new Map(), assets: new Map() });

const clone = (s: WorkerState): WorkerState => ({
  themes: new Map(s.themes),
  brands: new Map(s.brands),
  assets: new Map(s.assets),
});

/** The state after `write`; `createdId` is the id a create was given (from its answer or the database). */
export function applyWrite(state: WorkerState, write: Write, createdId?: string): WorkerState {
  const next = clone(state);
  switch (write.kind) {
    case 'createTheme':
      next.themes.set(createdId!, { scope: write.scope, name: write.name });
      break;
    case 'createBrand':
      next.brands.set(createdId!, { scope: write.scope, name: write.name, theme_id: write.theme_id });
      break;
    case 'createAsset':
      next.assets.set(createdId!, { scope: write.scope, name: write.name, brand_id: write.brand_id, size: write.size });
      break;
    case 'setAssetBrand':
      next.assets.set(write.id, { ...next.assets.get(write.id)!, brand_id: write.brand_id });
      break;
    case 'renameBrand':
      next.brands.set(write.id, { ...next.brands.get(write.id)!, name: write.name });
      break;
    case 'deleteBrand':
      next.brands.delete(write.id);
      for (const [id, a] of next.assets) if (a.brand_id === write.id) next.assets.set(id, { ...a, brand_id: null });
      break;
    case 'deleteTheme':
      next.themes.delete(write.id);
      break;
    case 'deleteAsset':
      next.assets.delete(write.id);
      break;
    case 'refused':
      break;
  }
  return next;
}

const KINDS = ['themes', 'brands', 'assets'] as const;

/** Differences between what the database holds and what was expected, one line each; [] when equal. */
export function diffStates(actual: WorkerState, expected: WorkerState): string[] {
  const out: string[] = [];
  for (const kind of KINDS) {
    const [a, e] = [actual[kind] as Map<string, object>, expected[kind] as Map<string, object>];
    for (const [id, want] of e) {
      const got = a.get(id);
      if (!got) out.push(`${kind} ${id} missing (expected ${JSON.stringify(want)})`);
      else if (JSON.stringify(got) !== JSON.stringify(want))
        out.push(`${kind} ${id} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    for (const [id, got] of a) if (!e.has(id)) out.push(`${kind} ${id} unexpected ${JSON.stringify(got)}`);
  }
  return out;
}

/** The name a create used, to find its row when its answer never arrived. */
export const createdName = (write: Write): string | undefined =>
  write.kind === 'createTheme' || write.kind === 'createBrand' || write.kind === 'createAsset' ? write.name : undefined;

export const createdKind = (write: Write): (typeof KINDS)[number] | undefined =>
  write.kind === 'createTheme'
    ? 'themes'
    : write.kind === 'createBrand'
      ? 'brands'
      : write.kind === 'createAsset'
        ? 'assets'
        : undefined;
