import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';
import { RenameSchema, type RenameValues } from './brand-schemas';
import { type InlineFieldFormProps, useInlineFormSync } from './use-inline-form-sync';

/** Renames in place: Enter saves, Escape cancels, the limit (1–100) is checked as you type. */
export function BrandNameForm({
  defaultValue,
  onSubmit,
  onCancel,
  onDirtyChange,
  onTextChange,
  serverError,
  isPending,
}: InlineFieldFormProps) {
  const id = useId();
  const form = useForm<RenameValues>({
    resolver: zodResolver(RenameSchema),
    defaultValues: { name: defaultValue },
    mode: 'onChange',
  });
  const { isDirty, errors } = form.formState;
  const error = errors.name?.message ?? errors.root?.server?.message;
  const text = useWatch({ control: form.control, name: 'name' });
  useInlineFormSync({
    field: 'name',
    text,
    isDirty,
    setError: form.setError,
    props: { onDirtyChange, onTextChange, serverError },
  });

  const submit = form.handleSubmit((values) => onSubmit(values.name));
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-2" noValidate>
      <label htmlFor={`${id}-name`} className="text-sm font-medium">
        Brand name
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={`${id}-name`}
          {...form.register('name')}
          readOnly={isPending}
          // The user just asked to rename: the field is where they want to be.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
          className={inputStyles('h-10 max-w-md flex-1 text-lg font-semibold')}
        />
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Checking…' : 'Save name'}
        </Button>
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </form>
  );
}
