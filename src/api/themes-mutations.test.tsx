import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Brand, Theme } from '@contract';
import { createTestQueryClient, QueryWrapper } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { brandQueries } from './brands';
import { themeQueries, useCreateTheme, useDeleteTheme, useUpdateTheme } from './themes';

// The real sandbox in-process; faults are injected by wrapping its fetch.
let fault: ((path: string, init: RequestInit) => Promise<Response> | null) | null = null;
const server = signedInSandbox({
  through: (input, init, sandbox) => fault?.(input, init) ?? sandbox.fetch(input, init),
});
beforeEach(() => {
  fault = null;
});

const COLORS = {
  background: '#FFFFFF',
  foreground: '#111111',
  muted: '#EEEEEE',
  card: '#FAFAFA',
  text_on_muted: '#333333',
  text_on_card: '#111111',
  primary: '#2255AA',
  secondary: '#444444',
  tertiary: '#AA5500',
  text_on_primary: '#FFFFFF',
  text_on_secondary: '#FFFFFF',
  text_on_tertiary: '#FFFFFF',
  border: '#CCCCCC',
};

async function seedTheme(): Promise<Theme> {
  const res = await server.sandbox.request('POST', '/v1/themes', {
    body: { name: 'Harbor', font_primary: 'Lora', font_secondary: 'Inter', colors: COLORS },
  });
  return res.json as Theme;
}

function setup() {
  const client = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryWrapper client={client}>{children}</QueryWrapper>;
  return { client, wrapper };
}

describe('useUpdateTheme', () => {
  it('shows the change at once in the theme and in every brand that embeds it, and sends only the patch', async () => {
    const theme = await seedTheme();
    const brand = (await server.sandbox.request('POST', '/v1/brands', { body: { name: 'B', theme_id: theme.id } }))
      .json as Brand;
    const { client, wrapper } = setup();
    await client.fetchQuery(brandQueries.detail(brand.id));
    await client.fetchInfiniteQuery(brandQueries.infinite({}));
    await client.fetchQuery(themeQueries.detail(theme.id));

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let body: unknown;
    fault = (path, init) => {
      if (init.method !== 'PATCH') return null;
      body = JSON.parse(String(init.body));
      return held.then(() => server.fetch(path, init));
    };
    const { result } = renderHook(() => useUpdateTheme(theme.id), { wrapper });
    act(() => result.current.mutate({ patch: { colors: { primary: '#a1b' } } }));

    await waitFor(() =>
      expect(client.getQueryData<Brand>(brandQueries.detail(brand.id).queryKey)?.theme?.colors.primary).toBe('#AA11BB'),
    );
    const pages = client.getQueryData(brandQueries.infinite({}).queryKey);
    expect(pages?.pages[0]?.data.find((b) => b.id === brand.id)?.theme?.colors.primary).toBe('#AA11BB');
    expect(client.getQueryData<Theme>(themeQueries.detail(theme.id).queryKey)?.colors.primary).toBe('#AA11BB');
    release();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(body).toEqual({ colors: { primary: '#a1b' } });
    const saved = (await server.sandbox.request('GET', `/v1/themes/${theme.id}`)).json as Theme;
    expect(saved.colors).toEqual({ ...COLORS, primary: '#AA11BB' });
  });

  it('rolls every copy back when the API refuses (405)', async () => {
    const theme = await seedTheme();
    const { client, wrapper } = setup();
    await client.fetchQuery(themeQueries.detail(theme.id));
    fault = (_path, init) =>
      init.method === 'PATCH'
        ? Promise.resolve(Response.json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'No.' } }, { status: 405 }))
        : null;
    const { result } = renderHook(() => useUpdateTheme(theme.id), { wrapper });
    act(() => result.current.mutate({ patch: { name: 'Other' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(client.getQueryData<Theme>(themeQueries.detail(theme.id).queryKey)?.name).toBe('Harbor');
  });
});

describe('useCreateTheme', () => {
  it('creates in the scope, caches the detail and puts it first in the whole list', async () => {
    const { client, wrapper } = setup();
    await client.fetchQuery(themeQueries.list({}));
    const { result } = renderHook(() => useCreateTheme(), { wrapper });
    let created!: Theme;
    await act(async () => {
      created = await result.current.mutateAsync({
        name: 'New',
        font_primary: 'Lora',
        font_secondary: 'Inter',
        colors: COLORS,
      });
    });
    expect(client.getQueryData<Theme>(themeQueries.detail(created.id).queryKey)?.name).toBe('New');
    expect(client.getQueryData<Theme[]>(themeQueries.list({}).queryKey)?.[0]?.id).toBe(created.id);
  });

  it('after no answer, finds the theme the server did create instead of sending it twice', async () => {
    const { wrapper } = setup();
    let posts = 0;
    fault = (path, init) => {
      if (init.method !== 'POST') return null;
      posts += 1;
      // The server gets it, the answer is lost.
      return server
        .fetch(path, init)
        .then(() => Response.json({ error: { code: 'X', message: 'Bad gateway' } }, { status: 502 }));
    };
    const { result } = renderHook(() => useCreateTheme(), { wrapper });
    let created!: Theme;
    await act(async () => {
      created = await result.current.mutateAsync({
        name: 'Lost',
        font_primary: 'Lora',
        font_secondary: 'Inter',
        colors: COLORS,
      });
    });
    expect(posts).toBe(1);
    expect(created.name).toBe('Lost');
  });
});

describe('useDeleteTheme', () => {
  it('leaves every cache alone when the API refuses (409: a brand uses it)', async () => {
    const theme = await seedTheme();
    await server.sandbox.request('POST', '/v1/brands', { body: { name: 'User', theme_id: theme.id } });
    const { client, wrapper } = setup();
    await client.fetchQuery(themeQueries.list({}));
    const { result } = renderHook(() => useDeleteTheme(theme.id), { wrapper });
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as { status?: number }).status).toBe(409);
    expect(client.getQueryData<Theme[]>(themeQueries.list({}).queryKey)?.some((t) => t.id === theme.id)).toBe(true);
  });
});
