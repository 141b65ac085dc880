import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Theme } from '@contract';
import { brandQueries, useUpdateBrand } from '@/api/brands';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/components/ui/error-state';
import { paths } from '@/config/paths';
import { withScope } from '../studio-href';

interface ApplyToBrandOfferProps {
  brandId: string;
  theme: Theme;
  org: string | undefined;
  onDismiss: () => void;
}

/**
 * After saving a theme opened from a brand's page ("Customize theme"): offers to give that brand
 * the theme and go back to it. Already its theme (a custom theme edited in place): only go back.
 */
export function ApplyToBrandOffer({ brandId, theme, org, onDismiss }: ApplyToBrandOfferProps) {
  const brand = useQuery(brandQueries.detail(brandId));
  const update = useUpdateBrand(brandId);
  const navigate = useNavigate();
  const back = () => void navigate(withScope(paths.brand.href(brandId), org));
  if (!brand.data) return null;
  const uses = brand.data.theme_id === theme.id;
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-success/40 bg-card p-4">
      <p className="flex-1 text-sm">
        {uses
          ? `Saved. ${brand.data.name} uses this theme and shows the change.`
          : `Saved. Use ${theme.name} for ${brand.data.name}?`}
      </p>
      {uses ? (
        <Button size="sm" onClick={back}>
          Back to {brand.data.name}
        </Button>
      ) : (
        <Button
          size="sm"
          disabled={update.isPending}
          onClick={() => update.mutate({ patch: { theme_id: theme.id }, theme }, { onSuccess: back })}
        >
          {update.isPending ? 'Applying…' : `Apply to ${brand.data.name} and go back`}
        </Button>
      )}
      <Button size="sm" variant="outline" onClick={onDismiss}>
        Not now
      </Button>
      {update.isError ? (
        <p role="alert" className="w-full text-sm text-destructive">
          The theme was not applied. {errorMessage(update.error)}
        </p>
      ) : null}
    </div>
  );
}
