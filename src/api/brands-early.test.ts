import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

const list = { object: 'list', data: [], has_more: false };

async function load(session: { signed_in: boolean }, brands: () => Response = () => Response.json(list)) {
  const fetchMock = vi.fn(async (url: string) => (url === '/session' ? Response.json(session) : brands()));
  vi.stubGlobal('fetch', fetchMock);
  const early = await import('./brands-early');
  return { ...early, fetchMock };
}

describe('the early first page', () => {
  it('is fetched once per tab, after the session says signed in, and handed over once', async () => {
    const { startFirstBrandPage, takeFirstBrandPage, firstBrandPageUrl, fetchMock } = await load({ signed_in: true });
    startFirstBrandPage('org_1', 20);
    startFirstBrandPage('org_1', 20);
    await expect(takeFirstBrandPage(firstBrandPageUrl('org_1', 20))).resolves.toEqual(list);
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(['/session', '/v1/brands?limit=20&org_id=org_1']);
    expect(takeFirstBrandPage(firstBrandPageUrl('org_1', 20))).toBeNull();
  });

  it('asks for no brands when signed out (no 401), and hands over null', async () => {
    const { startFirstBrandPage, takeFirstBrandPage, firstBrandPageUrl, fetchMock } = await load({ signed_in: false });
    startFirstBrandPage(undefined, 20);
    await expect(takeFirstBrandPage(firstBrandPageUrl(undefined, 20))).resolves.toBeNull();
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(['/session']);
  });

  it('turns an early failure into null, so the query fetches again itself', async () => {
    const { startFirstBrandPage, takeFirstBrandPage, firstBrandPageUrl } = await load({ signed_in: true }, () =>
      Response.json({ error: { code: 'UNAUTHORIZED', message: 'gone' } }, { status: 401 }),
    );
    startFirstBrandPage(undefined, 20);
    await expect(takeFirstBrandPage(firstBrandPageUrl(undefined, 20))).resolves.toBeNull();
  });

  it('is not used for another scope, nor when it is too old', async () => {
    vi.useFakeTimers();
    const { startFirstBrandPage, takeFirstBrandPage, firstBrandPageUrl } = await load({ signed_in: true });
    startFirstBrandPage(undefined, 20);
    expect(takeFirstBrandPage(firstBrandPageUrl('org_1', 20))).toBeNull();
    vi.advanceTimersByTime(10_001);
    expect(takeFirstBrandPage(firstBrandPageUrl(undefined, 20))).toBeNull();
  });
});
