import type { Theme } from '@contract';
import { Badge } from '@/components/ui/badge';
import { ColorStrip } from '@/components/ui/color-strip';
import { stripColors } from './strip-colors';

interface ThemeOptionProps {
  theme: Theme;
  name: string;
  checked: boolean;
  onChoose: (theme: Theme) => void;
}

/**
 * One theme in the picker: a native radio inside a card-shaped label, so arrow keys move the
 * choice (and the live preview) like any radio group. The focus ring sits on the card because
 * the radio itself is transparent.
 */
export function ThemeOption({ theme, name, checked, onChoose }: ThemeOptionProps) {
  const fonts = [theme.font_primary, theme.font_secondary].filter(Boolean).join(' · ');
  return (
    <label className="relative flex cursor-pointer flex-col gap-2 rounded-lg border bg-card p-3 hover:bg-muted has-checked:border-primary has-checked:ring-2 has-checked:ring-primary has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring">
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
        <Badge tone={theme.is_custom ? 'info' : 'neutral'}>{theme.is_custom ? 'Custom' : 'System'}</Badge>
      </span>
      <ColorStrip colors={stripColors(theme.colors)} />
      <span className="truncate text-xs text-muted-foreground">{fonts || 'No fonts set'}</span>
    </label>
  );
}
