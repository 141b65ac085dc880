import { Link } from 'react-router';
import type { Theme, ThemeColors } from '@contract';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { ContrastMatrix } from '../studio/contrast-matrix';

export interface TrialEdit {
  patch: Partial<ThemeColors>;
  label: string;
}

interface TrialFixesProps {
  theme: Theme;
  /** B's colours with the trial edits applied. */
  colors: ThemeColors;
  edits: TrialEdit[];
  onFix: (edit: TrialEdit) => void;
  onUndo: () => void;
  onReset: () => void;
}

/**
 * B's contrast matrix. Fixes here are a trial: they flow into the tables and the preview of this
 * page only, one undoable step each, and are never saved (the editor is where a theme changes).
 */
export function TrialFixes({ theme, colors, edits, onFix, onUndo, onReset }: TrialFixesProps) {
  const last = edits.at(-1);
  return (
    <div className="flex flex-col gap-3 rounded-lg border p-4" data-trial-fixes="">
      <p className="text-sm text-muted-foreground">
        Checks theme B, {theme.name}. Fixes you apply here are a trial on this page only: the tables and the preview
        show them, nothing is saved.{' '}
        <Link to={paths.theme.href(theme.id)} className="font-medium text-primary underline underline-offset-4">
          Open {theme.name} in the editor
        </Link>{' '}
        to change it for real.
      </p>
      <ContrastMatrix colors={colors} onFix={(patch, label) => onFix({ patch, label })} />
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="text-sm">
          {edits.length === 0 ? 'No trial fixes.' : `${edits.length} trial ${edits.length === 1 ? 'fix' : 'fixes'} applied.`}
        </p>
        {last ? (
          <>
            <Button size="sm" variant="outline" onClick={onUndo}>
              Undo “{last.label}”
            </Button>
            <Button size="sm" variant="ghost" onClick={onReset}>
              Reset trial fixes
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
