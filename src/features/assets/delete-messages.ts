import { isApiError } from '@/api/client';

/**
 * Why a delete did not happen, in plain words. The API documents a 409 without saying when it
 * comes (an asset in use, still processing), so the text says what it likely means and what
 * the user can do; the server's own message is added when it has one.
 */
export function deleteRefusal(error: unknown, assetName: string, linkedBrand: string | null): string {
  const name = `“${assetName}”`;
  if (!isApiError(error)) return `${name} was not deleted: something unexpected went wrong.`;
  if (error.status === 409) {
    const link = linkedBrand ? ` It is linked to ${linkedBrand}; you can unlink it instead, which keeps the file.` : '';
    return `NextDocs would not delete ${name} because it is in use right now (for example by a document, or it is still being processed).${link}`;
  }
  if (error.status === 403) return `You do not have permission to delete ${name} in this scope.`;
  if (error.status === 429) return `${name} was not deleted: too many requests right now. Wait a moment and try again.`;
  if (error.status === 0)
    return `${name} was not deleted: the server could not be reached. Check your connection and try again.`;
  if (error.status >= 500) return `${name} was not deleted: the server had a problem. Try again in a moment.`;
  return `${name} was not deleted: ${error.message}`;
}
