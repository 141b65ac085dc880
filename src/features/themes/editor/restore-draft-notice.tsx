import { Button } from '@/components/ui/button';

/** An unsaved draft from an earlier visit (a reload, a crash): offered back, or thrown away. */
export function RestoreDraftNotice({ onRestore, onDiscard }: { onRestore: () => void; onDiscard: () => void }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/40 bg-primary/5 p-4"
    >
      <p className="flex-1 text-sm">
        <span className="font-semibold">You have unsaved changes from earlier.</span> This tab kept them when the page
        was reloaded or closed.
      </p>
      <Button size="sm" onClick={onRestore}>
        Restore my changes
      </Button>
      <Button size="sm" variant="outline" onClick={onDiscard}>
        Discard them
      </Button>
    </div>
  );
}
