import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import { deleteRefusal } from './delete-messages';

const err = (status: number) => new ApiError({ status, code: 'X', message: 'Server says no.' });

describe('deleteRefusal', () => {
  it('explains a 409 and offers unlinking for a linked asset', () => {
    expect(deleteRefusal(err(409), 'Logo', 'Acme')).toMatch(/in use.*linked to Acme; you can unlink it instead/);
    expect(deleteRefusal(err(409), 'Logo', null)).not.toMatch(/unlink/);
  });

  it('says what to do for other refusals', () => {
    expect(deleteRefusal(err(403), 'Logo', null)).toMatch(/permission/);
    expect(deleteRefusal(err(429), 'Logo', null)).toMatch(/Wait a moment/);
    expect(deleteRefusal(err(503), 'Logo', null)).toMatch(/server had a problem/);
    expect(deleteRefusal(err(0), 'Logo', null)).toMatch(/could not be reached/);
    expect(deleteRefusal(err(400), 'Logo', null)).toMatch(/Server says no/);
  });
});
