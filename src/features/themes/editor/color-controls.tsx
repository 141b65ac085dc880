import type { ThemeDraft } from '@/lib/theme-draft';
import type { ColorToken } from '@/lib/theme-to-css-vars';
import { TOKEN_GROUPS } from '../token-groups';
import { ColorTokenControl } from './color-token-control';

interface ColorControlsProps {
  colors: ThemeDraft['colors'];
  onChange: (token: ColorToken, hex: string, group: string | null) => void;
  onDone: () => void;
}

/** A control per colour token, grouped by role as the brand page groups its swatches. */
export function ColorControls({ colors, onChange, onDone }: ColorControlsProps) {
  return (
    <div className="flex flex-col gap-5">
      {TOKEN_GROUPS.map((group) => (
        <fieldset key={group.label} className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-semibold text-muted-foreground">{group.label}</legend>
          <ul className="flex flex-col gap-3">
            {group.tokens.map((token) => (
              <ColorTokenControl key={token} token={token} value={colors[token]} onChange={onChange} onDone={onDone} />
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
