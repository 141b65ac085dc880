import { DEFAULT_COLORS, safeColor, type ColorToken } from '@/lib/theme-to-css-vars';

interface ColorSwatchProps {
  token: ColorToken;
  /** The value exactly as the API sent it. */
  value: unknown;
  onCopy: (hex: string) => void;
  /** What copying this swatch gave ("Copied #2F6B3A"), shown on the swatch itself; empty otherwise. */
  message?: string;
}

/**
 * One token: a colour block, the token's name and its hex, as a button that copies the hex.
 * A value that is not a colour is shown as text with a note; the block then shows nothing of it.
 */
export function ColorSwatch({ token, value, onCopy, message = '' }: ColorSwatchProps) {
  const hex = safeColor(value);
  if (!hex) {
    return (
      <div className="flex h-full flex-col gap-1 rounded-md border p-2 text-sm" data-token={token}>
        <span aria-hidden="true" className="h-10 rounded-sm border border-dashed" />
        <span className="font-mono text-xs break-all">{token}</span>
        <span className="break-all text-xs text-warning">
          Not a colour: “{String(value ?? '')}”. The preview uses {DEFAULT_COLORS[token]}.
        </span>
      </div>
    );
  }
  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => onCopy(hex)}
        data-token={token}
        className="flex w-full flex-col gap-1 rounded-md border p-2 text-left text-sm hover:bg-muted"
      >
        <span className="sr-only">Copy </span>
        <span aria-hidden="true" className="h-10 rounded-sm border" style={{ backgroundColor: hex }} />
        <span className="font-mono text-xs break-all">{token}</span>
        <span className="font-mono text-xs text-muted-foreground">{hex}</span>
      </button>
      {/* Over the colour block of the swatch that was clicked, where the eyes are; always in the
          DOM (empty when idle) so screen readers announce it as a live region. */}
      <p
        role="status"
        data-copy-status={token}
        className="pointer-events-none absolute inset-x-2 top-2 rounded-sm bg-foreground px-2 py-1 text-center text-xs font-medium text-background empty:bg-transparent empty:p-0"
      >
        {message}
      </p>
    </div>
  );
}
