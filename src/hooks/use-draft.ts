import { useCallback, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from '@/lib/draft-store';

type SetDraft<T> = (next: T | ((previous: T) => T)) => void;

/**
 * A form draft that survives its component: kept in sessionStorage (this tab only), so a page
 * unmounted by a 401 redirect to the connect screen gets its text back after the user signs in
 * again. Drafts are dropped on sign-out and when another user signs in (lib/draft-store.ts).
 *
 *   const [draft, setDraft, clearDraft] = useDraft(`brand-new:${org ?? 'personal'}`, { name: '', instructions: '' });
 *   // onChange: setDraft((d) => ({ ...d, name: event.target.value }))
 *   // after a successful save, or on an explicit discard: clearDraft()
 *
 * - `key` names the form (include ids and scope so two forms never share one draft).
 * - `initialValue` is used when nothing is stored, after `clearDraft()`, and to reject a stored
 *   value of another type (an array where an object was expected, …). Keep it stable or cheap:
 *   it is read on mount and when the key changes.
 * - Values must be JSON (strings, numbers, plain objects, arrays). Every set is written at once,
 *   so an unmount right after typing loses nothing.
 * - Never store anything secret (an API key, a password): sessionStorage is readable by any
 *   script on the page.
 */
export function useDraft<T>(key: string, initialValue: T): [T, SetDraft<T>, () => void] {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: restore(key, initialValue) }));

  // A different form (new key): load its draft during render rather than in an effect, so the
  // old form's text never renders under the new key.
  let current = state;
  if (state.key !== key) {
    current = { key, value: restore(key, initialValue) };
    setState(current);
  }

  // The latest value, written by the setters themselves: a functional update must see the
  // previous set at once (not at the next render), because the write to storage happens now.
  const latest = useRef(state);

  const setDraft = useCallback<SetDraft<T>>(
    (next) => {
      const base = latest.current.key === key ? latest.current.value : restore(key, initialValue);
      const value = typeof next === 'function' ? (next as (previous: T) => T)(base) : next;
      latest.current = { key, value };
      writeDraft(key, value);
      setState({ key, value });
    },
    // initialValue is only a fallback; a new object each render must not change the setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const clearDraft = useCallback(() => {
    removeDraft(key);
    latest.current = { key, value: initialValue };
    setState(latest.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [current.value, setDraft, clearDraft];
}

/** The stored draft when it has the same basic shape as the initial value, else the initial value. */
function restore<T>(key: string, initialValue: T): T {
  const stored = readDraft(key);
  if (stored === undefined || !sameShape(stored, initialValue)) return initialValue;
  return stored as T;
}

function sameShape(stored: unknown, initialValue: unknown): boolean {
  if (initialValue === null) return true;
  if (Array.isArray(initialValue)) return Array.isArray(stored);
  if (typeof initialValue === 'object') return typeof stored === 'object' && stored !== null && !Array.isArray(stored);
  return typeof stored === typeof initialValue;
}
