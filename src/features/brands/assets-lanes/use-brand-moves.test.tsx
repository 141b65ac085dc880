import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Brand } from '@contract';
import { assetFixture } from '@/testing/asset-fixture';
import { useBrandMoves } from './use-brand-moves';

// Only what the hook reads of a brand (its id and name) and what a move changes (its assets).
const brand = (over: Partial<Brand>) =>
  ({ id: 'brand_1', name: 'Verde Kitchen', assets: [], ...over }) as unknown as Brand;

describe('useBrandMoves', () => {
  it('keeps its moves while the brand keeps its id and name, so memoised cards skip a move', () => {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const names = new Map<string, string>();
    const { result, rerender } = renderHook(({ b }) => useBrandMoves(b, undefined, names), {
      wrapper,
      initialProps: { b: brand({}) },
    });
    const first = result.current;
    rerender({ b: brand({ assets: [assetFixture({ brand_id: 'brand_1' })] } as Partial<Brand>) });
    expect(result.current).toBe(first);
    rerender({ b: brand({ name: 'Verde Bistro' }) });
    expect(result.current).not.toBe(first);
    expect(result.current.toLane).not.toBe(first.toLane);
  });
});
