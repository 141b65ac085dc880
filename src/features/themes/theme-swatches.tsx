import { useEffect, useState } from 'react';
import type { Theme } from '@contract';
import { type ColorToken } from '@/lib/theme-to-css-vars';
import { ColorSwatch } from './color-swatch';

const GROUPS: ReadonlyArray<{ label: string; tokens: readonly ColorToken[] }> = [
  { label: 'Surfaces', tokens: ['background', 'card', 'muted'] },
  { label: 'Text', tokens: ['foreground', 'text_on_card', 'text_on_muted'] },
  {
    label: 'Accents',
    tokens: ['primary', 'text_on_primary', 'secondary', 'text_on_secondary', 'tertiary', 'text_on_tertiary'],
  },
  { label: 'Border', tokens: ['border'] },
];

/**
 * All 13 colour tokens as labelled swatches, grouped by role. Clicking one copies its hex; the
 * result is announced in a polite live region, because a toast would be out of context here.
 */
export function ThemeSwatches({ colors }: { colors: Theme['colors'] }) {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 3_000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const copy = async (token: ColorToken, hex: string) => {
    try {
      await navigator.clipboard.writeText(hex);
      setAnnouncement(`Copied ${hex} (${token}).`);
    } catch {
      setAnnouncement(`Could not copy ${hex}: the browser refused clipboard access.`);
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
                <ColorSwatch token={token} value={colors[token]} onCopy={(hex) => void copy(token, hex)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p role="status" className="min-h-5 text-sm text-muted-foreground">
        {announcement}
      </p>
    </div>
  );
}
