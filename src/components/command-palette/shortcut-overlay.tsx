import { useState } from 'react';
import { useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { KeyHint } from './key-hint';
import { globalShortcuts, pageShortcuts, type Shortcut } from './shortcut-list';

function ShortcutTable({ title, rows }: { title: string; rows: Shortcut[] }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      <dl className="flex flex-col divide-y rounded-md border">
        {rows.map((row) => (
          <div key={row.label} className="flex items-center justify-between gap-4 px-3 py-2 text-sm">
            <dt>{row.label}</dt>
            <dd>
              <KeyHint keys={row.keys} sequence={row.sequence} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** `?`: every shortcut that works on the page on screen. Keys typed into fields are never taken. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const { pathname } = useLocation();
  // Read once on open: the page's marked controls are what it shows now.
  const [page] = useState(() => pageShortcuts(pathname));
  return (
    <ModalDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Keyboard shortcuts"
      description="They work anywhere but in text fields."
      size="sm"
    >
      <ShortcutTable title="Everywhere" rows={globalShortcuts()} />
      {page.length > 0 ? <ShortcutTable title="On this page" rows={page} /> : null}
      <div className="flex justify-end">
        <Button variant="outline" onClick={onClose}>
          Close
        </Button>
      </div>
    </ModalDialog>
  );
}
