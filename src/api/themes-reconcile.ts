import { apiPaths, normalizeHex, THEME_COLOR_TOKENS, ThemeList, withQuery, type Theme, type ThemeCreate } from '@contract';
import { apiFetch } from './client';
import { isAmbiguousFailure } from './write-policy';

/** Server and browser clocks differ; a theme created this long before the click is not ours. */
const CLOCK_SLACK_MS = 60_000;

/**
 * After a POST that may or may not have been processed (no answer, a 5xx), look for the theme in
 * the newest page instead of sending it again (a POST is never re-sent). A match has the same name,
 * fonts and colours, was created after the click and was not known before. Null when nothing
 * matches or the check itself fails: the caller reports the original error and keeps the draft.
 */
export async function reconcileCreatedTheme(
  error: unknown,
  body: ThemeCreate,
  startedAt: number,
  knownIds: ReadonlySet<string>,
): Promise<Theme | null> {
  if (!isAmbiguousFailure(error)) return null;
  try {
    const page = await apiFetch(withQuery(apiPaths.themes.list, { limit: 20, org_id: body.org_id }), {
      schema: ThemeList,
    });
    return (
      page.data.find(
        (theme) =>
          theme.is_custom &&
          !knownIds.has(theme.id) &&
          theme.name === body.name &&
          theme.font_primary === body.font_primary &&
          theme.font_secondary === body.font_secondary &&
          THEME_COLOR_TOKENS.every((t) => theme.colors[t].toUpperCase() === normalizeHex(body.colors[t])) &&
          Date.parse(theme.created_at) >= startedAt - CLOCK_SLACK_MS,
      ) ?? null
    );
  } catch {
    return null;
  }
}
