/** Up to three tags as chips, then "+N"; the card's accessible name lists them all. */
const SHOWN = 3;

export function CardTags({ tags }: { tags: readonly string[] }) {
  const extra = tags.length - SHOWN;
  return (
    <span aria-hidden="true" className="flex h-5 min-w-0 items-center gap-1 overflow-hidden text-xs">
      {tags.slice(0, SHOWN).map((tag) => (
        <span key={tag} className="min-w-0 truncate rounded bg-muted px-1.5 text-muted-foreground">
          {tag}
        </span>
      ))}
      {extra > 0 ? <span className="shrink-0 text-muted-foreground">+{extra}</span> : null}
    </span>
  );
}
