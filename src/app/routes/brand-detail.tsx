import { useParams } from 'react-router';
import { BrandDetail } from '@/features/brands/detail/brand-detail';
import { ThemePicker } from '@/features/themes/theme-picker';
import { ThemePreview } from '@/features/themes/theme-preview';
import { ThemeSummary } from '@/features/themes/theme-summary';
import { useBrandOwnScope } from '@/hooks/use-brand-scope';
import { useScope } from '@/hooks/use-scope';

/** A brand's page: the brands feature, with the themes feature's picker and preview plugged in. */
export function BrandDetailRoute() {
  const { id = '' } = useParams();
  const { org } = useScope();
  // Opened without `?org=`: find the brand's own scope and put it in the URL.
  useBrandOwnScope(id, org);
  return (
    <BrandDetail
      // Another brand is another page: no editor state carries over.
      key={id}
      id={id}
      org={org}
      renderThemePicker={(props) => <ThemePicker {...props} />}
      renderThemePreview={(theme) => <ThemePreview theme={theme} />}
      renderThemeSummary={(theme) => <ThemeSummary theme={theme} />}
    />
  );
}
