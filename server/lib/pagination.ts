import type { List } from '../../contract/common.ts';

/** Rows must be queried with LIMIT limit + 1: the extra row only tells whether more exist. */
export function page<T>(rows: T[], limit: number): List<T> {
  return { object: 'list', data: rows.slice(0, limit), has_more: rows.length > limit };
}
