import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import { buttonStyles } from './button-styles';
import { ErrorState } from './error-state';

interface ScopeErrorStateProps {
  /** The `?org=` the list was asked for, if any. */
  org: string | undefined;
  error: unknown;
  /** The title of an ordinary failure ("The brands could not be loaded"). */
  title: string;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A list's first page failed. A list answers 404 or 403 only for an `?org=` that is unknown or
 * not the user's: retrying cannot help, going back to the personal scope does, so that is what
 * it offers; anything else gets the usual Retry.
 */
export function ScopeErrorState({ org, error, title, onRetry, retrying }: ScopeErrorStateProps) {
  const badScope = org !== undefined && isApiError(error) && (error.status === 404 || error.status === 403);
  return badScope ? (
    <ErrorState
      title="This organization is not available to you"
      error={error}
      actions={
        <Link to="?" className={buttonStyles('primary')}>
          Switch to Personal
        </Link>
      }
    />
  ) : (
    <ErrorState title={title} error={error} onRetry={onRetry} retrying={retrying} />
  );
}
