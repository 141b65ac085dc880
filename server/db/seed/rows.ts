import type { AssetType, UsageMode } from '../../../contract/asset.ts';
import type { Rng } from './rng.ts';

/** Row shapes and helpers shared by the demo-data builders; index.ts writes rows in one transaction. */
export type ScopeKind = 'personal' | 'acme' | 'northwind';
export interface Scope {
  id: string;
  kind: ScopeKind;
}
export interface ThemeRow {
  id: string;
  scope_id: string;
  name: string;
  is_custom: 1;
  font_primary: string;
  font_secondary: string;
  colors_json: string;
  created_at: string;
  updated_at: string;
}
export interface BrandRow {
  id: string;
  scope_id: string;
  name: string;
  ai_instruction: string | null;
  theme_id: string;
  created_at: string;
  updated_at: string;
}
export interface AssetRow {
  id: string;
  scope_id: string;
  brand_id: string | null;
  name: string;
  type: AssetType;
  file_key: string;
  slug: string;
  format: string;
  usage_mode: UsageMode;
  category: string | null;
  tags_json: string;
  size: number;
  width: number | null;
  height: number | null;
  created_at: string;
  updated_at: string;
}
export interface SystemTheme {
  id: string;
  name: string;
  font_primary: string;
  font_secondary: string;
}

export const DAY_MS = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

/** `count` sorted random instants in [from, to): ids minted in this order sort like created_at. */
export function instants(rng: Rng, count: number, from: number, to: number): number[] {
  return Array.from({ length: count }, () => Math.floor(from + rng.next() * (to - from))).sort((a, b) => a - b);
}

/** Occasionally edited after creation, never in the future. */
export function updatedAt(rng: Rng, created: number, now: number, editChance: number): string {
  return iso(rng.chance(editChance) ? created + Math.floor(rng.next() * (now - created)) : created);
}

/** Picks one option with probability proportional to its weight. */
export function weighted<T>(rng: Rng, options: T[], weight: (o: T) => number): T {
  const total = options.reduce((s, o) => s + weight(o), 0);
  let r = rng.next() * total;
  for (const o of options) if ((r -= weight(o)) < 0) return o;
  return options[options.length - 1]!;
}
