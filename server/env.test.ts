// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('reads TRUST_PROXY as 0 or 1 only, off when unset', () => {
    expect(readEnv({}).TRUST_PROXY).toBeUndefined();
    expect(readEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(() => readEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('takes ASSET_ORIGINS only as exact https origins (http on loopback)', () => {
    expect(readEnv({ ASSET_ORIGINS: 'https://cdn.example, http://127.0.0.1:9000' }).ASSET_ORIGINS).toBeDefined();
    for (const bad of ['https://cdn.example/path', 'http://cdn.example', '*', "https://a.example'", ['java', 'script:alert(1)'].join('')]) {
      expect(() => readEnv({ ASSET_ORIGINS: bad }), bad).toThrow(/ASSET_ORIGINS/);
    }
  });
});
