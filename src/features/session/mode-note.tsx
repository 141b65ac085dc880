import type { SessionMode } from '@/api/session';

/** Says what the key is checked against, so nobody pastes a production key into a sandbox by mistake. */
export function ModeNote({ mode }: { mode: SessionMode }) {
  if (mode === 'sandbox') {
    return (
      <p className="rounded-md border border-warning/50 bg-muted p-3 text-sm">
        <strong className="font-semibold">Sandbox mode.</strong> This server runs a local stand-in for the NextDocs API
        with sample data; keys for it come from{' '}
        <code className="font-mono text-xs">npm run sandbox -- keys create --user you@example.com</code>.
      </p>
    );
  }
  return (
    <p className="rounded-md border bg-muted p-3 text-sm">
      Your key is checked against the NextDocs API and kept by this server, which adds it to your requests; the page
      never holds it.
    </p>
  );
}
