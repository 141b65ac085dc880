import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { isApiError } from '@/api/api-error';
import { useSignOut, userQueries, type SignedInState } from '@/api/session';
import { UserSummary } from '@/components/session/user-summary';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import { errorMessage } from '@/components/ui/error-state';
import { FieldError } from '@/components/ui/field-error';
import { connectHref } from '@/config/connect-href';
import { ColorModeChoice } from './color-mode-choice';

interface AccountPanelProps {
  session: SignedInState;
  /** Closes the menu (after following a link). */
  onClose: () => void;
}

/**
 * The open account menu: who is signed in with a fresh quota, which backend this is, switching
 * keys and signing out. Under the server's own key there is no session to end, so instead of a
 * sign-out that would change nothing it says so and offers the user's own key.
 */
export function AccountPanel({ session, onClose }: AccountPanelProps) {
  // Quota counters move while the session lasts; ask again each time the menu opens.
  const me = useQuery({ ...userQueries.me(), refetchOnMount: 'always' });
  const signOut = useSignOut();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  const switchHref = connectHref({ next: here });
  // A 401 is not shown here: the app is already on its way to the connect screen.
  const refreshFailed = me.isError && !(isApiError(me.error) && me.error.status === 401);

  return (
    <div className="flex flex-col gap-4">
      {/* The header says only "Connected"; which backend answers is said here, once. */}
      {session.mode === 'sandbox' ? (
        <Badge className="self-start">Sandbox</Badge>
      ) : null}
      <UserSummary user={me.data ?? session.user} />
      {refreshFailed ? <p className="text-sm text-muted-foreground">Could not refresh the quota: {errorMessage(me.error)}</p> : null}
      <ColorModeChoice />
      {session.server_key ? (
        <>
          <p className="text-sm">
            Signed in with this server&apos;s own key: everyone who opens this app is, so there is nothing to sign out of.
          </p>
          <Link to={switchHref} onClick={onClose} className={buttonStyles('outline', 'sm', 'self-start')}>
            Use your own key
          </Link>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Link to={switchHref} onClick={onClose} className={buttonStyles('outline', 'sm')}>
            Use a different key
          </Link>
          <Button variant="destructive" size="sm" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </Button>
        </div>
      )}
      {signOut.isError ? <FieldError>Could not sign out: {errorMessage(signOut.error)} Try again.</FieldError> : null}
    </div>
  );
}
