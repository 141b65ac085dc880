import { useParams, useSearchParams } from 'react-router';
import { ThemeEditorPage } from '@/features/themes/editor/theme-editor-page';
import { useScope } from '@/hooks/use-scope';

/** `/themes/:id`: edit a custom theme (a system theme opens read-only). `&brand=`: opened from that brand. */
export function ThemeEditorRoute() {
  const { id = '' } = useParams();
  const { org } = useScope();
  const [params] = useSearchParams();
  return <ThemeEditorPage key={id} id={id} org={org} brandId={params.get('brand') ?? undefined} />;
}
