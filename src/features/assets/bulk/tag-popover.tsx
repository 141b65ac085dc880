import * as Popover from '@radix-ui/react-popover';
import { useId, useState, type FormEvent } from 'react';
import { AssetTag } from '@contract';
import { Button } from '@/components/ui/button';
import { buttonStyles } from '@/components/ui/button-styles';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';

interface TagPopoverProps {
  label: string;
  submitLabel: string;
  suggestions: readonly string[];
  disabled?: boolean;
  onSubmit: (tag: string) => void;
}

/** A small form in a popover: one tag, checked against the contract's limits before anything is sent. */
export function TagPopover({ label, submitLabel, suggestions, disabled, onSubmit }: TagPopoverProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AssetTag.safeParse(value.trim());
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a tag');
      return;
    }
    onSubmit(parsed.data);
    setOpen(false);
    setValue('');
    setError(null);
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger disabled={disabled} className={buttonStyles('outline', 'sm')}>
        {label}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          sideOffset={6}
          className="z-50 w-72 rounded-lg border bg-background p-3 text-foreground shadow-lg"
        >
          <form onSubmit={submit} noValidate className="flex flex-col gap-2">
            <label htmlFor={`${id}-tag`} className="text-sm font-medium">
              Tag
            </label>
            <input
              id={`${id}-tag`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              list={`${id}-suggestions`}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className={inputStyles()}
            />
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <FieldError id={`${id}-error`}>{error}</FieldError>
            <Button type="submit" size="sm">
              {submitLabel}
            </Button>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
