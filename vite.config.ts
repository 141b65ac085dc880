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

/**
 * `vite build --ssr src/entry-server.tsx`: the landing page's server render (B2), for Node, in
 * dist-ssr/ beside the browser build (never served: dist/ is the public directory). One file, no
 * public assets; packages stay in node_modules.
 */
const serverRenderBuild = {
  outDir: 'dist-ssr',
  copyPublicDir: false,
  sourcemap: false,
  rolldownOptions: { output: { codeSplitting: false } },
};

/**
 * src/main.tsx is a small entry that imports the app (src/app/boot.tsx) dynamically, so a
 * server-rendered page can evaluate it in steps. So that a page rendered in the browser does not
 * wait for the entry before it even asks for the app, index.html preloads the app's chunks, as it
 * would for static imports. B1 counts them: they are the landing route's initial JS all the same.
 */
function preloadBootChunks(): Plugin {
  return {
    name: 'preload-boot-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.moduleIds.some((id) => /src[\\/]app[\\/]boot\.tsx$/.test(id)));
        if (!boot) throw new Error('preload-boot-chunks: no chunk for src/app/boot.tsx');
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = chunks.find((c) => c.fileName === file);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(boot.fileName);
        const present = (file: string) => html.includes(`/${file}"`);
        return [...files]
          .filter((file) => !present(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }))
          .reduce(
            (out, tag) => out.concat(tag),
            [] as { tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' }[],
          );
      },
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), sonnerWithoutStyleInjection(), preloadBootChunks()],
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
        // No data: URLs, so the CSP never needs to allow them (G3).
        assetsInlineLimit: 0,
        // 'static', not 'assets': /assets is an app route.
        assetsDir: 'static',
        // No preload helper around dynamic imports (B1: it sat in the entry): a lazy chunk's own
        // imports are requested as soon as it is parsed, one short round trip later. index.html
        // still preloads the app's chunks (preloadBootChunks).
        modulePreload: false,
        sourcemap: false,
        rolldownOptions: {
          output: {
            // React, its JSX runtime and react-dom in one preloaded chunk: rolldown's default splits
            // them into several, which costs a little more gzip in the landing route's initial JS (B1).
            codeSplitting: {
              groups: [
                {
                  name: 'vendor',
                  // With Vite's dynamic-import helper, which the entry needs at once: in the app's chunk
                  // it would make the entry import (and evaluate) the whole app statically, while this
                  // chunk's CommonJS modules only run when first required.
                  test: (id: string) =>
                    /node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) || id.includes('vite/preload-helper'),
                  priority: 9,
                },
                {
                  // The app the entry imports first (src/app/boot.tsx: the router, the query client,
                  // the shell's frame) and everything it imports; index.html preloads it (B1 counts it)...
                  name: 'app',
                  test: /src[\\/]app[\\/]boot\.tsx$/,
                  priority: 8,
                },
                {
                  // The contract's larger modules one chunk each: building zod schemas is costly, and
                  // a server-rendered page builds them one module per task (src/main.tsx, B2).
                  name: 'contract-common',
                  test: /[\\/]contract[\\/](common|codes)\.ts$/,
                  priority: 6,
                },
                {
                  name: 'contract-theme',
                  test: /[\\/]contract[\\/]theme\.ts$/,
                  priority: 5,
                },
                {
                  name: 'contract-asset',
                  test: /[\\/]contract[\\/]asset\.ts$/,
                  priority: 4,
                },
                {
                  // zod and the contract's schemas, apart from the pages that use them: building the
                  // schemas is the largest piece of work in loading the landing page, and a
                  // server-rendered page evaluates it in a task of its own (src/main.tsx, B2).
                  name: 'contract',
                  test: /([\\/]contract[\\/]|src[\\/]lib[\\/]contract-browser\.ts$)/,
                  priority: 3,
                },
                {
                  // zod itself, a step before the schemas built with it (src/main.tsx).
                  name: 'zod',
                  test: /(node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-jitless\.ts$)/,
                  priority: 7,
                },
                {
                  // ...and the signed-in shell with the landing page and everything they import is
                  // one chunk: on 2 busy cores a dozen small chunks queued behind 6 connections (B2).
                  name: 'landing',
                  test: /src[\\/]app[\\/](routes[\\/](signed-in-layout|brands)|hydrate)\.tsx$/,
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
}));
