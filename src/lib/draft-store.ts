/**
 * Form drafts in sessionStorage (see hooks/use-draft.ts), so a page unmounted by a 401 redirect
 * gets its text back after the user signs in again. Drafts belong to the user who typed
 * them: `adoptDrafts` drops them when someone else signs in, and sign-out drops them, so one
 * user's text never shows up for another. Nothing secret ever goes in here.
 *
 * Storage can be missing or full (private modes, quotas): every call fails quietly and the
 * draft then lives only as long as the component.
 */
const PREFIX = 'brandkit:draft:';
const OWNER = 'brandkit:draft-owner';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The stored value, or undefined when there is none or it is not valid JSON. */
export function readDraft(key: string): unknown {
  const raw = storage()?.getItem(PREFIX + key);
  if (raw === null || raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled: the draft is kept in memory only.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/** Removes every draft (and the owner mark). */
export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const name = store.key(i);
      if (name !== null && (name.startsWith(PREFIX) || name === OWNER)) keys.push(name);
    }
    for (const name of keys) store.removeItem(name);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/**
 * Called whenever the app learns who is signed in. Drafts written by anyone else (or by someone
 * unknown) are dropped; `owner` null (a user without id or email) keeps no drafts at all.
 */
export function adoptDrafts(owner: string | null): void {
  const store = storage();
  if (!store) return;
  try {
    if (owner === null || store.getItem(OWNER) !== owner) clearDrafts();
    if (owner !== null) store.setItem(OWNER, owner);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}
