import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { draftOwner, sessionQueries } from '@/api/session';
import { onOtherTabSessionChange, onSessionReset, resetSession, type SessionResetReason } from '@/api/session-reset';
import { PageLoading } from '@/components/layout/page-loading';
import { ErrorState } from '@/components/ui/error-state';
import { connectHref } from '@/config/connect-href';
import { paths } from '@/config/paths';
import { adoptDrafts } from '@/lib/draft-store';

/**
 * Renders its children only for a signed-in user (GET /session), and leaves for the connect
 * screen when that changes:
 * - not signed in on arrival: to /connect?next=<this URL>, with the server's reason if any;
 * - a 401 anywhere (query-client.ts resets the session): to /connect?next=…&reason=ended, so the
 *   user comes back to the same URL after signing in;
 * - signed out: to /connect;
 * - signed in or out in another tab: starts over as whoever is signed in now.
 * The redirect replaces the history entry, so Back does not return to a page that cannot load.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useQuery(sessionQueries.current());
  const [reset, setReset] = useState<{ reason: SessionResetReason; count: number } | null>(null);

  // Called in the same task as the cache clear, so the children unmount in the very next render
  // and never re-render (or refetch) against the emptied cache first.
  useEffect(() => onSessionReset((reason) => setReset((prev) => ({ reason, count: (prev?.count ?? 0) + 1 }))), []);
  // Another tab signed in or out: this tab's data may belong to someone else now. Start over
  // ('switched': everything remounts and GET /session says who is signed in, or sends to /connect).
  const client = useQueryClient();
  useEffect(() => onOtherTabSessionChange(() => resetSession(client, 'switched', { fromOtherTab: true })), [client]);

  const here = `${location.pathname}${location.search}${location.hash}`;
  if (reset?.reason === 'ended') return <Navigate replace to={connectHref({ next: here, reason: 'ended' })} />;
  if (reset?.reason === 'signed-out') return <Navigate replace to={paths.connect.href()} />;

  const state = session.data;
  if (state?.signed_in === false) return <Navigate replace to={connectHref({ next: here, reason: state.reason })} />;
  if (state?.signed_in) {
    // Before the children render: drafts left by another user must be gone before a form reads
    // them (idempotent, so calling it on every render is harmless).
    adoptDrafts(draftOwner(state.user));
    // A sign-in elsewhere ('switched') remounts everything, so no component keeps the previous
    // user's data in its own state.
    return <Fragment key={reset?.count ?? 0}>{children}</Fragment>;
  }
  if (session.isError) {
    return (
      <main className="mx-auto w-full max-w-lg px-4 py-16">
        <title>Sign-in check failed · Brandkit Studio</title>
        <h1 className="sr-only">Brandkit Studio</h1>
        <ErrorState
          title="Could not check whether you are signed in"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </main>
    );
  }
  return <PageLoading />;
}
