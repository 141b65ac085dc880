import type { Theme } from '@contract';
import { Badge } from '@/components/ui/badge';
import { ColorStrip } from '@/components/ui/color-strip';
import { fontInfo } from '@/lib/fonts-catalog';
import { stripColors } from './strip-colors';
import { useThemeFonts } from './use-theme-fonts';

interface ThemeOptionProps {
  theme: Theme;
  name: string;
  checked: boolean;
  /** The theme the brand uses now (saved): marked, so it can be found and compared against. */
  current?: boolean;
  onChoose: (theme: Theme) => void;
}

/** A font's name written in that font (or in the fallback the preview would use). */
function FontName({ name }: { name: string }) {
  // fontInfo only returns safe family stacks; React sets them through CSSOM, which the CSP allows.
  return <span style={{ fontFamily: fontInfo(name).stack }}>{name}</span>;
}

/**
 * One theme in the picker: a native radio inside a card-shaped label, so arrow keys move the
 * choice (and the live preview) like any radio group. The focus ring sits on the card because
 * the radio itself is transparent. Its fonts are written in their own faces, so two themes can
 * be told apart without opening their previews.
 */
export function ThemeOption({ theme, name, checked, current = false, onChoose }: ThemeOptionProps) {
  useThemeFonts(theme);
  const fonts = [theme.font_primary, theme.font_secondary].filter((font): font is string => Boolean(font));
  return (
    <label
      data-theme-option={theme.id}
      className="relative flex min-w-0 cursor-pointer flex-col gap-2 rounded-lg border bg-card p-3 hover:bg-muted has-checked:border-primary has-checked:ring-2 has-checked:ring-primary has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring"
    >
      <input
        type="radio"
        name={name}
        value={theme.id}
        checked={checked}
        onChange={() => onChoose(theme)}
        // Invisible but covering the card: a click anywhere on the card is a click on the radio.
        className="absolute inset-0 cursor-pointer appearance-none opacity-0"
      />
      <span className="flex items-center justify-between gap-2">
        <span className="truncate font-medium">{theme.name}</span>
        <span className="flex shrink-0 gap-1">
          {current ? <Badge tone="neutral">Current</Badge> : null}
          <Badge tone={theme.is_custom ? 'info' : 'neutral'}>{theme.is_custom ? 'Custom' : 'System'}</Badge>
        </span>
      </span>
      <ColorStrip colors={stripColors(theme.colors)} />
      <span className="truncate text-sm text-muted-foreground">
        {fonts.length === 0
          ? 'No fonts set'
          : fonts.map((font, index) => (
              <span key={`${index}-${font}`}>
                {index > 0 ? ' · ' : null}
                <FontName name={font} />
              </span>
            ))}
      </span>
    </label>
  );
}
