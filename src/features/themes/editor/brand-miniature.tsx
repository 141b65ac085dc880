import { cn } from '@/components/ui/cn';

export interface MiniatureBrand {
  name: string;
  ai_instruction: string | null;
  assets: ReadonlyArray<{ id: string; name: string }>;
}

/** Stands in when no brand uses the theme yet. */
export const SAMPLE_BRAND: MiniatureBrand = {
  name: 'Sample brand',
  ai_instruction: 'Write in a warm, direct voice. Short sentences; no jargon.',
  assets: [
    { id: 'logo', name: 'Logo' },
    { id: 'hero', name: 'Hero image' },
    { id: 'icon', name: 'App icon' },
  ],
};

const BUTTON = 'inline-flex h-8 items-center rounded-md px-3 text-sm font-semibold';

/**
 * A brand's page in miniature, drawn only with the --brand-* variables of the draft (set by an
 * ancestor), so it shows what that brand would look like with the theme being edited.
 */
export function BrandMiniature({ brand, themeName }: { brand: MiniatureBrand; themeName: string }) {
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-(color:--brand-border) bg-(color:--brand-background) p-4 font-(family-name:--brand-font-secondary) text-(color:--brand-foreground)">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-(family-name:--brand-font-primary) text-xl font-bold">{brand.name}</h3>
        <span className={cn(BUTTON, 'bg-(color:--brand-primary) text-(color:--brand-text-on-primary)')}>
          New document
        </span>
      </header>
      <p className="text-sm">Theme: {themeName || 'Untitled theme'}</p>
      <section className="rounded-md border border-(color:--brand-border) bg-(color:--brand-card) p-3 text-(color:--brand-text-on-card)">
        <h4 className="font-(family-name:--brand-font-primary) font-bold">AI instruction</h4>
        <p className="line-clamp-2 text-sm">{brand.ai_instruction ?? 'No instruction yet.'}</p>
      </section>
      <ul className="grid grid-cols-3 gap-2">
        {brand.assets.slice(0, 3).map((asset) => (
          <li
            key={asset.id}
            className="truncate rounded-md bg-(color:--brand-muted) p-3 text-xs text-(color:--brand-text-on-muted)"
          >
            {asset.name}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <span className={cn(BUTTON, 'bg-(color:--brand-secondary) text-(color:--brand-text-on-secondary)')}>Share</span>
        <span className={cn(BUTTON, 'bg-(color:--brand-tertiary) text-(color:--brand-text-on-tertiary)')}>Export</span>
      </div>
    </article>
  );
}
