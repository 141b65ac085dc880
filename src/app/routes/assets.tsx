import { Outlet } from 'react-router';
import { AssetLibrary } from '@/features/assets/asset-library';

/** /assets, and the frame for /assets/:id: the detail panel is a child route drawn over the grid. */
export function AssetsRoute() {
  return <AssetLibrary panel={<Outlet />} />;
}
