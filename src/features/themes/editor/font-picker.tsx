import * as Popover from '@radix-ui/react-popover';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { cn } from '@/components/ui/cn';
import { inputStyles } from '@/components/ui/input-styles';
import { BUNDLED_FONTS, fontInfo, isBundledFont } from '@/lib/fonts-catalog';
import { loadFont } from '@/lib/fonts';

interface FontPickerProps {
  /** "Primary font". */
  label: string;
  value: string;
  onChange: (font: string) => void;
}

const face = (name: string): CSSProperties => ({ fontFamily: fontInfo(name).stack });

/**
 * One of the bundled @fontsource families, each option written in its own face. A popover of
 * native radio buttons: arrow keys move through the fonts, Enter or Escape closes it. The faces
 * load when the list opens, not before (each family is its own lazy chunk).
 */
export function FontPicker({ label, value, onChange }: FontPickerProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (isBundledFont(value)) loadFont(value).catch(() => undefined);
  }, [value]);
  useEffect(() => {
    if (!open) return;
    for (const name of Object.keys(BUNDLED_FONTS)) loadFont(name).catch(() => undefined);
  }, [open]);
  // A theme may name a font we do not ship (imported, or set through the API): it stays choosable.
  const names = isBundledFont(value) ? Object.keys(BUNDLED_FONTS) : [value, ...Object.keys(BUNDLED_FONTS)];
  return (
    <div className="flex flex-col gap-1.5">
      <span id={`${id}-label`} className="text-sm font-medium">
        {label}
      </span>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger
          aria-labelledby={`${id}-label ${id}-value`}
          className={inputStyles('flex items-center justify-between text-left')}
        >
          <span id={`${id}-value`} style={face(value)} className="truncate text-base">
            {value}
          </span>
          <span aria-hidden="true">▾</span>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            // Focus starts on the chosen font, so the arrow keys move from it.
            onOpenAutoFocus={(event) => {
              const checked = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLInputElement>(
                'input:checked',
              );
              if (!checked) return;
              event.preventDefault();
              checked.focus();
            }}
            align="start"
            sideOffset={6}
            className="z-50 max-h-80 w-72 overflow-y-auto rounded-lg border bg-background p-2 text-foreground shadow-lg"
          >
            <fieldset>
              <legend className="px-2 pb-1 text-sm font-medium text-muted-foreground">{label}</legend>
              {names.map((name) => (
                <label
                  key={name}
                  className={cn(
                    'flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 hover:bg-muted',
                    name === value && 'bg-muted',
                  )}
                >
                  <input
                    type="radio"
                    name={`${id}-font`}
                    value={name}
                    checked={name === value}
                    onChange={() => onChange(name)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') setOpen(false);
                    }}
                  />
                  <span style={face(name)} className="text-base">
                    {name}
                    {isBundledFont(name) ? null : <span className="text-xs text-muted-foreground"> (not bundled)</span>}
                  </span>
                </label>
              ))}
            </fieldset>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
