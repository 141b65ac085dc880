import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The scope every list and create acts in lives in the URL (`?org=`), so views can be bookmarked.
 * `org` undefined is the personal scope.
 */
export function useScope() {
  const [params, setParams] = useSearchParams();
  const org = params.get('org') ?? undefined;
  const setOrg = useCallback(
    (next: string | undefined) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next) copy.set('org', next);
          else copy.delete('org');
          return copy;
        },
        { replace: false },
      ),
    [setParams],
  );
  return { org, setOrg };
}
