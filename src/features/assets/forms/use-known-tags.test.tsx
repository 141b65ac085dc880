import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { assetQueries, type AssetPages } from '@/api/assets';
import { useKnownTags } from './use-known-tags';

const asset = (id: string, tags: string[]) => ({ object: 'asset', id, tags }) as unknown as Asset;
const pages = (...lists: Asset[][]): AssetPages => ({
  pages: lists.map((data) => ({ object: 'list', data, has_more: false })),
  pageParams: lists.map((_, i) => ({ offset: i * 2, prev: null })),
});

function setup() {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const key = (filters: object) => [...assetQueries.infinites(), filters];
  return { client, key, hook: renderHook(({ org }) => useKnownTags(org), { wrapper, initialProps: { org: undefined as string | undefined } }) };
}

describe('useKnownTags', () => {
  it("collects the scope's tags from every loaded list, sorted and once each", () => {
    const { client, key, hook } = setup();
    act(() => {
      client.setQueryData(key({}), pages([asset('a', ['zebra', 'Apple'])], [asset('b', ['apple', 'zebra'])]));
      client.setQueryData(key({ type: 'icon' }), pages([asset('c', ['mango'])]));
      client.setQueryData(key({ org: 'org_2' }), pages([asset('d', ['other scope'])]));
    });
    expect(hook.result.current).toEqual(['apple', 'Apple', 'mango', 'zebra']);
    hook.rerender({ org: 'org_2' });
    expect(hook.result.current).toEqual(['other scope']);
  });

  it('follows a changed page, and keeps its answer (the same array) when the tags did not change', () => {
    const { client, key, hook } = setup();
    const first = pages([asset('a', ['red'])], [asset('b', ['blue'])]);
    act(() => client.setQueryData(key({}), first));
    const before = hook.result.current;
    expect(before).toEqual(['blue', 'red']);
    // A move replaces one page with a copy holding the same tags.
    act(() => client.setQueryData(key({}), { ...first, pages: [first.pages[0]!, { ...first.pages[1]!, data: [asset('b', ['blue'])] }] }));
    expect(hook.result.current).toBe(before);
    act(() => client.setQueryData(key({}), { ...first, pages: [first.pages[0]!, { ...first.pages[1]!, data: [asset('b', ['green'])] }] }));
    expect(hook.result.current).toEqual(['green', 'red']);
  });
});
