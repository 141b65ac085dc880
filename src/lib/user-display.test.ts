import { describe, expect, it } from 'vitest';
import { displayName } from './user-display';

describe('displayName', () => {
  it('joins first and last name, else falls back to the email, else a label', () => {
    expect(displayName({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@x.test' })).toBe('Ada Lovelace');
    expect(displayName({ first_name: ' ', last_name: null, email: 'ada@x.test' })).toBe('ada@x.test');
    expect(displayName({})).toBe('Signed-in user');
  });
});
