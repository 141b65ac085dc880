import { useNavigate, useSearchParams } from 'react-router';
import { parseConnectReason } from '@/features/session/connect-reason';
import { ConnectScreen } from '@/features/session/connect-screen';
import { safeNext } from '@/features/session/safe-next';

/** /connect?next=<path>&reason=<why>: key entry, then back to where the user was. */
export function ConnectRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const reason = parseConnectReason(params.get('reason'));
  // Replace: Back from the page the user returns to should not land on the connect screen again.
  return <ConnectScreen reason={reason} goStraightOn={params.has('next')} onContinue={() => void navigate(next, { replace: true })} />;
}
