import type { ColorToken } from '@/lib/theme-to-css-vars';
import { tokenLabel } from '../token-groups';
import { ColorPickerPopover } from './color-picker-popover';
import { EyedropperButton } from './eyedropper-button';
import { HexField } from './hex-field';

interface ColorTokenControlProps {
  token: ColorToken;
  value: string;
  /** A new colour for the token; `group` merges one gesture (a drag, typing) into one undo step. */
  onChange: (token: ColorToken, hex: string, group: string | null) => void;
  onDone: () => void;
}

/** One colour token: its name, a swatch that opens the picker, the hex field and the eyedropper. */
export function ColorTokenControl({ token, value, onChange, onDone }: ColorTokenControlProps) {
  const label = tokenLabel(token);
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)_7rem_3.5rem] items-center gap-x-3" data-token-control={token}>
      <ColorPickerPopover
        label={label}
        value={value}
        onChange={(hex) => onChange(token, hex, `picker:${token}`)}
        onDone={onDone}
      />
      <div className="flex min-w-0 flex-col">
        <span className="text-sm font-medium">{label}</span>
        <span className="font-mono text-xs text-muted-foreground">{token}</span>
      </div>
      <HexField
        id={`hex-${token}`}
        label={label}
        value={value}
        onChange={(hex) => onChange(token, hex, `hex:${token}`)}
        onDone={onDone}
      />
      <div className="col-start-4 row-start-1">
        <EyedropperButton label={label} onPick={(hex) => onChange(token, hex.toUpperCase(), null)} />
      </div>
    </li>
  );
}
