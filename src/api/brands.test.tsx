import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Brand, Theme } from '@contract';
import { createTestQueryClient, QueryWrapper } from '@/testing/render-app';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { brandQueries, optimisticBrand, useCreateBrand, useUpdateBrand } from './brands';

// The real sandbox in-process (src/testing/server-web.ts); faults are injected by wrapping its fetch.
let fault: ((path: string, init: RequestInit) => Promise<Response> | null) | null = null;
const server = signedInSandbox({
  through: (input, init, sandbox) => fault?.(input, init) ?? sandbox.fetch(input, init),
});
beforeEach(() => {
  fault = null;
});

async function seedBrand(body: Record<string, unknown> = {}): Promise<Brand> {
  const res = await server.sandbox.request('POST', '/v1/brands', {
    body: { name: 'Acme', theme_id: 'forest', ...body },
  });
  expect(res.status).toBe(201);
  return res.json as Brand;
}

function setup() {
  const client = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryWrapper client={client}>{children}</QueryWrapper>;
  return { client, wrapper };
}

const error500 = () =>
  Promise.resolve(Response.json({ error: { code: 'INTERNAL_ERROR', message: 'Injected.' } }, { status: 500 }));

describe('useUpdateBrand', () => {
  it('shows the change at once in the detail and in every list, then keeps the server answer', async () => {
    const brand = await seedBrand();
    const { client, wrapper } = setup();
    await client.fetchQuery(brandQueries.detail(brand.id));
    await client.fetchInfiniteQuery(brandQueries.infinite({}));

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fault = (path, init) => (init.method === 'PATCH' ? held.then(() => server.fetch(path, init)) : null);
    const { result } = renderHook(() => useUpdateBrand(brand.id), { wrapper });
    act(() => result.current.mutate({ patch: { name: 'Renamed' } }));

    await waitFor(() =>
      expect(client.getQueryData<Brand>(brandQueries.detail(brand.id).queryKey)?.name).toBe('Renamed'),
    );
    const list = client.getQueryData(brandQueries.infinite({}).queryKey);
    expect(list?.pages[0]?.data.find((b) => b.id === brand.id)?.name).toBe('Renamed');
    release();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const saved = (await server.sandbox.request('GET', `/v1/brands/${brand.id}`)).json as Brand;
    expect(saved.name).toBe('Renamed');
    // Only the dirty field went out.
    expect(saved.ai_instruction).toBeNull();
  });

  it('rolls every cached copy back when the save fails, after retrying twice', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const brand = await seedBrand({ ai_instruction: 'Before' });
      const { client, wrapper } = setup();
      await client.fetchQuery(brandQueries.detail(brand.id));
      await client.fetchInfiniteQuery(brandQueries.infinite({}));
      const before = {
        detail: client.getQueryData(brandQueries.detail(brand.id).queryKey),
        list: client.getQueryData(brandQueries.infinite({}).queryKey),
      };
      let attempts = 0;
      fault = (_path, init) => (init.method === 'PATCH' ? (attempts++, error500()) : null);
      const { result } = renderHook(() => useUpdateBrand(brand.id), { wrapper });
      act(() => result.current.mutate({ patch: { ai_instruction: 'After' } }));
      await waitFor(() =>
        expect(client.getQueryData<Brand>(brandQueries.detail(brand.id).queryKey)?.ai_instruction).toBe('After'),
      );
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      await waitFor(() => expect(result.current.isError).toBe(true));
      expect(attempts).toBe(3);
      // Cancelled refetches and the rollback leave exactly what was there (the invalidation refetch may follow).
      expect(client.getQueryData<Brand>(brandQueries.detail(brand.id).queryKey)?.ai_instruction).toBe('Before');
      expect(client.getQueryData(brandQueries.detail(brand.id).queryKey)).toEqual(before.detail);
      expect(client.getQueryData(brandQueries.infinite({}).queryKey)).toEqual(before.list);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not retry a 400', async () => {
    const brand = await seedBrand();
    const { wrapper } = setup();
    let attempts = 0;
    fault = (_path, init) =>
      init.method === 'PATCH'
        ? (attempts++,
          Promise.resolve(Response.json({ error: { code: 'VALIDATION_ERROR', message: 'no' } }, { status: 400 })))
        : null;
    const { result } = renderHook(() => useUpdateBrand(brand.id), { wrapper });
    act(() => result.current.mutate({ patch: { name: 'x' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(attempts).toBe(1);
  });
});

describe('useCreateBrand', () => {
  it('after an ambiguous failure finds the created brand instead of sending again', async () => {
    const { wrapper } = setup();
    let posts = 0;
    fault = (path, init) => {
      if (init.method !== 'POST' || path !== '/v1/brands') return null;
      posts += 1;
      // Processed by the server, but the answer never arrives ("committed but never heard").
      return server.fetch(path, init).then(() => Promise.reject(new TypeError('connection reset')));
    };
    const { result } = renderHook(() => useCreateBrand(), { wrapper });
    let created: Brand | undefined;
    await act(async () => {
      created = await result.current.mutateAsync({ name: 'Once only', theme_id: 'forest' });
    });
    expect(posts).toBe(1);
    const list = (await server.sandbox.request('GET', '/v1/brands')).json as { data: Brand[] };
    expect(list.data.filter((b) => b.name === 'Once only')).toHaveLength(1);
    expect(created?.id).toBe(list.data[0]!.id);
  });

  it('reports the failure when nothing was created, and never re-sends a POST on a 500', async () => {
    const { wrapper } = setup();
    let posts = 0;
    fault = (_path, init) => (init.method === 'POST' ? (posts++, error500()) : null);
    const { result } = renderHook(() => useCreateBrand(), { wrapper });
    await act(async () => {
      await result.current.mutateAsync({ name: 'Never made', theme_id: 'forest' }).catch(() => undefined);
    });
    expect(result.current.error).toMatchObject({ status: 500 });
    expect(posts).toBe(1);
  });
});

describe('optimisticBrand', () => {
  const theme = (id: string) => ({ id, name: id }) as Theme;
  const brand = { id: 'b', name: 'A', ai_instruction: 'x', theme_id: 'forest', theme: theme('forest') } as Brand;

  it('applies only the fields in the patch and embeds the chosen theme', () => {
    expect(optimisticBrand(brand, { name: 'B' })).toMatchObject({ name: 'B', ai_instruction: 'x', theme_id: 'forest' });
    expect(optimisticBrand(brand, { ai_instruction: null }).ai_instruction).toBeNull();
    expect(optimisticBrand(brand, { theme_id: 'sunset' }, theme('sunset'))).toMatchObject({
      theme_id: 'sunset',
      theme: { id: 'sunset' },
    });
  });
});
