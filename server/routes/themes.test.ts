// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Theme } from '../../contract/theme.ts';
import { COLORS, errorOf, setup, themeBody } from './route-test-helpers.ts';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const post = (body: unknown, key = t.keys.a) => t.request('POST', '/v1/themes', { key, body });
const patch = (id: string, body: unknown, key = t.keys.a) => t.request('PATCH', `/v1/themes/${id}`, { key, body });

describe('POST /v1/themes', () => {
  it('creates a custom theme with normalised colours', async () => {
    const res = await post(themeBody({ colors: { ...COLORS, primary: '#abc', secondary: '#a1b2c3', border: '#FfF' } }));
    expect(res.status).toBe(201);
    const theme = Theme.parse(res.json);
    expect(theme).toMatchObject({ object: 'theme', is_custom: true, name: 'Midnight', font_primary: 'Inter' });
    expect(theme.id).toMatch(/^theme_[0-9A-Z]{26}$/);
    expect(theme.colors).toMatchObject({ primary: '#AABBCC', secondary: '#A1B2C3', border: '#FFFFFF' });
    expect(theme.created_at).toBe('2026-03-01T12:00:00.000Z');
    expect((await t.request('GET', `/v1/themes/${theme.id}`)).json).toEqual(res.json);
  });

  it.each([
    ['name', ''],
    ['name', 'x'.repeat(101)],
    ['font_primary', ''],
    ['font_primary', 'x'.repeat(101)],
    ['font_secondary', ''],
    ['font_secondary', 'x'.repeat(101)],
    ['name', 12],
    ['font_primary', null],
  ])('rejects %s=%j', async (field, value) => {
    const res = await post(themeBody({ [field]: value }));
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(res.json.error.details[0].path).toBe(field);
  });

  it.each([
    ['name', 'x'],
    ['name', 'x'.repeat(100)],
    ['font_primary', 'F'],
    ['font_secondary', 'f'.repeat(100)],
  ])('accepts %s at its limit', async (field, value) => {
    expect((await post(themeBody({ [field]: value }))).status).toBe(201);
  });

  it.each(['#abcd', 'red', '#GGG', 'abc', '#abcdefa', '#12345', '', ' #ABC'])('rejects colour %j', async (bad) => {
    const res = await post(themeBody({ colors: { ...COLORS, primary: bad } }));
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('colors.primary');
  });

  it('requires all 13 colours and refuses unknown fields', async () => {
    const { border: _border, ...twelve } = COLORS;
    expect((await post(themeBody({ colors: twelve }))).status).toBe(400);
    expect((await post(themeBody({ colors: { ...COLORS, accent: '#FFFFFF' } }))).status).toBe(400);
    for (const extra of ['is_custom', 'id', 'created_at', 'scope_id']) {
      expect((await post(themeBody({ [extra]: true }))).status).toBe(400);
    }
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM themes WHERE is_custom = 1').get()).toEqual({ n: 0 });
  });

  it('creates in an org and refuses unknown or foreign orgs', async () => {
    expect((await post(themeBody({ org_id: t.orgs.o2 }))).status).toBe(201);
    expect((await post(themeBody({ org_id: 'org_missing' }))).status).toBe(404);
    expect((await post(themeBody({ org_id: t.orgs.o3 }))).status).toBe(403);
  });
});

describe('GET /v1/themes/:id', () => {
  it('reads system themes by key and own custom themes; others are 404', async () => {
    expect(Theme.parse((await t.request('GET', '/v1/themes/midnight-blue')).json).is_custom).toBe(false);
    const own = await t.makeTheme({ org_id: t.orgs.o1 });
    expect((await t.request('GET', `/v1/themes/${own.id}`)).status).toBe(200);
    const foreign = await t.request('GET', `/v1/themes/${own.id}`, { key: t.keys.b });
    expect(errorOf(foreign)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(foreign.text).not.toContain(own.id);
    expect((await t.request('GET', '/v1/themes/theme_01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    expect((await t.request('GET', '/v1/themes/not%20a%20key')).status).toBe(404);
  });
});

describe('PATCH /v1/themes/:id', () => {
  it('changes only present fields and merges colours token by token', async () => {
    const theme = await t.makeTheme();
    t.advance();
    const res = await patch(theme.id, { name: 'Renamed', colors: { primary: '#f00' } });
    expect(res.status).toBe(200);
    const next = Theme.parse(res.json);
    expect(next).toMatchObject({ name: 'Renamed', font_primary: 'Inter', font_secondary: 'Lora' });
    expect(next.colors).toEqual({ ...COLORS, primary: '#FF0000' });
    expect(next.created_at).toBe(theme.created_at);
    expect(next.updated_at).toBe('2026-03-01T12:00:01.000Z');
  });

  it('validates the body', async () => {
    const theme = await t.makeTheme();
    expect((await patch(theme.id, { colors: { primary: 'blue' } })).status).toBe(400);
    expect((await patch(theme.id, { colors: { nope: '#FFF' } })).status).toBe(400);
    expect((await patch(theme.id, { name: '' })).status).toBe(400);
    expect((await patch(theme.id, { org_id: t.orgs.o1 })).status).toBe(400);
    expect((await patch(theme.id, { is_custom: false })).status).toBe(400);
    expect((await t.request('GET', `/v1/themes/${theme.id}`)).json).toEqual(theme);
  });

  it('refuses system themes with 403 and foreign or missing themes with 404', async () => {
    expect(errorOf(await patch('midnight-blue', { name: 'Mine now' }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    const theme = await t.makeTheme();
    expect((await patch(theme.id, { name: 'Hijack' }, t.keys.b)).status).toBe(404);
    expect((await patch('theme_01ARZ3NDEKTSV4RRFFQ69G5FAV', { name: 'x' })).status).toBe(404);
    expect((await t.request('GET', `/v1/themes/${theme.id}`)).json.name).toBe('Midnight');
  });
});

describe('DELETE /v1/themes/:id', () => {
  it('deletes an unused custom theme', async () => {
    const theme = await t.makeTheme();
    const res = await t.request('DELETE', `/v1/themes/${theme.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await t.request('GET', `/v1/themes/${theme.id}`)).status).toBe(404);
    expect((await t.request('DELETE', `/v1/themes/${theme.id}`)).status).toBe(404);
  });

  it('answers 409 while a brand uses the theme, 403 for system themes and 404 for foreign ones', async () => {
    const theme = await t.makeTheme();
    const brand = await t.makeBrand({ theme_id: theme.id });
    expect(errorOf(await t.request('DELETE', `/v1/themes/${theme.id}`))).toMatchObject({
      status: 409,
      code: 'CONFLICT',
    });
    expect((await t.request('DELETE', '/v1/themes/midnight-blue')).status).toBe(403);
    expect((await t.request('DELETE', `/v1/themes/${theme.id}`, { key: t.keys.b })).status).toBe(404);
    expect((await t.request('PATCH', `/v1/brands/${brand.id}`, { body: { theme_id: 'forest' } })).status).toBe(200);
    expect((await t.request('DELETE', `/v1/themes/${theme.id}`)).status).toBe(204);
    expect((await t.request('GET', '/v1/themes/midnight-blue')).status).toBe(200);
  });
});
