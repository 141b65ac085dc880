import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { apiPaths, BrandList, withQuery } from '@contract';
import { brandQueries } from '@/api/brands';
import { apiFetch } from '@/api/client';
import { organizationQueries } from '@/api/organizations';
import { cursorAfter } from '@/lib/id-cursor';

/**
 * A brand opened from a link without `?org=` (the API resolves it by id alone) may belong to an
 * organization. A brand names no scope, so each of the user's organizations is asked for its
 * first brand after a cursor just above this id: the scope whose answer starts with the brand
 * owns it. The finding is written into the URL (replacing the entry), so the scope switcher,
 * the navigation and "Back to brands" all show the brand's own scope; none found is personal.
 */
export function useBrandOwnScope(id: string, org: string | undefined) {
  const navigate = useNavigate();
  const location = useLocation();
  const after = cursorAfter(id);
  const organizations = useQuery({ ...organizationQueries.list(), enabled: org === undefined && after !== undefined });
  const orgIds = organizations.data?.data.map((o) => o.id) ?? [];
  const owner = useQuery({
    // Under the brand lists' key, so whatever refreshes brand lists refreshes this too.
    queryKey: [...brandQueries.lists(), 'owner', id, orgIds] as const,
    queryFn: async ({ signal }) => {
      const cursor = cursorAfter(id);
      const firsts = await Promise.all(
        orgIds.map((orgId) =>
          apiFetch(withQuery(apiPaths.brands.list, { limit: 1, after: cursor, org_id: orgId }), { schema: BrandList, signal }),
        ),
      );
      return orgIds.find((_, index) => firsts[index]!.data[0]?.id === id) ?? null;
    },
    enabled: org === undefined && after !== undefined && orgIds.length > 0,
    staleTime: Infinity,
  });
  const found = org === undefined ? owner.data : null;

  useEffect(() => {
    if (!found) return;
    const params = new URLSearchParams(location.search);
    params.set('org', found);
    void navigate({ search: `?${params.toString()}`, hash: location.hash }, { replace: true });
  }, [found, location.search, location.hash, navigate]);
}
