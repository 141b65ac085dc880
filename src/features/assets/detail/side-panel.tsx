import { useEffect, useId, useRef, type ReactNode } from 'react';

interface SidePanelProps {
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/**
 * A modal panel along the right edge, over the grid: the native <dialog> with showModal() (the
 * top layer makes the page behind inert, Escape closes, focus returns to the opener). Not
 * Radix's Dialog: its scroll lock injects a <style> element, which the CSP refuses. Always
 * open while mounted; the route decides whether it exists.
 */
export function SidePanel({ onClose, title, children }: SidePanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    // A click on the ::backdrop targets the <dialog> itself; Escape (the cancel event) is the keyboard path.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="mt-0 mr-0 mb-0 ml-auto h-dvh max-h-dvh w-[min(40rem,100vw)] max-w-full overflow-y-auto border-l bg-background p-0 text-foreground shadow-xl backdrop:bg-foreground/40"
    >
      <div className="flex flex-col gap-6 p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-xl font-semibold break-words">
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="inline-flex size-9 shrink-0 items-center justify-center rounded-md hover:bg-muted"
          >
            <span aria-hidden="true" className="text-xl">
              ×
            </span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
