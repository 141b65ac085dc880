import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, type HydrationState, type RouteObject } from 'react-router';
import { PageLoading } from '@/components/layout/page-loading';
import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';

/** `/` is the brand list, with the scope and anything else the link carried. */
function RootRedirect() {
  const { search, hash } = useLocation();
  return <Navigate replace to={{ pathname: paths.brands.href(), search, hash }} />;
}

/**
 * Route table. Every page is a lazy module so the first load ships only the shell; each
 * module exports one named component, picked here so names stay greppable.
 */
export const routes: RouteObject[] = [
  {
    // Outside the shell: reachable signed out. Lazy, so the key form, the session schemas and zod
    // stay out of the entry chunk (bundle budget).
    path: paths.connect.path,
    lazy: async () => ({ Component: (await import('./routes/connect')).ConnectRoute }),
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteError,
  },
  {
    path: paths.root.path,
    // The shell is lazy too: the entry chunk holds only React, the router and the query client (bundle budget).
    // It renders only for a signed-in user: the session gate inside sends everyone else to /connect.
    lazy: async () => ({ Component: (await import('./routes/signed-in-layout')).SignedInLayout }),
    HydrateFallback: PageLoading,
    // Last resort if the shell itself fails; page errors are caught one level down.
    ErrorBoundary: RouteError,
    children: [
      {
        // Pathless layout: page errors render inside the shell, so navigation keeps working.
        ErrorBoundary: RouteError,
        children: [
          // An element, not a loader redirect: a route without one makes React Router warn.
          { index: true, element: <RootRedirect /> },
          {
            path: paths.brands.path,
            lazy: async () => ({ Component: (await import('./routes/brands')).BrandsRoute }),
          },
          {
            path: paths.brandNew.path,
            lazy: async () => ({ Component: (await import('./routes/brand-new')).BrandNewRoute }),
          },
          {
            path: paths.brand.path,
            lazy: async () => ({ Component: (await import('./routes/brand-detail')).BrandDetailRoute }),
          },
          {
            path: paths.assets.path,
            lazy: async () => ({ Component: (await import('./routes/assets')).AssetsRoute }),
            // The detail is a panel over the grid, so the library stays mounted (scroll, selection).
            children: [
              {
                path: paths.asset.path,
                lazy: async () => ({ Component: (await import('./routes/asset-detail')).AssetDetailRoute }),
              },
            ],
          },
          {
            path: paths.themes.path,
            lazy: async () => ({ Component: (await import('./routes/themes')).ThemesRoute }),
          },
          {
            // Static theme routes (new, compare, import) before the detail.
            path: paths.themeNew.path,
            lazy: async () => ({ Component: (await import('./routes/theme-new')).ThemeNewRoute }),
          },
          {
            path: paths.themeCompare.path,
            lazy: async () => ({ Component: (await import('./routes/theme-compare')).ThemeCompareRoute }),
          },
          {
            path: paths.themeImport.path,
            lazy: async () => ({ Component: (await import('./routes/theme-import')).ThemeImportRoute }),
          },
          {
            path: paths.theme.path,
            lazy: async () => ({ Component: (await import('./routes/theme-editor')).ThemeEditorRoute }),
          },
          {
            path: paths.notFound.path,
            lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
          },
        ],
      },
    ],
  },
];

export function AppRouter({ hydrationData }: { hydrationData?: HydrationState }) {
  // Created on mount rather than at import, so importing `routes` (tests, a memory router)
  // does not start a browser router as a side effect. `hydrationData` comes with a
  // server-rendered page: the loaders already ran there, so the router starts initialized.
  const [router] = useState(() => createBrowserRouter(routes, hydrationData ? { hydrationData } : undefined));
  return <RouterProvider router={router} />;
}
