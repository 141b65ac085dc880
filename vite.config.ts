import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// In `npm run dev` the sandbox listens on SANDBOX_PORT and Vite proxies the API to it.
const sandbox = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? '8787'}`;
const proxied = ['/v1', '/files', '/health', '/session'];

/**
 * sonner injects its CSS through a run-time <style> element, which a CSP without
 * 'unsafe-inline' refuses (G3). Drop that call; src/app/toaster.tsx imports sonner/dist/styles.css
 * instead. The build fails if the call is not found, so a sonner upgrade cannot silently
 * bring the injector back.
 */
function sonnerWithoutStyleInjection(): Plugin {
  return {
    name: 'sonner-without-style-injection',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sonner[\\/]dist[\\/]index\.m?js/.test(id)) return null;
      const stripped = code.replace(/__insertCSS\("(?:[^"\\]|\\.)*"\);?/, '');
      if (stripped === code) this.error('sonner no longer calls __insertCSS("..."): recheck CSP handling');
      return { code: stripped, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), sonnerWithoutStyleInjection()],
  // Served from source in dev as well, so the transform above applies there too.
  optimizeDeps: { exclude: ['sonner'] },
  resolve: {
    alias: [
      { find: /^@contract$/, replacement: fileURLToPath(new URL('./src/lib/contract-browser.ts', import.meta.url)) },
      { find: /^@contract\/(.*)$/, replacement: fileURLToPath(new URL('./contract/$1', import.meta.url)) },
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: sandbox, changeOrigin: false }])),
  },
  build: {
    // No data: URLs, so the CSP never needs to allow them (G3).
    assetsInlineLimit: 0,
    // 'static', not 'assets': /assets is an app route.
    assetsDir: 'static',
    // Every browser this app supports has <link rel="modulepreload">: no polyfill in the entry (B1).
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // React, its JSX runtime and react-dom in one preloaded chunk: rolldown's default splits
        // them into several, which costs a little more gzip in the landing route's initial JS (B1).
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 3,
            },
            {
              // Whatever the entry needs stays in the entry's chunks (B1 counts them)...
              name: 'index',
              tags: ['$initial'],
              priority: 2,
            },
            {
              // ...and the signed-in shell with the landing page and everything they import is
              // one chunk: on 2 busy cores a dozen small chunks queued behind 6 connections (B2).
              name: 'landing',
              test: /src[\\/]app[\\/]routes[\\/](signed-in-layout|brands)\.tsx$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'web', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
