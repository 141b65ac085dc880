import type { z } from 'zod';

/*
 * Text the user names things with. Control characters have no place in a one-line label, and bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a name display as something else,
 * e.g. "logo\u202Egnp.exe" shows as "logoexe.png". Lone surrogates cannot be stored as UTF-8 at all.
 * Shared here so the forms and the server refuse exactly the same values.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** What is wrong with `value` as text, or null: the first rule it breaks, so each field gets one message. */
function textProblem(value: string, control: RegExp, bidi: boolean): string | null {
  if (LONE_SURROGATE.test(value)) return 'Must be well-formed Unicode text';
  if (control.test(value)) return 'Must not contain control characters';
  if (bidi && BIDI_CONTROL.test(value)) return 'Must not contain text-direction override characters';
  return null;
}

const withTextRules = (schema: z.ZodString, control: RegExp, bidi: boolean) =>
  schema.superRefine((value, ctx) => {
    const message = textProblem(value, control, bidi);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

/** A one-line label (names, tags, categories): no control characters or line breaks, no bidi overrides. */
export const safeText = (schema: z.ZodString) => withTextRules(schema, CONTROL, true);

/** Free text that may span lines: tabs and line breaks are fine, other control characters are not. */
export const safeMultilineText = (schema: z.ZodString) => withTextRules(schema, CONTROL_BUT_LINE_BREAKS, false);

/** `value` with every character a label may not hold removed: for labels the server makes up itself. */
export function stripUnsafeText(value: string): string {
  return value.replace(new RegExp(`${LONE_SURROGATE.source}|${CONTROL.source}|${BIDI_CONTROL.source}`, 'gu'), '');
}
