import type { CSSProperties } from 'react';
import { useSearchParams } from 'react-router';
import type { Brand } from '@contract';
import { inputStyles } from '@/components/ui/input-styles';
import type { ThemeDraft } from '@/lib/theme-draft';
import { themeToCssVars } from '@/lib/theme-to-css-vars';
import { SampleDocument } from '../sample-document';
import { useThemeFonts } from '../use-theme-fonts';
import { BrandMiniature, SAMPLE_BRAND } from './brand-miniature';

interface ThemeLivePreviewProps {
  draft: ThemeDraft;
  /** The brands that use the theme (or will: the brand the editor was opened from). */
  brands: readonly Brand[];
}

/**
 * The draft as it renders, updated on every edit: the sample document, or a brand page in
 * miniature on a brand that uses the theme. Which one shows lives in the URL (`preview`, `on`).
 */
export function ThemeLivePreview({ draft, brands }: ThemeLivePreviewProps) {
  useThemeFonts(draft);
  const [params, setParams] = useSearchParams();
  const mode = params.get('preview') === 'brand' ? 'brand' : 'document';
  const chosen = brands.find((brand) => brand.id === params.get('on'));
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  const vars = themeToCssVars(draft) as CSSProperties;
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <fieldset className="flex gap-3 text-sm">
          <legend className="sr-only">Preview as</legend>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="preview" checked={mode === 'document'} onChange={() => set({ preview: null })} />
            Sample document
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="preview" checked={mode === 'brand'} onChange={() => set({ preview: 'brand' })} />
            Brand page
          </label>
        </fieldset>
      </div>
      {mode === 'brand' ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor="preview-on" className="text-sm font-medium">
            Preview on
          </label>
          <select
            id="preview-on"
            className={inputStyles()}
            value={chosen?.id ?? ''}
            onChange={(event) => set({ on: event.target.value || null })}
          >
            <option value="">A sample brand</option>
            {brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
          {brands.length === 0 ? <p className="text-sm text-muted-foreground">No brand uses this theme yet.</p> : null}
        </div>
      ) : null}
      <div style={vars} data-preview={mode}>
        {mode === 'brand' ? (
          <BrandMiniature brand={chosen ?? SAMPLE_BRAND} themeName={draft.name} />
        ) : (
          <SampleDocument />
        )}
      </div>
    </section>
  );
}
