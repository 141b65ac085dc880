import { useEffect } from 'react';
import { watchReachability } from '@/api/reachability';
import { useOnline } from '@/hooks/use-online';

/**
 * Says, under the header, that the server cannot be reached while the app keeps showing what it
 * loaded and probes until it answers. The live region stays in the page so the change is
 * announced (politely) when the text appears and when it goes.
 */
export function OfflineBanner() {
  const online = useOnline();
  // The shell owns the watch: it is mounted wherever the app talks to the server.
  useEffect(() => watchReachability(), []);
  return (
    <div role="status">
      {online ? null : (
        <p className="border-b border-warning/40 bg-warning/10 px-4 py-2 text-center text-sm">
          Can’t reach the server. Retrying… Showing what was already loaded.
        </p>
      )}
    </div>
  );
}
