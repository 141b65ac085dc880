// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createKeySealer } from './session-seal.ts';

describe('createKeySealer', () => {
  const sealer = createKeySealer(['s'.repeat(32)]);

  it('opens what it sealed, with a fresh nonce every time', () => {
    const [a, b] = [sealer.seal('nxd_k'), sealer.seal('nxd_k')];
    expect(a).not.toBe(b);
    expect(sealer.open(a)).toEqual({ key: 'nxd_k', stale: false });
  });

  it('refuses a tampered value and one sealed under an unknown secret', () => {
    const sealed = sealer.seal('nxd_key_value');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(sealer.open(parts.join('.'))).toBeNull();
    expect(createKeySealer(['t'.repeat(32)]).open(sealed)).toBeNull();
    expect(sealer.open('garbage')).toBeNull();
  });

  it('marks values sealed under an older secret as stale', () => {
    const old = createKeySealer(['o'.repeat(32)]);
    const both = createKeySealer(['n'.repeat(32), 'o'.repeat(32)]);
    expect(both.open(old.seal('nxd_k'))).toEqual({ key: 'nxd_k', stale: true });
  });
});
