import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { sessionQueries, type SessionUser, type SignedIn } from '@/api/session';
import { ErrorState } from '@/components/ui/error-state';
import { displayName } from '@/lib/user-display';
import { ApiKeyForm } from './api-key-form';
import { CONNECT_REASONS, type ConnectReason } from './connect-reason';
import { ConnectedPanel } from './connected-panel';
import { DemoSignIn } from './demo-sign-in';
import { ModeNote } from './mode-note';

const SERVER_KEY_NOTE =
  'This server signs everyone in with its own key. Continue with it, or sign in with your own key below; signing out of your own key later returns you to the server’s.';

interface ConnectScreenProps {
  /** Why the user was sent here (from the URL); the server's own reason is used when absent. */
  reason: ConnectReason | null;
  /** Goes on into the app: to the page the user came from, or the brand list. */
  onContinue: () => void;
  /**
   * Reached with `?next=` (sent here from a page, or switching keys from the account menu): a
   * sign-in goes straight on, with a toast saying who. A visit to /connect itself shows the
   * "Connected as" card instead.
   */
  goStraightOn?: boolean;
}

/**
 * Key entry: paste a key, or in the sandbox use the demo account; after a
 * sign-in, who it is (name, email, quota) and the way on. Reached signed in too (the account
 * menu's "Use a different key"), then it offers to switch.
 */
export function ConnectScreen({ reason, onContinue, goStraightOn = false }: ConnectScreenProps) {
  const session = useQuery(sessionQueries.current());
  const [connected, setConnected] = useState<SessionUser | null>(null);
  const onConnected = (answer: SignedIn) => {
    // Set either way: it hides the previous user's "Signed in" card at once (no render shows them again).
    setConnected(answer.user);
    if (!goStraightOn) return;
    // Neutral, not richColors' success green (4.2:1 on its tint); says who, as the card would.
    toast(`Connected as ${displayName(answer.user)}`);
    onContinue();
  };
  const state = session.data;
  const signedIn = state?.signed_in ? state : null;
  const shownReason = connected ? null : (reason ?? (state?.signed_in === false ? (state.reason ?? null) : null));

  return (
    <main id="main" tabIndex={-1} className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-10">
      <title>Connect · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-muted-foreground">Brandkit Studio</p>
        <h1 className="text-2xl font-semibold">Connect to NextDocs</h1>
      </div>

      {shownReason ? (
        <p role="alert" className="rounded-md border border-destructive/40 p-3 text-sm font-medium">
          {CONNECT_REASONS[shownReason]}
        </p>
      ) : null}

      {session.isError ? (
        <ErrorState
          title="Could not reach this server"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      ) : null}

      {state ? <ModeNote mode={state.mode} /> : null}

      {connected ? (
        goStraightOn ? null : <ConnectedPanel title="Connected" user={connected} onContinue={onContinue} focusContinue />
      ) : signedIn ? (
        <ConnectedPanel
          title="Signed in"
          user={signedIn.user}
          note={signedIn.server_key ? SERVER_KEY_NOTE : undefined}
          onContinue={onContinue}
        />
      ) : null}

      <section aria-labelledby="key-heading" className="flex flex-col gap-4">
        <h2 id="key-heading" className="text-lg font-semibold">
          {connected || signedIn ? 'Use a different key' : 'Sign in with your API key'}
        </h2>
        <ApiKeyForm submitLabel={connected || signedIn ? 'Switch to this key' : 'Connect'} onConnected={onConnected} />
      </section>

      {state?.mode === 'sandbox' && state.demo_available ? <DemoSignIn onConnected={onConnected} /> : null}
    </main>
  );
}
