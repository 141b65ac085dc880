import { COLOR_TOKENS, type ColorToken } from './theme-draft';

/**
 * Names other tools use for our tokens, as guesses: shadcn/ui's `*-foreground` pairs and
 * `accent`, Material's `on-*` and `surface*`, and a few common short names. Keys are normalised
 * (see normaliseName); a lower rank is the closer meaning when two names guess the same token.
 */
const GUESSES: Record<string, { token: ColorToken; rank: number }> = {
  'primary-foreground': { token: 'text_on_primary', rank: 0 },
  'secondary-foreground': { token: 'text_on_secondary', rank: 0 },
  'tertiary-foreground': { token: 'text_on_tertiary', rank: 0 },
  'muted-foreground': { token: 'text_on_muted', rank: 0 },
  'card-foreground': { token: 'text_on_card', rank: 0 },
  accent: { token: 'tertiary', rank: 0 },
  'accent-foreground': { token: 'text_on_tertiary', rank: 1 },
  'on-primary': { token: 'text_on_primary', rank: 1 },
  'on-secondary': { token: 'text_on_secondary', rank: 1 },
  'on-tertiary': { token: 'text_on_tertiary', rank: 2 },
  'on-background': { token: 'foreground', rank: 1 },
  'on-surface-variant': { token: 'text_on_muted', rank: 1 },
  'surface-variant': { token: 'muted', rank: 1 },
  surface: { token: 'card', rank: 1 },
  'on-surface': { token: 'text_on_card', rank: 1 },
  popover: { token: 'card', rank: 2 },
  'popover-foreground': { token: 'text_on_card', rank: 2 },
  outline: { token: 'border', rank: 1 },
  input: { token: 'border', rank: 2 },
  text: { token: 'foreground', rank: 2 },
  fg: { token: 'foreground', rank: 2 },
  bg: { token: 'background', rank: 2 },
};

const EXACT = new Map<string, ColorToken>(COLOR_TOKENS.map((t) => [t.replaceAll('_', '-'), t]));

/** `textOnPrimary`, `text_on_primary`, `Text-On-Primary` → `text-on-primary`. */
export function normaliseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replaceAll('_', '-')
    .toLowerCase();
}

/** Which token a bare name (prefix already removed) stands for, and how sure we are. */
export function tokenForName(name: string): { token: ColorToken; status: 'matched' | 'guessed'; rank: number } | null {
  const key = normaliseName(name);
  const exact = EXACT.get(key);
  if (exact) return { token: exact, status: 'matched', rank: 0 };
  const guess = Object.hasOwn(GUESSES, key) ? GUESSES[key]! : null;
  return guess ? { token: guess.token, status: 'guessed', rank: guess.rank } : null;
}
