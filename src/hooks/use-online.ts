import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(() => onChange());
const getSnapshot = () => onlineManager.isOnline();

/**
 * Whether the app can talk to the server, as React Query sees it: the browser is online and the
 * server answers (api/reachability.ts drives onlineManager). The UI and the query pausing
 * (networkMode 'online') never disagree.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
