import { ThemeGallery } from '@/features/themes/theme-gallery';
import { useScope } from '@/hooks/use-scope';

export function ThemesRoute() {
  const { org } = useScope();
  return (
    <div className="flex flex-col gap-6">
      <title>Themes · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Themes</h1>
        <p className="text-muted-foreground">
          The themes this scope can use: its own custom themes, then the system themes.
        </p>
      </div>
      {/* Keyed by scope: another scope is another list, with its own loading state and scroll. */}
      <ThemeGallery key={org ?? 'personal'} org={org} />
    </div>
  );
}
