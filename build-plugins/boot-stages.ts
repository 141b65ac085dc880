import type { Plugin } from 'vite';

/**
 * The landing page the server rendered is painted before any script runs; its code is then
 * evaluated one chunk per task (src/main.tsx), because evaluating all of it at once made one
 * task of 150 ms and more at 4x CPU, and a long task holds up the first click. That only works
 * while each step is a chunk of its own that imports no later step. This list is the one
 * declaration of the steps: the build's chunk groups are made from it, the entry's import ladder
 * is generated from it (`virtual:boot-stages`), and the build fails when the chunks drift from it.
 */
interface BootStage {
  /** The chunk's name, as in the build output (`static/<chunk>-<hash>.js`). */
  chunk: string;
  /** What the entry imports for this step, resolved from src/main.tsx. */
  entry: string;
  /** Which modules go into this chunk (a module is tested by its resolved id). */
  test: (id: string) => boolean;
}

const matches = (pattern: RegExp) => (id: string) => pattern.test(id);

export const BOOT_STAGES: readonly BootStage[] = [
  // React, its JSX runtime and react-dom.
  { chunk: 'vendor', entry: 'react-dom/client', test: matches(/node_modules[\\/](react|react-dom|scheduler)[\\/]/) },
  // The router, the query client and the shell's frame (src/app/boot.tsx) and what they import.
  { chunk: 'app', entry: '@/app/boot', test: matches(/src[\\/]app[\\/]boot\.tsx$/) },
  // zod itself, a step before the schemas built with it: building them is the largest piece of work.
  {
    chunk: 'zod',
    entry: '@/lib/zod-jitless',
    test: matches(/(node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-jitless\.ts$)/),
  },
  { chunk: 'contract-common', entry: '@contract/common', test: matches(/[\\/]contract[\\/](common|codes)\.ts$/) },
  { chunk: 'contract-theme', entry: '@contract/theme', test: matches(/[\\/]contract[\\/]theme\.ts$/) },
  { chunk: 'contract-asset', entry: '@contract/asset', test: matches(/[\\/]contract[\\/]asset\.ts$/) },
  {
    chunk: 'contract',
    entry: '@contract',
    test: matches(/([\\/]contract[\\/]|src[\\/]lib[\\/]contract-browser\.ts$)/),
  },
  {
    // The signed-in shell, the landing page and hydration in one chunk: on 2 busy cores a dozen
    // small chunks queued behind the browser's 6 connections.
    chunk: 'landing',
    entry: '@/app/hydrate',
    test: matches(/src[\\/]app[\\/](routes[\\/](signed-in-layout|brands)|hydrate)\.tsx$/),
  },
];

/**
 * The chunk groups for rolldown: earlier steps take precedence when a module matches several.
 * Vite's dynamic-import helper, which the entry needs at once, is a tiny chunk of its own: in any
 * step's chunk it would make the entry load and evaluate that step before the first paint.
 */
export function bootChunkGroups() {
  return [
    { name: 'import-helper', test: matches(/vite[\\/]preload-helper/), priority: BOOT_STAGES.length + 1 },
    ...BOOT_STAGES.map((stage, index) => ({
      name: stage.chunk,
      test: stage.test,
      priority: BOOT_STAGES.length - index,
    })),
  ];
}

const VIRTUAL_ID = 'virtual:boot-stages';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

/** `virtual:boot-stages`: `loadInSteps()` imports each step in order and returns the last one. */
function ladder(): string {
  const steps = BOOT_STAGES.map((stage) => `import(${JSON.stringify(stage.entry)})`);
  const last = steps.pop();
  return `export async function loadInSteps() {\n${steps.map((s) => `  await ${s};\n`).join('')}  return ${last};\n}\n`;
}

interface BuiltChunk {
  name: string;
  fileName: string;
  imports: string[];
  moduleIds: string[];
}

/**
 * What is wrong with the built chunks, measured against the declaration; empty when nothing is.
 * `entryId` is the entry module (src/main.tsx): it may load no step statically.
 */
export function bootStageDrift(
  stages: Array<{ chunk: string; moduleId: string }>,
  chunks: BuiltChunk[],
  entryId?: string,
): string[] {
  const problems: string[] = [];
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const owners = stages.map((stage) => chunks.find((c) => c.moduleIds.includes(stage.moduleId)));
  const staticallyLoaded = (file: string) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const next of byFile.get(name)?.imports ?? []) visit(next);
    };
    visit(file);
    return seen;
  };
  const entry = entryId === undefined ? undefined : chunks.find((c) => c.moduleIds.includes(entryId));
  if (entry) {
    const loaded = staticallyLoaded(entry.fileName);
    owners.forEach((owner, index) => {
      if (owner && loaded.has(owner.fileName))
        problems.push(`the entry imports step ${index + 1} (${owner.name}) statically`);
    });
  }
  stages.forEach((stage, index) => {
    const owner = owners[index];
    if (!owner) return void problems.push(`${stage.moduleId} is in no chunk`);
    if (owner.name !== stage.chunk) problems.push(`step ${index + 1} (${stage.chunk}) landed in chunk "${owner.name}"`);
    if (owners.indexOf(owner) !== index)
      problems.push(`steps ${owners.indexOf(owner) + 1} and ${index + 1} share a chunk`);
    // Everything this step's chunk loads statically is evaluated with it: no later step may be there.
    const seen = staticallyLoaded(owner.fileName);
    owners.slice(index + 1).forEach((later, offset) => {
      if (later && later !== owner && seen.has(later.fileName)) {
        problems.push(
          `step ${index + 1} (${stage.chunk}) imports step ${index + offset + 2} (${later.name}) statically`,
        );
      }
    });
  });
  return problems;
}

export function bootStages(entry: string): Plugin {
  return {
    name: 'boot-stages',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null),
    load: (id) => (id === RESOLVED_VIRTUAL_ID ? ladder() : null),
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const stages = [];
      for (const stage of BOOT_STAGES) {
        const resolved = await this.resolve(stage.entry, entry);
        if (!resolved) this.error(`boot-stages: cannot resolve ${stage.entry}`);
        stages.push({ chunk: stage.chunk, moduleId: resolved.id });
      }
      const problems = bootStageDrift(stages, chunks, entry);
      if (problems.length > 0) {
        this.error(`boot-stages: the chunks drifted from build-plugins/boot-stages.ts:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
