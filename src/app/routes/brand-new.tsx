import { CreateBrand } from '@/features/brands/forms/create-brand';
import { ThemePicker } from '@/features/themes/theme-picker';
import { ThemePreview } from '@/features/themes/theme-preview';
import { ThemeSummary } from '@/features/themes/theme-summary';
import { useScope } from '@/hooks/use-scope';

export function BrandNewRoute() {
  const { org } = useScope();
  return (
    <div className="flex flex-col gap-6">
      <title>New brand · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">New brand</h1>
        <p className="text-muted-foreground">
          Name it, choose a theme and, if you like, tell the AI how to write for it.
        </p>
      </div>
      <CreateBrand
        org={org}
        renderThemePicker={(props) => <ThemePicker {...props} />}
        renderThemePreview={(theme) => <ThemePreview theme={theme} />}
        renderThemeSummary={(theme) => <ThemeSummary theme={theme} />}
      />
    </div>
  );
}
