import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { ASSET_TYPES, USAGE_MODES, type Brand } from '@contract';
import { isApiError } from '@/api/client';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { inputStyles } from '@/components/ui/input-styles';
import { EditAssetSchema, fieldOf, toPatch, type EditAssetValues } from './asset-form-schemas';
import { TYPE_LABELS, USAGE_LABELS } from '../format';
import { CategoryTagsFields } from './category-tags-fields';

const FIELDS = ['name', 'type', 'usage_mode', 'brand_id', 'category', 'tags'] as const;

interface AssetEditFormProps {
  defaultValues: EditAssetValues;
  brands: readonly Brand[];
  knownTags: readonly string[];
  isPending: boolean;
  /** Gets only the changed fields; resolves with the saved values, rejects with the ApiError. */
  onSubmit: (patch: ReturnType<typeof toPatch>) => Promise<EditAssetValues>;
  /** Reports unsaved work (a changed field, or tag text not added yet), so closing can ask first. */
  onUnsavedChange?: (unsaved: boolean) => void;
}

/**
 * The asset's editable fields. Only changed fields are sent; after a failure every typed
 * character stays and server messages sit under their fields.
 */
export function AssetEditForm({
  defaultValues,
  brands,
  knownTags,
  isPending,
  onSubmit,
  onUnsavedChange,
}: AssetEditFormProps) {
  const id = useId();
  const form = useForm<EditAssetValues>({ resolver: zodResolver(EditAssetSchema), defaultValues });
  const { register, handleSubmit, setError, reset, formState } = form;
  const { errors, isDirty } = formState;
  const baseline = useRef(defaultValues);
  const inFlight = useRef(false);
  const [saved, setSaved] = useState(false);
  const [tagDraft, setTagDraft] = useState('');
  const unsaved = isDirty || tagDraft.trim() !== '';
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);
  useEffect(() => () => onUnsavedChange?.(false), [onUnsavedChange]);

  const onValid = async (values: EditAssetValues) => {
    if (inFlight.current) return;
    const patch = toPatch(values, baseline.current);
    if (Object.keys(patch).length === 0) return;
    inFlight.current = true;
    setSaved(false);
    try {
      const next = await onSubmit(patch);
      baseline.current = next;
      reset(next);
      setSaved(true);
    } catch (error) {
      let mapped = false;
      for (const detail of isApiError(error) && error.status === 400 ? error.details : []) {
        const field = fieldOf(detail.path, FIELDS);
        if (!field) continue;
        setError(field, { type: 'server', message: detail.message }, { shouldFocus: !mapped });
        mapped = true;
      }
      if (!mapped) setError('root.server', { type: 'server', message: `Not saved: ${errorMessage(error)}` });
    } finally {
      inFlight.current = false;
    }
  };

  const describe = (field: (typeof FIELDS)[number]) => (errors[field] ? `${id}-${field}-error` : undefined);
  const select = (field: 'type' | 'usage_mode' | 'brand_id', options: Array<[string, string]>) => (
    <select
      id={`${id}-${field}`}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describe(field)}
      className={inputStyles()}
      {...register(field)}
    >
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void handleSubmit(onValid)(event)}
        noValidate
        aria-label="Edit asset"
        className="flex flex-col gap-4"
      >
        <Field id={`${id}-name`} label="Name" error={errors.name?.message}>
          <input
            id={`${id}-name`}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describe('name')}
            className={inputStyles()}
            {...register('name')}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id={`${id}-type`} label="Type" error={errors.type?.message}>
            {select(
              'type',
              ASSET_TYPES.map((t) => [t, TYPE_LABELS[t]]),
            )}
          </Field>
          <Field id={`${id}-usage_mode`} label="Usage" error={errors.usage_mode?.message}>
            {select(
              'usage_mode',
              USAGE_MODES.map((m) => [m, USAGE_LABELS[m]]),
            )}
          </Field>
          <Field id={`${id}-brand_id`} label="Brand" error={errors.brand_id?.message}>
            {select('brand_id', [
              ['', 'No brand'],
              ...brands.map((b): [string, string] => [b.id, b.name]),
              // A link to a brand not in the list (still loading, another page) must not read as "No brand".
              ...(defaultValues.brand_id && !brands.some((b) => b.id === defaultValues.brand_id)
                ? [[defaultValues.brand_id, 'Current brand'] as [string, string]]
                : []),
            ])}
          </Field>
        </div>
        <CategoryTagsFields id={id} knownTags={knownTags} onTagDraftChange={setTagDraft} />
        <FormError message={errors.root?.server?.message} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isPending || !isDirty}>
            {isPending ? 'Saving…' : 'Save changes'}
          </Button>
          <p role="status" className="text-sm text-muted-foreground">
            {saved && !isDirty ? 'Saved' : ''}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
