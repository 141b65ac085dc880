import { randomBytes } from 'node:crypto';

/**
 * Request ids unique per process and cheap: a random boot prefix plus a counter (no UUID per
 * request). Each app makes its own source, so ids from the web app and the sandbox never collide.
 */
export function requestIds(): () => string {
  const bootId = randomBytes(4).toString('hex');
  let counter = 0;
  return () => `${bootId}-${(++counter).toString(36)}`;
}
