import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { organizationQueries } from '@/api/organizations';
import { useScope } from '@/hooks/use-scope';
import { scopeTarget } from './scope-target';

/**
 * Personal scope or one of the caller's organizations (GET /v1/organizations). The choice is
 * `?org=` in the URL, read by every list and create through useScope. A native select: keyboard
 * and screen reader support for free, and it keeps its size while the organizations load.
 */
export function ScopeSwitcher() {
  const id = useId();
  const { org } = useScope();
  const location = useLocation();
  const navigate = useNavigate();
  const organizations = useQuery(organizationQueries.list());
  const known = organizations.data?.data ?? [];
  const unknownOrg = org !== undefined && organizations.isSuccess && !known.some((o) => o.id === org);

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted-foreground">
        Scope
      </label>
      <select
        id={id}
        value={org ?? ''}
        aria-busy={organizations.isPending}
        onChange={(event) => navigate(scopeTarget(location.pathname, location.search, event.target.value || undefined))}
        className="h-9 w-48 truncate rounded-md border border-input bg-background px-2"
      >
        <option value="">Personal</option>
        {known.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
        {/* Keep the URL's choice visible even while loading or when it names no organization of ours. */}
        {org !== undefined && (organizations.isPending || organizations.isError || unknownOrg) ? (
          <option value={org}>{organizations.isPending ? 'Loading…' : 'Unknown organization'}</option>
        ) : null}
      </select>
    </div>
  );
}
