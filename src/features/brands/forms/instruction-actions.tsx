import { Button } from '@/components/ui/button';

/** Save and Cancel under an instruction editor, Text or Guided: one wording for both modes. */
export function InstructionActions({ isPending, onCancel }: { isPending: boolean; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Checking…' : 'Save instruction'}
      </Button>
      <Button variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <span className="text-sm text-muted-foreground">Ctrl+Enter or ⌘+Enter saves.</span>
    </div>
  );
}
