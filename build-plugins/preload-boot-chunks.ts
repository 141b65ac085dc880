import type { Plugin } from 'vite';

/**
 * src/main.tsx is a small entry that imports the app (src/app/boot.tsx) dynamically, so a
 * server-rendered page can evaluate it in steps. So that a page rendered in the browser does not
 * wait for the entry before it even asks for the app, index.html preloads the app's chunks, as it
 * would for static imports. The bundle benchmark counts them: they are the landing route's initial JS all the same.
 */
export function preloadBootChunks(): Plugin {
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
