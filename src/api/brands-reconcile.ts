import { apiPaths, BrandList, withQuery, type Brand, type BrandCreate } from '@contract';
import { apiFetch } from './client';
import { isAmbiguousFailure } from './write-policy';

/** Server and browser clocks differ; a brand created this long before the click is not ours. */
const CLOCK_SLACK_MS = 60_000;

/**
 * After a POST that may or may not have been processed (no answer, or a 5xx from a proxy that
 * may have forwarded it), look for the brand in the newest page instead of sending it again
 * (a POST is never re-sent). A match has the same name, theme and instruction, was created after
 * the click, and was not in the list we already knew. Null when nothing matches or the check
 * itself fails: the caller then reports the original error and the form keeps the text.
 */
export async function reconcileCreatedBrand(
  error: unknown,
  body: BrandCreate,
  startedAt: number,
  knownIds: ReadonlySet<string>,
): Promise<Brand | null> {
  if (!isAmbiguousFailure(error)) return null;
  try {
    const page = await apiFetch(withQuery(apiPaths.brands.list, { limit: 20, org_id: body.org_id }), {
      schema: BrandList,
    });
    return (
      page.data.find(
        (brand) =>
          !knownIds.has(brand.id) &&
          brand.name === body.name &&
          brand.theme_id === body.theme_id &&
          (brand.ai_instruction ?? '') === (body.ai_instruction ?? '') &&
          Date.parse(brand.created_at) >= startedAt - CLOCK_SLACK_MS,
      ) ?? null
    );
  } catch {
    return null;
  }
}
