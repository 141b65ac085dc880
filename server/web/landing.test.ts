import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capturedLogs, webHarness } from './web-test-helpers.ts';
import { CONTENT_SECURITY_POLICY } from './static.ts';
import { loadLandingRenderer, withServerRender, type RenderedLanding, type RenderLanding } from './landing.ts';

// The server side of the landing page's server render: what the renderer can fetch (the real
// answers of this app and its sandbox, with the visitor's cookie), what is sent, and that any
// failure falls back to the plain page. The renderer itself (src/entry-server.tsx) has its own
// tests and runs for real in e2e; here it is a recorder that renders /brands for a signed-in
// visitor, as the real one does.

const INDEX =
  '<!doctype html><html><head><title>Brandkit Studio</title></head><body><div id="root"></div><script type="module" src="/static/index.js"></script></body></html>';

function distWithIndex(html = INDEX): string {
  const dist = mkdtempSync(join(tmpdir(), 'bks-dist-'));
  writeFileSync(join(dist, 'index.html'), html);
  return dist;
}

function recordingRenderer(
  answer: RenderedLanding | null | Error = {
    head: '<link rel="expect" href="#s">',
    html: '<main>cards</main>',
    stateScript: '<script type="application/json" id="s">{}</script>',
  },
) {
  const calls: Array<{ url: string; session: unknown; firstPage: unknown }> = [];
  const renderer: RenderLanding = async (href, fetchSameOrigin) => {
    const url = new URL(href);
    if (url.pathname !== '/brands') return null;
    const session = (await (await fetchSameOrigin('/session')).json()) as { signed_in?: boolean };
    if (!session.signed_in) return null;
    const org = url.searchParams.get('org');
    const firstPage: unknown = await (
      await fetchSameOrigin(`/v1/brands?limit=20${org ? `&org_id=${org}` : ''}`)
    ).json();
    calls.push({ url: href, session, firstPage });
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { renderer, calls };
}

let close: (() => void) | undefined;
afterEach(() => close?.());

function setup(answer?: RenderedLanding | null | Error, html?: string) {
  const { renderer, calls } = recordingRenderer(answer);
  const t = webHarness({ distDir: distWithIndex(html), landingRenderer: renderer });
  close = t.close;
  return { ...t, calls };
}

describe('GET /brands with a landing renderer', () => {
  it('renders for a signed-in visitor, from this app’s own answers with the visitor’s cookie', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const brand = await t.sandbox.request('POST', '/v1/brands', {
      body: { name: 'Rendered on the server', theme_id: 'forest' },
    });
    expect(brand.status).toBe(201);

    const answer = await t.call('GET', '/brands');
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(
      '<div id="root"><main>cards</main></div><script type="application/json" id="s">{}</script>',
    );
    expect(answer.text).toContain('<script type="module" src="/static/index.js"></script>');
    expect(answer.text).toContain('<title>Brandkit Studio</title><link rel="expect" href="#s"></head>');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('vary')).toBe('Cookie');
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    expect(t.calls).toHaveLength(1);
    const [call] = t.calls;
    expect(call!.url).toBe('http://localhost/brands');
    expect(call!.session).toMatchObject({ signed_in: true, user: { email: 'a@example.test' } });
    expect(call!.firstPage).toMatchObject({ object: 'list', data: [{ name: 'Rendered on the server' }] });
  });

  it('passes the scope on: ?org= becomes the first page’s org_id', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    const orgs = await t.sandbox.request('GET', '/v1/organizations');
    const org = (orgs.json as { data: Array<{ id: string }> }).data[0]!.id;
    await t.sandbox.request('POST', '/v1/brands', { body: { name: 'In the org', theme_id: 'forest', org_id: org } });

    await t.call('GET', `/brands?org=${org}`);
    expect(t.calls[0]!.firstPage).toMatchObject({ data: [{ name: 'In the org' }] });
  });

  it('sends the plain page to a visitor who is not signed in, without rendering', async () => {
    const t = setup();
    const answer = await t.call('GET', '/brands');
    expect(answer.text).toBe(INDEX);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    // The colour mode comes from a cookie, so even the plain page differs by it.
    expect(answer.headers.get('vary')).toBe('Cookie');
    expect(t.calls).toHaveLength(0);
  });

  it('renders the chosen colour mode on <html>, rendered page and plain page alike', async () => {
    const t = setup();
    const plain = await t.call('GET', '/brands', { cookie: null, headers: { cookie: 'bks_color_mode=dark' } });
    expect(plain.text).toBe(INDEX.replace('<html>', '<html class="dark">'));
    const session = await t.signIn(t.keys.a);
    const rendered = await t.call('GET', '/brands', { cookie: `${session.cookie}; bks_color_mode=light` });
    expect(rendered.text).toContain('<html class="light">');
    expect(rendered.text).toContain('<main>cards</main>');
    expect(t.calls).toHaveLength(1);
  });

  it('renders the landing route only', async () => {
    const t = setup();
    await t.signIn(t.keys.a);
    for (const path of ['/', '/assets', '/brands/new', '/themes']) {
      expect((await t.call('GET', path)).text).toBe(INDEX);
    }
    expect(t.calls).toHaveLength(0);
  });

  it('falls back to the plain page when the renderer declines, throws, or the template has no mount point', async () => {
    const declined = setup(null);
    await declined.signIn(declined.keys.a);
    expect((await declined.call('GET', '/brands')).text).toBe(INDEX);
    declined.close();

    const failing = setup(new Error('renderer exploded'));
    await failing.signIn(failing.keys.a);
    const answer = await failing.call('GET', '/brands');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(INDEX);
    expect(capturedLogs.some((line) => line.includes('server render of /brands failed: renderer exploded'))).toBe(true);
    failing.close();

    const odd = '<!doctype html><body><main id="app"></main></body>';
    const noMount = setup(undefined, odd);
    await noMount.signIn(noMount.keys.a);
    expect((await noMount.call('GET', '/brands')).text).toBe(odd);
  });
});

describe('withServerRender', () => {
  it('fills the empty mount point, puts the state right after it and the head additions at the end of <head>', () => {
    const rendered = {
      head: '<meta name="x">',
      html: '<p>x</p>',
      stateScript: '<script type="application/json">1</script>',
    };
    expect(withServerRender(INDEX, rendered)).toBe(
      INDEX.replace('</head>', '<meta name="x"></head>').replace(
        '<div id="root"></div>',
        '<div id="root"><p>x</p></div><script type="application/json">1</script>',
      ),
    );
  });

  it('moves the entry script from <head> to the end of <body> and drops the module preloads', () => {
    const built =
      '<html><head><title>t</title><script type="module" crossorigin src="/static/index.js"></script>\n' +
      '<link rel="stylesheet" href="/static/index.css">\n<link rel="modulepreload" crossorigin href="/static/app.js">\n' +
      '</head><body><div id="root"></div><noscript>n</noscript></body></html>';
    const page = withServerRender(built, {
      head: '',
      html: '<p>x</p>',
      stateScript: '<script type="application/json">1</script>',
    });
    expect(page).toBe(
      '<html><head><title>t</title><link rel="stylesheet" href="/static/index.css">\n</head><body>' +
        '<div id="root"><p>x</p></div><script type="application/json">1</script><noscript>n</noscript>' +
        '<script type="module" crossorigin src="/static/index.js"></script></body></html>',
    );
  });
});

describe('loadLandingRenderer', () => {
  it('is undefined without a build, or for a module that is not the renderer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bks-ssr-'));
    expect(await loadLandingRenderer(dir)).toBeUndefined();
    writeFileSync(join(dir, 'entry-server.js'), 'export const something = 1;');
    expect(await loadLandingRenderer(dir)).toBeUndefined();
  });

  it('loads the renderLanding function of a built renderer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bks-ssr-'));
    writeFileSync(
      join(dir, 'entry-server.js'),
      'export const renderLanding = async (url) => (url.endsWith("/x") ? null : { html: url });',
    );
    const renderer = await loadLandingRenderer(dir);
    expect(await renderer?.('http://localhost/x', () => Promise.reject(new Error('unused')))).toBeNull();
    expect(await renderer?.('http://localhost/brands', () => Promise.reject(new Error('unused')))).toEqual({
      html: 'http://localhost/brands',
    });
  });
});
