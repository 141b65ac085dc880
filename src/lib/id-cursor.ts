/**
 * A cursor that sorts right after `id` and before every other id: `id` plus `-`, the lowest
 * character an id may hold (contract/common.ts, idPattern). Nothing about the id's body is
 * assumed, so it works for the sandbox's ULID-like ids and the real API's alike. A list asked for
 * items `after` it, newest first (ids descending), starts with `id` itself when `id` is in that list.
 * Undefined when the id would be too long to take one more character.
 */
export function cursorAfter(id: string): string | undefined {
  return id.length > 0 && id.length < 200 ? `${id}-` : undefined;
}
