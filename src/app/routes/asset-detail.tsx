import { useParams } from 'react-router';
import { AssetDetailPanel } from '@/features/assets/detail/asset-detail-panel';

export function AssetDetailRoute() {
  const { id = '' } = useParams();
  // Keyed by id: moving to another asset starts a fresh panel (form, focus, scroll).
  return <AssetDetailPanel key={id} id={id} />;
}
