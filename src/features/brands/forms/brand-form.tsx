import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { inputStyles } from '@/components/ui/input-styles';
import { applyServerErrors } from './apply-server-errors';
import { BrandFormSchema, type BrandFormValues } from './brand-schemas';
import { InstructionField } from './instruction-field';
import type { ThemePickerSlotProps } from '../slots';

interface BrandFormProps {
  defaultValues: BrandFormValues;
  /** Resolves when saved; rejects with the API error, which lands on the fields when it can. */
  onSubmit: (values: BrandFormValues) => Promise<unknown>;
  isPending: boolean;
  submitLabel: string;
  org: string | undefined;
  themeSearch: string;
  onThemeSearchChange: (search: string) => void;
  /** Reports the chosen theme id, so the page can preview it live. */
  onThemeChange: (themeId: string) => void;
  renderThemePicker: (props: ThemePickerSlotProps) => ReactNode;
  /** Where unexpected failures (not about a field) are reported, e.g. a toast. */
  onUnexpectedError: (error: unknown) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Called with the typed text as it changes, to keep a draft. */
  onTextChange?: (text: { name: string; ai_instruction: string }) => void;
  /** A line beside the submit button, e.g. where the brand will be created. */
  submitNote?: ReactNode;
}

/**
 * Name, theme and AI instruction. Validation is the contract's; a server 400 lands on its fields;
 * whatever happens, the typed values stay in the form.
 */
export function BrandForm(props: BrandFormProps) {
  const id = useId();
  const form = useForm<BrandFormValues>({ resolver: zodResolver(BrandFormSchema), defaultValues: props.defaultValues });
  const { errors, isDirty } = form.formState;
  const { onDirtyChange } = props;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const [name, instruction] = useWatch({ control: form.control, name: ['name', 'ai_instruction'] });
  const instructionLength = instruction.length;
  const { onTextChange } = props;
  useEffect(() => onTextChange?.({ name, ai_instruction: instruction }), [name, instruction, onTextChange]);
  // The form is the page's whole purpose: typing can start at once, without a click or tabbing.
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await props.onSubmit(values);
    } catch (error) {
      if (!applyServerErrors(error, form.setError, ['name', 'theme_id', 'ai_instruction'], 'theme_id')) {
        props.onUnexpectedError(error);
      }
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
      <FormError
        message={errors.root?.server?.message}
        className="rounded-md border border-destructive/40 p-3 text-sm text-destructive"
      />
      <Field id={`${id}-name`} label="Name" error={errors.name?.message}>
        <input
          id={`${id}-name`}
          {...form.register('name')}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          className={inputStyles('h-10')}
        />
      </Field>
      <Controller
        control={form.control}
        name="theme_id"
        render={({ field, fieldState }) => (
          <div>
            {props.renderThemePicker({
              org: props.org,
              value: field.value || null,
              onChange: (theme) => {
                field.onChange(theme.id);
                props.onThemeChange(theme.id);
              },
              search: props.themeSearch,
              onSearchChange: props.onThemeSearchChange,
              label: 'Theme',
              error: fieldState.error?.message,
            })}
          </div>
        )}
      />
      <InstructionField
        id={`${id}-instruction`}
        label="AI instruction (optional)"
        registration={form.register('ai_instruction')}
        length={instructionLength}
        error={errors.ai_instruction?.message}
        onSubmitShortcut={() => void submit()}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? 'Creating…' : props.submitLabel}
        </Button>
        {props.submitNote ? <p className="text-sm text-muted-foreground">{props.submitNote}</p> : null}
      </div>
    </form>
  );
}
