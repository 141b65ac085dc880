import type { DiffPart } from '@/lib/instruction-diff';

/**
 * A word diff as text: added words underlined on a green tint, removed ones struck through on a
 * red tint. Screen readers do not announce <ins>/<del>, so each change is also said in words.
 */
export function DiffText({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <p
      aria-label={label}
      className="rounded-md border bg-card p-3 font-mono text-sm leading-relaxed whitespace-pre-wrap break-words"
    >
      {parts.map((part, index) =>
        part.type === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.type === 'added' ? (
          <ins key={index} className="bg-success/15 text-foreground underline decoration-success decoration-2">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del
            key={index}
            className="bg-destructive/10 text-foreground line-through decoration-destructive decoration-2"
          >
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
