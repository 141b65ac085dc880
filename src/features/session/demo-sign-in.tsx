import { useSignInDemo, type SignedIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { signInProblem } from './sign-in-error';

/** One click into the sandbox's demo account; the server offers it only on loopback. */
export function DemoSignIn({ onConnected }: { onConnected: (answer: SignedIn) => void }) {
  const demo = useSignInDemo({ onSignedIn: onConnected });
  const problem = demo.isError ? signInProblem(demo.error) : null;
  // The demo key is the server's, so "check your key" would be the wrong advice.
  const message = problem?.aboutKey ? 'The demo account could not be signed in. Restart the server to issue a new demo key.' : problem?.message;

  return (
    <section aria-labelledby="demo-heading" className="flex flex-col items-start gap-3 rounded-lg border p-4">
      <h2 id="demo-heading" className="text-base font-semibold">
        Just looking around?
      </h2>
      <p className="text-sm text-muted-foreground">Sign in to the sandbox&apos;s demo account, with sample brands and assets. No key needed.</p>
      <Button variant="secondary" disabled={demo.isPending} onClick={() => demo.mutate()}>
        {demo.isPending ? 'Signing in…' : 'Sign in to the demo account'}
      </Button>
      {message ? (
        <div role="alert" className="flex flex-col items-start gap-2 text-sm">
          <p className="font-medium text-destructive">{message}</p>
          {problem?.retry ? (
            <Button variant="outline" size="sm" onClick={() => demo.mutate()}>
              Try again
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
