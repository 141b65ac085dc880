import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { onSessionReset, SESSION_REQUEST_META, type SessionResetReason } from '@/api/session-reset';
import { createQueryClient } from './query-client';

const unauthorized = () => new ApiError({ status: 401, code: 'UNAUTHORIZED', message: 'Your session has ended; sign in again.' });

let off: (() => void) | undefined;
afterEach(() => off?.());

function listen(): SessionResetReason[] {
  const reasons: SessionResetReason[] = [];
  off = onSessionReset((reason) => reasons.push(reason));
  return reasons;
}

describe('401 handling in the query client (session ends mid-use)', () => {
  it('ends the session on a 401 from any query: cache cleared, gate told', async () => {
    const client = createQueryClient();
    const reasons = listen();
    client.setQueryData(['brands', 'detail', 'brand_1'], { name: 'Acme of user A' });
    await client.fetchQuery({ queryKey: ['brands', 'list'], queryFn: () => Promise.reject(unauthorized()) }).catch(() => undefined);
    expect(reasons).toEqual(['ended']);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it('ends the session on a 401 from a mutation too', async () => {
    const client = createQueryClient();
    const reasons = listen();
    const mutation = client.getMutationCache().build(client, { mutationFn: () => Promise.reject(unauthorized()) });
    await mutation.execute(undefined).catch(() => undefined);
    expect(reasons).toEqual(['ended']);
    expect(client.getMutationCache().getAll()).toHaveLength(0);
  });

  it('leaves a refused key on the sign-in form (session requests), and other errors alone', async () => {
    const client = createQueryClient();
    const reasons = listen();
    const signIn = client.getMutationCache().build(client, { mutationFn: () => Promise.reject(unauthorized()), meta: SESSION_REQUEST_META });
    await signIn.execute(undefined).catch(() => undefined);
    for (const status of [403, 404, 409]) {
      await client
        .fetchQuery({ queryKey: ['probe', status], queryFn: () => Promise.reject(new ApiError({ status, code: 'X', message: 'm' })) })
        .catch(() => undefined);
    }
    expect(reasons).toEqual([]);
    expect(client.getQueryCache().getAll().length).toBe(3);
  });
});
