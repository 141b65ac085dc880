import { Button } from '@/components/ui/button';

interface EditorToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** "Save changes" or "Create theme". */
  saveLabel: string;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
  onExport: () => void;
  exportOpen: boolean;
  /** Absent for a theme that cannot be deleted (new, or not saved yet). */
  onDelete?: () => void;
}

/** Undo/redo (also Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), save, export and delete. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { canUndo, canRedo, onUndo, onRedo, saveLabel, canSave, saving, onSave, onExport, exportOpen, onDelete } =
    props;
  return (
    <div role="toolbar" aria-label="Theme editor" className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </Button>
      <Button
        variant="outline"
        size="sm"
        onClick={onRedo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        Redo
      </Button>
      <Button
        variant="outline"
        size="sm"
        onClick={onExport}
        aria-expanded={exportOpen}
        aria-controls={exportOpen ? 'theme-export' : undefined}
      >
        Export
      </Button>
      {onDelete ? (
        <Button variant="outline" size="sm" onClick={onDelete}>
          Delete
        </Button>
      ) : null}
      <Button size="sm" onClick={onSave} disabled={!canSave || saving}>
        {saving ? 'Saving…' : saveLabel}
      </Button>
    </div>
  );
}
