import { useSearchParams } from 'react-router';
import { ThemeEditorPage } from '@/features/themes/editor/theme-editor-page';
import { useScope } from '@/hooks/use-scope';

/** `/themes/new`: a blank theme, or `?from=<theme id>` a copy of one. `&brand=`: opened from that brand. */
export function ThemeNewRoute() {
  const { org } = useScope();
  const [params] = useSearchParams();
  const from = params.get('from') ?? undefined;
  return <ThemeEditorPage key={from ?? ''} from={from} org={org} brandId={params.get('brand') ?? undefined} />;
}
