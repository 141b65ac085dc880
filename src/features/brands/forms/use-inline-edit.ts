import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { apiPaths, Brand, type BrandUpdate } from '@contract';
import { brandQueries, useUpdateBrand } from '@/api/brands';
import { apiFetch } from '@/api/client';
import { errorMessage } from '@/components/ui/error-state';
import { useDraft } from '@/hooks/use-draft';

interface Base {
  /** The brand's updated_at when editing began. */
  updatedAt: string;
  /** The field's value when editing began. */
  value: string;
}

interface EditSession {
  /** Changes when the editor must start over from `seed` (a key for the form). */
  id: number;
  /** The text the editor opens with (the current value, or the text of a failed save). */
  seed: string;
  base: Base;
  serverError?: unknown;
}

export interface Conflict {
  theirs: string;
  yours: string;
  theirsUpdatedAt: string;
}

/** What survives a 401 or a reload (sessionStorage, this tab): the text and what it was based on. */
interface StoredDraft {
  text: string;
  base: Base;
}

/** The draft key of one field of one brand; the page's guard clears it when the user discards. */
export const brandFieldDraftKey = (brandId: string, field: string) => `brand:${brandId}:${field}`;

interface Options {
  brand: Brand;
  /** The field's name in draft keys: "name", "ai_instruction". */
  field: string;
  read: (brand: Brand) => string;
  toPatch: (value: string) => BrandUpdate;
  /** For messages: "The name", "The AI instruction". */
  what: string;
}

/**
 * Inline editing of one brand field, shared by the name and the instruction:
 * - Save first re-reads the brand. If someone else changed this field since editing began
 *   (updated_at moved and the value differs), the user sees both versions and chooses (B9c);
 *   changes to other fields are no conflict, because only this field is sent (B9a).
 * - The save is optimistic: the editor closes and every cached copy shows the new value. If the
 *   save fails, the caches roll back, a toast says why, and the editor reopens with the text the
 *   user typed, so nothing is lost. If the user has opened the editor again meanwhile, their new
 *   text is not replaced: the toast offers "Edit again", which brings the failed text back.
 */
export function useInlineEdit({ brand, field, read, toPatch, what }: Options) {
  const queryClient = useQueryClient();
  const update = useUpdateBrand(brand.id);
  const [draft, setDraft, clearDraft] = useDraft<StoredDraft | null>(brandFieldDraftKey(brand.id, field), null);
  // A draft left by a 401 redirect or a reload reopens the editor with its text, unless that text
  // is what the brand already says (the save went through after all).
  const [session, setSession] = useState<EditSession | null>(() =>
    draft && draft.text !== read(brand) ? { id: 0, seed: draft.text, base: draft.base } : null,
  );
  // Read by a save's failure handler, which runs after renders it did not see.
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const nextId = useRef(1);
  const open = (seed: string, base: Base, serverError?: unknown) => {
    const next = { id: nextId.current++, seed, base, serverError };
    sessionRef.current = next;
    setSession(next);
  };
  const [conflict, setConflict] = useState<(Conflict & { base: Base }) | null>(null);
  const [checking, setChecking] = useState(false);

  /** Opens the editor on `seed` (the current value, or e.g. a version restored from history). */
  const startWith = (seed: string) => {
    // A new edit: the line under the field stops talking about the last save.
    if (!update.isPending) update.reset();
    open(seed, { updatedAt: brand.updated_at, value: read(brand) });
  };
  const start = () => startWith(read(brand));
  const close = () => {
    sessionRef.current = null;
    setSession(null);
  };
  const cancel = () => {
    close();
    setConflict(null);
    clearDraft();
  };

  /** The open editor reports its text as it changes; it is kept while it differs from the base. */
  const base = session?.base;
  const remember = useCallback(
    (text: string) => {
      if (!base || text === base.value) clearDraft();
      else setDraft({ text, base });
    },
    [base, clearDraft, setDraft],
  );

  const commit = (value: string, base: Base) => {
    close();
    setConflict(null);
    update.mutate(
      { patch: toPatch(value) },
      {
        onSuccess: clearDraft,
        onError: (error) => {
          if (!sessionRef.current) {
            open(value, base, error);
            toast.error(`${what} was not saved`, {
              description: `${errorMessage(error)} Your text is back in the editor.`,
            });
            return;
          }
          // The user is editing again: their new text stays; the failed one is one click away.
          toast.error(`${what} was not saved`, {
            description: errorMessage(error),
            // It holds the only copy of the failed text: it stays until the user answers or closes it.
            duration: Infinity,
            action: { label: 'Edit again', onClick: () => open(value, base, error) },
          });
        },
      },
    );
  };

  const submit = async (value: string) => {
    if (!session || checking) return;
    const { base } = session;
    let fresh: Brand | null = null;
    setChecking(true);
    try {
      // Read past the cache and leave it alone: it may hold another field's optimistic value.
      fresh = await apiFetch(apiPaths.brands.detail(brand.id), { schema: Brand });
    } catch {
      // Could not re-read (offline, server down): try the save; its own failure handling applies.
    } finally {
      setChecking(false);
    }
    if (fresh && fresh.updated_at !== base.updatedAt) {
      const theirs = read(fresh);
      if (theirs !== base.value && theirs !== value) {
        setConflict({ theirs, yours: value, theirsUpdatedAt: fresh.updated_at, base });
        return;
      }
    }
    if (value === read(fresh ?? brand)) {
      close();
      return;
    }
    commit(value, base);
  };

  const resolve = {
    saveMine: () => conflict && commit(conflict.yours, conflict.base),
    useTheirs: () => {
      cancel();
      // cancel() also dropped the draft: the user chose their version over it.
      void queryClient.invalidateQueries({ queryKey: brandQueries.detail(brand.id).queryKey });
    },
    /** Back to the editor; their version becomes the new base, so saving now overwrites knowingly. */
    keepEditing: () => {
      if (!conflict) return;
      setSession(
        (current) => current && { ...current, base: { updatedAt: conflict.theirsUpdatedAt, value: conflict.theirs } },
      );
      setConflict(null);
    },
  };

  // The open editor holds text that differs from what it started from (a failed save's text too).
  const changed = session !== null && draft !== null && draft.text !== session.base.value;
  return { session, conflict, checking, changed, start, startWith, cancel, submit, resolve, update, remember };
}
