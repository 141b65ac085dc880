// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RoundsResult, runRounds } from './crash/crash-rounds.ts';
import { createApiClient } from './crash/http-client.ts';
import { CRASH_KEY, type SandboxHarness, startSandboxHarness } from './crash/sandbox-process.ts';
import { type Worker, type WorkloadContext, newWorker } from './crash/workload.ts';

// D11, crash consistency: the real server as a child process under a mixed write workload, killed
// with SIGKILL at seeded moments and restarted each time; after every restart the database must
// pass integrity_check, hold every invariant and every acknowledged write, and the files folder
// must hold no file that no asset names. CI size: CRASH_KILLS (default 20); `npm run crash`: 50.
const SEED = Number(process.env.CRASH_SEED ?? 20261202);
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const WORKERS = 3;
/** A control stops at its first round that reaches the crash point (nearly always the first). */
const CONTROL_ROUNDS = 3;
const PRELOAD = join(import.meta.dirname, 'crash', 'control-preload.ts');

let h: SandboxHarness;
let ctx: WorkloadContext;
let workers: Worker[];

beforeAll(async () => {
  h = await startSandboxHarness();
  await h.start(); // the first start seeds the database; it is not one of the kills
  const client = createApiClient(h.port, CRASH_KEY);
  const me = (await client.send('GET', '/v1/me')).body as { id: string };
  const orgs = (await client.send('GET', '/v1/organizations')).body as { data: { id: string }[] };
  client.close();
  ctx = { scopes: [me.id, orgs.data[0]!.id], images: h.images };
  workers = Array.from({ length: WORKERS }, (_, i) => newWorker(i + 1, SEED));
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const summary = (r: RoundsResult) =>
  `${r.kills} kills; acknowledged writes ${r.acknowledged} (plus ${r.refused} refusals) all checked after every later restart ` +
  `(${r.stateChecks} object states compared); writes in doubt ${r.inDoubt} (${r.inDoubtApplied} found applied, whole); ` +
  `integrity_check ok ${r.kills - r.integrityFailures.length}/${r.kills}; invariant and lost-write violations ${r.violations.length}; ` +
  `orphan files after the startup sweep ${r.orphans}; anomalies ${r.anomalies.length}`;

it(
  `keeps every acknowledged write and every invariant through ${KILLS} SIGKILLs (seed ${SEED})`,
  async () => {
    const started = performance.now();
    const r = await runRounds(h, ctx, workers, { rounds: KILLS, seed: SEED, mode: 'random' });
    console.log(
      `D11 crash consistency (CRASH_SEED=${SEED}): ${summary(r)}; files swept at startup ${h.sweptFiles()}; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const failure = `seed ${SEED}; server output:\n${h.recentOutput()}`;
    expect(r.integrityFailures, failure).toEqual([]);
    expect(r.violations, failure).toEqual([]);
    expect(r.orphans, failure).toBe(0);
    expect(r.anomalies, failure).toEqual([]);
    // The workload must have done something worth checking.
    expect(r.acknowledged).toBeGreaterThan(KILLS * 5);
    expect(r.inDoubt).toBeGreaterThan(0);
  },
  KILLS * 30_000,
);

it(
  'negative control: a kill between the two statements of a brand delete is harmless in its transaction and caught outside it',
  async () => {
    const controlCtx = { ...ctx, favourLinkedBrandDeletes: true };
    const control = (mode: string, seed: number) =>
      runRounds(h, controlCtx, workers, {
        rounds: CONTROL_ROUNDS,
        seed,
        mode: 'self',
        start: { preload: PRELOAD, env: { CRASH_CONTROL: mode } },
      });

    const kept = await control('crash-point', SEED + 1);
    console.log(
      `D11 control, crash point inside the transaction: ${kept.selfKills} of ${kept.kills} rounds hit it; ${summary(kept)}`,
    );
    expect(kept.selfKills).toBeGreaterThan(0);
    expect(kept.violations).toEqual([]);
    expect(kept.integrityFailures).toEqual([]);

    const moved = await control('no-transaction', SEED + 2);
    console.log(
      `D11 control, brand delete outside its transaction: ${moved.selfKills} of ${moved.kills} rounds hit it; ${summary(moved)}`,
    );
    expect(moved.selfKills).toBeGreaterThan(0);
    expect(moved.violations.length).toBeGreaterThan(0);
    console.log(`D11 control caught: ${moved.violations[0]}`);
  },
  CONTROL_ROUNDS * 2 * 40_000,
);
