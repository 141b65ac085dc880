import { Command } from 'cmdk';
import type { ReactNode } from 'react';
import { KeyHint } from './key-hint';

interface PaletteItemProps {
  /** Unique among the palette's items (cmdk selects by it). */
  value: string;
  onSelect: () => void;
  children: ReactNode;
  /** Quiet text after the name: an asset's type, an organization. */
  detail?: string;
  keys?: readonly string[];
  sequence?: boolean;
}

/** One option: its name, maybe a detail, and the shortcut that does the same. */
export function PaletteItem({ value, onSelect, children, detail, keys, sequence }: PaletteItemProps) {
  return (
    <Command.Item
      value={value}
      onSelect={onSelect}
      className="flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-secondary data-[selected=true]:text-secondary-foreground"
    >
      <span className="min-w-0 flex-1 truncate">{children}</span>
      {detail ? <span className="shrink-0 text-xs text-muted-foreground">{detail}</span> : null}
      {keys ? <KeyHint keys={keys} sequence={sequence} /> : null}
    </Command.Item>
  );
}
