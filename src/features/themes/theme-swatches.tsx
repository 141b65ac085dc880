import { memo, useEffect, useState } from 'react';
import type { Theme } from '@contract';
import { type ColorToken } from '@/lib/theme-to-css-vars';
import { ColorSwatch } from './color-swatch';
import { TOKEN_GROUPS as GROUPS } from './token-groups';

/**
 * All 13 colour tokens as labelled swatches, grouped by role. Clicking one copies its hex; the
 * result shows on that swatch (a live region there), because a toast or a line below the
 * swatches can be off-screen when the user clicks. Memoised on the colours: on a brand's page, a
 * move of an asset changes the brand, not its theme.
 */
export const ThemeSwatches = memo(function ThemeSwatches({ colors }: { colors: Theme['colors'] }) {
  const [copied, setCopied] = useState<{ token: ColorToken; message: string } | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 3_000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async (token: ColorToken, hex: string) => {
    try {
      await navigator.clipboard.writeText(hex);
      setCopied({ token, message: `Copied ${hex}` });
    } catch {
      setCopied({ token, message: `Could not copy ${hex}: the browser refused.` });
    }
  };

  return (
    <div className="flex flex-col gap-4">
      {GROUPS.map((group) => (
        <section key={group.label} aria-label={`${group.label} colours`} className="flex flex-col gap-2">
          <h4 className="text-sm font-medium text-muted-foreground">{group.label}</h4>
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))] gap-2">
            {group.tokens.map((token) => (
              <li key={token}>
                <ColorSwatch
                  token={token}
                  value={colors[token]}
                  onCopy={(hex) => void copy(token, hex)}
                  message={copied?.token === token ? copied.message : ''}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});
