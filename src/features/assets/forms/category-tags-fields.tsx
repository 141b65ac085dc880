import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { inputStyles } from '@/components/ui/input-styles';
import { TagInput } from './tag-input';

interface CategoryAndTags {
  category: string;
  tags: string[];
}

interface CategoryTagsFieldsProps {
  /** The form's useId(): control ids are `${id}-category` and `${id}-tags`. */
  id: string;
  knownTags: readonly string[];
  /** Adds "(optional)" to the labels, where the form has required fields beside these. */
  markOptional?: boolean;
  /** The tag text typed but not added yet (see TagInput). */
  onTagDraftChange?: (draft: string) => void;
}

/** The category and tag fields that adding and editing an asset share, inside the form's FormProvider. */
export function CategoryTagsFields({ id, knownTags, markOptional = false, onTagDraftChange }: CategoryTagsFieldsProps) {
  const { register, control, formState } = useFormContext<CategoryAndTags>();
  const { errors } = formState;
  const suffix = markOptional ? ' (optional)' : '';
  const describe = (field: keyof CategoryAndTags) => (errors[field] ? `${id}-${field}-error` : undefined);
  return (
    <>
      <Field id={`${id}-category`} label={`Category${suffix}`} error={errors.category?.message}>
        <input
          id={`${id}-category`}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={describe('category')}
          className={inputStyles()}
          {...register('category')}
        />
      </Field>
      <Field id={`${id}-tags`} label={`Tags${suffix}`} error={errors.tags?.message ?? errors.tags?.root?.message}>
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TagInput
              id={`${id}-tags`}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              suggestions={knownTags}
              invalid={Boolean(errors.tags)}
              describedBy={describe('tags')}
              onDraftChange={onTagDraftChange}
            />
          )}
        />
      </Field>
    </>
  );
}
