import type { ThemeRow } from '../rows.ts';
import type { Rng } from './rng.ts';

/** Scopes and helpers shared by the demo-data builders (the row shapes are ../rows.ts); index.ts writes rows in one transaction. */
export type ScopeKind = 'personal' | 'acme' | 'northwind';
export interface Scope {
  id: string;
  kind: ScopeKind;
}
/** The columns of a system theme that the seed reads to style brands. */
export type SystemTheme = Pick<ThemeRow, 'id' | 'name' | 'font_primary' | 'font_secondary'>;

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
