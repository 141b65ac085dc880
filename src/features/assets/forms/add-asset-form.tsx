import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { ASSET_TYPES, USAGE_MODES } from '@contract';
import { isApiError } from '@/api/client';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { inputStyles } from '@/components/ui/input-styles';
import { AddAssetSchema, fieldOf, type AddAssetValues } from './asset-form-schemas';
import { TYPE_LABELS, USAGE_LABELS } from '../format';
import { CategoryTagsFields } from './category-tags-fields';
import type { BrandChoice } from '@/lib/use-brand-name-index';

const FIELDS = ['source_url', 'name', 'type', 'usage_mode', 'brand_id', 'category', 'tags'] as const;
const NEXTDOCS_APP = 'https://app.nextdocs.io';

interface AddAssetFormProps {
  defaultValues: AddAssetValues;
  brands: readonly BrandChoice[];
  knownTags: readonly string[];
  isPending: boolean;
  /** Rejects with the ApiError on failure; the form maps it to fields and keeps every input. */
  onSubmit: (values: AddAssetValues) => Promise<void>;
  onCancel: () => void;
}

export function AddAssetForm({ defaultValues, brands, knownTags, isPending, onSubmit, onCancel }: AddAssetFormProps) {
  const id = useId();
  const form = useForm<AddAssetValues>({ resolver: zodResolver(AddAssetSchema), defaultValues, mode: 'onSubmit' });
  const { register, handleSubmit, setError, formState } = form;
  const { errors } = formState;
  // One request per submit, however fast the clicks or Enter presses come.
  const inFlight = useRef(false);

  const onValid = async (values: AddAssetValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await onSubmit(values);
    } catch (error) {
      const details = isApiError(error) && error.status === 400 ? error.details : [];
      let mapped = false;
      for (const detail of details) {
        const field = fieldOf(detail.path, FIELDS);
        if (!field) continue;
        setError(field, { type: 'server', message: detail.message }, { shouldFocus: !mapped });
        mapped = true;
      }
      if (!mapped) setError('root.server', { type: 'server', message: errorMessage(error) });
    } finally {
      inFlight.current = false;
    }
  };

  const describe = (field: (typeof FIELDS)[number], hint = false) =>
    [hint ? `${id}-${field}-hint` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void handleSubmit(onValid)(event)} noValidate className="flex flex-col gap-4">
        <Field
          id={`${id}-source_url`}
          label="Image or video address (https://)"
          error={errors.source_url?.message}
          hint={
            <>
              Files on your computer must be uploaded in NextDocs first; then add them here from their https:// address.{' '}
              <a
                href={NEXTDOCS_APP}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-primary underline"
              >
                Open NextDocs
              </a>
            </>
          }
        >
          <input
            id={`${id}-source_url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.source_url ? true : undefined}
            aria-describedby={describe('source_url', true)}
            className={inputStyles()}
            {...register('source_url')}
          />
        </Field>
        <Field
          id={`${id}-name`}
          label="Name (optional)"
          error={errors.name?.message}
          hint="Leave empty to use the file name."
        >
          <input
            id={`${id}-name`}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describe('name', true)}
            className={inputStyles()}
            {...register('name')}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id={`${id}-type`} label="Type" error={errors.type?.message}>
            <select id={`${id}-type`} className={inputStyles()} {...register('type')}>
              <option value="">Detect from the file</option>
              {ASSET_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-usage_mode`} label="Usage" error={errors.usage_mode?.message}>
            <select id={`${id}-usage_mode`} className={inputStyles()} {...register('usage_mode')}>
              <option value="">Default</option>
              {USAGE_MODES.map((m) => (
                <option key={m} value={m}>
                  {USAGE_LABELS[m]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-brand_id`} label="Brand" error={errors.brand_id?.message}>
            <select id={`${id}-brand_id`} className={inputStyles()} {...register('brand_id')}>
              <option value="">No brand</option>
              {brands.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <CategoryTagsFields id={id} knownTags={knownTags} markOptional />
        <FormError message={errors.root?.server?.message} />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="outline" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={isPending} aria-disabled={isPending}>
            {isPending ? 'Adding… (fetching the file)' : 'Add asset'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
