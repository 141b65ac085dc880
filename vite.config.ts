import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bootChunkGroups, bootStages } from './build-plugins/boot-stages.ts';
import { preloadBootChunks } from './build-plugins/preload-boot-chunks.ts';

// In `npm run dev` the sandbox listens on SANDBOX_PORT and Vite proxies the API to it.
const sandbox = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? '8787'}`;
const proxied = ['/v1', '/files', '/health', '/session'];

/**
 * sonner injects its CSS through a run-time <style> element, which a CSP without
 * 'unsafe-inline' refuses (our CSP has none). Drop that call; src/app/toaster.tsx imports sonner/dist/styles.css
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

/**
 * `vite build --ssr src/entry-server.tsx`: the landing page's server render (first card paints early), for Node, in
 * dist-ssr/ beside the browser build (never served: dist/ is the public directory). One file, no
 * public assets; packages stay in node_modules.
 */
const serverRenderBuild = {
  outDir: 'dist-ssr',
  copyPublicDir: false,
  sourcemap: false,
  rolldownOptions: { output: { codeSplitting: false } },
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    sonnerWithoutStyleInjection(),
    // The browser build only: the server render is one file with no chunks.
    ...(isSsrBuild ? [] : [bootStages(fileURLToPath(new URL('./src/main.tsx', import.meta.url))), preloadBootChunks()]),
  ],
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
  build: isSsrBuild
    ? serverRenderBuild
    : {
        // No data: URLs, so the CSP never needs to allow them.
        assetsInlineLimit: 0,
        // 'static', not 'assets': /assets is an app route.
        assetsDir: 'static',
        // No preload helper around dynamic imports (it sat in the entry, in the 110 kB budget): a lazy chunk's own
        // imports are requested as soon as it is parsed, one short round trip later. index.html
        // still preloads the app's chunks (preloadBootChunks).
        modulePreload: false,
        sourcemap: false,
        rolldownOptions: {
          output: {
            // React, its JSX runtime and react-dom in one preloaded chunk: rolldown's default splits
            // them into several, which costs a little more gzip in the landing route's initial JS (budget 110 kB).
            codeSplitting: { groups: bootChunkGroups() },
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
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts', 'build-plugins/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
}));
