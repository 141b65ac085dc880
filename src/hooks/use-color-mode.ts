import { useSyncExternalStore } from 'react';
import { getColorMode, setColorMode, subscribeColorMode, type ColorMode } from '@/lib/color-mode';

/** The chosen colour mode and its setter; re-renders when any caller (menu, palette) changes it. */
export function useColorMode(): [ColorMode, (mode: ColorMode) => void] {
  const mode = useSyncExternalStore(subscribeColorMode, () => getColorMode(), () => 'system' as const);
  return [mode, setColorMode];
}
