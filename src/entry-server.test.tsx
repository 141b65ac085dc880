// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signedInSandbox } from '@/testing/sandbox-per-test';
import { renderLanding } from './entry-server';

// The server render of the landing page, in Node as the production server runs it, with the
// answers of the real web app and sandbox (in-process, fresh database).
const server = signedInSandbox({ stubFetch: false });

/** The same-origin GETs the renderer makes, answered by the real server, and which paths it asked for. */
function sameOrigin(replace: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const fetchSameOrigin = async (path: string) => {
    asked.push(path);
    const key = path.split('?')[0]!;
    if (key in replace) return new Response(JSON.stringify(replace[key]), { status: 200 });
    return server.fetch(path);
  };
  return { asked, fetchSameOrigin };
}

const render = (url: string, replace?: Record<string, unknown>) =>
  renderLanding(url, sameOrigin(replace).fetchSameOrigin);

async function createBrand(name: string) {
  const response = await server.fetch('/v1/brands', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, theme_id: 'forest' }),
  });
  expect(response.status).toBe(201);
}

/** The state script's JSON, parsed back as the browser does. */
function stateOf(script: string): { queries: { queries: Array<{ queryKey: unknown[]; state: { data: unknown } }> } } {
  const json = /^<script type="application\/json" id="server-render-state">(.*)<\/script>$/s.exec(script)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!);
}

describe('renderLanding', () => {
  it('renders the shell and the first page of brands, with the state to hydrate from', async () => {
    await createBrand('Server-rendered brand');
    const rendered = await render('http://localhost/brands');
    expect(rendered).not.toBeNull();
    const { head, html, stateScript } = rendered!;
    // No paint before the whole page is parsed: half-parsed markup shifts as the rest arrives.
    expect(head).toBe('<link rel="expect" href="#server-render-state" blocking="render">');
    expect(stateScript).toContain('id="server-render-state"');
    expect(html).toContain('Server-rendered brand');
    expect(html).toContain('elementtiming="brand-card"');
    expect(html).toContain('<nav aria-label="Main"');
    // The CSP allows no inline styles: a style attribute in the markup would be refused.
    expect(html).not.toMatch(/\sstyle="/);
    const keys = stateOf(stateScript).queries.queries.map((q) => q.queryKey);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['session', 'current'],
        ['brands', 'infinite', {}],
      ]),
    );
  });

  it('keeps markup in user text inert, in the markup and in the state script', async () => {
    const name = '</script><script>alert(1)</script>\u2028';
    await createBrand(name);
    const { html, stateScript } = (await render('http://localhost/brands'))!;
    expect(html).not.toContain('<script>alert(1)');
    expect(stateScript.indexOf('</script>')).toBe(stateScript.length - '</script>'.length);
    expect(stateScript).not.toContain('<script>alert');
    const page = stateOf(stateScript).queries.queries.find((q) => q.queryKey[0] === 'brands')!.state.data as {
      pages: Array<{ data: Array<{ name: string }> }>;
    };
    expect(page.pages[0]!.data.map((b) => b.name)).toContain(name);
  });

  it('renders the scope in ?org= with that scope as the cache key', async () => {
    const orgs = (await (await server.fetch('/v1/organizations')).json()) as { data: Array<{ id: string }> };
    const org = orgs.data[0]!.id;
    const url = `http://localhost/brands?org=${org}`;
    const { asked, fetchSameOrigin } = sameOrigin();
    const { stateScript } = (await renderLanding(url, fetchSameOrigin))!;
    expect(asked).toEqual(['/session', `/v1/brands?limit=20&org_id=${org}`]);
    expect(stateOf(stateScript).queries.queries.map((q) => q.queryKey)).toContainEqual(['brands', 'infinite', { org }]);
  });

  it('returns null for a visitor who is not signed in, or answers that are not the contract', async () => {
    const url = 'http://localhost/brands';
    expect(await render(url, { '/session': { signed_in: false, mode: 'sandbox', demo_available: true } })).toBeNull();
    expect(await render(url, { '/v1/brands': { object: 'list', data: [{ id: 42 }], has_more: false } })).toBeNull();
    expect(await render(url, { '/session': 'nonsense' })).toBeNull();
  });
});

describe('which pages', () => {
  it('renders the landing route only, and asks for nothing on any other page', async () => {
    expect(await render('http://localhost/brands?org=org_1')).toBeNull(); // an unknown scope: the browser shows why
    for (const path of ['/', '/brands/new', '/brands/brd_1', '/assets', '/themes', '/connect']) {
      const { asked, fetchSameOrigin } = sameOrigin();
      expect(await renderLanding(`http://localhost${path}`, fetchSameOrigin)).toBeNull();
      expect(asked).toEqual([]);
    }
  });
});
