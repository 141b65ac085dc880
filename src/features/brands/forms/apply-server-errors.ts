import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/api-error';

/**
 * Puts a failed save's reasons where the user looks: a 400's `details` on their fields (by the
 * first segment of `path`), anything else on the form as a whole. A 404 on create means the
 * chosen theme no longer resolves. Returns false when the error is not about the input (5xx,
 * network), so the caller reports it another way. The typed text is never touched.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  themeField?: Path<T>,
): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 404 && themeField) {
    setError(themeField, {
      type: 'server',
      message: 'This theme was not found. It may have been deleted; choose another.',
    });
    return true;
  }
  if (error.status !== 400) return false;
  let placed = false;
  for (const detail of error.details) {
    const field = fields.find((name) => detail.path === name || detail.path.startsWith(`${name}.`));
    if (field) {
      setError(field, { type: 'server', message: detail.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) setError('root.server' as Path<T>, { type: 'server', message: error.message });
  return true;
}
