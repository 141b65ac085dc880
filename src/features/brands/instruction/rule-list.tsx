import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputStyles } from '@/components/ui/input-styles';
import { formatCount } from '@/lib/format-count';
import { ruleAnnouncements, ruleDragInstructions } from './rule-announcements';
import { RuleRow } from './rule-row';

// Ids for rules, unique on the page; only ever compared, never shown.
let ruleSeq = 0;

interface RuleListProps {
  id: string;
  /** "Always" or "Never". */
  list: string;
  items: readonly string[];
  /** `field` names the input that made the change, for the over-the-limit message. */
  onChange: (items: string[], field: string) => void;
  /** The characters this section takes. */
  size: number;
  errorFor: (field: string) => string | undefined;
  /** Why these rules would not fit the budget, or null: a new rule that does not fit is not added. */
  refuse: (items: string[]) => string | null;
}

/**
 * A rule list: add, edit in place, delete, reorder by drag (pointer or keyboard: Space, arrows,
 * Space) and by the Move up / Move down buttons, with every move announced.
 */
export function RuleList({ id, list, items, onChange, size, errorFor, refuse }: RuleListProps) {
  // Stable ids per rule, so a drag and the focus follow the rule, not its position.
  const fresh = () => `${id}-r${(ruleSeq += 1)}`;
  const [ids, setIds] = useState<string[]>(() => items.map(fresh));
  let keys = ids;
  if (ids.length !== items.length) {
    keys = items.map((_, i) => ids[i] ?? fresh());
    setIds(keys);
  }
  const [said, setSaid] = useState('');
  const [draft, setDraft] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const addId = `${id}-new`;

  const move = (from: number, to: number, announce: boolean) => {
    if (to < 0 || to >= items.length || from === to) return;
    setIds(arrayMove(keys, from, to));
    onChange(arrayMove([...items], from, to), `${id}-list`);
    if (announce) setSaid(`Moved ${list} rule “${items[from]}” to position ${to + 1} of ${items.length}.`);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) move(keys.indexOf(String(active.id)), keys.indexOf(String(over.id)), false);
  };
  const add = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (!draft.trim()) return;
    const refused = refuse([...items, draft.trim()]);
    setAddError(refused);
    if (refused) return;
    setIds([...keys, fresh()]);
    onChange([...items, draft.trim()], addId);
    setSaid(`Added ${list} rule “${draft.trim()}”.`);
    setDraft('');
  };
  const labelOf = (key: string | number) => items[keys.indexOf(String(key))] ?? '';

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{list} rules</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {items.length} {items.length === 1 ? 'rule' : 'rules'} · {formatCount(size)} characters
      </p>
      {items.length ? (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: ruleAnnouncements(list, keys, labelOf),
            screenReaderInstructions: ruleDragInstructions,
          }}
        >
          <SortableContext items={keys} strategy={verticalListSortingStrategy}>
            <ol aria-label={`${list} rules`} className="flex flex-col gap-2">
              {items.map((text, index) => (
                <RuleRow
                  key={keys[index]}
                  sortId={keys[index]!}
                  inputId={`${id}-${index}`}
                  list={list}
                  index={index}
                  count={items.length}
                  text={text}
                  error={errorFor(`${id}-${index}`)}
                  onEdit={(value) =>
                    onChange(
                      items.map((t, i) => (i === index ? value : t)),
                      `${id}-${index}`,
                    )
                  }
                  onMove={(to) => move(index, to, true)}
                  onDelete={() => {
                    setIds(keys.filter((_, i) => i !== index));
                    onChange(
                      items.filter((_, i) => i !== index),
                      `${id}-list`,
                    );
                    setSaid(`Deleted ${list} rule “${text}”.`);
                  }}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      ) : null}
      {/* Not a nested <form>: Enter in the field adds the rule instead of saving the instruction. */}
      <div className="flex flex-wrap items-start gap-2">
        <input
          id={addId}
          aria-label={`New ${list} rule`}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setAddError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) add(e);
          }}
          aria-invalid={addError ? true : undefined}
          aria-describedby={addError ? `${addId}-error` : undefined}
          className={inputStyles('min-w-48 flex-1')}
          placeholder={list === 'Always' ? 'e.g. Use short sentences' : 'e.g. Use jargon'}
        />
        <Button variant="outline" onClick={add}>
          Add {list} rule
        </Button>
      </div>
      {addError ? (
        <p id={`${addId}-error`} role="alert" className="text-sm font-medium text-destructive">
          {addError}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {said}
      </p>
    </fieldset>
  );
}
