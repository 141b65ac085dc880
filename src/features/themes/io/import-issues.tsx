import type { ImportIssue } from './import-result';

/** What could not be read, line by line, so the user can fix the source and read it again. */
export function ImportIssues({ issues, id }: { issues: readonly ImportIssue[]; id?: string }) {
  if (issues.length === 0) return null;
  return (
    <div id={id} role="alert" className="rounded-md border border-destructive/40 p-3 text-sm">
      <p className="font-medium text-destructive">
        {issues.length === 1 ? 'One problem in the input:' : `${issues.length} problems in the input:`}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue, i) => (
          <li key={i} data-line={issue.line ?? ''}>
            {issue.line === null ? issue.message : `Line ${issue.line}: ${issue.message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
