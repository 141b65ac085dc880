import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { AssetTag } from '@contract';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';

interface TagInputProps {
  id: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  suggestions: readonly string[];
  invalid?: boolean;
  describedBy?: string;
  /** The text typed but not yet added as a tag, so the form can count it as unsaved work. */
  onDraftChange?: (draft: string) => void;
}

const MAX_SUGGESTIONS = 6;

/**
 * Tags as removable chips. Enter or comma adds the typed tag; Backspace in an empty box removes
 * the last one; suggestions come from tags already in use (Arrow keys, then Enter). A tag that
 * breaks the contract's limits is refused here with a message, and the text stays in the box.
 * Escape closes the suggestions and keeps the typed text; with no suggestions open it reaches
 * the panel, which asks before discarding anything.
 */
export function TagInput({
  id,
  value,
  onChange,
  onBlur,
  suggestions,
  invalid,
  describedBy,
  onDraftChange,
}: TagInputProps) {
  const [draft, setDraft] = useState('');
  // Escape hid the suggestions; typing shows them again.
  const [dismissed, setDismissed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [highlight, setHighlight] = useState(-1);
  const listId = useId();
  const needle = draft.trim().toLowerCase();
  const matches =
    needle && !dismissed
      ? suggestions.filter((t) => t.toLowerCase().includes(needle) && !value.includes(t)).slice(0, MAX_SUGGESTIONS)
      : [];
  useEffect(() => onDraftChange?.(draft), [draft, onDraftChange]);

  const add = (raw: string) => {
    const parsed = AssetTag.safeParse(raw.trim());
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'This tag is not valid');
      return;
    }
    if (!value.includes(parsed.data)) onChange([...value, parsed.data]);
    setDraft('');
    setProblem(null);
    setHighlight(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h <= 0 ? matches.length - 1 : h - 1));
    } else if (event.key === 'Enter' || event.key === ',') {
      // Enter adds a tag rather than submitting the form; an empty box lets Enter submit.
      if (event.key === ',' || draft.trim() !== '') {
        event.preventDefault();
        add(highlight >= 0 && matches[highlight] ? matches[highlight] : draft);
      }
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    } else if (event.key === 'Escape' && matches.length > 0) {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
      setHighlight(-1);
    }
  };

  const describedByAll = [describedBy, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-2">
      {value.length > 0 ? (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {value.map((tag) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full border bg-muted py-0.5 pr-1 pl-2.5 text-sm"
            >
              {tag}
              <button
                type="button"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove tag ${tag}`}
                className="inline-flex size-5 items-center justify-center rounded-full hover:bg-secondary"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={highlight >= 0 && matches[highlight] ? `${listId}-${highlight}` : undefined}
          aria-invalid={invalid || problem ? true : undefined}
          aria-describedby={describedByAll}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setDismissed(false);
            setHighlight(-1);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          placeholder="Type a tag and press Enter"
          autoComplete="off"
          className={inputStyles()}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Tag suggestions"
          hidden={matches.length === 0}
          className="absolute inset-x-0 top-full z-10 mt-1 rounded-md border bg-background p-1 shadow-lg"
        >
          {matches.map((tag, i) => (
            <li
              key={tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlight}
              // Pointer down, not click: the input keeps focus.
              onMouseDown={(e) => {
                e.preventDefault();
                add(tag);
              }}
              className="cursor-default rounded px-2 py-1 text-sm aria-selected:bg-muted"
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <FieldError id={`${id}-problem`}>{problem}</FieldError>
    </div>
  );
}
