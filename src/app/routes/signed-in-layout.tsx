import { AppShell } from '@/components/layout/app-shell';
import { SessionGate } from '@/features/session/session-gate';

/** The app shell, for signed-in users only: the gate sends everyone else to /connect. */
export function SignedInLayout() {
  return (
    <SessionGate>
      <AppShell />
    </SessionGate>
  );
}
