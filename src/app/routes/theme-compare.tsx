import { ThemeCompare } from '@/features/themes/compare/theme-compare';
import { useScope } from '@/hooks/use-scope';

export function ThemeCompareRoute() {
  const { org } = useScope();
  return (
    <div className="flex flex-col gap-6">
      <title>Compare themes · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Compare themes</h1>
        <p className="text-muted-foreground">
          Two themes side by side: every colour, how far apart they are, how contrast changes, and both in use.
        </p>
      </div>
      {/* Keyed by scope: another scope has other themes to pick from. */}
      <ThemeCompare key={org ?? 'personal'} org={org} />
    </div>
  );
}
