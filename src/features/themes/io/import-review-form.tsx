import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { inputStyles } from '@/components/ui/input-styles';
import { BUNDLED_FONTS } from '@/lib/fonts-catalog';
import { applyImportErrors } from './apply-import-errors';
import { ImportIssues } from './import-issues';
import { IMPORT_FORMAT_LABELS, type ImportResult } from './import-result';
import { ImportReviewSchema, type ImportReviewInput, type ImportReviewValues } from './import-schema';
import { TokenReviewRow } from './token-review-row';
import { COLOR_TOKENS } from './theme-draft';

interface ImportReviewFormProps {
  result: ImportResult;
  defaultValues: ImportReviewInput;
  /** Resolves when created; rejects with the API error, which lands on the fields when it can. */
  onSubmit: (values: ImportReviewValues) => Promise<unknown>;
  isPending: boolean;
  onBack: () => void;
  /** The values as they change, to keep a draft. */
  onValuesChange: (values: ImportReviewInput) => void;
  onUnexpectedError: (error: unknown) => void;
  /** Shown when the API cannot save themes, with the values as typed (an export). */
  renderCannotSave: (values: ImportReviewInput) => ReactNode;
}

const FONT_NAMES = Object.keys(BUNDLED_FONTS);

/** The mapping review: every token with how it was found and its editable colour, then name and fonts. */
export function ImportReviewForm(props: ImportReviewFormProps) {
  const id = useId();
  const form = useForm<ImportReviewInput, unknown, ImportReviewValues>({
    resolver: zodResolver(ImportReviewSchema),
    defaultValues: props.defaultValues,
  });
  const { errors } = form.formState;
  const values = useWatch({ control: form.control }) as ImportReviewInput;
  const { onValuesChange } = props;
  useEffect(() => onValuesChange(values), [values, onValuesChange]);
  const [cannotSave, setCannotSave] = useState(false);
  const counts = { matched: 0, guessed: 0, missing: 0 };
  for (const token of COLOR_TOKENS) counts[props.result.tokens[token].status]++;

  const submit = form.handleSubmit(async (valid) => {
    try {
      await props.onSubmit(valid);
    } catch (error) {
      const placed = applyImportErrors(error, form.setError);
      setCannotSave(placed === 'cannot-save');
      if (!placed) props.onUnexpectedError(error);
    }
  });

  const fontField = (name: 'font_primary' | 'font_secondary', label: string, found: string | null) => (
    <Field id={`${id}-${name}`} label={label} error={errors[name]?.message} hint={found ? undefined : 'Not in the import; change it if you like.'}>
      <input
        id={`${id}-${name}`}
        {...form.register(name)}
        list={`${id}-fonts`}
        autoComplete="off"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[found ? null : `${id}-${name}-hint`, errors[name] ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined}
        className={inputStyles()}
      />
    </Field>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6" aria-labelledby={`${id}-heading`}>
      <div className="flex flex-col gap-1">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          Review the mapping
        </h2>
        <p className="text-sm text-muted-foreground" data-summary="">
          Read as {IMPORT_FORMAT_LABELS[props.result.format]}: {counts.matched} matched, {counts.guessed} guessed,{' '}
          {counts.missing} missing. Check every guess and fill in what is missing.
        </p>
      </div>
      <ImportIssues issues={props.result.issues} />
      <FormError message={errors.root?.server?.message} />
      {cannotSave ? props.renderCannotSave(form.getValues()) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${id}-name`} label="Name" error={errors.name?.message}>
          <input
            id={`${id}-name`}
            {...form.register('name')}
            autoComplete="off"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            className={inputStyles()}
          />
        </Field>
        {fontField('font_primary', 'Primary font', props.result.font_primary)}
        {fontField('font_secondary', 'Secondary font', props.result.font_secondary)}
        <datalist id={`${id}-fonts`}>
          {FONT_NAMES.map((font) => (
            <option key={font} value={font} />
          ))}
        </datalist>
      </div>
      <div className="overflow-x-auto rounded-md border px-3">
        <table className="w-full text-sm">
          <caption className="sr-only">The 13 theme colours, how each was found, and its value</caption>
          <thead>
            <tr className="border-b text-left text-muted-foreground">
              <th scope="col" className="py-2 pr-3 font-medium">Token</th>
              <th scope="col" className="py-2 pr-3 font-medium">Found</th>
              <th scope="col" className="py-2 pr-3 font-medium">Swatch</th>
              <th scope="col" className="py-2 font-medium">Colour</th>
            </tr>
          </thead>
          <tbody>
            {COLOR_TOKENS.map((token) => (
              <TokenReviewRow
                key={token}
                token={token}
                match={props.result.tokens[token]}
                value={values.colors?.[token] ?? ''}
                registration={form.register(`colors.${token}`)}
                onPick={(hex) => form.setValue(`colors.${token}`, hex, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
                error={errors.colors?.[token]?.message}
                idBase={id}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? 'Creating…' : 'Create theme'}
        </Button>
        <Button variant="outline" onClick={props.onBack}>
          Back to the text
        </Button>
      </div>
    </form>
  );
}
