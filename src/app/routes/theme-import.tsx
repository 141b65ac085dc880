import { ExportExisting } from '@/features/themes/io/export-existing';
import { ThemeImport } from '@/features/themes/io/theme-import';
import { useScope } from '@/hooks/use-scope';

export function ThemeImportRoute() {
  const { org } = useScope();
  return (
    <div className="flex flex-col gap-6">
      <title>Import a theme · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Import a theme</h1>
        <p className="text-muted-foreground">
          Bring a theme in from CSS, Tailwind, shadcn/ui, design tokens or the API, check how its colours map, then
          create it. Or export one you already have.
        </p>
      </div>
      {/* Keyed by scope: each scope keeps its own import draft. */}
      <ThemeImport key={org ?? 'personal'} org={org} />
      <ExportExisting org={org} />
    </div>
  );
}
