import { matchPath } from 'react-router';
import { paths } from '@/config/paths';
import { find, PAGE_CREATE, PAGE_FILTER } from './page-controls';

export interface Shortcut {
  /** Keys pressed together (`Ctrl`, `K`) or, with `sequence`, one after the other (`g`, `b`). */
  keys: string[];
  sequence?: boolean;
  label: string;
}

// Here, not in page-controls: only the lazy palette and overlay ask (the shell's chunk stays small).
export const hasPageFilter = (): boolean => Boolean(find(PAGE_FILTER));

/** What the page's create control says ("Create brand"); null without one. */
function pageCreateLabel(): string | null {
  const control = find(PAGE_CREATE);
  return control ? (control.getAttribute('aria-label') ?? control.textContent?.trim() ?? null) : null;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const paletteKeys = (): string[] => [isMac() ? '⌘' : 'Ctrl', 'K'];

export const SHORTCUT_KEYS = {
  brands: ['g', 'b'],
  assets: ['g', 'a'],
  themes: ['g', 't'],
  filter: ['/'],
  create: ['n'],
  help: ['?'],
} as const;

/** Shortcuts that work on every page. */
export function globalShortcuts(): Shortcut[] {
  return [
    { keys: paletteKeys(), label: 'Open the command palette' },
    { keys: [...SHORTCUT_KEYS.brands], sequence: true, label: 'Go to brands' },
    { keys: [...SHORTCUT_KEYS.assets], sequence: true, label: 'Go to assets' },
    { keys: [...SHORTCUT_KEYS.themes], sequence: true, label: 'Go to themes' },
    { keys: [...SHORTCUT_KEYS.help], label: 'Show keyboard shortcuts' },
  ];
}

/**
 * The shortcuts of the page on screen: `/` and `n` where the page marked a filter and a create
 * control, and the asset library's own keys (features/assets/use-library-shortcuts.ts).
 */
export function pageShortcuts(pathname: string): Shortcut[] {
  const rows: Shortcut[] = [];
  if (hasPageFilter()) rows.push({ keys: [...SHORTCUT_KEYS.filter], label: 'Search or filter this page' });
  const create = pageCreateLabel();
  if (create) rows.push({ keys: [...SHORTCUT_KEYS.create], label: create });
  if (matchPath(paths.assets.path, pathname) || matchPath(paths.asset.path, pathname)) {
    rows.push(
      { keys: [isMac() ? '⌘' : 'Ctrl', 'A'], label: 'Select every loaded asset' },
      { keys: ['Esc'], label: 'Clear the selection' },
    );
  }
  return rows;
}
