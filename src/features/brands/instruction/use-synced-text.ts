import { useState } from 'react';

/**
 * A guided field's own text. The instruction is re-read from the whole text after every
 * keystroke, and that reading drops whitespace at a section's edges (it belongs between
 * sections); the field keeps what was typed while it still means the same text, and takes the
 * outside value when it really changed (a restore, a reorder, Text mode).
 */
export function useSyncedText(outside: string, onChange: (text: string) => void) {
  // Fields hold "\n" line ends (a textarea reports nothing else), so a CRLF text does not reset them.
  const value = outside.replace(/\r\n?/g, '\n');
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  let shown = local;
  if (value !== seen) {
    setSeen(value);
    if (value.trim() !== local.trim()) {
      setLocal(value);
      shown = value;
    }
  }
  const change = (text: string) => {
    setLocal(text);
    onChange(text);
  };
  return [shown, change] as const;
}
