import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from '@/components/ui/button';
import { inputStyles } from '@/components/ui/input-styles';
import { cn } from '@/components/ui/cn';
import { useSyncedText } from './use-synced-text';

interface RuleRowProps {
  sortId: string;
  inputId: string;
  list: string;
  index: number;
  count: number;
  text: string;
  error?: string;
  onEdit: (text: string) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
}

/** One rule: a drag handle, the rule's text editable in place, Move up / Move down and Delete. */
export function RuleRow({ sortId, inputId, list, index, count, text, error, onEdit, onMove, onDelete }: RuleRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: sortId,
  });
  const [shown, change] = useSyncedText(text, onEdit);
  const name = `${list} rule ${index + 1}`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={cn('flex flex-col gap-1 rounded-md border bg-card p-2', isDragging && 'relative z-10 shadow-lg')}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Drag ${name}: ${text || 'empty'}`}
          className="inline-flex size-9 cursor-grab items-center justify-center rounded-md border border-input text-muted-foreground hover:bg-muted"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <input
          id={inputId}
          aria-label={name}
          value={shown}
          onChange={(e) => change(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className={inputStyles('min-w-48 flex-1')}
        />
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          Up
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          Down
        </Button>
        <Button size="sm" variant="ghost" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </Button>
      </div>
      {error ? (
        <p id={`${inputId}-error`} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </li>
  );
}
