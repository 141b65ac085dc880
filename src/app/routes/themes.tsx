import { useSearchParams } from 'react-router';
import { GalleryToolbar, type ThemeKind } from '@/features/themes/gallery-toolbar';
import { ThemeGallery } from '@/features/themes/theme-gallery';
import { useScope } from '@/hooks/use-scope';

const KINDS: readonly ThemeKind[] = ['all', 'custom', 'system'];

export function ThemesRoute() {
  const { org } = useScope();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const kindParam = params.get('kind') as ThemeKind | null;
  const kind = kindParam && KINDS.includes(kindParam) ? kindParam : 'all';
  // Filters replace the history entry: Back leaves the gallery instead of replaying keystrokes.
  const setParam = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value && value !== 'all') next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return (
    <div className="flex flex-col gap-6">
      <title>Themes · Brandkit Studio</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Themes</h1>
        <p className="text-muted-foreground">
          The themes this scope can use: its own custom themes, then the system themes.
        </p>
      </div>
      <GalleryToolbar
        org={org}
        search={search}
        onSearchChange={(value) => setParam('q', value)}
        kind={kind}
        onKindChange={(value) => setParam('kind', value)}
      />
      {/* Keyed by scope: another scope is another list, with its own loading state and scroll. */}
      <ThemeGallery key={org ?? 'personal'} org={org} search={search} kind={kind} />
    </div>
  );
}
