import type { MouseEvent } from 'react';

/** Moves focus past the header. The first focusable element, visible only when focused. */
export function SkipLink({ targetId }: { targetId: string }) {
  // Focus the target directly instead of following `#main`: a hash navigation would add a
  // history entry and a router navigation for what is only a focus move.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a
      href={`#${targetId}`}
      onClick={onClick}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground"
    >
      Skip to content
    </a>
  );
}
