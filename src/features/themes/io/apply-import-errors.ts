import type { UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import type { ImportReviewInput } from './import-schema';
import { COLOR_TOKENS } from './theme-draft';

type FieldPath = 'name' | 'font_primary' | 'font_secondary' | `colors.${(typeof COLOR_TOKENS)[number]}`;
const FIELDS = new Set<string>(['name', 'font_primary', 'font_secondary', ...COLOR_TOKENS.map((t) => `colors.${t}`)]);

/**
 * A failed create's reasons where the user looks: a 400's details on their fields (`colors.primary`
 * included), a 404 or 405 as "this API cannot save themes" (the public docs promise only reads),
 * any other 4xx on the form. Returns false for what is not about the input (5xx, network, 429).
 */
export function applyImportErrors(
  error: unknown,
  setError: UseFormSetError<ImportReviewInput>,
): 'placed' | 'cannot-save' | false {
  if (!isApiError(error)) return false;
  if (error.status === 404 || error.status === 405) {
    setError('root.server', {
      type: 'server',
      message: `This API cannot save themes (it answered ${error.status}). Your import is kept: the export below gives it to you as a file or as an API request.`,
    });
    return 'cannot-save';
  }
  if (error.status < 400 || error.status >= 500 || error.status === 429) return false;
  let placed = false;
  for (const detail of error.status === 400 ? error.details : []) {
    if (!FIELDS.has(detail.path)) continue;
    setError(detail.path as FieldPath, { type: 'server', message: detail.message }, { shouldFocus: !placed });
    placed = true;
  }
  if (!placed) setError('root.server', { type: 'server', message: error.message });
  return 'placed';
}
