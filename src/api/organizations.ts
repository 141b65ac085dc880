import { queryOptions } from '@tanstack/react-query';
import { apiPaths, OrganizationList } from '@contract';
import { apiFetch } from './client';

export const organizationQueries = {
  all: () => ['organizations'] as const,
  list: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(apiPaths.organizations, { schema: OrganizationList, signal }),
      staleTime: 5 * 60_000,
    }),
};
