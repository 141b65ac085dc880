import { z } from 'zod';
import { HexColorInput, ThemeCreate } from '@contract';
import type { ImportResult } from './import-result';
import { COLOR_TOKENS, type ColorToken } from './theme-draft';

/**
 * The review form's schema, derived from the contract's ThemeCreate (so the browser refuses what
 * the API refuses), with one friendlier message for a token the import did not find.
 */
const colour = z.string().trim().min(1, 'Missing: fill in a colour before creating.').pipe(HexColorInput);
export const ImportReviewSchema = ThemeCreate.pick({ name: true, font_primary: true, font_secondary: true }).extend({
  colors: z.strictObject(Object.fromEntries(COLOR_TOKENS.map((t) => [t, colour])) as Record<ColorToken, typeof colour>),
});
export type ImportReviewInput = z.input<typeof ImportReviewSchema>;
export type ImportReviewValues = z.output<typeof ImportReviewSchema>;

/** Used when the import names no font: the API needs one, and the user can change it. */
export const DEFAULT_FONT = 'Inter';

/** The form's starting values from what the import found; missing tokens start empty. */
export function reviewDefaults(result: ImportResult): ImportReviewInput {
  return {
    name: result.name ?? '',
    font_primary: result.font_primary ?? DEFAULT_FONT,
    font_secondary: result.font_secondary ?? DEFAULT_FONT,
    colors: Object.fromEntries(
      COLOR_TOKENS.map((t) => {
        const match = result.tokens[t];
        return [t, match.status === 'missing' ? '' : match.value];
      }),
    ) as Record<ColorToken, string>,
  };
}
