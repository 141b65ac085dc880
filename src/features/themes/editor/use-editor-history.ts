import { useCallback, useEffect, useReducer, useState } from 'react';
import type { ThemeDraft } from '@/lib/theme-draft';
import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redoHistory,
  sealHistory,
  undoHistory,
  type History,
} from '@/lib/theme-history';
import { dropStoredDraft, readStoredDraft, sameDraft, storeDraft } from './stored-draft';

type Action =
  | { type: 'edit'; update: (draft: ThemeDraft) => ThemeDraft; group: string | null }
  | { type: 'seal' }
  | { type: 'undo' }
  | { type: 'redo' };

function reducer(history: History<ThemeDraft>, action: Action): History<ThemeDraft> {
  switch (action.type) {
    case 'edit':
      // The update reads the reducer's own present, so quick edits in a row never drop one.
      return pushHistory(history, action.update(history.present), action.group);
    case 'seal':
      return sealHistory(history);
    case 'undo':
      return undoHistory(history);
    case 'redo':
      return redoHistory(history);
  }
}

export interface EditorHistory {
  draft: ThemeDraft;
  /** One edit; edits with the same group in a row (one drag, one typed value) are one undo step. */
  edit: (update: (draft: ThemeDraft) => ThemeDraft, group?: string | null) => void;
  seal: () => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** A draft from an earlier visit that differs from where this one starts: offered back. */
  offer: ThemeDraft | null;
  restoreOffer: () => void;
  dismissOffer: () => void;
  /** After a save or a discard: nothing stored to offer next time. */
  forget: () => void;
}

/**
 * The editor's state: undo/redo history over drafts, each new present written to the tab's draft
 * store at once (a reload or a crash loses nothing), and an earlier stored draft offered back.
 */
export function useEditorHistory(initial: ThemeDraft, storageKey: string): EditorHistory {
  const [history, dispatch] = useReducer(reducer, initial, createHistory);
  const [offer, setOffer] = useState<ThemeDraft | null>(() => {
    const stored = readStoredDraft(storageKey);
    return stored && !sameDraft(stored, initial) ? stored : null;
  });
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    // Only the user's own edits are stored: opening the editor must not replace the draft on offer.
    if (touched) storeDraft(storageKey, history.present);
  }, [touched, storageKey, history.present]);

  const edit = useCallback((update: (draft: ThemeDraft) => ThemeDraft, group: string | null = null) => {
    setTouched(true);
    setOffer(null);
    dispatch({ type: 'edit', update, group });
  }, []);

  return {
    draft: history.present,
    edit,
    seal: useCallback(() => dispatch({ type: 'seal' }), []),
    undo: useCallback(() => {
      setTouched(true);
      dispatch({ type: 'undo' });
    }, []),
    redo: useCallback(() => {
      setTouched(true);
      dispatch({ type: 'redo' });
    }, []),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    offer,
    restoreOffer: () => {
      if (!offer) return;
      setTouched(true);
      setOffer(null);
      dispatch({ type: 'edit', update: () => offer, group: null });
    },
    dismissOffer: () => {
      dropStoredDraft(storageKey);
      setOffer(null);
    },
    forget: useCallback(() => {
      setTouched(false);
      dropStoredDraft(storageKey);
    }, [storageKey]),
  };
}

