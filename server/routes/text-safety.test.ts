// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, setup } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

/** A raw JSON body, so escapes such as \ud800 reach the server exactly as written. */
const send = (method: string, path: string, json: string) => t.request(method, path, { body: json });
const pathsOf = (res: { json: { error?: { details?: { path: string }[] } } }) =>
  (res.json.error?.details ?? []).map((d) => d.path);

describe('ill-formed strings', () => {
  it.each([
    ['POST', '/v1/brands', '{"name":"Acme \\ud800","theme_id":"forest"}', 'name'],
    ['POST', '/v1/brands', '{"name":"Acme \\udc00 x","theme_id":"forest"}', 'name'],
    ['POST', '/v1/assets', '{"source_url":"https://img.test/a.png","tags":["ok","bad\\ud83d"]}', 'tags.1'],
    ['POST', '/v1/themes', JSON.stringify({ name: 'X', font_primary: 'A', font_secondary: 'B' }).replace('"X"', '"\\ud800X"'), 'name'],
  ])('%s %s refuses a lone surrogate: %s', async (method, path, json, field) => {
    const res = await send(method, path, json);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(pathsOf(res)).toEqual([field]);
    expect(res.json.error.details[0].message).toMatch(/Unicode/);
    expect(t.calls).toEqual([]);
  });

  it('refuses a lone surrogate on PATCH, nested in a theme colour', async () => {
    const theme = await t.makeTheme();
    const res = await send('PATCH', `/v1/themes/${theme.id}`, '{"colors":{"primary":"#fff\\udfff"}}');
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(pathsOf(res)).toEqual(['colors.primary']);
    expect(res.json.error.details[0].message).toMatch(/Unicode/);
  });

  // A URL cannot carry a lone surrogate as such (it would be sent as U+FFFD); its UTF-8-like
  // encoding %ED%A0%80 is not UTF-8, and neither is an overlong or cut-off sequence.
  it.each([
    ['/v1/brands?org_id=%ED%A0%80', 'org_id'],
    ['/v1/assets?limit=5&search=%ED%B0%80', 'search'],
    ['/v1/themes?q=%E0%80%AF', 'q'],
    ['/v1/assets?x=%F0%9F', 'x'],
  ])('refuses a query parameter that is not UTF-8: %s', async (path, field) => {
    const res = await t.request('GET', path);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(pathsOf(res)).toEqual([field]);
  });
});

describe('control and bidi characters', () => {
  it.each([
    ['/v1/brands', { name: 'Ac\u0000me', theme_id: 'forest' }, 'name'],
    ['/v1/brands', { name: 'Acme\n', theme_id: 'forest' }, 'name'],
    ['/v1/brands', { name: 'Acme \u202Egpj.exe', theme_id: 'forest' }, 'name'],
    ['/v1/brands', { name: 'Acme \u2066x\u2069', theme_id: 'forest' }, 'name'],
    ['/v1/brands', { name: 'Acme', theme_id: 'forest', ai_instruction: 'Be bold.\u0007' }, 'ai_instruction'],
    ['/v1/assets', { source_url: 'https://img.test/a.png', tags: ['a\u001Fb'] }, 'tags.0'],
    ['/v1/assets', { source_url: 'https://img.test/a.png', tags: ['\u202Dx'] }, 'tags.0'],
    ['/v1/assets', { source_url: 'https://img.test/a.png', category: 'logo\t' }, 'category'],
    ['/v1/assets', { source_url: 'https://img.test/a.png', category: 'lo\u202Ego' }, 'category'],
    ['/v1/assets', { source_url: 'https://img.test/a.png', name: 'x\u202Ay' }, 'name'],
  ])('POST %s refuses %j', async (path, body, field) => {
    const res = await t.request('POST', path, { body });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(pathsOf(res)).toEqual([field]);
  });

  it('refuses them on PATCH too', async () => {
    const brand = await t.makeBrand();
    const asset = await t.makeAsset();
    expect((await t.request('PATCH', `/v1/brands/${brand.id}`, { body: { name: 'a\u202Eb' } })).status).toBe(400);
    expect((await t.request('PATCH', `/v1/assets/${asset.id}`, { body: { tags: ['a\rb'] } })).status).toBe(400);
    const theme = await t.makeTheme();
    expect((await t.request('PATCH', `/v1/themes/${theme.id}`, { body: { name: 'a\u0008' } })).status).toBe(400);
  });

  it('keeps newlines and tabs in the AI instruction', async () => {
    const instruction = 'Line one.\nLine two.\r\n\tIndented, and \u05D0\u05D1 right-to-left text.';
    const brand = await t.makeBrand({ ai_instruction: instruction });
    expect(brand.ai_instruction).toBe(instruction);
  });
});

it('names an asset after its file without the control and bidi characters a URL can carry', async () => {
  const asset = await t.makeAsset({ source_url: 'https://img.test/ev%E2%80%AEil%01%09name.png' });
  expect(asset.name).toBe('evilname');
  const renamed = await t.request('PATCH', `/v1/assets/${asset.id}`, { body: { name: asset.name } });
  expect(renamed.status).toBe(200);
});

describe('well-formed text round-trips exactly', () => {
  // 100 UTF-16 units (the contract counts those): 4-byte emoji, a flag and combining marks.
  const name = `${'\u{1F3A8}'.repeat(40)}\u{1F1E9}\u{1F1EA}Ame\u0301lie ${'x'.repeat(8)}`.padEnd(100, 'z');

  it('at the 100-character limit with emoji', async () => {
    expect(name.length).toBe(100);
    const brand = await t.makeBrand({ name });
    expect(brand.name).toBe(name);
    const read = await t.request('GET', `/v1/brands/${brand.id}`);
    expect(read.json.name).toBe(name);
    // Read back, it is still valid for a write.
    expect((await t.request('PATCH', `/v1/brands/${brand.id}`, { body: { name: read.json.name } })).status).toBe(200);
    const asset = await t.makeAsset({ name, tags: ['\u{1F3A8}'.repeat(32)], category: 'caf\u00E9 \u{1F600}' });
    expect(asset).toMatchObject({ name, tags: ['\u{1F3A8}'.repeat(32)], category: 'caf\u00E9 \u{1F600}' });
  });
});
