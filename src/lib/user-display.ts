/** The few user fields the UI shows; structural, so this helper needs no schema. */
export interface DisplayUser {
  email?: string;
  first_name?: string | null;
  last_name?: string | null;
}

/** "Ada Lovelace", else the email, else a neutral label (the real API may omit both). */
export function displayName(user: DisplayUser): string {
  const name = [user.first_name, user.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || user.email || 'Signed-in user';
}
