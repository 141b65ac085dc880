import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(() => onChange());
const getSnapshot = () => onlineManager.isOnline();

/**
 * The browser's online state as React Query sees it, so the UI and the query pausing
 * (networkMode 'online') never disagree.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
