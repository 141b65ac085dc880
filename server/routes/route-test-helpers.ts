/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary JSON */
/** Shared fixtures for the brands, themes and assets route tests. */
import type { AppDeps } from '../app-deps.ts';
import { SourceFetchError, type FetchedSource } from '../lib/fetch-source.ts';
import type { AssetFormat } from '../lib/files.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

export const COLORS = {
  background: '#FFFFFF',
  foreground: '#1F1F1F',
  muted: '#F5F5F5',
  card: '#FAFAFA',
  text_on_muted: '#6B7280',
  text_on_card: '#374151',
  primary: '#3B82F6',
  secondary: '#8B5CF6',
  tertiary: '#EC4899',
  text_on_primary: '#FFFFFF',
  text_on_secondary: '#FFFFFF',
  text_on_tertiary: '#FFFFFF',
  border: '#E5E7EB',
};

export const themeBody = (extra: Record<string, unknown> = {}) => ({
  name: 'Midnight',
  font_primary: 'Inter',
  font_secondary: 'Lora',
  colors: { ...COLORS },
  ...extra,
});

/**
 * A fake source fetcher: the URL's last segment decides the result, e.g.
 * `https://img.test/logo.png?w=64&h=64`; a host of `fail.test` throws a SourceFetchError.
 */
function fakeFetcher(calls: string[] = []) {
  return async (url: string): Promise<FetchedSource> => {
    calls.push(url);
    const u = new URL(url);
    if (u.hostname === 'fail.test') throw new SourceFetchError('The server answered 404.');
    const last = decodeURIComponent(u.pathname.split('/').pop() ?? '');
    const dot = last.lastIndexOf('.');
    const format = (dot >= 0 ? last.slice(dot + 1) : 'png') as AssetFormat;
    const video = format === 'mp4' || format === 'webm';
    const dim = (k: string) => (video || u.searchParams.get(k) === 'none' ? null : Number(u.searchParams.get(k) ?? 64));
    const bytes = Buffer.from(`bytes of ${url}`);
    return {
      bytes,
      format,
      contentType: `image/${format}`,
      width: dim('w'),
      height: dim('h'),
      fileName: dot >= 0 ? last.slice(0, dot) : last,
    };
  };
}

export function setup(overrides: Partial<AppDeps> = {}) {
  const calls: string[] = [];
  let time = Date.parse('2026-03-01T12:00:00.000Z');
  const clock = { now: () => time };
  const t = createTestApp({ fetchSource: fakeFetcher(calls), clock, ...overrides });
  return {
    ...t,
    calls,
    advance: (ms = 1000) => {
      time += ms;
    },
    ...helpers(t),
  };
}

function helpers(t: TestApp) {
  const ok = async (res: Promise<{ status: number; json: any; text: string }>, status: number) => {
    const r = await res;
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`);
    return r.json;
  };
  return {
    makeTheme: (body: Record<string, unknown> = {}, key = t.keys.a) =>
      ok(t.request('POST', '/v1/themes', { key, body: themeBody(body) }), 201),
    makeBrand: (body: Record<string, unknown> = {}, key = t.keys.a) =>
      ok(t.request('POST', '/v1/brands', { key, body: { name: 'Acme', theme_id: 'midnight-blue', ...body } }), 201),
    makeAsset: (body: Record<string, unknown> = {}, key = t.keys.a) =>
      ok(t.request('POST', '/v1/assets', { key, body: { source_url: 'https://img.test/logo.png', ...body } }), 201),
  };
}

/** Asserts an error envelope with the given status and code; returns the body. */
export function errorOf(res: { status: number; json: any }) {
  return { status: res.status, code: res.json?.error?.code as string | undefined, details: res.json?.error?.details };
}

/** Walks a list with limit 3, calling `between` after each page; returns every id seen in order. */
export async function walk(
  t: TestApp,
  path: string,
  between: (pageIndex: number, seen: string[]) => Promise<void> | void = () => {},
  key = t.keys.a,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | undefined;
  for (let i = 0; i < 50; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await t.request('GET', `${path}${sep}limit=3${after ? `&after=${encodeURIComponent(after)}` : ''}`, {
      key,
    });
    if (res.status !== 200) throw new Error(`walk: ${res.status} ${res.text}`);
    const ids = (res.json.data as { id: string }[]).map((d) => d.id);
    if (ids.length > 3) throw new Error('page larger than limit');
    seen.push(...ids);
    if (!res.json.has_more) return seen;
    after = ids[ids.length - 1];
    await between(i, [...seen]);
  }
  throw new Error('walk did not finish');
}
