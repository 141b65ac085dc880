import type { Health } from '@contract';

export type ConnectionTone = 'connected' | 'offline' | 'checking';

interface ConnectionInput {
  /** The browser's view (React Query's onlineManager). */
  online: boolean;
  /** The last successful /health answer, if any. */
  health: Health | undefined;
  /** The latest /health probe failed. */
  failed: boolean;
}

interface ConnectionState {
  tone: ConnectionTone;
  label: string;
}

/**
 * What the header's status indicator says. The sandbox names itself in `service` (for example
 * `brandkit-sandbox`); anything else answering /health is the real NextDocs API behind the proxy.
 */
export function connectionState({ online, health, failed }: ConnectionInput): ConnectionState {
  if (!online || failed) return { tone: 'offline', label: 'Offline' };
  if (!health) return { tone: 'checking', label: 'Checking connection…' };
  if (!health.ok) return { tone: 'offline', label: 'Offline' };
  return /sandbox/i.test(health.service)
    ? { tone: 'connected', label: 'Sandbox connected' }
    : { tone: 'connected', label: 'API connected' };
}
