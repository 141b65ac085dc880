import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { PaletteGroup } from './palette-group';
import { PaletteItem } from './palette-item';
import { scopedPath } from './scoped-path';
import type { usePaletteObjects } from './use-palette-objects';

interface PaletteObjectsProps {
  found: ReturnType<typeof usePaletteObjects>;
  org: string | undefined;
  run: (action: () => void) => void;
}

/** The matching brands, assets and themes, each opening its page. */
export function PaletteObjects({ found, org, run }: PaletteObjectsProps) {
  const navigate = useNavigate();
  const go = (pathname: string) => run(() => void navigate(scopedPath(pathname, org)));
  return (
    <>
      <PaletteGroup heading="Brands">
        {found.brands.map((brand) => (
          <PaletteItem key={brand.id} value={`brand ${brand.id}`} onSelect={() => go(paths.brand.href(brand.id))}>
            {brand.name}
          </PaletteItem>
        ))}
      </PaletteGroup>
      <PaletteGroup heading="Assets">
        {found.assets.map((asset) => (
          <PaletteItem
            key={asset.id}
            value={`asset ${asset.id}`}
            detail={asset.type}
            onSelect={() => go(paths.asset.href(asset.id))}
          >
            {asset.name}
          </PaletteItem>
        ))}
      </PaletteGroup>
      <PaletteGroup heading="Themes">
        {found.themes.map((theme) => (
          <PaletteItem key={theme.id} value={`theme ${theme.id}`} onSelect={() => go(paths.theme.href(theme.id))}>
            {theme.name}
          </PaletteItem>
        ))}
      </PaletteGroup>
    </>
  );
}
