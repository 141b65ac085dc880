import { describe, expect, it } from 'vitest';
import { BOOT_STAGES, bootChunkGroups, bootStageDrift } from './boot-stages.ts';

const stages = [
  { chunk: 'first', moduleId: '/a.ts' },
  { chunk: 'second', moduleId: '/b.ts' },
  { chunk: 'third', moduleId: '/c.ts' },
];
const chunk = (name: string, moduleIds: string[], imports: string[] = []) => ({
  name,
  fileName: `${name}.js`,
  moduleIds,
  imports,
});

describe('bootStageDrift', () => {
  it('accepts one chunk per step, each importing only earlier steps', () => {
    const chunks = [
      chunk('first', ['/a.ts']),
      chunk('second', ['/b.ts'], ['first.js']),
      chunk('third', ['/c.ts'], ['second.js']),
    ];
    expect(bootStageDrift(stages, chunks)).toEqual([]);
  });

  it('names a step whose module landed in another chunk, and steps that share one', () => {
    const chunks = [chunk('first', ['/a.ts']), chunk('second', ['/b.ts', '/c.ts'])];
    expect(bootStageDrift(stages, chunks)).toEqual([
      'step 3 (third) landed in chunk "second"',
      'steps 2 and 3 share a chunk',
    ]);
  });

  it('names a step that loads a later one statically, even through another chunk', () => {
    const chunks = [
      chunk('first', ['/a.ts'], ['shared.js']),
      chunk('shared', ['/s.ts'], ['third.js']),
      chunk('second', ['/b.ts']),
      chunk('third', ['/c.ts']),
    ];
    expect(bootStageDrift(stages, chunks)).toEqual(['step 1 (first) imports step 3 (third) statically']);
  });

  it('names a step that the entry loads statically', () => {
    const chunks = [
      chunk('index', ['/main.ts'], ['helper.js']),
      chunk('helper', ['/h.ts'], ['first.js']),
      chunk('first', ['/a.ts']),
    ];
    expect(bootStageDrift(stages.slice(0, 1), chunks, '/main.ts')).toEqual([
      'the entry imports step 1 (first) statically',
    ]);
  });

  it('names a step whose module is in no chunk', () => {
    expect(bootStageDrift(stages.slice(0, 1), [])).toEqual(['/a.ts is in no chunk']);
  });
});

describe('the declared steps', () => {
  it('are distinct chunks, earlier steps taking precedence', () => {
    expect(new Set(BOOT_STAGES.map((s) => s.chunk)).size).toBe(BOOT_STAGES.length);
    const priorities = bootChunkGroups().map((g) => g.priority);
    expect(bootChunkGroups()[0]!.name).toBe('import-helper');
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });
});
