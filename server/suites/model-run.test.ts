// @vitest-environment node
/**
 * D2 stateful model-based run (reliability.md; RESTler's four rules): random sequences of up to
 * MAX_COMMANDS creates, reads, patches, deletes, links, unlinks and paginated list walks over
 * brands, themes and assets, by two keys with one shared organization, each checked against the
 * in-memory model (support/model.ts) after every command. RUNS runs (100 in CI, 500 in fuzz).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FC_SEED, FUZZ_SCALE, fcOptions, suiteTimeout } from './support/fuzz-config.ts';
import { fuzzApp } from './support/fuzz-app.ts';
import { Model, Real } from './support/model.ts';
import { BrandById, CreateBrand, CreateTheme, ThemeById } from './support/model-commands-brands.ts';
import { AssetById, CreateAsset, WalkList } from './support/model-commands-assets.ts';

// 100 runs in CI, 500 under `npm run fuzz` (FUZZ_SCALE=10), as reliability.md's D2 asks.
const RUNS = FUZZ_SCALE > 1 ? 50 * FUZZ_SCALE : 100;
const MAX_COMMANDS = 30;

const key = fc.constantFrom('a' as const, 'b' as const);
const ref = fc.nat({ max: 40 });
const optRef = fc.option(ref, { nil: null });
// Names with the awkward characters the contract allows; they must come back exactly.
const name = fc.stringMatching(/^[A-Za-z0-9 ]{0,6}$/).chain((s) => fc.constantFrom(`N${s}`, `${s}é\u{1f600}`, `\u200e${s}x`)).filter((s) => s.trim() === s && s.length > 0);
const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);

const commands = fc.commands(
  [
    fc.tuple(key, fc.boolean(), name, optRef).map(([k, s, n, t]) => new CreateBrand(k, s, n, t)),
    fc.tuple(key, fc.constantFrom('GET' as const, 'PATCH' as const, 'DELETE' as const), ref, name, optRef).map((a) => new BrandById(...a)),
    fc.tuple(key, fc.boolean(), name, colour).map(([k, s, n, c]) => new CreateTheme(k, s, n, c)),
    fc.tuple(key, fc.constantFrom('GET' as const, 'PATCH' as const, 'DELETE' as const), ref, name, colour).map((a) => new ThemeById(...a)),
    fc.tuple(key, fc.boolean(), name, optRef, fc.boolean()).map(([k, s, n, b, f]) => new CreateAsset(k, s, n, b, f)),
    fc.tuple(key, fc.constantFrom('GET' as const, 'LINK' as const, 'LINK' as const, 'DELETE' as const), ref, optRef).map((a) => new AssetById(...a)),
    fc.tuple(key, fc.constantFrom('brand' as const, 'theme' as const, 'asset' as const), fc.boolean(), fc.integer({ min: 1, max: 5 })).map((a) => new WalkList(...a)),
  ],
  { maxCommands: MAX_COMMANDS, size: 'max' },
);

const totals = { runs: 0, commands: 0, requests: 0, errorBodies: 0, leaks: 0 };
const byCommand: Record<string, number> = {};

describe(`D2 model-based run (FC_SEED=${FC_SEED}, scale ${FUZZ_SCALE})`, () => {
  it(
    'matches the model after every command',
    async () => {
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          const real = new Real(fuzzApp());
          try {
            await fc.asyncModelRun(() => ({ model: new Model(), real }), cmds);
            totals.runs++;
            for (const c of cmds) {
              const kind = String(c).replace(/\(.*$/s, '');
              byCommand[kind] = (byCommand[kind] ?? 0) + 1;
            }
          } finally {
            totals.requests += real.requests;
            totals.commands += real.commands;
            totals.errorBodies += real.ledger.bodies;
            totals.leaks += real.ledger.problems.length;
            real.t.close();
          }
        }),
        { ...fcOptions(0, 500), numRuns: RUNS },
      );
      expect(totals.runs).toBeGreaterThanOrEqual(RUNS);
    },
    suiteTimeout(120_000),
  );

  afterAll(() => {
    console.log(
      `D2 model run: seed=${FC_SEED + 500} scale=${FUZZ_SCALE} runs=${totals.runs} commands=${totals.commands} ` +
        `requests=${totals.requests} error-bodies=${totals.errorBodies} leaks=${totals.leaks} ` +
        `(${Object.entries(byCommand).sort().map(([k, n]) => `${k}=${n}`).join(' ')})`,
    );
  });
});
