/**
 * Joins complete class names, skipping falsy ones. Classes are never assembled from fragments
 * (`bg-${tone}`): Tailwind only generates classes it can read whole in the source.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
