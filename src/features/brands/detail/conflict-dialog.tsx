import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Conflict } from '../forms/use-inline-edit';

interface ConflictDialogProps {
  conflict: Conflict | null;
  /** "name", "AI instruction". */
  field: string;
  onSaveMine: () => void;
  onUseTheirs: () => void;
  onKeepEditing: () => void;
}

function Version({ title, text }: { title: string; text: string }) {
  return (
    <section className="flex min-w-0 flex-col gap-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      {/* A region that may scroll, so it takes focus for keyboard scrolling. */}
      <div
        role="region"
        aria-label={title}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="max-h-64 overflow-y-auto rounded-md border bg-muted p-3 font-mono text-sm whitespace-pre-wrap break-words"
      >
        {text || <span className="text-muted-foreground italic">(empty)</span>}
      </div>
    </section>
  );
}

/** Someone else saved this field while the user was editing it: show both and let the user choose. */
export function ConflictDialog({ conflict, field, onSaveMine, onUseTheirs, onKeepEditing }: ConflictDialogProps) {
  const savedAt = conflict ? new Date(conflict.theirsUpdatedAt).toLocaleString() : '';
  return (
    <Dialog
      open={conflict !== null}
      onOpenChange={(open) => !open && onKeepEditing()}
      title={`The ${field} was changed elsewhere`}
      description={`Someone saved a different ${field} (at ${savedAt}) after you started editing. Saving yours replaces theirs.`}
      size="lg"
      footer={
        <>
          <Button variant="outline" onClick={onKeepEditing}>
            Keep editing
          </Button>
          <Button variant="outline" onClick={onUseTheirs}>
            Use theirs
          </Button>
          <Button variant="destructive" onClick={onSaveMine}>
            Save mine
          </Button>
        </>
      }
    >
      {conflict ? (
        <div className="grid gap-4 md:grid-cols-2">
          <Version title="Their version (saved)" text={conflict.theirs} />
          <Version title="Your version" text={conflict.yours} />
        </div>
      ) : null}
    </Dialog>
  );
}
