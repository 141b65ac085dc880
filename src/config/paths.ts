/**
 * Every route path and every in-app href lives here, so components never spell URLs and a
 * route rename is one edit. `path` is the React Router pattern, `href` builds a concrete URL.
 */
const enc = encodeURIComponent;

export const paths = {
  root: { path: '/', href: () => '/' },
  brands: { path: '/brands', href: () => '/brands' },
  // Declared before the detail route for readers; React Router ranks static segments first anyway.
  brandNew: { path: '/brands/new', href: () => '/brands/new' },
  brand: { path: '/brands/:id', href: (id: string) => `/brands/${enc(id)}` },
  assets: { path: '/assets', href: () => '/assets' },
  asset: { path: '/assets/:id', href: (id: string) => `/assets/${enc(id)}` },
  themes: { path: '/themes', href: () => '/themes' },
  // Static theme routes, then the detail; `from` duplicates a theme into a new draft.
  themeNew: { path: '/themes/new', href: (from?: string) => (from ? `/themes/new?from=${enc(from)}` : '/themes/new') },
  themeCompare: {
    path: '/themes/compare',
    href: (a?: string, b?: string) => {
      const q = new URLSearchParams();
      if (a) q.set('a', a);
      if (b) q.set('b', b);
      const s = q.toString();
      return s ? `/themes/compare?${s}` : '/themes/compare';
    },
  },
  themeImport: { path: '/themes/import', href: () => '/themes/import' },
  theme: { path: '/themes/:id', href: (id: string) => `/themes/${enc(id)}` },
  /** The connect screen; with `next` and `reason` use connectHref (config/connect-href.ts). */
  connect: { path: '/connect', href: () => '/connect' },
  notFound: { path: '*' },
} as const;
