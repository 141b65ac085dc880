import { useEffect, useRef, type ReactNode } from 'react';
import type { SessionUser } from '@/api/session';
import { UserSummary } from '@/components/session/user-summary';
import { Button } from '@/components/ui/button';
import { displayName } from '@/lib/user-display';

interface ConnectedPanelProps {
  user: SessionUser;
  /** "Connected" right after signing in here; "Signed in" when the user arrived signed in. */
  title: string;
  note?: ReactNode;
  onContinue: () => void;
  /** Right after a sign-in: focus Continue, so Enter goes on and screen readers hear the result. */
  focusContinue?: boolean;
}

/** Who is signed in, with name, email and quota, and the way on into the app. */
export function ConnectedPanel({ user, title, note, onContinue, focusContinue = false }: ConnectedPanelProps) {
  const continueRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusContinue) continueRef.current?.focus();
  }, [focusContinue, user]);

  return (
    <section aria-labelledby="connected-heading" className="flex flex-col gap-4 rounded-lg border bg-card p-5 text-card-foreground">
      <div role="status">
        <h2 id="connected-heading" className="text-lg font-semibold">
          {title} as {displayName(user)}
        </h2>
      </div>
      {note ? <p className="text-sm text-muted-foreground">{note}</p> : null}
      <UserSummary user={user} />
      <div>
        <Button ref={continueRef} onClick={onContinue}>
          Continue to Brandkit Studio
        </Button>
      </div>
    </section>
  );
}
