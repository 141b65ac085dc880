import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="outline" size="sm" onClick={() => void copy()} aria-label={label}>
        Copy
      </Button>
      <span role="status" className="text-sm text-muted-foreground">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy failed: select the address and copy it by hand'
            : ''}
      </span>
    </span>
  );
}
