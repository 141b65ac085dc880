import { quotaLines, type DisplayQuota } from '@/lib/quota-lines';
import { displayName, type DisplayUser } from '@/lib/user-display';

interface UserSummaryProps {
  user: DisplayUser & { quota?: DisplayQuota | null };
}

/**
 * Who is signed in: name, email and quota (from /v1/me), as a description list so each value
 * is read with its label. Shared by the connect screen and the header's account menu. Names and
 * emails are never broken mid-word: one line, cut with an ellipsis, the whole value in `title`.
 */
export function UserSummary({ user }: UserSummaryProps) {
  const rows = [
    { label: 'Name', value: displayName(user), whole: true },
    ...(user.email ? [{ label: 'Email', value: user.email, whole: true }] : []),
    ...(user.quota ? quotaLines(user.quota) : [{ label: 'Quota', value: 'Not reported for this account' }]),
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {rows.map((row) => (
        // One <div> per pair (allowed in <dl>); `contents` lets the pairs join the parent grid.
        <div key={row.label} className="contents">
          <dt className="text-muted-foreground">{row.label}</dt>
          {'whole' in row ? (
            <dd className="truncate font-medium" title={row.value}>
              {row.value}
            </dd>
          ) : (
            <dd className="font-medium break-words">{row.value}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
