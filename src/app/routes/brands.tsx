import { Link } from 'react-router';
import { buttonStyles } from '@/components/ui/button-styles';
import { paths } from '@/config/paths';
import { BrandList } from '@/features/brands/list/brand-list';
import { scopedTo } from '@/features/brands/scoped-to';
import { useScope } from '@/hooks/use-scope';

export function BrandsRoute() {
  const { org } = useScope();
  return (
    <div className="flex flex-col gap-6">
      <title>Brands · Brandkit Studio</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">Brands</h1>
          <p className="text-muted-foreground">Themes, AI instructions and linked assets, one kit per brand.</p>
        </div>
        <Link to={scopedTo(paths.brandNew.href(), org)} className={buttonStyles('primary')} data-page-create>
          Create brand
        </Link>
      </div>
      {/* Keyed by scope: another scope is another list, with its own loading state and scroll. */}
      <BrandList key={org ?? 'personal'} org={org} />
    </div>
  );
}
