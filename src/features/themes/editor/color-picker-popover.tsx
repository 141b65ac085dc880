import * as Popover from '@radix-ui/react-popover';
import type { CSSProperties } from 'react';
import { HexColorPicker } from 'react-colorful';
import { normalizeHex } from '@/lib/color-math';

interface ColorPickerPopoverProps {
  label: string;
  value: string;
  /** Every move of the picker; the caller groups them into one undo step. */
  onChange: (hex: string) => void;
  /** The pointer was released or the popover closed: the gesture is over. */
  onDone: () => void;
}

/**
 * The swatch of one token as a button that opens react-colorful's picker (saturation and hue,
 * both operable by arrow keys). Its stylesheet is admitted by the CSP's hash (server/web/static.ts).
 */
export function ColorPickerPopover({ label, value, onChange, onDone }: ColorPickerPopoverProps) {
  const swatch: CSSProperties = { backgroundColor: value };
  return (
    <Popover.Root onOpenChange={(open) => (open ? undefined : onDone())}>
      <Popover.Trigger
        aria-label={`${label}: ${value}. Open the colour picker`}
        className="size-10 shrink-0 rounded-md border border-input shadow-sm"
        style={swatch}
      />
      <Popover.Portal>
        <Popover.Content
          side="bottom"
          align="start"
          sideOffset={6}
          aria-label={`${label} colour picker`}
          className="z-50 rounded-lg border bg-background p-3 text-foreground shadow-lg"
        >
          <HexColorPicker
            color={value}
            onChange={(hex) => {
              const normal = normalizeHex(hex);
              if (normal && normal !== value) onChange(normal);
            }}
            onChangeEnd={onDone}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
