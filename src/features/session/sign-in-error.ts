import { isApiError } from '@/api/api-error';

interface SignInProblem {
  message: string;
  /** The key itself is the problem: the message belongs to the field and focus goes there. */
  aboutKey: boolean;
  /** Worth trying again unchanged (rate limit, server or network trouble). */
  retry: boolean;
}

/**
 * Plain words for a failed POST /session or /session/demo. The server's messages never repeat
 * the key, and neither do these.
 */
export function signInProblem(error: unknown): SignInProblem {
  if (!isApiError(error)) return { message: 'Something unexpected went wrong. Please try again.', aboutKey: false, retry: true };
  if (error.status === 401) {
    return {
      message: 'The API key was not accepted. Check that you copied all of it and that it has not been revoked.',
      aboutKey: true,
      retry: false,
    };
  }
  if (error.status === 400) {
    return { message: 'That does not look like a NextDocs API key: it starts with nxd_.', aboutKey: true, retry: false };
  }
  if (error.status === 429) {
    const seconds = error.retryAfterMs === null ? null : Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    const wait = seconds === null ? 'a moment' : `${seconds} second${seconds === 1 ? '' : 's'}`;
    return { message: `Too many attempts. Please wait ${wait}, then try again.`, aboutKey: false, retry: true };
  }
  if (error.status === 0) {
    return { message: `${error.message} Your key was not checked.`, aboutKey: false, retry: true };
  }
  if (error.status === 504) {
    return { message: 'The NextDocs API did not answer in time, so your key was not checked.', aboutKey: false, retry: true };
  }
  if (error.status >= 500) {
    return { message: 'The NextDocs API could not check your key right now.', aboutKey: false, retry: true };
  }
  return { message: error.message, aboutKey: false, retry: false };
}
