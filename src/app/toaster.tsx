// Sonner's stylesheet travels with the toaster: about 18 KB of attribute selectors that every
// style recalculation of the first page would otherwise match against, slowing its paint. Its
// run-time <style> injection is removed at build time (vite.config.ts), because the CSP allows
// no inline styles.
import 'sonner/dist/styles.css';
import { useEffect, useState, type ComponentProps } from 'react';
import { toast, Toaster as Sonner } from 'sonner';
import { onSessionReset } from '@/api/session-reset';

/**
 * Sonner's toaster, started over whenever the session resets: a toast of the previous user
 * ("Connected as A", an asset's name) must not stay on screen under the next one. Dismissing alone
 * would leave them in the page through their exit animation; a fresh toaster drops them at once and
 * replays only the toasts still active, so the new session's first toast (raised in the same task,
 * after the reset) is shown.
 */
export function Toaster(props: ComponentProps<typeof Sonner>) {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      onSessionReset(() => {
        toast.dismiss();
        setGeneration((value) => value + 1);
      }),
    [],
  );
  return <Sonner key={generation} {...props} />;
}
