// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RenderLanding } from './landing.ts';
import { webHarness } from './web-test-helpers.ts';

const INDEX = '<!doctype html><html><head></head><body><div id="root"></div></body></html>';

function distDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bks-dist-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'static', 'app.js'), 'export {};');
  return dir;
}

const harnesses: ReturnType<typeof webHarness>[] = [];
function setup(...args: Parameters<typeof webHarness>) {
  const h = webHarness(...args);
  harnesses.push(h);
  return h;
}
afterEach(() => {
  while (harnesses.length) harnesses.pop()!.close();
});

/** Each answer's id is real (a boot prefix and a counter, not a placeholder) and new for every request. */
function expectRealIds(ids: Array<string | null>) {
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('a malformed percent-escape in a page path', () => {
  it.each(['/%ff', '/brands%ff', '/static/%ff.js', '/%', '/a%zzb', '/session%ff'])('GET %s is a 400 envelope, not a 500', async (path) => {
    const t = setup({ distDir: distDir() });
    const res = await t.call('GET', path);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('VALIDATION_ERROR');
    expect(res.json.error.message).toMatch(/percent/i);
    expectRealIds([res.headers.get('x-request-id')]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not reach the landing renderer, which goes straight to the 400', async () => {
    const seen: string[] = [];
    const renderLanding: RenderLanding = async (url) => {
      seen.push(url);
      return null;
    };
    const t = setup({ distDir: distDir(), landingRenderer: renderLanding });
    await t.signIn(t.keys.a);
    const res = await t.call('GET', '/brands%ff');
    expect(res.status).toBe(400);
    expect(seen).toEqual([]);
    expect((await t.call('GET', '/brands')).status).toBe(200);
    expect(seen).toEqual(['http://localhost/brands']);
  });

  it('still serves well-formed escapes and files', async () => {
    const t = setup({ distDir: distDir() });
    expect((await t.call('GET', '/brands/caf%C3%A9')).text).toBe(INDEX);
    const file = await t.call('GET', '/static/%61pp.js');
    expect(file.status).toBe(200);
    expect(file.text).toBe('export {};');
  });
});

describe('every error the web app answers itself has a real request id (X-Request-Id, and in a 500’s envelope)', () => {
  it('a 404 and an unexpected failure carry a fresh id, the failure is logged under it', async () => {
    const lines: string[] = [];
    const t = setup({
      upstream: async () => {
        throw new Error('upstream exploded');
      },
      log: (line) => lines.push(line),
    });
    const missing = await t.call('GET', '/nothing-here');
    expect(missing.status).toBe(404);
    const failed = await t.call('GET', '/v1/me', { headers: { authorization: 'Bearer nxd_whatever' } });
    expect(failed.status).toBe(500);
    expect(failed.json.error).toMatchObject({ code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' });
    expect(failed.text).not.toContain('exploded');
    expect(missing.json.error.code).toBe('NOT_FOUND');
    expectRealIds([missing.headers.get('x-request-id'), failed.headers.get('x-request-id')]);
    expect(failed.json.error.request_id).toBe(failed.headers.get('x-request-id'));
    expect(lines.some((l) => l.startsWith(`error request_id=${failed.json.error.request_id} `))).toBe(true);
  });
});
