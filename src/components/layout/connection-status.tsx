import { useQuery } from '@tanstack/react-query';
import { healthQueries } from '@/api/health';
import { useOnline } from '@/hooks/use-online';
import { connectionState, type ConnectionTone } from '@/lib/connection-state';

const DOT_CLASS: Record<ConnectionTone, string> = {
  connected: 'size-2.5 shrink-0 rounded-full bg-success',
  offline: 'size-2.5 shrink-0 rounded-full bg-destructive',
  checking: 'size-2.5 shrink-0 rounded-full bg-muted-foreground',
};

/**
 * Polls /health (see healthQueries) and says whether the API answers; a request that cannot
 * connect says so at once (api/reachability.ts drives useOnline). The text
 * carries the meaning; the dot is decoration, so it is hidden from assistive technology.
 * role="status" announces changes politely.
 */
export function ConnectionStatus() {
  const online = useOnline();
  const health = useQuery(healthQueries.status());
  const state = connectionState({ online, health: health.data, failed: health.isError });
  return (
    <div role="status" className="flex items-center gap-2 text-sm whitespace-nowrap text-muted-foreground">
      <span aria-hidden="true" className={DOT_CLASS[state.tone]} />
      <span>{state.label}</span>
    </div>
  );
}
